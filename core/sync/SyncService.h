#pragma once

#include "core/sync/SyncEngine.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace hearth {

class Clock;
class SyncWorker;

// Runs a SyncEngine on a worker thread with its own store connection and
// platform client: syncs on start, on a timer and on demand, and backs off
// (doubling delays) while the vault cannot be reached. Signals arrive in
// the thread that created the service.
class SyncService : public QObject
{
    Q_OBJECT
public:
    // What the worker needs to reach the vault; the secret stays in memory.
    struct Connection
    {
        QUrl platformUrl;
        QUuid instanceId;
        QByteArray appSecret;
        QUuid personId;
        QByteArray trustedCertificate; // SHA-256 of a confirmed self-signed certificate
    };

    SyncService(const QString &storeFile, const QByteArray &storeKey, const Connection &connection,
        const Clock &clock, QObject *parent = nullptr);
    ~SyncService() override;

    // Every `intervalMs` when the last pass succeeded; after failures the
    // delay starts at `minBackoffMs` and doubles up to `maxBackoffMs`.
    void setSchedule(int intervalMs, int minBackoffMs, int maxBackoffMs);
    // Opens the store and syncs now, then on the schedule.
    void start();
    void syncNow();
    void resolve(qint64 conflictId, hearth::SyncEngine::Resolution resolution);

    // The delay after `failures` failed passes in a row.
    static int backoffDelay(int failures, int minMs, int maxMs);

signals:
    void stateChanged(hearth::SyncEngine::State state, int pending, int conflicts);
    void progressChanged(const hearth::SyncEngine::Progress &progress);
    // After each pass or resolution; `message` is empty on success.
    void finished(bool ok, const QString &message, int nextDelayMs);

private:
    QThread m_thread;
    SyncWorker *m_worker;
};

} // namespace hearth
