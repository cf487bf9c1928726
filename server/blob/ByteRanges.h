#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace hearth::vault {

// An inclusive byte range of a blob, as the upload's Content-Range and the
// download's Range headers name it.
struct ByteRange
{
    qint64 first = 0;
    qint64 last = -1; // inclusive; -1 with an open Range ("bytes=N-")
    qint64 total = -1; // Content-Range's total, -1 for "*"
    qint64 length() const { return last - first + 1; }
};

// Parsers of the blob endpoint's headers. They take outside input: every
// number is checked (digits only, no overflow, first <= last).
namespace ByteRanges {
// "bytes <first>-<last>/<total|*>" of an upload chunk.
std::optional<ByteRange> parseContentRange(QByteArrayView header);
// "bytes=<first>-[<last>]" of a download (one range only).
std::optional<ByteRange> parseRange(QByteArrayView header);
} // namespace ByteRanges

} // namespace hearth::vault
