#pragma once

#include "core/store/Sha256.h"

#include <QFile>
#include <QIODevice>

#include <atomic>
#include <functional>

namespace hearth {

// A file read for Store::putBlob: reports how far the read is, stops when
// cancelled, and computes the vault's SHA256Block hash on the way, so the
// bytes are read once and never held whole.
class BlobSource : public QIODevice
{
public:
    // The vault's default block size for SHA256Block (PROTOCOL.md, blobs).
    static constexpr qint64 hashBlockSize = 2 * 1024 * 1024;

    explicit BlobSource(const QString &fileName);
    ~BlobSource() override;

    // Read only; the size is fixed when opened, a file that shrinks or grows
    // while it is read is an error.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }

    // Called after every read with the bytes read so far.
    void setProgressHandler(std::function<void(qint64)> handler);
    // Read fails once *flag is true (set from any thread).
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    bool wasCancelled() const { return m_cancelled; }

    // Base64 SHA256Block of everything read; valid once the whole file was.
    QString sha256BlockHash();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void addToBlockHash(const char *data, qint64 size);

    QFile m_file;
    qint64 m_size = 0;
    qint64 m_read = 0;
    qint64 m_inBlock = 0;
    Sha256 m_block;
    QByteArray m_blockDigests;
    std::function<void(qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_cancelled = false;
};

} // namespace hearth
