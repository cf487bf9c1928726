#pragma once

#include "core/store/StoreError.h"
#include "core/store/StoreRows.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <map>
#include <memory>

class QIODevice;
class QSqlError;
class QSqlQuery;

namespace hearth {

class Clock;
class Thing;

// The local cache of one profile: an SQLite database encrypted page by page
// (CipherVfs), opened through Qt Sql and migrated to the latest schema. All
// writes go through here so open item models hear about them.
class Store : public QObject
{
    Q_OBJECT
public:
    // key: 32 random bytes. Fails with WrongKeyOrDamaged when the key does not
    // open the file; nothing is written then.
    static std::unique_ptr<Store> open(
        const QString &fileName, const QByteArray &key, const Clock &clock, StoreError *error);
    // A plain SQLite file with the same schema, for the benchmark's baseline
    // and for tests that compare against it. Never used for a profile.
    static std::unique_ptr<Store> openUnencryptedForComparison(
        const QString &fileName, const Clock &clock, StoreError *error);
    ~Store() override;

    // SQLite's cache of decrypted pages per connection (its default is 2 MiB):
    // with a million things the indices no longer fit the default, and every
    // page read again from disk is decrypted and checked again.
    static constexpr qint64 pageCacheBytes = qint64(32) << 20;

    QString fileName() const { return m_fileName; }
    bool isEncrypted() const { return !m_keyToken.isEmpty(); }
    int schemaVersion() const;
    // For read-only queries by tests and diagnostics; writes go through Store.
    QSqlDatabase database() const { return m_db; }
    // PRAGMA integrity_check: empty when ok, else SQLite's findings.
    QStringList integrityProblems() const;

    // Runs fn inside one transaction; rolled back when fn returns false or a
    // write fails. Signals are delivered after the commit.
    bool transaction(const std::function<bool()> &fn, StoreError *error);

    // People and records.
    std::optional<qint64> putRecord(const RecordRow &row, StoreError *error);
    std::optional<RecordRow> record(qint64 id) const;
    // Deletes a record from this computer with its things, their history,
    // its queued changes, cursor and conflicts (signing out of a vault).
    // Models of other connections are not told; they refresh.
    bool removeRecord(qint64 id, StoreError *error);
    // Ordered by row id (the order they were added), after row id `after`.
    QList<RecordRow> records(qint64 after, int limit) const;

    // Things: putThing inserts, or replaces the current version and keeps the
    // earlier one as history. row.id is set on success.
    bool putThing(ThingRow &row, StoreError *error);
    // The same for a Thing (it needs an id and a version stamp): indexed by
    // ThingIndex, its XML kept whole.
    std::optional<ThingRow> putThing(qint64 record, const Thing &thing, StoreError *error);
    // The same, keeping `xml` (the bytes `thing` was parsed from, as a vault
    // sent them) instead of writing the thing out again.
    std::optional<ThingRow> putThing(
        qint64 record, const Thing &thing, const QByteArray &xml, StoreError *error);
    // The current version parsed back; nothing (with *error) when absent.
    std::optional<Thing> loadThing(const QUuid &thingId, StoreError *error) const;
    bool removeThing(const QUuid &thingId, StoreError *error);
    std::optional<ThingRow> thing(const QUuid &thingId) const;
    QList<ThingRow> history(const QUuid &thingId) const;
    // Newest first (effective date, then row id), strictly after the given
    // sort key; `afterDate` invalid starts at the newest.
    QList<ThingRow> things(const ThingQuery &query, const QDateTime &afterDate, qint64 afterId,
        int limit, bool withXml = false) const;
    qint64 countThings(const ThingQuery &query) const;
    // value1 (and value2) of the active things of one type in [from, to),
    // oldest first, for a chart; read from the series table alone.
    QList<SeriesPoint> series(
        qint64 record, const QUuid &typeId, const QDateTime &from, const QDateTime &to) const;

    // Blobs by SHA-256 (hex), streamed in chunks.
    std::optional<QString> putBlob(QIODevice &source, StoreError *error);
    bool readBlob(const QString &hash, QIODevice &sink, StoreError *error) const;
    bool hasBlob(const QString &hash) const;
    static constexpr int blobChunkSize = 1 << 20;

    // The outbound queue, oldest first.
    std::optional<qint64> enqueue(OutboundChange change, StoreError *error);
    QList<OutboundChange> pendingChanges(int limit) const;
    bool dequeue(qint64 id, StoreError *error);
    // After a change reached the vault: the changes still queued for that
    // thing now refer to the vault's id and build on its new version stamp.
    bool rebaseQueued(const QUuid &thingId, const QUuid &newThingId,
        const QString &newBaseVersionStamp, StoreError *error);

    bool setSyncCursor(qint64 record, const QString &cursor, StoreError *error);
    QString syncCursor(qint64 record) const;

    std::optional<qint64> addConflict(Conflict conflict, StoreError *error);
    QList<Conflict> conflicts(qint64 record) const;
    bool resolveConflict(qint64 id, StoreError *error);

    // Preferred unit per person and measure ("weight" -> "lb").
    bool setPreferredUnit(
        const QUuid &personId, const QString &measure, const QString &unit, StoreError *error);
    QString preferredUnit(const QUuid &personId, const QString &measure) const;

signals:
    void recordAdded(qint64 id);
    void recordChanged(qint64 id);
    void thingAdded(const hearth::ThingRow &row);
    void thingChanged(const hearth::ThingRow &row);
    void thingRemoved(qint64 id, qint64 record);

private:
    Store(const Clock &clock, QObject *parent = nullptr);
    static std::unique_ptr<Store> openImpl(
        const QString &fileName, const QByteArray *key, const Clock &clock, StoreError *error);
    bool configure(StoreError *error);
    static StoreError wrongKeyError();
    StoreError errorFrom(const QSqlError &sqlError) const;
    bool exec(QSqlQuery &query, StoreError *error) const;
    void emitPending();
    QSqlQuery &cached(const QString &sql);

    const Clock &m_clock;
    QString m_fileName;
    QString m_connection;
    QString m_keyToken;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
    std::vector<std::function<void()>> m_pendingSignals;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace hearth
