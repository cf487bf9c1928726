#include "core/documents/LegacyEncoding.h"

namespace hearth::LegacyEncoding {

namespace {

// Windows-1252 0x80-0x9F; 0 marks the five undefined bytes, which decode as
// the C1 control of the same value (what browsers do).
const char16_t kCp1252High[32] = {
    0x20AC,
    0,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0,
    0x017D,
    0,
    0,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0,
    0x017E,
    0x0178,
};

} // namespace

std::optional<QString> decode(const QString &name, const QByteArray &bytes)
{
    const bool latin1 = name == QLatin1String("iso-8859-1") || name == QLatin1String("iso8859-1")
        || name == QLatin1String("latin1") || name == QLatin1String("latin-1")
        || name == QLatin1String("l1") || name == QLatin1String("iso_8859-1");
    const bool cp1252 = name == QLatin1String("windows-1252") || name == QLatin1String("cp1252")
        || name == QLatin1String("x-cp1252");
    if (!latin1 && !cp1252)
        return std::nullopt;
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        char16_t u = b;
        if (cp1252 && b >= 0x80 && b <= 0x9F && kCp1252High[b - 0x80] != 0)
            u = kCp1252High[b - 0x80];
        *dst++ = QChar(u);
    }
    return out;
}

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        p += extra + 1;
    }
    return true;
}

} // namespace hearth::LegacyEncoding
