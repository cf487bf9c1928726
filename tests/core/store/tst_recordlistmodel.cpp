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
        m_store = Store::open(
            m_dir->filePath(QStringLiteral("s.db")), KeyMaterial::randomKey(), m_clock, &error);
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
    std::unique_ptr<Store> m_store;
    StoreError m_error;
};

QTEST_GUILESS_MAIN(TestRecordListModel)
#include "tst_recordlistmodel.moc"
