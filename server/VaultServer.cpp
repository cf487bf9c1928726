#include "server/VaultServer.h"

#include "core/Logging.h"

#include <QDir>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace hearth::vault {

VaultServer::VaultServer(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{
    addRoutes();
}

bool VaultServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (!address.isLoopback()) {
        *error = QStringLiteral("without a TLS certificate the vault listens on loopback only "
                                "(127.0.0.1 or ::1), not on %1")
                     .arg(address.toString());
        return false;
    }
    if (!QDir().mkpath(m_dataDir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(m_dataDir);
        return false;
    }
    m_port = m_http.listen(address, port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port);
        return false;
    }
    qCInfo(lcVault) << "listening on" << address.toString() << m_port;
    return true;
}

void VaultServer::addRoutes()
{
    m_http.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(
            QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } });
    });
}

} // namespace hearth::vault
