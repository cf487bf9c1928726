#include "core/protocol/PlatformClient.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/protocol/BodyEncoding.h"
#include "core/protocol/PlatformMethods.h"
#include "core/protocol/RequestEnvelope.h"
#include "core/protocol/ResponseEnvelope.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace hearth::protocol {

namespace {
// Hearth's master application, registered in every hearth-vault.
const QUuid kHearthMasterApp = QUuid::fromString(u"6c1d3f0e-8a51-4b5e-9a7c-4e2b1d0f7a31");
constexpr int kHttpRetries = 2;
} // namespace

struct PlatformClient::Attempt
{
    PlatformMethod *method = nullptr;
    Done done;
    int httpRetriesLeft = kHttpRetries;
    bool renewedSession = false;
    QByteArray untrustedCertificate;
};

PlatformClient::PlatformClient(const QUrl &platformUrl, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_url(platformUrl)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
    , m_masterAppId(kHearthMasterApp)
{
    // Certificate errors are never ignored: QNAM fails the reply unless a
    // caller explicitly trusts a certificate, which this class never does.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

PlatformClient::~PlatformClient() = default;

void PlatformClient::setApplication(const QUuid &instanceId, const QByteArray &appSecret)
{
    m_instanceId = instanceId;
    m_appSecret = appSecret;
    clearSession();
}

void PlatformClient::clearSession()
{
    m_sessionToken.clear();
    m_sessionSecret.fill('\0');
    m_sessionSecret.clear();
}

void PlatformClient::call(PlatformMethod &method, Done done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->method = &method;
    attempt->done = std::move(done);
    start(attempt);
}

PlatformError PlatformClient::execute(PlatformMethod &method)
{
    QEventLoop loop;
    PlatformError result;
    bool finished = false;
    call(method, [&](const PlatformError &error) {
        result = error;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

void PlatformClient::start(const std::shared_ptr<Attempt> &attempt)
{
    if (attempt->method->caller() == PlatformMethod::Caller::AppInstance && m_instanceId.isNull()) {
        PlatformError error;
        error.kind = PlatformError::Kind::NotConfigured;
        error.message = tr("Hearth is not connected to a vault yet.");
        attempt->done(error);
        return;
    }
    if (attempt->method->caller() != PlatformMethod::Caller::Session || hasSession()) {
        send(attempt);
        return;
    }
    withSession([this, attempt](const PlatformError &error) {
        if (error.isOk())
            send(attempt);
        else
            attempt->done(error);
    });
}

void PlatformClient::withSession(const std::function<void(const PlatformError &)> &then)
{
    if (m_instanceId.isNull() || m_appSecret.isEmpty()) {
        PlatformError error;
        error.kind = PlatformError::Kind::NotConfigured;
        error.message = tr("Hearth is not signed in to a vault.");
        then(error);
        return;
    }
    m_waitingForSession.push_back(then);
    if (m_waitingForSession.size() > 1)
        return; // a CAST is already under way
    auto cast = std::make_shared<CreateAuthenticatedSessionToken>(
        m_instanceId, m_appSecret, m_clock.now());
    call(*cast, [this, cast](const PlatformError &error) {
        if (error.isOk()) {
            m_sessionToken = cast->token;
            m_sessionSecret = cast->sharedSecret;
            qCDebug(lcProtocol) << "new session token";
        }
        auto waiting = std::move(m_waitingForSession);
        m_waitingForSession.clear();
        for (const auto &fn : waiting)
            fn(error);
    });
}

QByteArray PlatformClient::requestBytes(const PlatformMethod &method) const
{
    RequestHeader header;
    header.method = method.name();
    header.methodVersion = method.version();
    header.recordId = method.recordId;
    header.msgTime = m_clock.now();
    header.msgTtl = 1800;
    header.version = QStringLiteral("Hearth/%1").arg(QCoreApplication::applicationVersion());
    switch (method.caller()) {
    case PlatformMethod::Caller::MasterApp:
        header.appId = m_masterAppId;
        return RequestEnvelope::write(header, method.info());
    case PlatformMethod::Caller::AppInstance:
        header.appId = m_instanceId;
        return RequestEnvelope::write(header, method.info());
    case PlatformMethod::Caller::Session:
        break;
    }
    header.authToken = m_sessionToken;
    header.offlinePersonId = m_personId;
    return RequestEnvelope::write(header, method.info(), m_sessionSecret);
}

void PlatformClient::send(const std::shared_ptr<Attempt> &attempt)
{
    const QByteArray body = BodyEncoding::gzip(requestBytes(*attempt->method));
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml"));
    request.setRawHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
    request.setTransferTimeout(m_timeoutMs);
    m_bytesSent += body.size();
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::sslErrors, this,
        [this, attempt, reply](const QList<QSslError> &errors) {
            checkCertificate(reply, errors, &attempt->untrustedCertificate);
        });
    connect(reply, &QNetworkReply::finished, this, [this, attempt, reply] {
        reply->deleteLater();
        received(attempt, reply);
    });
}

void PlatformClient::checkCertificate(
    QNetworkReply *reply, const QList<QSslError> &errors, QByteArray *untrusted) const
{
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    const QByteArray fingerprint = peer.digest(QCryptographicHash::Sha256);
    bool onlyUntrusted = !peer.isNull();
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            break;
        default:
            onlyUntrusted = false;
        }
    }
    if (onlyUntrusted && !m_trustedCertificate.isEmpty()
        && equalSecrets(fingerprint, m_trustedCertificate))
        reply->ignoreSslErrors(errors);
    else if (onlyUntrusted && untrusted)
        *untrusted = fingerprint;
}

QNetworkReply *PlatformClient::sendRaw(QNetworkRequest request, const QByteArray &verb,
    const QByteArray &body, QByteArray *untrustedCertificate)
{
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::sslErrors, this,
        [this, reply, untrustedCertificate](const QList<QSslError> &errors) {
            checkCertificate(reply, errors, untrustedCertificate);
        });
    return reply;
}

void PlatformClient::received(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply)
{
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (http == 500 && attempt->httpRetriesLeft > 0) {
        --attempt->httpRetriesLeft;
        qCInfo(lcProtocol) << attempt->method->name() << "HTTP 500, retrying";
        QTimer::singleShot(m_retryDelayMs, this, [this, attempt] { send(attempt); });
        return;
    }
    if (http == 0 || reply->error() == QNetworkReply::OperationCanceledError
        || (reply->error() != QNetworkReply::NoError && http < 300)) {
        PlatformError error = PlatformError::network(reply->errorString());
        error.untrustedCertificateSha256 = attempt->untrustedCertificate;
        attempt->done(error);
        return;
    }
    if (http < 200 || http >= 300) {
        attempt->done(PlatformError::http(http));
        return;
    }
    const QByteArray body = reply->readAll();
    m_bytesReceived += body.size();
    ProtocolError parseError;
    const auto response = ResponseEnvelope::parse(body, &parseError);
    if (!response) {
        attempt->done(PlatformError::badResponse(parseError.message));
        return;
    }
    if (response->rawStatus() == int(StatusCode::AuthenticatedSessionTokenExpired)
        && attempt->method->caller() == PlatformMethod::Caller::Session
        && !attempt->renewedSession) {
        attempt->renewedSession = true;
        attempt->httpRetriesLeft = kHttpRetries;
        qCInfo(lcProtocol) << "session token expired, getting a new one";
        clearSession();
        start(attempt);
        return;
    }
    if (response->rawStatus() != 0) {
        attempt->done(PlatformError::platform(response->rawStatus(), response->errorMessage()));
        return;
    }
    QString readError;
    if (!attempt->method->readResponse(response->rawInfo(), &readError)) {
        attempt->done(PlatformError::badResponse(readError));
        return;
    }
    attempt->done({});
}

} // namespace hearth::protocol
