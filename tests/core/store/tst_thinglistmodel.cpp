#include "core/Clock.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"
#include "core/store/ThingIndex.h"
#include "core/store/ThingListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {
const QDateTime kStart(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
const QUuid kNoteType = QUuid::fromString(QStringLiteral("9ad2a94f-c6a4-4d78-8b50-75b65be0e250"));
} // namespace

// The thing list: lazy pages, filters, and store changes as row inserts,
// changes and removals under QAbstractItemModelTester.
class TestThingListModel : public QObject
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
        for (int i = 0; i < 2; ++i) {
            RecordRow r;
            r.recordId = QUuid::createUuid();
            r.personId = QUuid::createUuid();
            r.displayName = QStringLiteral("R%1").arg(i);
            m_records[i] = m_store->putRecord(r, &error).value_or(0);
        }
        // 250 weights in record 0 (one a day), 20 notes, 5 things in record 1.
        QVERIFY(m_store->transaction(
            [&] {
                for (int i = 0; i < 250; ++i) {
                    if (!add(m_records[0], ThingIndex::weightType, i, QStringLiteral("Weight")))
                        return false;
                }
                for (int i = 0; i < 20; ++i) {
                    if (!add(m_records[0], kNoteType, i * 10 + 5,
                            QStringLiteral("Note about knee %1").arg(i)))
                        return false;
                }
                for (int i = 0; i < 5; ++i) {
                    if (!add(m_records[1], ThingIndex::weightType, i, QStringLiteral("Weight")))
                        return false;
                }
                return true;
            },
            &error));
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void loadsOnePageAtATimeNewestFirst()
    {
        // No tester here: it fetches on its own, and this counts pages.
        ThingListModel model(m_store.get());
        ThingQuery q;
        q.record = m_records[0];
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ThingListModel::pageSize);
        QCOMPARE(model.index(0).data(ThingListModel::EffectiveDateRole).toDateTime(),
            kStart.addDays(249));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 270);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 1; i < model.rowCount(); ++i) {
            QVERIFY(model.index(i - 1).data(ThingListModel::EffectiveDateRole).toDateTime()
                >= model.index(i).data(ThingListModel::EffectiveDateRole).toDateTime());
        }
    }

    void filtersByTypeDateStateAndText()
    {
        ThingListModel model(m_store.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ThingQuery q;
        q.record = m_records[0];
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 0);
        q.record = m_records[0];
        q.types = { kNoteType };
        model.setQuery(q);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(!model.canFetchMore({}));
        q.text = QStringLiteral("KNEE 1");
        model.setQuery(q);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 11); // 1, 10..19
        q = {};
        q.types = { ThingIndex::weightType };
        q.from = kStart.addDays(2);
        q.to = kStart.addDays(4);
        model.setQuery(q);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 4); // two days in each record
        q.state = QStringLiteral("Deleted");
        model.setQuery(q);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 0);
    }

    void storeChangesArriveAsRowChangesNotResets()
    {
        // The tester fetches pages on its own, so the signal counts come
        // from a second model without one; both follow the same changes.
        ThingListModel model(m_store.get());
        ThingListModel checked(m_store.get());
        QAbstractItemModelTester tester(
            &checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ThingQuery q;
        q.record = m_records[0];
        q.types = { ThingIndex::weightType };
        model.setQuery(q);
        checked.setQuery(q);
        model.fetchMore({});
        checked.fetchMore({});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Newest of all: row 0.
        QVERIFY(add(m_records[0], ThingIndex::weightType, 400, QStringLiteral("Weight new")));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Weight new"));
        // Older than everything loaded while more pages wait: not inserted now.
        QVERIFY(add(m_records[0], ThingIndex::weightType, -50, QStringLiteral("Weight old")));
        QCOMPARE(inserted.count(), 1);
        // Another record or type: not this list.
        QVERIFY(add(m_records[1], ThingIndex::weightType, 500, QStringLiteral("Weight")));
        QVERIFY(add(m_records[0], kNoteType, 500, QStringLiteral("Note")));
        QCOMPARE(inserted.count(), 1);

        // A new version in place: dataChanged.
        ThingRow row = *m_store->thing(model.thingAt(3).thingId);
        row.versionStamp = QStringLiteral("v2");
        row.value1 = 99.0;
        StoreError error;
        QVERIFY(m_store->putThing(row, &error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(3).data(ThingListModel::Value1Role).toDouble(), 99.0);
        // A new effective date moves it.
        row.effectiveDate = kStart.addDays(600);
        QVERIFY(m_store->putThing(row, &error));
        QCOMPARE(model.thingAt(0).thingId, row.thingId);
        // A state the filter excludes... still matches (no state filter); a
        // type change does not.
        row.typeId = kNoteType;
        QVERIFY(m_store->putThing(row, &error));
        QVERIFY(model.thingAt(0).thingId != row.thingId);
        const int before = model.rowCount();
        QVERIFY(m_store->removeThing(model.thingAt(5).thingId, &error));
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(removed.count() >= 2);

        // Everything loaded: the old one is there exactly once.
        while (model.canFetchMore({}))
            model.fetchMore({});
        int old = 0;
        for (int i = 0; i < model.rowCount(); ++i)
            old += model.index(i).data().toString() == QLatin1String("Weight old");
        QCOMPARE(old, 1);
        QCOMPARE(model.rowCount(), int(m_store->countThings(q)));
        // Once exhausted, an old one is inserted at the end.
        QVERIFY(add(m_records[0], ThingIndex::weightType, -100, QStringLiteral("Oldest")));
        QCOMPARE(model.index(model.rowCount() - 1).data().toString(), QStringLiteral("Oldest"));
        while (checked.canFetchMore({}))
            checked.fetchMore({});
        QCOMPARE(checked.rowCount(), model.rowCount());
        for (int i = 0; i < model.rowCount(); ++i)
            QCOMPARE(checked.thingAt(i).id, model.thingAt(i).id);
    }

private:
    bool add(qint64 record, const QUuid &type, int day, const QString &text)
    {
        ThingRow row;
        row.record = record;
        row.thingId = QUuid::createUuid();
        row.versionStamp = QStringLiteral("v1");
        row.typeId = type;
        row.effectiveDate = kStart.addDays(day);
        row.value1 = 70 + day * 0.01;
        row.searchText = text;
        row.xml = "<thing/>";
        StoreError error;
        return m_store->putThing(row, &error);
    }

    FixedClock m_clock { QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_records[2] = {};
};

QTEST_GUILESS_MAIN(TestThingListModel)
#include "tst_thinglistmodel.moc"
