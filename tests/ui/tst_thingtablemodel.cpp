// ThingTableModel over a real store: a model without a query reads nothing;
// summaries read in batches belong to their own rows, across batch borders,
// after a new thing arrives in the middle and for rows past the first page.

#include "core/Clock.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"
#include "core/store/ThingListModel.h"
#include "core/thing/ThingTypeRegistry.h"
#include "core/thing/Weight.h"
#include "ui/pages/ThingTableModel.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using namespace hearth::ui;

namespace {

const QDate kToday(2024, 6, 30);

} // namespace

class TestThingTableModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(kToday, QTime(12, 0)) };
    std::unique_ptr<Store> m_store;
    qint64 m_record = 0;

    bool addWeight(int day, double kilograms)
    {
        Weight weight;
        weight.setWhen(HealthDateTime(kToday.addDays(-day), QTime(7, 0)));
        weight.setValue(WeightValue::fromUnit(kilograms, MassUnit::Kilogram));
        Thing thing = weight.thing();
        thing.setKey(QUuid::createUuid(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        StoreError error;
        return m_store->putThing(m_record, thing, &error).has_value();
    }

    // Every loaded row's summary is the one of its own thing.
    static void verifySummaries(const ThingTableModel &model)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const std::optional<Thing> thing = model.thingAt(row);
            QVERIFY(thing);
            QCOMPARE(model.index(row, ThingTableModel::SummaryColumn).data().toString(),
                ThingTypeRegistry::summary(*thing));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        StoreError error;
        m_store = Store::open(
            m_dir.filePath(QStringLiteral("hearth.db")), KeyMaterial::randomKey(), m_clock, &error);
        QVERIFY2(m_store, qPrintable(error.message));
        RecordRow record;
        record.recordId = QUuid::createUuid();
        record.personId = QUuid::createUuid();
        record.personName = QStringLiteral("Kim Example");
        record.displayName = record.personName;
        const auto id = m_store->putRecord(record, &error);
        QVERIFY(id);
        m_record = *id;
        // Two a day on some days, so rows share an effective date.
        for (int day = 0; day < 150; ++day) {
            QVERIFY(addWeight(day, 60 + day / 10.0));
            if (day % 7 == 0)
                QVERIFY(addWeight(day, 90 + day / 10.0));
        }
    }

    void readsNothingWithoutAQuery()
    {
        ThingListModel list(m_store.get());
        ThingTableModel model(m_store.get(), &list);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 0);
    }

    void batchedSummariesBelongToTheirRows()
    {
        ThingListModel list(m_store.get());
        ThingTableModel model(m_store.get(), &list);
        ThingQuery query;
        query.record = m_record;
        query.types = { Weight::typeId() };
        model.setQuery(query);
        QCOMPARE(model.rowCount(), ThingListModel::pageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 150 + 22);
        // Ask from the middle first, so batches start at odd rows.
        QVERIFY(!model.index(45, ThingTableModel::SummaryColumn).data().toString().isEmpty());
        verifySummaries(model);
        QVERIFY(!QTest::currentTestFailed());

        // A thing arriving between loaded rows shifts the rows after it.
        QVERIFY(addWeight(40, 123.4));
        QCOMPARE(model.rowCount(), 150 + 22 + 1);
        verifySummaries(model);
    }
};

QTEST_MAIN(TestThingTableModel)
#include "tst_thingtablemodel.moc"
