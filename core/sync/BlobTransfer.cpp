#include "core/sync/BlobTransfer.h"

#include "core/Logging.h"
#include "core/protocol/BlobDownload.h"
#include "core/protocol/BlobUpload.h"
#include "core/protocol/PlatformClient.h"
#include "core/protocol/PlatformMethods.h"
#include "core/store/Store.h"
#include "core/store/ThingBlobStore.h"
#include "core/thing/Thing.h"

#include <QBuffer>
#include <QCoreApplication>

namespace hearth {

using protocol::PlatformError;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::BlobTransfer", text);
}

PlatformError localError(const QString &message)
{
    PlatformError error;
    error.kind = PlatformError::Kind::BadResponse;
    error.message = message;
    return error;
}

bool isRemote(const QUrl &url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

} // namespace

BlobTransfer::BlobTransfer(Store &store, protocol::PlatformClient &client)
    : m_store(store)
    , m_client(client)
{ }

void BlobTransfer::setProgressHandler(std::function<void(qint64, qint64)> handler)
{
    m_progress = std::move(handler);
}

PlatformError BlobTransfer::upload(const QUuid &recordId, Thing &thing)
{
    QList<ThingBlob> blobs = thing.blobs();
    bool changed = false;
    for (ThingBlob &blob : blobs) {
        if (ThingBlobStore::localHash(blob).isEmpty())
            continue; // already on the vault, or inline
        const PlatformError error = uploadOne(recordId, blob);
        if (!error.isOk())
            return error;
        changed = true;
    }
    if (changed)
        thing.setBlobs(blobs);
    return {};
}

PlatformError BlobTransfer::uploadOne(const QUuid &recordId, ThingBlob &blob)
{
    const QString hex = ThingBlobStore::localHash(blob);
    if (!m_store.hasBlob(hex))
        return localError(tr("The file \"%1\" is missing from this computer's store.")
                              .arg(blob.name.isEmpty() ? tr("(default)") : blob.name));
    if (blob.contentLength < 0)
        return localError(tr("A file to send has no recorded size."));

    Pending pending = m_uploads.value(hex);
    qint64 resumeFrom = 0;
    if (pending.url.isValid()) {
        QByteArray state;
        const PlatformError asked
            = protocol::BlobUpload::receivedSoFar(m_client, pending.url, &resumeFrom, &state);
        if (asked.isOk() && state == "complete") {
            blob.refUrl = pending.url; // the PutThings that used it did not happen
            return {};
        }
        if (!asked.isOk() && asked.isTransient())
            return asked;
        if (!asked.isOk() || state != "open") {
            pending = {}; // expired, unknown or used: start again
            resumeFrom = 0;
        } else {
            qCInfo(lcSync) << "resuming an upload at byte" << resumeFrom;
        }
    }
    if (!pending.url.isValid()) {
        protocol::BeginPutBlob begin;
        begin.recordId = recordId;
        const PlatformError error = m_client.execute(begin);
        if (!error.isOk())
            return error;
        if (blob.contentLength > begin.maxBlobSize)
            return localError(tr("The file is %1 bytes; the vault takes files of at most %2 bytes.")
                                  .arg(blob.contentLength)
                                  .arg(begin.maxBlobSize));
        pending = { begin.blobRefUrl, begin.chunkSize };
        m_uploads.insert(hex, pending);
    }

    protocol::BlobUpload sink(m_client, pending.url, pending.chunkSize, blob.contentLength);
    sink.setResumeFrom(resumeFrom);
    sink.setCancelFlag(&m_cancel);
    sink.setProgressHandler(m_progress);
    sink.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    StoreError storeError;
    const bool read = m_store.readBlob(hex, sink, &storeError);
    if (!sink.error().isOk())
        return sink.error();
    if (!read)
        return localError(storeError.message);
    if (!sink.finish())
        return sink.error();
    blob.refUrl = pending.url;
    return {};
}

PlatformError BlobTransfer::download(Thing &thing)
{
    QList<ThingBlob> blobs = thing.blobs();
    bool remote = false;
    for (const ThingBlob &blob : std::as_const(blobs))
        remote = remote || isRemote(blob.refUrl) || blob.hasInlineData;
    if (!remote)
        return {};
    // A blob this store already has under the same name and hash (e.g. a
    // thing this computer uploaded, coming back from the vault) is reused.
    QList<ThingBlob> localBlobs;
    if (const auto row = m_store.thing(thing.id())) {
        if (const auto local = Thing::fromXml(row->xml))
            localBlobs = local->blobs();
    }
    for (ThingBlob &blob : blobs) {
        if (!isRemote(blob.refUrl) && !blob.hasInlineData)
            continue;
        const PlatformError error = downloadOne(blob, localBlobs);
        if (!error.isOk())
            return error;
    }
    thing.setBlobs(blobs);
    return {};
}

PlatformError BlobTransfer::downloadOne(ThingBlob &blob, const QList<ThingBlob> &localBlobs)
{
    for (const ThingBlob &local : localBlobs) {
        const QString hex = ThingBlobStore::localHash(local);
        if (local.name == blob.name && !blob.hash.isEmpty() && local.hash == blob.hash
            && !hex.isEmpty() && m_store.hasBlob(hex)) {
            blob.refUrl = local.refUrl;
            return {};
        }
    }
    if (blob.hashAlgorithm != QLatin1String("SHA256Block") || blob.hash.isEmpty())
        return localError(tr("A file from the vault has no SHA256Block hash to check it by."));
    StoreError storeError;
    std::optional<QString> hex;
    if (blob.hasInlineData) {
        if (protocol::BlobHash::of(blob.inlineData, blob.hashBlockSize) != blob.hash)
            return localError(tr("A file from the vault does not match its hash; nothing was "
                                 "stored."));
        QBuffer buffer(&blob.inlineData);
        buffer.open(QIODevice::ReadOnly);
        hex = m_store.putBlob(buffer, &storeError);
        if (!hex)
            return localError(storeError.message);
    } else {
        protocol::BlobDownload source(m_client, blob.refUrl, blob.contentLength, blob.hash,
            blob.hashBlockSize > 0 ? blob.hashBlockSize : protocol::BlobHash::defaultBlockSize);
        source.setCancelFlag(&m_cancel);
        source.setProgressHandler(m_progress);
        source.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        // The data goes into the store as it arrives; only a verified end
        // commits it.
        const bool ok = m_store.transaction(
            [&] {
                hex = m_store.putBlob(source, &storeError);
                return hex.has_value() && source.verified();
            },
            &storeError);
        if (!ok) {
            if (!source.error().isOk())
                return source.error();
            return localError(storeError.message.isEmpty()
                    ? tr("A file from the vault could not be stored.")
                    : storeError.message);
        }
    }
    blob.refUrl = ThingBlobStore::localUrl(*hex);
    blob.inlineData.clear();
    blob.hasInlineData = false;
    return {};
}

} // namespace hearth
