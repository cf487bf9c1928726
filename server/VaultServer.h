#pragma once

#include "core/Clock.h"
#include "server/api/PlatformApi.h"
#include "server/blob/BlobEndpoint.h"
#include "server/store/VaultStore.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace hearth::vault {

class ShellPages;

// The vault's HTTP front: owns the Qt HTTP server and its routes, the
// database in the data folder, the XML API and the shell pages.
class VaultServer : public QObject
{
    Q_OBJECT
public:
    explicit VaultServer(
        QString dataDir, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~VaultServer() override;

    // Creates the data folder and database if needed and starts listening.
    // Without TLS the vault serves loopback only. Returns false and says why.
    bool start(const QHostAddress &address, quint16 port, QString *error);

    // The port actually listened on (useful after asking for port 0).
    quint16 port() const { return m_port; }

    // The database, for the admin command and tests.
    VaultStore &store() { return m_store; }

    // Opens the database without listening (the admin sub-command).
    bool openStore(QString *error);

    // Keeps the database in PostgreSQL (postgresql://...) instead of the
    // SQLite file in the data folder; call before start() or openStore().
    void setDatabaseUrl(const QUrl &url) { m_databaseUrl = url; }

    // Serves HTTPS with this PEM certificate and key; then any address may
    // be listened on. Returns false and says why when they cannot be read.
    bool setTls(const QString &certificateFile, const QString &keyFile, QString *error);

    // Blob chunk size, largest blob, link lifetimes (before start()).
    void setBlobLimits(const BlobLimits &limits);

private:
    void addRoutes();

    QString m_dataDir;
    QUrl m_databaseUrl;
    const Clock &m_clock;
    VaultStore m_store;
    PlatformApi m_api;
    BlobEndpoint m_blobs;
    std::unique_ptr<ShellPages> m_shell;
    QHttpServer m_http;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace hearth::vault
