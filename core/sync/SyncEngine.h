#pragma once

#include "core/protocol/PlatformError.h"
#include "core/protocol/PlatformMethods.h"
#include "core/store/StoreRows.h"
#include "core/sync/BlobTransfer.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

namespace hearth {

class Clock;
class Store;
class Thing;

namespace protocol {
class PlatformClient;
}

// Two-way sync of one profile's store with a vault: the authorized records,
// then the outbound queue pushed in order with version stamps, then the
// things changed on the vault since the record's cursor. A stale version
// stamp becomes a conflict with both versions; nothing is overwritten
// silently. Works in the thread that owns the store and the client (see
// SyncService for the worker thread); every call waits for the vault.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Syncing, UpToDate, ChangesWaiting, Conflicts, Offline, Failed };
    Q_ENUM(State)
    enum class Resolution { KeepMine, KeepTheirs, KeepBoth };
    Q_ENUM(Resolution)

    struct Progress
    {
        int records = 0; // records done in this pass
        int recordCount = 0;
        qint64 things = 0; // things received in this pass
        qint64 bytes = 0; // response bytes in this pass
    };

    // Where the time of the last pass went, for the benchmark.
    struct Timing
    {
        qint64 networkMs = 0; // waiting for the vault (its work, transfer)
        qint64 parseMs = 0; // reading answers and things
        qint64 storeMs = 0; // store transactions
    };

    SyncEngine(Store &store, protocol::PlatformClient &client, const Clock &clock,
        QObject *parent = nullptr);

    // One pass: records, push, pull. Ok when everything is in step (conflicts
    // may remain); otherwise the error that stopped it, with what was done
    // before it kept.
    protocol::PlatformError syncOnce();
    // Decides a conflict (Store::conflicts). KeepMine and KeepBoth write to
    // the vault and need it; KeepTheirs only changes the store.
    protocol::PlatformError resolve(qint64 conflictId, Resolution resolution);

    // The store's row for a record the signed-in person authorized.
    static RecordRow recordRow(const QUuid &personId, const QString &personName,
        const protocol::AuthorizedRecord &authorized);

    State state() const { return m_state; }
    int pendingCount() const;
    int conflictCount() const;
    Timing lastTiming() const { return m_timing; }
    Progress lastProgress() const { return m_progress; }

    // GetThings groups (of up to 240 ids) per page request. Smaller pages
    // let the vault prepare the next one while this side stores the last.
    void setGroupsPerRequest(int groups) { m_groupsPerRequest = groups; }
    // The blob transfers of a pass (progress, cancel).
    BlobTransfer &blobTransfer() { return m_blobs; }

signals:
    void stateChanged(hearth::SyncEngine::State state, int pending, int conflicts);
    void progressChanged(const hearth::SyncEngine::Progress &progress);

private:
    protocol::PlatformError syncRecords(QList<RecordRow> *records);
    protocol::PlatformError push(const QList<RecordRow> &records);
    protocol::PlatformError pushOne(const OutboundChange &change);
    protocol::PlatformError pushCreate(
        const RecordRow &record, const OutboundChange &change, protocol::ThingKey *key);
    protocol::PlatformError makeConflict(const OutboundChange &change);
    protocol::PlatformError pull(const RecordRow &record);
    protocol::PlatformError fetch(protocol::GetThingsRequest &request);
    protocol::PlatformError apply(
        const RecordRow &record, const QList<QByteArray> &things, QDateTime *newestUpdate);
    protocol::PlatformError fetchRemote(
        const RecordRow &record, const QUuid &thingId, QByteArray *xml, QString *versionStamp);
    protocol::PlatformError putToVault(const RecordRow &record, const QByteArray &xml,
        const QUuid &id, const QString &baseStamp, protocol::ThingKey *key);
    protocol::PlatformError storeError(const QString &message) const;
    std::optional<RecordRow> recordByRow(qint64 id) const;
    void setState(State state);

    Store &m_store;
    protocol::PlatformClient &m_client;
    const Clock &m_clock;
    State m_state = State::Idle;
    Progress m_progress;
    Timing m_timing;
    int m_groupsPerRequest = 5;
    int m_maxFull = 240;
    int m_maxPerQuery = 240 + 5000;
    bool m_limitsKnown = false;
    QSet<QUuid> m_blocked; // things with queued changes or open conflicts: pull leaves them
    BlobTransfer m_blobs;
};

} // namespace hearth

Q_DECLARE_METATYPE(hearth::SyncEngine::Progress)
