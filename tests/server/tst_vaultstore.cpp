// VaultStore's thing queries: the index that serves incremental sync
// (GetThings with updated-date-min), its migration into an existing vault,
// and that the filtered answer matches a full read filtered here.

#include "server/store/VaultStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hearth;
using namespace hearth::vault;

namespace {

const QUuid kWeight = QUuid::fromString(QStringLiteral("3d34d87e-7fc1-4153-800f-f56592cb0d17"));

// True when the plan searches the index by record and a range of updated_ts,
// rather than reading every current row of the record.
bool searchesUpdatedRange(const QStringList &plan)
{
    return std::any_of(plan.cbegin(), plan.cend(), [](const QString &row) {
        return row.contains(QLatin1String("INDEX things_updated (record_id=? AND updated_ts>?)"));
    });
}

// What the sync client asks after its first sync: both states, current
// versions, changed since the cursor, a page limit.
ThingSelection incremental(const QDateTime &cursor)
{
    ThingSelection s;
    s.active = true;
    s.deleted = true;
    s.updatedDateMin = cursor;
    s.limit = 500;
    return s;
}

} // namespace

class TestVaultStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void incrementalSyncUsesUpdatedIndex();
    void incrementalSyncAnswersChangedThingsOnly();
    void existingVaultGetsIndex();

private:
    QUuid openWithRecord();
    QList<ThingVersion> write(const QList<ThingWrite> &writes);

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock { QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<VaultStore> m_store;
    QUuid m_record;
};

void TestVaultStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_record = openWithRecord();
    QVERIFY(!m_record.isNull());
}

void TestVaultStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QUuid TestVaultStore::openWithRecord()
{
    m_store = std::make_unique<VaultStore>(m_clock);
    QString error;
    if (!m_store->open(m_dir->filePath(QStringLiteral("vault.db")), &error)) {
        qWarning() << error;
        return {};
    }
    const auto account = m_store->accountByEmail(QStringLiteral("ann@example.org"))
        ? m_store->accountByEmail(QStringLiteral("ann@example.org"))
        : m_store->createAccount(QStringLiteral("ann@example.org"),
            QStringLiteral("correct horse battery"), QStringLiteral("Ann"), &error);
    if (!account)
        return {};
    const QList<RecordShare> records = m_store->recordsOf(account->personId);
    return records.isEmpty() ? QUuid() : records.first().recordId;
}

QList<ThingVersion> TestVaultStore::write(const QList<ThingWrite> &writes)
{
    Audit audit;
    audit.timestamp = m_clock.now();
    audit.appId = VaultStore::hearthDesktopAppId();
    audit.action = QStringLiteral("Created");
    QList<ThingVersion> written;
    int failed = -1;
    const auto result = m_store->writeThings(m_record, writes, audit, &written, &failed);
    return result == VaultStore::WriteResult::Ok ? written : QList<ThingVersion>();
}

void TestVaultStore::incrementalSyncUsesUpdatedIndex()
{
    const QDateTime cursor = m_clock.now().addDays(-1);
    const QStringList plan = m_store->selectPlan(m_record, incremental(cursor));
    QVERIFY2(searchesUpdatedRange(plan), qPrintable(plan.join('\n')));

    // The sync client pages its first answer by eff-date windows; a window
    // query with the cursor set is served by the same index.
    ThingSelection window = incremental(cursor);
    window.effDateMax = m_clock.now();
    const QStringList windowPlan = m_store->selectPlan(m_record, window);
    QVERIFY2(searchesUpdatedRange(windowPlan), qPrintable(windowPlan.join('\n')));
}

void TestVaultStore::incrementalSyncAnswersChangedThingsOnly()
{
    QList<ThingWrite> creates;
    for (int i = 0; i < 6; ++i) {
        ThingWrite w;
        w.typeId = kWeight;
        w.effDate = QDateTime(QDate(2024, 1, 1 + i), QTime(8, 0), Qt::UTC);
        w.dataXml = QByteArray("<weight><value><kg>") + QByteArray::number(70 + i)
            + "</kg></value></weight>";
        creates << w;
    }
    const QList<ThingVersion> first = write(creates);
    QCOMPARE(first.size(), 6);

    m_clock.advanceSeconds(3600);
    const QDateTime cursor = m_clock.now();
    ThingWrite update;
    update.thingId = first[1].thingId;
    update.versionStamp = first[1].versionStamp;
    update.typeId = kWeight;
    update.effDate = first[1].effDate;
    update.dataXml = "<weight><value><kg>80</kg></value></weight>";
    ThingWrite remove;
    remove.thingId = first[3].thingId;
    remove.versionStamp = first[3].versionStamp;
    remove.remove = true;
    ThingWrite create = creates.first();
    create.effDate = QDateTime(QDate(2024, 2, 1), QTime(8, 0), Qt::UTC);
    const QList<ThingVersion> second = write({ update, remove, create });
    QCOMPARE(second.size(), 3);

    // The expected answer from a full read, filtered and ordered here.
    ThingSelection all;
    all.active = true;
    all.deleted = true;
    QList<ThingVersion> expected = m_store->selectThings(m_record, all);
    QCOMPARE(expected.size(), 6 + 1);
    expected.removeIf([&](const ThingVersion &t) { return t.updated.timestamp < cursor; });

    const QList<ThingVersion> changed = m_store->selectThings(m_record, incremental(cursor));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.size(), expected.size());
    for (int i = 0; i < changed.size(); ++i) {
        QCOMPARE(changed[i].versionStamp, expected[i].versionStamp);
        QVERIFY(!changed[i].updatedEndDate.isValid());
    }
    // Newest eff-date first: the new thing, then the deleted one, then the updated one.
    QCOMPARE(changed[0].thingId, second[2].thingId);
    QCOMPARE(changed[1].thingId, first[3].thingId);
    QVERIFY(changed[1].deleted);
    QCOMPARE(changed[2].thingId, first[1].thingId);
    QCOMPARE(changed[2].dataXml, update.dataXml);

    // Nothing changed after the last write: an empty answer.
    m_clock.advanceSeconds(60);
    QVERIFY(m_store->selectThings(m_record, incremental(m_clock.now())).isEmpty());
}

void TestVaultStore::existingVaultGetsIndex()
{
    QCOMPARE(m_store->userVersion(), VaultStore::schemaVersion());
    m_store.reset();

    // Turn the file back into a schema-2 vault, as written before the index.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("vault.db")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP INDEX things_updated")));
        // Later migrations' tables go too.
        for (const char *table :
            { "blob_uploads", "thing_blobs", "vault_keys", "app_certificates" })
            QVERIFY(query.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=2")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

    QCOMPARE(openWithRecord(), m_record);
    QCOMPARE(m_store->userVersion(), VaultStore::schemaVersion());
    const QStringList plan = m_store->selectPlan(m_record, incremental(m_clock.now()));
    QVERIFY2(searchesUpdatedRange(plan), qPrintable(plan.join('\n')));
}

QTEST_GUILESS_MAIN(TestVaultStore)
#include "tst_vaultstore.moc"
