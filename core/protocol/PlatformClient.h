#pragma once

#include "core/protocol/PlatformError.h"
#include "core/protocol/PlatformMethod.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QSslError;

namespace hearth {
class Clock;
}

namespace hearth::protocol {

// The client side of the HealthVault XML API over HTTP: builds each request
// byte-exact (info hash, header HMAC under the session secret, msg-time from
// the injected clock), gzips it, and reads the answer into the method or a
// PlatformError. Gets a session token (CAST) when it needs one, retries an
// HTTP 500 twice, and after AUTHENTICATED_SESSION_TOKEN_EXPIRED gets a new
// token and retries once. Lives in one thread; secrets stay in memory only.
class PlatformClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const PlatformError &)>;

    PlatformClient(const QUrl &platformUrl, const Clock &clock, QObject *parent = nullptr);
    ~PlatformClient() override;

    QUrl platformUrl() const { return m_url; }
    // The master application (anonymous NewApplicationCreationInfo,
    // GetServiceDefinition); Hearth's by default.
    void setMasterAppId(const QUuid &id) { m_masterAppId = id; }
    QUuid masterAppId() const { return m_masterAppId; }
    // The SODA instance and its shared secret (from NewApplicationCreationInfo).
    void setApplication(const QUuid &instanceId, const QByteArray &appSecret);
    QUuid instanceId() const { return m_instanceId; }
    // The person calls are made for (offline-person-info); none before
    // GetAuthorizedPeople has named one.
    void setPersonId(const QUuid &personId) { m_personId = personId; }
    QUuid personId() const { return m_personId; }
    // Forgets the session token so the next call gets a new one.
    void clearSession();
    bool hasSession() const { return !m_sessionToken.isEmpty(); }

    // Trusts one self-signed certificate, by the SHA-256 fingerprint the user
    // confirmed. Other certificates and other errors (wrong host, expired)
    // still fail; there is no way to ignore certificate errors in general.
    void setTrustedCertificate(const QByteArray &sha256) { m_trustedCertificate = sha256; }

    // Pause before retrying an HTTP 500 (1 s like the .NET SDK).
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }
    // A request with no progress for this long fails as a network error.
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Sends `method` and calls `done` once, in this object's thread. The
    // method must live until then; its results are filled on success.
    void call(PlatformMethod &method, Done done);
    // The same, waiting in a local event loop: for worker threads and tests.
    PlatformError execute(PlatformMethod &method);

    // A plain HTTP request on one of the vault's blob addresses (no envelope:
    // the address holds the token), under the same certificate rules and
    // transfer timeout. The caller owns the reply. untrustedCertificate, if
    // given, receives the SHA-256 of a certificate that was refused.
    QNetworkReply *sendRaw(QNetworkRequest request, const QByteArray &verb,
        const QByteArray &body = {}, QByteArray *untrustedCertificate = nullptr);
    // Counts bytes moved by sendRaw callers.
    void countTransfer(qint64 sent, qint64 received)
    {
        m_bytesSent += sent;
        m_bytesReceived += received;
    }

    // Bytes of response bodies read and of request bodies sent so far.
    qint64 bytesReceived() const { return m_bytesReceived; }
    qint64 bytesSent() const { return m_bytesSent; }

private:
    struct Attempt;
    void start(const std::shared_ptr<Attempt> &attempt);
    void send(const std::shared_ptr<Attempt> &attempt);
    void received(const std::shared_ptr<Attempt> &attempt, QNetworkReply *reply);
    void withSession(const std::function<void(const PlatformError &)> &then);
    QByteArray requestBytes(const PlatformMethod &method) const;
    // Accepts the errors of a reply when they are only about the pinned
    // self-signed certificate; else notes its fingerprint in *untrusted.
    void checkCertificate(
        QNetworkReply *reply, const QList<QSslError> &errors, QByteArray *untrusted) const;

    QUrl m_url;
    const Clock &m_clock;
    QNetworkAccessManager *m_network;
    QUuid m_masterAppId;
    QUuid m_instanceId;
    QByteArray m_appSecret;
    QUuid m_personId;
    QByteArray m_trustedCertificate;
    QString m_sessionToken;
    QByteArray m_sessionSecret;
    int m_retryDelayMs = 1000;
    int m_timeoutMs = 60000;
    qint64 m_bytesReceived = 0;
    qint64 m_bytesSent = 0;
    // Calls waiting for a session token being fetched.
    std::vector<std::function<void(const PlatformError &)>> m_waitingForSession;
};

} // namespace hearth::protocol
