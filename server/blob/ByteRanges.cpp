#include "server/blob/ByteRanges.h"

#include <limits>

namespace hearth::vault {

namespace {

// Digits only, at most 18 of them: no sign, no spaces, no overflow.
std::optional<qint64> number(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::optional<ByteRange> ByteRanges::parseContentRange(QByteArrayView header)
{
    header = header.trimmed();
    if (!header.startsWith("bytes "))
        return std::nullopt;
    header = header.sliced(6).trimmed();
    const qsizetype dash = header.indexOf('-');
    const qsizetype slash = header.indexOf('/');
    if (dash <= 0 || slash <= dash + 1)
        return std::nullopt;
    const auto first = number(header.first(dash));
    const auto last = number(header.sliced(dash + 1, slash - dash - 1));
    const QByteArrayView totalText = header.sliced(slash + 1);
    if (!first || !last || *first > *last)
        return std::nullopt;
    ByteRange range { *first, *last, -1 };
    if (totalText != "*") {
        const auto total = number(totalText);
        if (!total || *total <= *last)
            return std::nullopt;
        range.total = *total;
    }
    return range;
}

std::optional<ByteRange> ByteRanges::parseRange(QByteArrayView header)
{
    header = header.trimmed();
    if (!header.startsWith("bytes="))
        return std::nullopt;
    header = header.sliced(6).trimmed();
    const qsizetype dash = header.indexOf('-');
    if (dash <= 0 || header.indexOf(',') >= 0)
        return std::nullopt; // suffix ranges and several ranges are not served
    const auto first = number(header.first(dash));
    if (!first)
        return std::nullopt;
    ByteRange range { *first, -1, -1 };
    const QByteArrayView lastText = header.sliced(dash + 1);
    if (!lastText.isEmpty()) {
        const auto last = number(lastText);
        if (!last || *last < *first)
            return std::nullopt;
        range.last = *last;
    }
    return range;
}

} // namespace hearth::vault
