#include "core/protocol/BlobDownload.h"

#include "core/protocol/BlobHttp.h"

#include <cstring>

namespace hearth::protocol {

BlobDownload::BlobDownload(PlatformClient &client, const QUrl &url, qint64 expectedLength,
    const QString &expectedHash, qint64 hashBlockSize)
    : m_client(client)
    , m_url(url)
    , m_expectedLength(expectedLength)
    , m_expectedHash(expectedHash)
    , m_hash(hashBlockSize)
{ }

void BlobDownload::setProgressHandler(std::function<void(qint64, qint64)> handler)
{
    m_progress = std::move(handler);
}

bool BlobDownload::open(OpenMode mode)
{
    m_total = m_expectedLength;
    m_fetched = 0;
    m_next.reset();
    m_buffer.clear();
    m_bufferPos = 0;
    m_verified = false;
    m_error = {};
    return QIODevice::open(mode);
}

qint64 BlobDownload::bytesAvailable() const
{
    return m_buffer.size() - m_bufferPos + QIODevice::bytesAvailable();
}

bool BlobDownload::atEnd() const
{
    return m_verified && m_bufferPos == m_buffer.size() && QIODevice::bytesAvailable() == 0;
}

bool BlobDownload::fail(const PlatformError &error)
{
    m_error = error;
    setErrorString(error.message);
    m_next.reset();
    return false;
}

void BlobDownload::requestNext()
{
    const qint64 last
        = m_total >= 0 ? qMin(m_total, m_fetched + m_rangeSize) - 1 : m_fetched + m_rangeSize - 1;
    m_next = BlobHttp::start(m_client, m_url, "GET",
        { { QByteArrayLiteral("Range"),
            QByteArray("bytes=") + QByteArray::number(m_fetched) + '-'
                + QByteArray::number(last) } },
        {});
}

bool BlobDownload::fetchNext()
{
    if (m_cancel && m_cancel->load())
        return fail(BlobHttp::cancelled());
    if (!m_next)
        requestNext();
    const std::unique_ptr<BlobHttp::Pending> pending = std::move(m_next);
    BlobHttp::Reply reply;
    const PlatformError error = pending->wait(&reply, m_cancel);
    if (!error.isOk())
        return fail(error);
    qint64 total = -1;
    if (reply.httpStatus == 206) {
        // "bytes F-L/TOTAL": the answer must start where this side is.
        const QByteArray range = reply.header("Content-Range");
        const qsizetype slash = range.lastIndexOf('/');
        const qsizetype dash = range.indexOf('-');
        bool firstOk = false;
        bool totalOk = false;
        const qint64 first = range.mid(6, dash - 6).trimmed().toLongLong(&firstOk);
        total = range.mid(slash + 1).trimmed().toLongLong(&totalOk);
        if (!range.startsWith("bytes ") || dash < 0 || slash < 0 || !firstOk || !totalOk
            || first != m_fetched)
            return fail(PlatformError::badResponse(
                PlatformError::tr("the vault answered another part of the file")));
    } else if (m_fetched == 0) {
        total = reply.body.size(); // the whole blob at once
    } else {
        return fail(PlatformError::badResponse(
            PlatformError::tr("the vault did not answer a part of the file")));
    }
    if (m_total < 0)
        m_total = total;
    if (total != m_total)
        return fail(PlatformError::badResponse(
            PlatformError::tr("the file has %1 bytes on the vault, the record says %2")
                .arg(total)
                .arg(m_total)));
    if (reply.body.isEmpty() && m_fetched < m_total)
        return fail(PlatformError::badResponse(PlatformError::tr("the vault sent no data")));
    if (m_fetched + reply.body.size() > m_total)
        return fail(PlatformError::badResponse(
            PlatformError::tr("the vault sent more data than the file has")));
    m_hash.addData(reply.body);
    m_fetched += reply.body.size();
    m_buffer = reply.body;
    m_bufferPos = 0;
    if (m_fetched < m_total)
        requestNext();
    if (m_progress)
        m_progress(m_fetched, m_total);
    return true;
}

qint64 BlobDownload::readData(char *data, qint64 maxSize)
{
    if (!m_error.isOk())
        return -1;
    if (m_bufferPos == m_buffer.size()) {
        if (m_total < 0 || m_fetched < m_total) {
            if (!fetchNext())
                return -1;
        }
        if (m_bufferPos == m_buffer.size()) {
            // Everything arrived: the end is reported only for the right data.
            if (!m_verified) {
                if (m_hash.result() != m_expectedHash) {
                    fail(PlatformError::badResponse(PlatformError::tr(
                        "the downloaded file does not match its hash; nothing was stored")));
                    return -1;
                }
                m_verified = true;
            }
            return 0;
        }
    }
    const qint64 n = qMin<qint64>(maxSize, m_buffer.size() - m_bufferPos);
    std::memcpy(data, m_buffer.constData() + m_bufferPos, size_t(n));
    m_bufferPos += n;
    return n;
}

} // namespace hearth::protocol
