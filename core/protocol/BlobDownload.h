#pragma once

#include "core/protocol/BlobHash.h"
#include "core/protocol/BlobHttp.h"
#include "core/protocol/PlatformError.h"

#include <QByteArray>
#include <QIODevice>
#include <QUrl>

#include <atomic>
#include <functional>

namespace hearth::protocol {

class PlatformClient;

// A blob read from its streamed download address, one HTTP Range request
// of at most rangeSize bytes at a time (so neither side holds more), while
// its SHA256Block is computed. The next range is asked for before the last
// one is handed on, so it travels while the caller stores. The end of the data is only reported
// once the length and the hash match what the thing says; otherwise reading fails and verified()
// stays false, so a caller that stores what it reads must commit only when verified() is true.
class BlobDownload : public QIODevice
{
public:
    // expectedLength: -1 when unknown (then the vault's total counts).
    BlobDownload(PlatformClient &client, const QUrl &url, qint64 expectedLength,
        const QString &expectedHash, qint64 hashBlockSize = BlobHash::defaultBlockSize);

    void setRangeSize(qint64 bytes) { m_rangeSize = bytes; }
    // Bytes received so far and the total, after each range.
    void setProgressHandler(std::function<void(qint64, qint64)> handler);
    // Reads fail once *flag is true (set from any thread).
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

    bool verified() const { return m_verified; }
    PlatformError error() const { return m_error; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool fetchNext();
    // Asks for the range after the bytes received, without waiting.
    void requestNext();
    bool fail(const PlatformError &error);

    PlatformClient &m_client;
    QUrl m_url;
    qint64 m_expectedLength;
    QString m_expectedHash;
    BlobHash m_hash;
    qint64 m_rangeSize = 4 * 1024 * 1024;
    qint64 m_total = -1;
    qint64 m_fetched = 0;
    std::unique_ptr<BlobHttp::Pending> m_next; // the next range, on its way
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;
    bool m_verified = false;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    PlatformError m_error;
};

} // namespace hearth::protocol
