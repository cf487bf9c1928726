#include "core/protocol/BlobHash.h"

namespace hearth::protocol {

BlobHash::BlobHash(qint64 blockSize)
    : m_blockSize(blockSize > 0 ? blockSize : defaultBlockSize)
{ }

void BlobHash::addData(QByteArrayView data)
{
    m_size += data.size();
    while (!data.isEmpty()) {
        const qint64 take = qMin<qint64>(m_blockSize - m_inBlock, data.size());
        m_block.addData(data.first(take));
        m_inBlock += take;
        data = data.sliced(take);
        if (m_inBlock == m_blockSize) {
            m_digests += m_block.result();
            m_inBlock = 0;
        }
    }
}

QString BlobHash::result()
{
    // As BlobSource: a last partial block counts, an empty blob has no block.
    if (m_inBlock > 0)
        m_digests += m_block.result();
    const QString hash = QString::fromLatin1(Sha256::hash(m_digests).toBase64());
    m_digests.clear();
    m_inBlock = 0;
    m_size = 0;
    m_block.reset();
    return hash;
}

QString BlobHash::of(QByteArrayView data, qint64 blockSize)
{
    BlobHash hash(blockSize);
    hash.addData(data);
    return hash.result();
}

} // namespace hearth::protocol
