#include "core/sync/SyncService.h"

#include "core/sync/SyncWorker.h"

namespace hearth {

SyncService::SyncService(const QString &storeFile, const QByteArray &storeKey,
    const Connection &connection, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_worker(new SyncWorker(storeFile, storeKey, connection, clock))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::stateChanged, this, &SyncService::stateChanged);
    connect(m_worker, &SyncWorker::progressChanged, this, &SyncService::progressChanged);
    connect(m_worker, &SyncWorker::finished, this, &SyncService::finished);
    m_thread.setObjectName(QStringLiteral("hearth-sync"));
    m_thread.start();
}

SyncService::~SyncService()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncService::setSchedule(int intervalMs, int minBackoffMs, int maxBackoffMs)
{
    QMetaObject::invokeMethod(m_worker, [=, worker = m_worker] {
        worker->intervalMs = intervalMs;
        worker->minBackoffMs = minBackoffMs;
        worker->maxBackoffMs = maxBackoffMs;
    });
}

void SyncService::start()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start);
}

void SyncService::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::sync);
}

void SyncService::resolve(qint64 conflictId, SyncEngine::Resolution resolution)
{
    QMetaObject::invokeMethod(
        m_worker, [=, worker = m_worker] { worker->resolve(conflictId, resolution); });
}

int SyncService::backoffDelay(int failures, int minMs, int maxMs)
{
    qint64 delay = minMs;
    for (int i = 1; i < failures && delay < maxMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, maxMs));
}

} // namespace hearth
