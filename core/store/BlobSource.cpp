#include "core/store/BlobSource.h"

#include <QCoreApplication>

namespace hearth {

namespace {

QString message(const char *text)
{
    return QCoreApplication::translate("hearth::BlobSource", text);
}

} // namespace

BlobSource::BlobSource(const QString &fileName)
    : m_file(fileName)
{ }

BlobSource::~BlobSource() = default;

bool BlobSource::open(OpenMode mode)
{
    if ((mode & WriteOnly) != 0) {
        setErrorString(message("A file to store is only read."));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    m_read = 0;
    m_inBlock = 0;
    m_block.reset();
    m_blockDigests.clear();
    m_cancelled = false;
    // Unbuffered: putBlob reads whole chunks, a second buffer would only copy.
    return QIODevice::open(ReadOnly | Unbuffered);
}

void BlobSource::close()
{
    m_file.close();
    QIODevice::close();
}

void BlobSource::setProgressHandler(std::function<void(qint64)> handler)
{
    m_progress = std::move(handler);
}

qint64 BlobSource::readData(char *data, qint64 maxSize)
{
    if (m_cancel && m_cancel->load()) {
        m_cancelled = true;
        setErrorString(message("Cancelled."));
        return -1;
    }
    const qint64 wanted = std::min(maxSize, m_size - m_read);
    if (wanted <= 0) {
        if (m_file.read(data, 1) > 0) {
            setErrorString(message("The file grew while it was being stored."));
            return -1;
        }
        return 0;
    }
    qint64 got = 0;
    while (got < wanted) {
        const qint64 n = m_file.read(data + got, wanted - got);
        if (n < 0) {
            setErrorString(m_file.errorString());
            return -1;
        }
        if (n == 0) {
            setErrorString(message("The file shrank while it was being stored."));
            return -1;
        }
        got += n;
    }
    addToBlockHash(data, got);
    m_read += got;
    if (m_progress)
        m_progress(m_read);
    return got;
}

qint64 BlobSource::writeData(const char *, qint64)
{
    return -1;
}

void BlobSource::addToBlockHash(const char *data, qint64 size)
{
    while (size > 0) {
        const qint64 take = std::min(size, hashBlockSize - m_inBlock);
        m_block.addData(QByteArrayView(data, take));
        m_inBlock += take;
        data += take;
        size -= take;
        if (m_inBlock == hashBlockSize) {
            m_blockDigests += m_block.result();
            m_inBlock = 0;
        }
    }
}

QString BlobSource::sha256BlockHash()
{
    QByteArray digests = m_blockDigests;
    if (m_inBlock > 0)
        digests += m_block.result();
    return QString::fromLatin1(Sha256::hash(digests).toBase64());
}

} // namespace hearth
