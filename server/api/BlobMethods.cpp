// BeginPutBlob v1 and the blob parts of PutThings and GetThings (PlatformApi).

#include "core/protocol/BlobHash.h"
#include "server/api/PlatformApi.h"
#include "server/blob/BlobUrls.h"

#include <QSet>

#include <openssl/rand.h>

namespace hearth::vault {

using protocol::BlobHash;
using protocol::StatusCode;

namespace {

MethodResult failure(StatusCode status, const QString &message)
{
    return { status, message, {} };
}

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(data.data()), bytes);
    return QString::fromLatin1(data.toHex());
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

bool mayWrite(const CallContext &context)
{
    return (context.access == RecordAccess::Custodian
               || context.access == RecordAccess::ViewAndModify)
        && (context.rules.permissions.contains(QLatin1Char('C'))
            || context.rules.permissions.contains(QLatin1Char('U')));
}

} // namespace

MethodResult PlatformApi::beginPutBlob(const CallContext &context)
{
    if (!mayWrite(context))
        return failure(StatusCode::AccessDenied,
            QStringLiteral("the application or person may not write to this record"));
    const QString token = randomHex(32);
    BlobUpload upload;
    upload.tokenHash = BlobUrls::tokenHash(token);
    upload.file = randomHex(16);
    upload.appId = context.app.id;
    upload.recordId = context.recordId;
    upload.expires = m_clock.now().addSecs(m_limits.blobs.uploadSeconds);
    if (!m_store.addBlobUpload(upload))
        return failure(StatusCode::Failed, QStringLiteral("the upload could not be started"));
    const BlobUrls urls(m_baseUrl, m_store.blobUrlKey());
    QByteArray out;
    out += "<blob-ref-url>" + escaped(urls.uploadUrl(token).toString(QUrl::FullyEncoded))
        + "</blob-ref-url>";
    out += "<blob-chunk-size>" + QByteArray::number(m_limits.blobs.chunkSize)
        + "</blob-chunk-size>";
    out += "<max-blob-size>" + QByteArray::number(m_limits.blobs.maxBlobSize) + "</max-blob-size>";
    out += "<blob-hash-algorithm>" + BlobHash::algorithm().toLatin1() + "</blob-hash-algorithm>";
    out += "<blob-hash-parameters><block-size>" + QByteArray::number(BlobHash::defaultBlockSize)
        + "</block-size></blob-hash-parameters>";
    return { StatusCode::Ok, {}, out };
}

MethodResult PlatformApi::resolveBlobs(
    const CallContext &context, const QList<ThingBlob> &blobs, ThingWrite *write)
{
    const BlobUrls urls(m_baseUrl, m_store.blobUrlKey());
    QSet<QString> names;
    QList<StoredBlob> current;
    bool currentRead = false;
    write->blobsGiven = true;
    for (const ThingBlob &blob : blobs) {
        if (names.contains(blob.name))
            return failure(StatusCode::DuplicateBlob,
                QStringLiteral("two blobs are named \"%1\"").arg(blob.name));
        names.insert(blob.name);
        if (blob.hasInlineData)
            return failure(StatusCode::InvalidBlobRefUrl,
                QStringLiteral("this vault takes blobs streamed (BeginPutBlob), not inline"));
        if (!blob.hashAlgorithm.isEmpty() && blob.hashAlgorithm != BlobHash::algorithm())
            return failure(StatusCode::InvalidBlobHashAlgorithm,
                QStringLiteral("blob hashes must be SHA256Block"));
        if (blob.hashBlockSize > 0 && blob.hashBlockSize != BlobHash::defaultBlockSize)
            return failure(StatusCode::UnsupportedBlobHashBlockSize,
                QStringLiteral("the SHA256Block block size must be %1")
                    .arg(BlobHash::defaultBlockSize));
        StoredBlob stored;
        stored.name = blob.name;
        stored.contentType = blob.contentType;
        stored.blockSize = BlobHash::defaultBlockSize;
        const QString token = urls.uploadToken(blob.refUrl);
        if (!token.isEmpty()) {
            const auto upload = m_store.blobUpload(BlobUrls::tokenHash(token));
            if (!upload || upload->appId != context.app.id || upload->recordId != context.recordId)
                return failure(StatusCode::InvalidBlobRefUrl,
                    QStringLiteral("blob \"%1\" was not uploaded by this application to this "
                                   "record")
                        .arg(blob.name));
            if (upload->state == BlobUpload::State::Open)
                return failure(StatusCode::BlobTokenNotCompleted,
                    QStringLiteral("the upload of blob \"%1\" is not complete").arg(blob.name));
            if (upload->state == BlobUpload::State::Attached
                || write->uploadTokenHashes.contains(upload->tokenHash))
                return failure(StatusCode::BlobTokenCommitted,
                    QStringLiteral("the upload of blob \"%1\" is already attached to a thing")
                        .arg(blob.name));
            stored.hash = upload->hash;
            stored.length = upload->received;
            stored.file = upload->file;
            write->uploadTokenHashes << upload->tokenHash;
        } else {
            // A blob the thing already has, sent back with its download link
            // (expired links are fine: the thing's own blob is named).
            const QString file = urls.downloadFile(blob.refUrl, m_clock.now(), true);
            if (!currentRead && !write->thingId.isNull()) {
                if (const auto version = m_store.currentVersion(context.recordId, write->thingId))
                    current = m_store.thingBlobs(version->versionStamp);
                currentRead = true;
            }
            const auto found = std::find_if(current.cbegin(), current.cend(),
                [&](const StoredBlob &b) { return !file.isEmpty() && b.file == file; });
            if (found == current.cend())
                return failure(StatusCode::InvalidBlobRefUrl,
                    QStringLiteral("blob \"%1\" needs the address BeginPutBlob gave or the "
                                   "thing's own blob address")
                        .arg(blob.name));
            stored.hash = found->hash;
            stored.length = found->length;
            stored.file = found->file;
        }
        if (!blob.hash.isEmpty() && blob.hash != stored.hash)
            return failure(StatusCode::InvalidBlobHash,
                QStringLiteral("the hash of blob \"%1\" does not match the uploaded data")
                    .arg(blob.name));
        if (blob.contentLength >= 0 && blob.contentLength != stored.length)
            return failure(StatusCode::InvalidBlobHash,
                QStringLiteral("blob \"%1\" has %2 bytes, not %3")
                    .arg(blob.name)
                    .arg(stored.length)
                    .arg(blob.contentLength));
        write->blobs << stored;
    }
    return {};
}

QByteArray PlatformApi::blobPayloadXml(const QList<StoredBlob> &blobs)
{
    if (blobs.isEmpty())
        return {};
    const BlobUrls urls(m_baseUrl, m_store.blobUrlKey());
    const QDateTime expires = m_clock.now().addSecs(m_limits.blobs.downloadUrlSeconds);
    QByteArray out = "<blob-payload>";
    for (const StoredBlob &blob : blobs) {
        out += "<blob><blob-info><name>" + escaped(blob.name) + "</name><content-type>"
            + escaped(blob.contentType) + "</content-type><hash-info><algorithm>"
            + BlobHash::algorithm().toLatin1() + "</algorithm><params><block-size>"
            + QByteArray::number(blob.blockSize) + "</block-size></params><hash>"
            + blob.hash.toLatin1() + "</hash></hash-info></blob-info><content-length>"
            + QByteArray::number(blob.length) + "</content-length><blob-ref-url>"
            + escaped(urls.downloadUrl(blob.file, expires).toString(QUrl::FullyEncoded))
            + "</blob-ref-url></blob>";
    }
    out += "</blob-payload>";
    return out;
}

} // namespace hearth::vault
