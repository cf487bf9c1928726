#include "core/Clock.h"
#include "core/store/KeyMaterial.h"
#include "core/store/RecordListModel.h"
#include "core/store/Store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

// The record list: lazy pages and store changes as inserts and changes.
class TestRecordListModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        StoreError error;
        m_key = KeyMaterial::randomKey();
        m_store = Store::open(m_dir->filePath(QStringLiteral("s.db")), m_key, m_clock, &error);
        QVERIFY2(m_store, qPrintable(error.message));
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void pagesInRecordsAndFollowsTheStore()
    {
        QVERIFY(m_store->transaction(
            [&] {
                for (int i = 0; i < 60; ++i) {
                    if (!add(QStringLiteral("Record %1").arg(i)))
                        return false;
                }
                return true;
            },
            &m_error));
        // The tester fetches on its own; it watches a second model.
        RecordListModel model(m_store.get());
        RecordListModel checked(m_store.get());
        QAbstractItemModelTester tester(
            &checked, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), RecordListModel::pageSize);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Record 0"));
        QCOMPARE(model.index(0).data(RecordListModel::RelationshipRole).toString(),
            QStringLiteral("Child"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // Not all loaded yet: the new one comes with the next page.
        QVERIFY(add(QStringLiteral("Late")));
        QCOMPARE(inserted.count(), 0);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 61);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(60).data().toString(), QStringLiteral("Late"));
        QVERIFY(add(QStringLiteral("Later")));
        QCOMPARE(model.rowCount(), 62);
        QCOMPARE(inserted.count(), 2);

        RecordRow first = model.recordAt(0);
        first.displayName = QStringLiteral("Renamed");
        first.access = RecordRow::Access::View;
        QVERIFY(m_store->putRecord(first, &m_error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Renamed"));
        QCOMPARE(
            model.index(0).data(RecordListModel::AccessRole).toInt(), int(RecordRow::Access::View));
        QCOMPARE(reset.count(), 0);
        while (checked.canFetchMore({}))
            checked.fetchMore({});
        QCOMPARE(checked.rowCount(), 62);
        QCOMPARE(checked.index(0).data().toString(), QStringLiteral("Renamed"));
    }

    void refreshFollowsAnotherConnection()
    {
        for (const char *name : { "One", "Two", "Three" })
            QVERIFY(add(QLatin1String(name)));
        RecordListModel model(m_store.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 3);

        // The sync thread's connection: its writes reach this model only
        // through refresh().
        auto other = Store::open(m_store->fileName(), m_key, m_clock, &m_error);
        QVERIFY2(other, qPrintable(m_error.message));
        const qint64 two = model.recordAt(1).id;
        ThingRow thing;
        thing.record = two;
        thing.thingId = QUuid::createUuid();
        thing.versionStamp = QStringLiteral("v1");
        thing.typeId = QUuid::createUuid();
        thing.effectiveDate = m_clock.now();
        thing.updatedDate = m_clock.now();
        thing.xml = "<thing/>";
        QVERIFY(other->putThing(thing, &m_error));
        thing.versionStamp = QStringLiteral("v2");
        QVERIFY(other->putThing(thing, &m_error)); // v1 goes to the history
        QCOMPARE(other->history(thing.thingId).size(), 1);
        QVERIFY(other->removeRecord(two, &m_error));
        RecordRow first = model.recordAt(0);
        first.displayName = QStringLiteral("Renamed");
        QVERIFY(other->putRecord(first, &m_error));
        RecordRow added;
        added.recordId = QUuid::createUuid();
        added.personId = QUuid::createUuid();
        added.displayName = QStringLiteral("Four");
        QVERIFY(other->putRecord(added, &m_error));
        QCOMPARE(model.rowCount(), 3);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << model.index(row).data().toString();
        QCOMPARE(names, QStringList({ "Renamed", "Three", "Four" }));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
        // The record went with its things and their history.
        QVERIFY(!m_store->record(two));
        QVERIFY(!m_store->thing(thing.thingId));
        QVERIFY(m_store->history(thing.thingId).isEmpty());
    }

    void emptyStoreHasNoRows()
    {
        RecordListModel model(m_store.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

private:
    bool add(const QString &name)
    {
        RecordRow r;
        r.recordId = QUuid::createUuid();
        r.personId = QUuid::createUuid();
        r.personName = name;
        r.displayName = name;
        r.relationship = QStringLiteral("Child");
        r.access = RecordRow::Access::ViewAndModify;
        return m_store->putRecord(r, &m_error).has_value();
    }

    FixedClock m_clock { QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_key;
    std::unique_ptr<Store> m_store;
    StoreError m_error;
};

QTEST_GUILESS_MAIN(TestRecordListModel)
#include "tst_recordlistmodel.moc"
