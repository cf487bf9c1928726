#pragma once

#include "core/store/Sha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace hearth::protocol {

// The vault's blob hash SHA256Block, computed incrementally: SHA-256 of each
// block of blockSize bytes, then SHA-256 of the concatenated block digests
// (PROTOCOL.md, blobs). Used by the vault on an upload's completion and by
// the client to check a download before it is stored.
class BlobHash
{
public:
    static constexpr qint64 defaultBlockSize = 2 * 1024 * 1024;
    static QString algorithm() { return QStringLiteral("SHA256Block"); }

    explicit BlobHash(qint64 blockSize = defaultBlockSize);

    void addData(QByteArrayView data);
    qint64 size() const { return m_size; }
    // Base64 of the final hash; the object starts again afterwards.
    QString result();
    static QString of(QByteArrayView data, qint64 blockSize = defaultBlockSize);

private:
    qint64 m_blockSize;
    qint64 m_inBlock = 0;
    qint64 m_size = 0;
    Sha256 m_block;
    QByteArray m_digests;
};

} // namespace hearth::protocol
