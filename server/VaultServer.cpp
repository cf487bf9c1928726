#include "server/VaultServer.h"

#include "core/Logging.h"
#include "core/protocol/BodyEncoding.h"
#include "core/protocol/ResponseEnvelope.h"
#include "server/shell/ShellPages.h"

#include <QDir>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>

namespace hearth::vault {

using protocol::BodyEncoding;
using protocol::ResponseEnvelope;
using protocol::StatusCode;

VaultServer::VaultServer(QString dataDir, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_clock(clock)
    , m_store(clock)
    , m_api(m_store, clock)
    , m_blobs(m_store, clock)
    , m_shell(std::make_unique<ShellPages>(m_store, clock))
{
    addRoutes();
}

VaultServer::~VaultServer() = default;

bool VaultServer::openStore(QString *error)
{
    if (!QDir().mkpath(m_dataDir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(m_dataDir);
        return false;
    }
    QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const bool opened = m_databaseUrl.isEmpty()
        ? m_store.open(QDir(m_dataDir).filePath(QStringLiteral("vault.sqlite")), error)
        : m_store.openPostgreSql(m_databaseUrl, error);
    if (!opened) {
        *error = QStringLiteral("cannot open the database: %1").arg(*error);
        return false;
    }
    m_blobs.setFolder(QDir(m_dataDir).filePath(QStringLiteral("blobs")));
    m_blobs.dropExpiredUploads();
    return true;
}

void VaultServer::setBlobLimits(const BlobLimits &limits)
{
    m_blobs.setLimits(limits);
    m_api.setBlobLimits(limits);
}

bool VaultServer::setTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    QFile certFile(certificateFile);
    QFile keyFileHandle(keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFileHandle.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate or key");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFileHandle.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("the TLS certificate or key is not PEM (RSA or EC)");
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_http.sslSetup(configuration);
    m_shell->setSecureCookies(true);
    m_tls = true;
    return true;
}

bool VaultServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (!address.isLoopback() && !m_tls) {
        *error = QStringLiteral("without a TLS certificate the vault listens on loopback only "
                                "(127.0.0.1 or ::1), not on %1")
                     .arg(address.toString());
        return false;
    }
    if (!openStore(error))
        return false;
    m_port = m_http.listen(address, port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return false;
    }
    QUrl base;
    base.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    base.setHost(address == QHostAddress::Any || address == QHostAddress::AnyIPv6
            ? QStringLiteral("localhost")
            : address.toString());
    base.setPort(m_port);
    base.setPath(QStringLiteral("/"));
    m_api.setBaseUrl(base);
    m_shell->setBaseUrl(base);
    qCInfo(lcVault) << "listening on" << address.toString() << m_port;
    return true;
}

void VaultServer::addRoutes()
{
    m_http.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(
            QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } });
    });
    // A constant answer: the benchmark's measure of the HTTP layer alone.
    m_http.route(QStringLiteral("/ping"), QHttpServerRequest::Method::Post, [] {
        return QHttpServerResponse(QByteArrayLiteral("text/xml"),
            QByteArrayLiteral("<response><status><code>0</code></status></response>"));
    });
    m_http.route(QStringLiteral("/platform/wildcat.ashx"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) {
            QByteArray body;
            const auto result = BodyEncoding::decode(request.body(),
                request.value(QByteArrayLiteral("Content-Encoding")),
                m_api.limits().maxRequestBytes, &body);
            QByteArray answer;
            switch (result) {
            case BodyEncoding::Result::Ok:
                answer = m_api.handle(body);
                break;
            case BodyEncoding::Result::TooLarge:
                answer = ResponseEnvelope::writeError(StatusCode::RequestTooLong,
                    QStringLiteral("the request is larger than %1 bytes")
                        .arg(m_api.limits().maxRequestBytes));
                break;
            case BodyEncoding::Result::Corrupt:
                answer = ResponseEnvelope::writeError(
                    StatusCode::BadHttp, QStringLiteral("the request body cannot be decompressed"));
                break;
            case BodyEncoding::Result::UnknownEncoding:
                answer = ResponseEnvelope::writeError(StatusCode::BadHttp,
                    QStringLiteral("Content-Encoding must be gzip, deflate or identity"));
                break;
            }
            return QHttpServerResponse(QByteArrayLiteral("text/xml; charset=utf-8"), answer);
        });
    m_blobs.addRoutes(m_http);
    m_shell->addRoutes(m_http);
}

} // namespace hearth::vault
