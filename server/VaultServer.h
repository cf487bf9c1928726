#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QString>

namespace hearth::vault {

// The vault's HTTP front: owns the Qt HTTP server and its routes, and the
// data folder that holds the vault's database and blobs.
class VaultServer : public QObject
{
    Q_OBJECT
public:
    explicit VaultServer(QString dataDir, QObject *parent = nullptr);

    // Creates the data folder if needed and starts listening. Without TLS the
    // vault serves loopback only. Returns false and says why in `error`.
    bool start(const QHostAddress &address, quint16 port, QString *error);

    // The port actually listened on (useful after asking for port 0).
    quint16 port() const { return m_port; }

private:
    void addRoutes();

    QString m_dataDir;
    QHttpServer m_http;
    quint16 m_port = 0;
};

} // namespace hearth::vault
