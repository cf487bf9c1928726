#include "core/protocol/BodyEncoding.h"

#include <zlib.h>

namespace hearth::protocol {

namespace {

// windowBits: 16+15 gzip, 15 zlib, -15 raw deflate.
BodyEncoding::Result inflateWith(
    QByteArrayView body, int windowBits, qsizetype maxSize, QByteArray *out)
{
    z_stream stream {};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return BodyEncoding::Result::Corrupt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.data()));
    stream.avail_in = uInt(body.size());
    out->clear();
    constexpr qsizetype chunk = 64 * 1024;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (out->size() >= maxSize + 1) {
            inflateEnd(&stream);
            return BodyEncoding::Result::TooLarge;
        }
        const qsizetype before = out->size();
        out->resize(before + chunk);
        stream.next_out = reinterpret_cast<Bytef *>(out->data() + before);
        stream.avail_out = uInt(chunk);
        status = inflate(&stream, Z_NO_FLUSH);
        out->resize(before + chunk - qsizetype(stream.avail_out));
        if (status == Z_BUF_ERROR && stream.avail_in == 0)
            break; // truncated input
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            return BodyEncoding::Result::Corrupt;
        }
    }
    const bool complete = status == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    if (out->size() > maxSize)
        return BodyEncoding::Result::TooLarge;
    return complete ? BodyEncoding::Result::Ok : BodyEncoding::Result::Corrupt;
}

QByteArray compress(QByteArrayView data, int windowBits)
{
    z_stream stream {};
    deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

BodyEncoding::Result BodyEncoding::decode(
    QByteArrayView body, QByteArrayView encoding, qsizetype maxSize, QByteArray *out)
{
    const QByteArray name = encoding.toByteArray().trimmed().toLower();
    if (name.isEmpty() || name == "identity") {
        if (body.size() > maxSize)
            return Result::TooLarge;
        *out = body.toByteArray();
        return Result::Ok;
    }
    if (name == "gzip" || name == "x-gzip")
        return inflateWith(body, 16 + MAX_WBITS, maxSize, out);
    if (name == "deflate") {
        // RFC 9110 says zlib-wrapped; .NET's DeflateStream sends raw deflate.
        const bool zlibHeader = body.size() >= 2 && (uchar(body[0]) & 0x0f) == 8
            && ((uchar(body[0]) << 8) | uchar(body[1])) % 31 == 0;
        return inflateWith(body, zlibHeader ? MAX_WBITS : -MAX_WBITS, maxSize, out);
    }
    return Result::UnknownEncoding;
}

QByteArray BodyEncoding::gzip(QByteArrayView data)
{
    return compress(data, 16 + MAX_WBITS);
}

QByteArray BodyEncoding::deflateRaw(QByteArrayView data)
{
    return compress(data, -MAX_WBITS);
}

} // namespace hearth::protocol
