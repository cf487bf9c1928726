#pragma once

#include "core/Clock.h"
#include "core/protocol/PlatformClient.h"
#include "core/store/Store.h"
#include "core/sync/SyncService.h"

#include <QTimer>

namespace hearth {

// SyncService's half in the worker thread: everything it owns is created
// and used there.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(const QString &storeFile, const QByteArray &storeKey,
        const SyncService::Connection &connection, const Clock &clock)
        : m_storeFile(storeFile)
        , m_storeKey(storeKey)
        , m_connection(connection)
        , m_clock(clock)
    { }

    ~SyncWorker() override { m_storeKey.fill('\0'); }

    int intervalMs = 15 * 60 * 1000;
    int minBackoffMs = 5000;
    int maxBackoffMs = 10 * 60 * 1000;

    void start()
    {
        StoreError error;
        m_store = Store::open(m_storeFile, m_storeKey, m_clock, &error);
        if (!m_store) {
            emit finished(false, error.message, -1);
            return;
        }
        m_client = std::make_unique<protocol::PlatformClient>(m_connection.platformUrl, m_clock);
        m_client->setApplication(m_connection.instanceId, m_connection.appSecret);
        m_client->setPersonId(m_connection.personId);
        m_client->setTrustedCertificate(m_connection.trustedCertificate);
        m_engine = std::make_unique<SyncEngine>(*m_store, *m_client, m_clock);
        connect(m_engine.get(), &SyncEngine::stateChanged, this, &SyncWorker::stateChanged);
        connect(m_engine.get(), &SyncEngine::progressChanged, this, &SyncWorker::progressChanged);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SyncWorker::sync);
        sync();
    }

    void sync()
    {
        if (!m_engine)
            return;
        if (m_busy) { // asked from inside a pass (the client waits in an event loop)
            QTimer::singleShot(100, this, &SyncWorker::sync);
            return;
        }
        m_timer->stop();
        m_busy = true;
        const protocol::PlatformError error = m_engine->syncOnce();
        m_busy = false;
        m_failures = error.isOk() ? 0 : m_failures + 1;
        const int delay = error.isOk()
            ? intervalMs
            : SyncService::backoffDelay(m_failures, minBackoffMs, maxBackoffMs);
        m_timer->start(delay);
        emit finished(error.isOk(), error.message, delay);
    }

    void resolve(qint64 conflictId, SyncEngine::Resolution resolution)
    {
        if (!m_engine)
            return;
        if (m_busy) {
            QTimer::singleShot(100, this, [=] { resolve(conflictId, resolution); });
            return;
        }
        m_busy = true;
        const protocol::PlatformError error = m_engine->resolve(conflictId, resolution);
        m_busy = false;
        emit finished(error.isOk(), error.message, m_timer->remainingTime());
    }

signals:
    void stateChanged(hearth::SyncEngine::State state, int pending, int conflicts);
    void progressChanged(const hearth::SyncEngine::Progress &progress);
    void finished(bool ok, const QString &message, int nextDelayMs);

private:
    QString m_storeFile;
    QByteArray m_storeKey;
    SyncService::Connection m_connection;
    const Clock &m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<protocol::PlatformClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer *m_timer = nullptr;
    int m_failures = 0;
    bool m_busy = false;
};

} // namespace hearth
