#include "core/protocol/BlobUpload.h"

#include "core/protocol/BlobHttp.h"

namespace hearth::protocol {

BlobUpload::BlobUpload(PlatformClient &client, const QUrl &url, qint64 chunkSize, qint64 size)
    : m_client(client)
    , m_url(url)
    , m_chunkSize(chunkSize)
    , m_size(size)
{ }

void BlobUpload::setProgressHandler(std::function<void(qint64, qint64)> handler)
{
    m_progress = std::move(handler);
}

bool BlobUpload::open(OpenMode mode)
{
    m_written = 0;
    m_sent = m_resumeFrom;
    m_inFlight.reset();
    m_buffer.clear();
    m_error = {};
    return QIODevice::open(mode);
}

qint64 BlobUpload::writeData(const char *data, qint64 size)
{
    if (!m_error.isOk())
        return -1;
    if (m_cancel && m_cancel->load()) {
        m_error = BlobHttp::cancelled();
        setErrorString(m_error.message);
        return -1;
    }
    qint64 taken = 0;
    // Bytes the vault already has are dropped.
    if (m_written < m_resumeFrom) {
        taken = qMin(size, m_resumeFrom - m_written);
        m_written += taken;
    }
    if (taken < size) {
        m_buffer.append(data + taken, size - taken);
        m_written += size - taken;
    }
    // A full chunk goes out unless it might be the last one, which finish()
    // sends with the completion mark.
    while (m_buffer.size() > m_chunkSize
        || (m_buffer.size() == m_chunkSize && m_sent + m_buffer.size() < m_size)) {
        if (!sendChunk(false))
            return -1;
    }
    return size;
}

bool BlobUpload::settle()
{
    if (!m_inFlight)
        return true;
    const std::unique_ptr<BlobHttp::Pending> pending = std::move(m_inFlight);
    BlobHttp::Reply reply;
    m_error = pending->wait(&reply, m_cancel);
    if (!m_error.isOk()) {
        setErrorString(m_error.message);
        return false;
    }
    m_sent += m_inFlightLength;
    m_inFlightLength = 0;
    if (m_progress)
        m_progress(m_sent, m_size);
    // A cancel from the progress handler stops before the next chunk.
    if (m_cancel && m_cancel->load()) {
        m_error = BlobHttp::cancelled();
        setErrorString(m_error.message);
        return false;
    }
    return true;
}

bool BlobUpload::sendChunk(bool last)
{
    if (!settle())
        return false;
    const qint64 length = last ? m_buffer.size() : m_chunkSize;
    const QByteArray chunk = m_buffer.left(length);
    QList<QPair<QByteArray, QByteArray>> headers { { QByteArrayLiteral("Content-Type"),
        QByteArrayLiteral("application/octet-stream") } };
    if (!chunk.isEmpty())
        headers.append({ QByteArrayLiteral("Content-Range"),
            QByteArray("bytes ") + QByteArray::number(m_sent) + '-'
                + QByteArray::number(m_sent + length - 1) + "/*" });
    if (last)
        headers.append({ QByteArrayLiteral("x-hv-blob-complete"), QByteArrayLiteral("1") });
    m_inFlight = BlobHttp::start(m_client, m_url, "POST", headers, chunk);
    m_inFlightLength = length;
    m_buffer.remove(0, length);
    return !last || settle();
}

bool BlobUpload::finish()
{
    if (!m_error.isOk())
        return false;
    // Whole chunks first, then the rest as the last one.
    while (m_buffer.size() > m_chunkSize) {
        if (!sendChunk(false))
            return false;
    }
    return sendChunk(true);
}

PlatformError BlobUpload::receivedSoFar(
    PlatformClient &client, const QUrl &url, qint64 *received, QByteArray *state)
{
    BlobHttp::Reply reply;
    const PlatformError error = BlobHttp::exchange(client, url, "GET", {}, {}, &reply);
    if (!error.isOk())
        return error;
    bool ok = false;
    *received = reply.header("x-hv-blob-received").toLongLong(&ok);
    *state = reply.header("x-hv-blob-state");
    if (!ok)
        return PlatformError::badResponse(
            PlatformError::tr("the vault did not say how much of the upload arrived"));
    return {};
}

} // namespace hearth::protocol
