#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace hearth::protocol {

// Content-Encoding of HTTP request bodies: HealthVault clients gzip their
// requests (.NET by default) or deflate them (raw or zlib-wrapped).
class BodyEncoding
{
public:
    enum class Result { Ok, TooLarge, Corrupt, UnknownEncoding };

    // Decodes `body` sent with the Content-Encoding `encoding` ("", "identity",
    // "gzip", "deflate", case-insensitive) into `out`, refusing to produce more
    // than `maxSize` bytes (so a small bomb cannot fill memory).
    static Result decode(
        QByteArrayView body, QByteArrayView encoding, qsizetype maxSize, QByteArray *out);

    // Gzip-compresses `data` (what a client sends with Content-Encoding: gzip).
    static QByteArray gzip(QByteArrayView data);

    // Raw-deflate-compresses `data` (the .NET SDK's "deflate").
    static QByteArray deflateRaw(QByteArrayView data);
};

} // namespace hearth::protocol
