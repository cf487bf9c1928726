// libFuzzer target: the request envelope parser, the hash/HMAC checks and
// the body decoder must never crash, hang or read out of bounds.

#include "core/protocol/BodyEncoding.h"
#include "core/protocol/RequestEnvelope.h"
#include "core/protocol/ResponseEnvelope.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace hearth::protocol;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    ProtocolError error;
    if (const auto request = RequestEnvelope::parse(input, &error)) {
        request->infoHashMatches();
        request->hmacMatches("key");
        request->isExpired(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    }
    ResponseEnvelope::parse(input, &error);
    QByteArray decoded;
    BodyEncoding::decode(input, "gzip", 1 << 20, &decoded);
    BodyEncoding::decode(input, "deflate", 1 << 20, &decoded);
    return 0;
}
