#pragma once

#include "core/protocol/PlatformError.h"

#include <QHash>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <functional>

namespace hearth {

class Store;
class Thing;
struct ThingBlob;

namespace protocol {
class PlatformClient;
}

// Moves the blobs of things between the store and a vault (PROTOCOL.md,
// blobs). Before a PutThings, each blob that is only local (the store's
// "hearth-blob:" address) is streamed to a BeginPutBlob address in chunks
// and the outgoing thing names that address. After a GetThings, each blob
// the store lacks is downloaded in ranges, verified against its SHA256Block
// hash and stored in one transaction, and the thing names the local copy.
// An interrupted upload resumes where the vault's received bytes end (in
// this session), or starts again; a download that fails or does not match
// its hash stores nothing.
class BlobTransfer
{
public:
    BlobTransfer(Store &store, protocol::PlatformClient &client);

    // Bytes of the current blob done and its size, after each chunk or range.
    void setProgressHandler(std::function<void(qint64, qint64)> handler);
    // Makes a running transfer fail as cancelled; safe from any thread.
    void cancel() { m_cancel = true; }
    void resetCancel() { m_cancel = false; }

    // Uploads the thing's local blobs and points its copy at the uploads.
    protocol::PlatformError upload(const QUuid &recordId, Thing &thing);
    // Downloads the thing's remote blobs the store does not hold and points
    // the thing at the local copies.
    protocol::PlatformError download(Thing &thing);

private:
    struct Pending
    {
        QUrl url;
        qint64 chunkSize = 0;
    };
    protocol::PlatformError uploadOne(const QUuid &recordId, ThingBlob &blob);
    protocol::PlatformError downloadOne(ThingBlob &blob, const QList<ThingBlob> &localBlobs);

    Store &m_store;
    protocol::PlatformClient &m_client;
    std::function<void(qint64, qint64)> m_progress;
    std::atomic_bool m_cancel { false };
    // Uploads begun in this session, by the local blob's SHA-256 (hex).
    QHash<QString, Pending> m_uploads;
};

} // namespace hearth
