#include "core/protocol/BlobHttp.h"

#include "core/protocol/PlatformClient.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace hearth::protocol {

QByteArray BlobHttp::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

PlatformError BlobHttp::cancelled()
{
    PlatformError error;
    error.kind = PlatformError::Kind::Network;
    error.message = PlatformError::tr("The transfer was cancelled.");
    return error;
}

std::unique_ptr<BlobHttp::Pending> BlobHttp::start(PlatformClient &client, const QUrl &url,
    const QByteArray &verb, const QList<QPair<QByteArray, QByteArray>> &headers,
    const QByteArray &body)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    auto pending = std::make_unique<Pending>();
    pending->m_client = &client;
    pending->m_sent = body.size();
    pending->m_reply = client.sendRaw(request, verb, body, &pending->m_untrusted);
    return pending;
}

BlobHttp::Pending::~Pending()
{
    if (m_reply) {
        if (!m_reply->isFinished())
            m_reply->abort();
        m_reply->deleteLater();
    }
}

PlatformError BlobHttp::Pending::wait(Reply *reply, const std::atomic_bool *cancel)
{
    QNetworkReply *network = m_reply;
    QEventLoop loop;
    QObject::connect(network, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // The cancel flag is set from another thread; look at it now and then.
    QTimer poll;
    bool wasCancelled = false;
    if (cancel) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancel->load()) {
                wasCancelled = true;
                network->abort();
            }
        });
        poll.start(50);
    }
    if (!network->isFinished())
        loop.exec();
    poll.stop();
    reply->httpStatus = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->body = network->readAll();
    reply->headers = network->rawHeaderPairs();
    m_client->countTransfer(m_sent, reply->body.size());
    if (wasCancelled)
        return cancelled();
    if (reply->httpStatus == 0) {
        PlatformError error = PlatformError::network(network->errorString());
        error.untrustedCertificateSha256 = m_untrusted;
        return error;
    }
    if (reply->httpStatus < 200 || reply->httpStatus >= 300) {
        PlatformError error = PlatformError::http(reply->httpStatus);
        const QString said = QString::fromUtf8(reply->body.left(300)).trimmed();
        if (!said.isEmpty())
            error.message += QStringLiteral(": ") + said;
        return error;
    }
    return {};
}

PlatformError BlobHttp::exchange(PlatformClient &client, const QUrl &url, const QByteArray &verb,
    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, Reply *reply,
    const std::atomic_bool *cancel)
{
    return start(client, url, verb, headers, body)->wait(reply, cancel);
}

} // namespace hearth::protocol
