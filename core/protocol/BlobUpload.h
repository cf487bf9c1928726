#pragma once

#include "core/protocol/BlobHttp.h"
#include "core/protocol/PlatformError.h"

#include <QByteArray>
#include <QIODevice>
#include <QUrl>

#include <atomic>
#include <functional>

namespace hearth::protocol {

class PlatformClient;

// The bytes of one blob written into this device go to a BeginPutBlob
// address as HTTP POSTs of exactly chunkSize bytes (Content-Range
// "bytes F-L/*"), the last one with "x-hv-blob-complete: 1" (PROTOCOL.md,
// blobs). One chunk travels while the next is gathered; at most two are held. Bytes before
// resumeFrom are taken and dropped, so a source can be replayed from its start after an
// interruption.
class BlobUpload : public QIODevice
{
public:
    BlobUpload(PlatformClient &client, const QUrl &url, qint64 chunkSize, qint64 size);

    // Bytes the vault already has (see receivedSoFar); skipped when written.
    void setResumeFrom(qint64 offset) { m_resumeFrom = offset; }
    // Called after each chunk with the bytes the vault has and the total.
    void setProgressHandler(std::function<void(qint64, qint64)> handler);
    // Writes fail once *flag is true (set from any thread).
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }
    // Sends what is left as the final chunk; false with error() set.
    bool finish();
    PlatformError error() const { return m_error; }

    // How many bytes of an upload the vault has, and its state: "open",
    // "complete" (ready for PutThings) or "attached" (used by a thing).
    static PlatformError receivedSoFar(
        PlatformClient &client, const QUrl &url, qint64 *received, QByteArray *state);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool sendChunk(bool last);
    // Waits for the chunk on its way; false with m_error set.
    bool settle();

    PlatformClient &m_client;
    QUrl m_url;
    qint64 m_chunkSize;
    qint64 m_size;
    qint64 m_resumeFrom = 0;
    qint64 m_written = 0; // bytes given to this device
    qint64 m_sent = 0; // bytes the vault has
    QByteArray m_buffer;
    std::unique_ptr<BlobHttp::Pending> m_inFlight;
    qint64 m_inFlightLength = 0;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    PlatformError m_error;
};

} // namespace hearth::protocol
