#include "core/Clock.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"
#include "core/store/ThingIndex.h"
#include "core/thing/Thing.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

const QByteArray kWeightXml
    = "<thing><thing-id version-stamp=\"672b1c15-4704-4bcd-97d6-3e183309af0a\">"
      "31501360-362b-4791-ae12-141386ac5da6</thing-id>"
      "<type-id name=\"Weight\">3d34d87e-7fc1-4153-800f-f56592cb0d17</type-id>"
      "<thing-state>Active</thing-state><flags>0</flags>"
      "<eff-date>2017-06-02T00:00:00Z</eff-date>"
      "<data-xml><weight><when><date><y>2017</y><m>6</m><d>2</d></date></when>"
      "<value><kg>76.5</kg><display units=\"kg\" units-code=\"kg\">76.5</display></value>"
      "</weight><common><note>after the holidays</note></common></data-xml></thing>";

// Produces `size` bytes of a fixed pseudo-random stream without holding them.
class GeneratedDevice : public QIODevice
{
public:
    explicit GeneratedDevice(qint64 size)
        : m_size(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_size - m_pos + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= m_size && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min(max, m_size - m_pos);
        for (qint64 i = 0; i < n; ++i)
            data[i] = char(((m_pos + i) * 2654435761u) >> 13);
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_pos = 0;
};

// Counts and hashes what is written, keeping nothing.
class HashingSink : public QIODevice
{
public:
    HashingSink() { open(QIODevice::WriteOnly); }
    QCryptographicHash hash { QCryptographicHash::Sha256 };
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 n) override
    {
        hash.addData(QByteArrayView(data, n));
        written += n;
        return n;
    }
};

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

// The store's API: records, things with history, queries, series, blobs,
// the outbound queue, cursors, conflicts and data settings.
class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        StoreError error;
        m_store = Store::open(
            m_dir->filePath(QStringLiteral("s.db")), KeyMaterial::randomKey(), m_clock, &error);
        QVERIFY2(m_store, qPrintable(error.message));
        RecordRow r;
        r.recordId = QUuid::createUuid();
        r.personId = QUuid::createUuid();
        r.personName = QStringLiteral("Ann");
        r.displayName = QStringLiteral("Ann");
        r.relationship = QStringLiteral("Self");
        r.access = RecordRow::Access::Custodian;
        m_person = r.personId;
        m_record = m_store->putRecord(r, &error).value_or(0);
        QVERIFY(m_record > 0);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void recordsAreAddedAndChanged()
    {
        QSignalSpy added(m_store.get(), &Store::recordAdded);
        QSignalSpy changed(m_store.get(), &Store::recordChanged);
        RecordRow child;
        child.recordId = QUuid::createUuid();
        child.personId = QUuid::createUuid();
        child.personName = QStringLiteral("Ben");
        child.displayName = QStringLiteral("Ben");
        child.relationship = QStringLiteral("Son");
        child.access = RecordRow::Access::ViewAndModify;
        child.pictureThingId = QUuid::createUuid();
        StoreError error;
        const auto id = m_store->putRecord(child, &error);
        QVERIFY(id);
        QCOMPARE(added.count(), 1);
        child.displayName = QStringLiteral("Benjamin");
        QCOMPARE(m_store->putRecord(child, &error), id);
        QCOMPARE(changed.count(), 1);
        const auto stored = m_store->record(*id);
        QVERIFY(stored);
        QCOMPARE(stored->displayName, QStringLiteral("Benjamin"));
        QCOMPARE(stored->access, RecordRow::Access::ViewAndModify);
        QCOMPARE(stored->pictureThingId, child.pictureThingId);
        QCOMPARE(m_store->records(0, 10).size(), 2);
        QCOMPARE(m_store->records(m_record, 10).size(), 1);
    }

    void aThingIsIndexedAndKeptWhole()
    {
        ThingError parseError;
        auto thing = Thing::fromXml(kWeightXml, &parseError);
        QVERIFY(thing);
        StoreError error;
        const auto row = m_store->putThing(m_record, *thing, &error);
        QVERIFY2(row, qPrintable(error.message));
        QCOMPARE(row->typeId, ThingIndex::weightType);
        QCOMPARE(row->value1, std::optional<double>(76.5));
        QCOMPARE(row->effectiveDate, QDateTime(QDate(2017, 6, 2), QTime(0, 0), Qt::UTC));
        QVERIFY(row->searchText.contains(QLatin1String("after the holidays")));
        const auto loaded = m_store->loadThing(thing->id(), &error);
        QVERIFY(loaded);
        QVERIFY(loaded->canonicallyEquals(*thing));

        // A new version replaces the current one and keeps the old as history.
        thing->setKey(thing->id(), QStringLiteral("second-version"));
        thing->setNote(QStringLiteral("changed"));
        QVERIFY(m_store->putThing(m_record, *thing, &error));
        QCOMPARE(m_store->thing(thing->id())->versionStamp, QStringLiteral("second-version"));
        const auto history = m_store->history(thing->id());
        QCOMPARE(history.size(), 1);
        QCOMPARE(
            history.first().versionStamp, QStringLiteral("672b1c15-4704-4bcd-97d6-3e183309af0a"));
        QVERIFY(history.first().xml.contains("after the holidays"));

        QVERIFY(m_store->removeThing(thing->id(), &error));
        QVERIFY(!m_store->thing(thing->id()));
        QCOMPARE(m_store->history(thing->id()).size(), 2);
    }

    void aThingWithoutAKeyIsRefused()
    {
        Thing fresh;
        StoreError error;
        QVERIFY(!m_store->putThing(m_record, fresh, &error));
        QCOMPARE(error.code, StoreError::Code::InvalidArgument);
    }

    void queriesFilterAndPageNewestFirst()
    {
        StoreError error;
        const QUuid other = QUuid::createUuid();
        const QDateTime start(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(m_store->transaction(
            [&] {
                for (int i = 0; i < 30; ++i) {
                    ThingRow row;
                    row.record = m_record;
                    row.thingId = QUuid::createUuid();
                    row.versionStamp = QStringLiteral("v");
                    row.typeId = i % 3 == 0 ? other : ThingIndex::weightType;
                    row.state = i == 7 ? QStringLiteral("Deleted") : QStringLiteral("Active");
                    row.effectiveDate = start.addDays(i);
                    row.value1 = 70 + i;
                    row.searchText = i == 12 ? QStringLiteral("Weight 100% Special") : QString();
                    row.xml = "<thing/>";
                    if (!m_store->putThing(row, &error))
                        return false;
                }
                return true;
            },
            &error));
        ThingQuery all;
        all.record = m_record;
        auto page = m_store->things(all, {}, 0, 10);
        QCOMPARE(page.size(), 10);
        QCOMPARE(page.first().effectiveDate, start.addDays(29));
        page = m_store->things(all, page.last().effectiveDate, page.last().id, 100);
        QCOMPARE(page.size(), 20);
        QCOMPARE(page.last().effectiveDate, start);

        ThingQuery weights = all;
        weights.types = { ThingIndex::weightType };
        QCOMPARE(m_store->countThings(weights), qint64(20));
        weights.from = start.addDays(10);
        weights.to = start.addDays(20);
        QCOMPARE(m_store->countThings(weights), qint64(7));
        ThingQuery deleted = all;
        deleted.state = QStringLiteral("Deleted");
        QCOMPARE(m_store->countThings(deleted), qint64(1));
        ThingQuery text = all;
        text.text = QStringLiteral("100% spec");
        QCOMPARE(m_store->countThings(text), qint64(1));
        text.text = QStringLiteral("100_");
        QCOMPARE(m_store->countThings(text), qint64(0));

        const auto series
            = m_store->series(m_record, ThingIndex::weightType, start, start.addDays(6));
        QCOMPARE(series.size(), 4); // days 1, 2, 4, 5
        QCOMPARE(series.first().when, start.addDays(1));
        QCOMPARE(series.first().value, 71.0);
    }

    void blobsStreamInChunksAndAreStoredOnce()
    {
        StoreError error;
        // A blob three times the page cache must not grow the process by
        // more than the cache and a few chunks.
        const qint64 size = 3 * Store::pageCacheBytes;
        const qint64 peakBefore = statusKb("VmHWM:");
        GeneratedDevice source(size);
        const auto hash = m_store->putBlob(source, &error);
        QVERIFY2(hash, qPrintable(error.message));
        HashingSink sink;
        QVERIFY2(m_store->readBlob(*hash, sink, &error), qPrintable(error.message));
        const qint64 growthKb = statusKb("VmHWM:") - peakBefore;
        QCOMPARE(sink.written, size);
        QCOMPARE(QString::fromLatin1(sink.hash.result().toHex()), *hash);
        qInfo() << "peak memory growth for a" << (size >> 20) << "MiB blob:" << growthKb << "KiB";
        QVERIFY2(growthKb < Store::pageCacheBytes / 1024 + 16 * 1024,
            qPrintable(QString::number(growthKb)));

        GeneratedDevice again(size);
        QCOMPARE(m_store->putBlob(again, &error), hash);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(chunks) FROM blobs")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), int(size >> 20));

        QBuffer small;
        small.setData("tiny");
        small.open(QIODevice::ReadOnly);
        const auto tiny = m_store->putBlob(small, &error);
        QVERIFY(tiny);
        QVERIFY(m_store->hasBlob(*tiny));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(m_store->readBlob(*tiny, out, &error));
        QCOMPARE(out.data(), QByteArray("tiny"));
        QVERIFY(!m_store->readBlob(QStringLiteral("00"), out, &error));
    }

    void outboundQueueKeepsOrderAndBaseVersions()
    {
        StoreError error;
        const QUuid id = QUuid::createUuid();
        const OutboundChange::Operation ops[] = { OutboundChange::Operation::Create,
            OutboundChange::Operation::Update, OutboundChange::Operation::Delete };
        QString base;
        for (auto op : ops) {
            OutboundChange c;
            c.record = m_record;
            c.operation = op;
            c.thingId = id;
            c.baseVersionStamp = base;
            c.xml = "<thing/>";
            QVERIFY(m_store->enqueue(c, &error));
            base = QStringLiteral("after-%1").arg(int(op));
            m_clock.advanceSeconds(1);
        }
        auto pending = m_store->pendingChanges(10);
        QCOMPARE(pending.size(), 3);
        QCOMPARE(pending[0].operation, OutboundChange::Operation::Create);
        QCOMPARE(pending[1].operation, OutboundChange::Operation::Update);
        QCOMPARE(pending[1].baseVersionStamp, QStringLiteral("after-0"));
        QCOMPARE(pending[2].operation, OutboundChange::Operation::Delete);
        QVERIFY(pending[2].xml.isEmpty());
        QVERIFY(pending[0].queuedAt < pending[1].queuedAt);
        QVERIFY(m_store->dequeue(pending[0].id, &error));
        QCOMPARE(m_store->pendingChanges(10).first().id, pending[1].id);
    }

    void cursorsConflictsAndSettings()
    {
        StoreError error;
        QCOMPARE(m_store->syncCursor(m_record), QString());
        QVERIFY(m_store->setSyncCursor(m_record, QStringLiteral("c1"), &error));
        QVERIFY(m_store->setSyncCursor(m_record, QStringLiteral("c2"), &error));
        QCOMPARE(m_store->syncCursor(m_record), QStringLiteral("c2"));

        Conflict c;
        c.record = m_record;
        c.thingId = QUuid::createUuid();
        c.localVersionStamp = QStringLiteral("local");
        c.localXml = "<thing>mine</thing>";
        c.remoteVersionStamp = QStringLiteral("remote");
        c.remoteXml = "<thing>theirs</thing>";
        const auto id = m_store->addConflict(c, &error);
        QVERIFY(id);
        const auto conflicts = m_store->conflicts(m_record);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().localXml, c.localXml);
        QCOMPARE(conflicts.first().remoteXml, c.remoteXml);
        QCOMPARE(conflicts.first().detectedAt, m_clock.now());
        QVERIFY(m_store->resolveConflict(*id, &error));
        QVERIFY(m_store->conflicts(m_record).isEmpty());

        QVERIFY(m_store->setPreferredUnit(
            m_person, QStringLiteral("weight"), QStringLiteral("lb"), &error));
        QCOMPARE(m_store->preferredUnit(m_person, QStringLiteral("weight")), QStringLiteral("lb"));
        QVERIFY(!m_store->setPreferredUnit(
            QUuid::createUuid(), QStringLiteral("weight"), QStringLiteral("lb"), &error));
    }

    void aFailedTransactionLeavesNothingAndSignalsNothing()
    {
        QSignalSpy added(m_store.get(), &Store::thingAdded);
        StoreError error;
        QVERIFY(!m_store->transaction(
            [&] {
                ThingRow row;
                row.record = m_record;
                row.thingId = QUuid::createUuid();
                row.versionStamp = QStringLiteral("v");
                row.typeId = ThingIndex::weightType;
                row.effectiveDate = m_clock.now();
                row.xml = "<thing/>";
                // Stored, then the caller gives up: all of it is undone.
                return m_store->putThing(row, &error) && m_store->countThings({}) == 1 && false;
            },
            &error));
        QCOMPARE(added.count(), 0);
        QCOMPARE(m_store->countThings({}), qint64(0));
    }

    void seriesFollowsEveryWriteOfAMeasurement()
    {
        StoreError error;
        RecordRow other;
        other.recordId = QUuid::createUuid();
        other.personId = QUuid::createUuid();
        other.personName = QStringLiteral("Bo");
        other.displayName = QStringLiteral("Bo");
        other.access = RecordRow::Access::View;
        const qint64 otherRecord = m_store->putRecord(other, &error).value_or(0);
        QVERIFY(otherRecord > 0);
        const QDateTime start(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
        const QUuid note
            = QUuid::fromString(QStringLiteral("9ad2a94f-c6a4-4d78-8b50-75b65be0e250"));
        QList<ThingRow> rows;
        QVERIFY(m_store->transaction(
            [&] {
                for (int i = 0; i < 40; ++i) {
                    ThingRow row;
                    row.record = i % 5 == 4 ? otherRecord : m_record;
                    row.thingId = QUuid::createUuid();
                    row.versionStamp = QStringLiteral("v1");
                    row.typeId = i % 4 == 3 ? ThingIndex::bloodPressureType
                                            : (i % 7 == 6 ? note : ThingIndex::weightType);
                    row.state = i == 9 ? QStringLiteral("Deleted") : QStringLiteral("Active");
                    // Two weights at the same moment (i = 0 and 1) both count.
                    row.effectiveDate = start.addDays(std::max(i, 1));
                    if (row.typeId != note)
                        row.value1 = 60 + i;
                    if (row.typeId == ThingIndex::bloodPressureType)
                        row.value2 = 40 + i;
                    row.xml = "<thing/>";
                    if (!m_store->putThing(row, &error))
                        return false;
                    rows << row;
                }
                return true;
            },
            &error));
        QVERIFY(seriesMatchesThings(otherRecord));

        // A new version with another value; then undo puts the old one back.
        ThingRow changed = rows.at(2);
        changed.versionStamp = QStringLiteral("v2");
        changed.value1 = 99.5;
        QVERIFY(m_store->putThing(changed, &error));
        QVERIFY(seriesMatchesThings(otherRecord));
        QVERIFY(
            m_store->series(m_record, ThingIndex::weightType, start, start.addYears(1)).at(2).value
            == 99.5);
        ThingRow undone = rows.at(2);
        QVERIFY(m_store->putThing(undone, &error));
        QVERIFY(seriesMatchesThings(otherRecord));

        // Moved in time, to another type, to no value, deleted by the vault
        // (state) and back.
        ThingRow moved = rows.at(5);
        moved.effectiveDate = start.addDays(-3);
        QVERIFY(m_store->putThing(moved, &error));
        QCOMPARE(
            m_store->series(m_record, ThingIndex::weightType, start.addDays(-4), start).size(), 1);
        ThingRow retyped = rows.at(8);
        retyped.typeId = ThingIndex::heightType;
        retyped.value1 = 1.75;
        QVERIFY(m_store->putThing(retyped, &error));
        QCOMPARE(
            m_store->series(m_record, ThingIndex::heightType, start, start.addYears(1)).size(), 1);
        ThingRow valueless = rows.at(10);
        valueless.value1.reset();
        QVERIFY(m_store->putThing(valueless, &error));
        ThingRow softDeleted = rows.at(11);
        softDeleted.state = QStringLiteral("Deleted");
        QVERIFY(m_store->putThing(softDeleted, &error));
        QVERIFY(seriesMatchesThings(otherRecord));
        ThingRow revived = rows.at(9);
        revived.state = QStringLiteral("Active");
        QVERIFY(m_store->putThing(revived, &error));
        QVERIFY(seriesMatchesThings(otherRecord));

        // Removed, then stored again (undo of a removal), also the first of
        // the two weights at the same moment.
        for (int i : { 0, 3, 12 }) {
            QVERIFY(m_store->removeThing(rows.at(i).thingId, &error));
            QVERIFY(seriesMatchesThings(otherRecord));
        }
        ThingRow restored = rows.at(3);
        QVERIFY(m_store->putThing(restored, &error));
        QVERIFY(seriesMatchesThings(otherRecord));

        // A transaction given up leaves the series as it was.
        const auto before = m_store->series(
            m_record, ThingIndex::weightType, start.addYears(-1), start.addYears(1));
        QVERIFY(!m_store->transaction(
            [&] {
                ThingRow extra = rows.at(1);
                extra.value1 = 1;
                ThingRow fresh = rows.at(1);
                fresh.thingId = QUuid::createUuid();
                return m_store->putThing(extra, &error) && m_store->putThing(fresh, &error)
                    && m_store->removeThing(rows.at(4).thingId, &error) && false;
            },
            &error));
        const auto after = m_store->series(
            m_record, ThingIndex::weightType, start.addYears(-1), start.addYears(1));
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i)
            QCOMPARE(after.at(i).value, before.at(i).value);
        QVERIFY(seriesMatchesThings(otherRecord));
        QCOMPARE(m_store->integrityProblems(), QStringList());
    }

private:
    // Store::series of every record and type against the things table.
    bool seriesMatchesThings(qint64 otherRecord)
    {
        const QDateTime from(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
        for (qint64 record : { m_record, otherRecord }) {
            for (const QUuid &type :
                { ThingIndex::weightType, ThingIndex::bloodPressureType, ThingIndex::heightType }) {
                QSqlQuery q(m_store->database());
                q.prepare(QStringLiteral(
                    "SELECT effective_date, value1, value2 FROM things WHERE record = ? AND "
                    "type_id = ? AND value1 IS NOT NULL AND state = 'Active' "
                    "ORDER BY effective_date, id"));
                q.addBindValue(record);
                q.addBindValue(type.toString(QUuid::WithoutBraces));
                if (!q.exec())
                    return false;
                const auto points = m_store->series(record, type, from, to);
                int n = 0;
                for (; q.next(); ++n) {
                    if (n >= points.size())
                        return false;
                    const SeriesPoint &p = points.at(n);
                    const std::optional<double> value2 = q.value(2).isNull()
                        ? std::nullopt
                        : std::optional<double>(q.value(2).toDouble());
                    if (p.when.toMSecsSinceEpoch() != q.value(0).toLongLong()
                        || p.value != q.value(1).toDouble() || p.value2 != value2) {
                        qWarning() << "series differs at" << n << "of record" << record;
                        return false;
                    }
                }
                if (n != points.size()) {
                    qWarning() << "series has" << points.size() << "points, things" << n;
                    return false;
                }
            }
        }
        return true;
    }

    FixedClock m_clock { QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_record = 0;
    QUuid m_person;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
