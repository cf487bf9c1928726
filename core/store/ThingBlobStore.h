#pragma once

#include "core/store/StoreError.h"
#include "core/thing/Thing.h"

#include <QUrl>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace hearth {

class Store;

// Puts files into the store as blobs of a thing and reads them back. The
// thing's <blob> carries the vault's SHA256Block hash and, as its
// blob-ref-url, "hearth-blob:sha256:<hex>": the local copy in the store. The
// store keeps that address; only what the sync sends names the vault's.
class ThingBlobStore
{
public:
    explicit ThingBlobStore(Store &store);

    // Bytes of the current file read so far; from putFile's thread.
    void setProgressHandler(std::function<void(qint64)> handler);
    // Makes a running putFile fail with StoreError::Code::Cancelled; safe
    // from any thread. resetCancel() before reuse.
    void cancel() { m_cancel = true; }
    void resetCancel() { m_cancel = false; }
    bool isCancelled() const { return m_cancel; }

    // Streams the file in Store::blobChunkSize chunks inside one transaction
    // (or the caller's). name: "" for the default blob.
    std::optional<ThingBlob> putFile(const QString &fileName, const QString &name,
        const QString &contentType, StoreError *error);
    // Saves a new or changed thing (a fresh local version stamp, its
    // effective date from the type) and queues it for the vault, in one
    // transaction (or the caller's).
    bool saveThing(qint64 record, Thing &thing, const QDateTime &now, StoreError *error);
    // Streams the blob's local copy into sink, verifying its hash.
    bool read(const ThingBlob &blob, QIODevice &sink, StoreError *error) const;

    // The SHA-256 (hex) of the local copy, empty when the blob has none.
    static QString localHash(const ThingBlob &blob);
    static QUrl localUrl(const QString &sha256Hex);

private:
    Store &m_store;
    std::function<void(qint64)> m_progress;
    std::atomic_bool m_cancel { false };
};

} // namespace hearth
