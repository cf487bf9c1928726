#pragma once

#include "core/Clock.h"
#include "server/store/VaultStore.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;

namespace hearth::protocol {
class BlobHash;
}

namespace hearth::vault {

// Limits of streamed blobs; BeginPutBlob announces them.
struct BlobLimits
{
    qint64 chunkSize = 4 * 1024 * 1024; // bytes per upload POST (and per ranged GET answer)
    qint64 maxBlobSize = qint64(2) * 1024 * 1024 * 1024;
    int downloadUrlSeconds = 3600; // how long a GetThings download link works
    int uploadSeconds = 24 * 3600; // how long an upload may stay unfinished
};

// The blob streaming endpoint, <base>/streaming/wildcatblob.ashx:
// - POST ?upload=<token>: one chunk (Content-Range "bytes F-L/*", at most the
//   chunk size), appended to the upload's file in the data folder; the last
//   carries "x-hv-blob-complete: 1", and the SHA256Block of the file is
//   stored then. A chunk must start where the received bytes end.
// - GET ?upload=<token>: how many bytes arrived ("x-hv-blob-received"), so
//   an interrupted client resumes there.
// - GET ?blob=…&expires=…&sig=…: the blob, with one Range per request
//   (at most the chunk size per answer) or whole.
// Never holds more than one chunk of a blob in memory (except a whole-blob
// GET without Range, see docs/vault.md).
class BlobEndpoint
{
public:
    struct Answer
    {
        int httpStatus = 200;
        QByteArray body; // text/plain
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    BlobEndpoint(VaultStore &store, const Clock &clock);
    ~BlobEndpoint();

    // The folder that holds blob files (created when needed).
    void setFolder(const QString &folder) { m_folder = folder; }
    QString folder() const { return m_folder; }
    void setLimits(const BlobLimits &limits) { m_limits = limits; }
    const BlobLimits &limits() const { return m_limits; }
    void addRoutes(QHttpServer &http);

    // One upload POST, transport-free (tests, fuzzing).
    Answer upload(
        const QUrl &url, const QByteArray &contentRange, bool complete, const QByteArray &body);
    Answer uploadStatus(const QUrl &url);
    // Removes expired uploads that were never attached, with their files.
    void dropExpiredUploads();

private:
    std::optional<BlobUpload> findUpload(const QUrl &url, Answer *refusal);
    bool finish(BlobUpload &upload, Answer *refusal);
    QString filePath(const QString &file) const;

    VaultStore &m_store;
    const Clock &m_clock;
    QString m_folder;
    BlobLimits m_limits;
    // SHA256Block of uploads in progress, so completion need not read the
    // file again; lost on restart, then computed from the file.
    QHash<QString, std::shared_ptr<protocol::BlobHash>> m_hashes;
};

} // namespace hearth::vault
