#include "core/Clock.h"
#include "core/store/Migrations.h"
#include "core/store/Store.h"
#include "core/store/ThingIndex.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hearth;

namespace {

const QString kFixtures = QStringLiteral(HEARTH_SOURCE_DIR "/tests/core/store/fixtures");

// A plain connection for building and inspecting schema versions directly.
class Connection
{
public:
    explicit Connection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql);
    }
    QStringList columns(const QString &table) const { return names(m_db.record(table)); }

private:
    static QStringList names(const QSqlRecord &record)
    {
        QStringList out;
        for (int i = 0; i < record.count(); ++i)
            out << record.fieldName(i);
        return out;
    }
    QString m_name;
    QSqlDatabase m_db;
};

// What each fixture holds, written at its version, checked after migrating.
const char *const kFixtureRows[] = {
    // version 1
    "INSERT INTO people (person_id, name) VALUES ('11111111-1111-1111-1111-111111111111', 'Ann');"
    "INSERT INTO records (record_id, person, display_name, relationship, access) VALUES "
    "('22222222-2222-2222-2222-222222222222', 1, 'Ann', 'Self', 0);"
    "INSERT INTO things (record, thing_id, version_stamp, type_id, state, effective_date, "
    "updated_date, search_text, xml) VALUES (1, '33333333-3333-3333-3333-333333333333', 'v1', "
    "'3d34d87e-7fc1-4153-800f-f56592cb0d17', 'Active', 1700000000000, 1700000000000, "
    "'Weight 76', '<thing/>');"
    "INSERT INTO outbound (record, operation, thing_id, base_version, xml, queued_at) VALUES "
    "(1, 1, '33333333-3333-3333-3333-333333333333', 'v0', '<thing/>', 1700000000000);",
    // version 2: the same, plus a weight with its chart value and a unit.
    "INSERT INTO people (person_id, name) VALUES ('11111111-1111-1111-1111-111111111111', 'Ann');"
    "INSERT INTO records (record_id, person, display_name, relationship, access) VALUES "
    "('22222222-2222-2222-2222-222222222222', 1, 'Ann', 'Self', 0);"
    "INSERT INTO things (record, thing_id, version_stamp, type_id, state, effective_date, "
    "updated_date, search_text, xml) VALUES (1, '33333333-3333-3333-3333-333333333333', 'v1', "
    "'3d34d87e-7fc1-4153-800f-f56592cb0d17', 'Active', 1700000000000, 1700000000000, "
    "'Weight 76', '<thing/>');"
    "INSERT INTO outbound (record, operation, thing_id, base_version, xml, queued_at) VALUES "
    "(1, 1, '33333333-3333-3333-3333-333333333333', 'v0', '<thing/>', 1700000000000);"
    "INSERT INTO things (record, thing_id, version_stamp, type_id, state, effective_date, "
    "updated_date, search_text, xml, value1) VALUES (1, '44444444-4444-4444-4444-444444444444', "
    "'v1', '3d34d87e-7fc1-4153-800f-f56592cb0d17', 'Active', 1700000100000, 1700000100000, "
    "'Weight 76.5', '<thing/>', 76.5);"
    "INSERT INTO data_settings (person, key, value) VALUES (1, 'weight', 'kg');",
    // version 3: the same, plus a blood pressure (two values), a deleted
    // weight (not charted) and a weight in a second record.
    "INSERT INTO people (person_id, name) VALUES ('11111111-1111-1111-1111-111111111111', 'Ann');"
    "INSERT INTO records (record_id, person, display_name, relationship, access) VALUES "
    "('22222222-2222-2222-2222-222222222222', 1, 'Ann', 'Self', 0);"
    "INSERT INTO things (record, thing_id, version_stamp, type_id, state, effective_date, "
    "updated_date, search_text, xml) VALUES (1, '33333333-3333-3333-3333-333333333333', 'v1', "
    "'3d34d87e-7fc1-4153-800f-f56592cb0d17', 'Active', 1700000000000, 1700000000000, "
    "'Weight 76', '<thing/>');"
    "INSERT INTO outbound (record, operation, thing_id, base_version, xml, queued_at) VALUES "
    "(1, 1, '33333333-3333-3333-3333-333333333333', 'v0', '<thing/>', 1700000000000);"
    "INSERT INTO things (record, thing_id, version_stamp, type_id, state, effective_date, "
    "updated_date, search_text, xml, value1) VALUES (1, '44444444-4444-4444-4444-444444444444', "
    "'v1', '3d34d87e-7fc1-4153-800f-f56592cb0d17', 'Active', 1700000100000, 1700000100000, "
    "'Weight 76.5', '<thing/>', 76.5);"
    "INSERT INTO data_settings (person, key, value) VALUES (1, 'weight', 'kg');"
    "INSERT INTO things (record, thing_id, version_stamp, type_id, state, effective_date, "
    "updated_date, search_text, xml, value1, value2) VALUES (1, "
    "'55555555-5555-5555-5555-555555555555', 'v1', 'ca3c57f4-f4c1-4e15-be67-0a3caf5414ed', "
    "'Active', 1700000200000, 1700000200000, 'Blood pressure 120/80', '<thing/>', 120, 80);"
    "INSERT INTO things (record, thing_id, version_stamp, type_id, state, effective_date, "
    "updated_date, search_text, xml, value1) VALUES (1, '66666666-6666-6666-6666-666666666666', "
    "'v2', '3d34d87e-7fc1-4153-800f-f56592cb0d17', 'Deleted', 1700000300000, 1700000300000, "
    "'Weight 90', '<thing/>', 90);"
    "INSERT INTO people (person_id, name) VALUES ('77777777-7777-7777-7777-777777777777', 'Bo');"
    "INSERT INTO records (record_id, person, display_name, relationship, access) VALUES "
    "('88888888-8888-8888-8888-888888888888', 2, 'Bo', 'Child', 1);"
    "INSERT INTO things (record, thing_id, version_stamp, type_id, state, effective_date, "
    "updated_date, search_text, xml, value1) VALUES (2, '99999999-9999-9999-9999-999999999999', "
    "'v1', '3d34d87e-7fc1-4153-800f-f56592cb0d17', 'Active', 1700000000000, 1700000000000, "
    "'Weight 30', '<thing/>', 30);",
};

QString fixturePath(int version)
{
    return QDir(kFixtures).filePath(QStringLiteral("store-v%1.db").arg(version));
}

} // namespace

// Numbered migrations: fixtures of every earlier version migrate to the
// latest with their data; a failing migration leaves the version it found.
class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void writeFixtures()
    {
        // Run once per new schema version with HEARTH_WRITE_FIXTURES=1; the
        // files are committed and never rewritten after that.
        if (!qEnvironmentVariableIsSet("HEARTH_WRITE_FIXTURES"))
            QSKIP("Writes fixtures only when HEARTH_WRITE_FIXTURES is set");
        for (int version = 1; version < Migrations::latestVersion(); ++version) {
            if (QFile::exists(fixturePath(version)))
                continue;
            Connection c(fixturePath(version));
            StoreError error;
            QVERIFY2(Migrations::migrate(c.db(), &error, version), qPrintable(error.message));
            for (const QString &sql : QString::fromLatin1(kFixtureRows[version - 1])
                                          .split(QLatin1Char(';'), Qt::SkipEmptyParts))
                QVERIFY2(c.exec(sql), qPrintable(sql));
        }
    }

    void everyEarlierVersionHasAFixture()
    {
        QCOMPARE(int(std::size(kFixtureRows)), Migrations::latestVersion() - 1);
        for (int version = 1; version < Migrations::latestVersion(); ++version)
            QVERIFY2(QFile::exists(fixturePath(version)), qPrintable(fixturePath(version)));
    }

    void fixturesMigrateToTheLatestVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < Migrations::latestVersion(); ++version)
            QTest::addRow("v%d", version) << version;
    }

    void fixturesMigrateToTheLatestVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        QVERIFY(QFile::copy(fixturePath(version), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            Connection c(path);
            QCOMPARE(Migrations::currentVersion(c.db()), version);
        }
        FixedClock clock(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        StoreError error;
        auto store = Store::openUnencryptedForComparison(path, clock, &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(store->integrityProblems(), QStringList());
        // The data written at that version is all there.
        const auto records = store->records(0, 10);
        QCOMPARE(records.size(), version >= 3 ? 2 : 1);
        QCOMPARE(records.first().displayName, QStringLiteral("Ann"));
        const auto thing = store->thing(
            QUuid::fromString(QStringLiteral("33333333-3333-3333-3333-333333333333")));
        QVERIFY(thing);
        QCOMPARE(thing->searchText, QStringLiteral("Weight 76"));
        QCOMPARE(thing->effectiveDate.toMSecsSinceEpoch(), qint64(1700000000000));
        QVERIFY(!thing->value1);
        QCOMPARE(store->pendingChanges(10).size(), 1);
        QCOMPARE(store->pendingChanges(10).first().baseVersionStamp, QStringLiteral("v0"));
        // Chart values written at version 2 and later are read back.
        const auto points = store->series(records.first().id, ThingIndex::weightType,
            QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), clock.now());
        if (version >= 2) {
            // The deleted weight of version 3 is not charted.
            QCOMPARE(points.size(), 1);
            QCOMPARE(points.first().when.toMSecsSinceEpoch(), qint64(1700000100000));
            QCOMPARE(points.first().value, 76.5);
            QVERIFY(!points.first().value2);
        } else {
            QVERIFY(points.isEmpty());
        }
        if (version >= 3) {
            const auto pressure = store->series(records.first().id, ThingIndex::bloodPressureType,
                QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), clock.now());
            QCOMPARE(pressure.size(), 1);
            QCOMPARE(pressure.first().value, 120.0);
            QCOMPARE(pressure.first().value2, std::optional<double>(80.0));
            const auto other = store->series(records.at(1).id, ThingIndex::weightType,
                QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), clock.now());
            QCOMPARE(other.size(), 1);
            QCOMPARE(other.first().value, 30.0);
        }
        // Charts written after the migration are kept in step with things.
        ThingRow added;
        added.record = records.first().id;
        added.thingId = QUuid::createUuid();
        added.versionStamp = QStringLiteral("v1");
        added.typeId = ThingIndex::weightType;
        added.state = QStringLiteral("Active");
        added.effectiveDate = QDateTime::fromMSecsSinceEpoch(1700000400000, Qt::UTC);
        added.value1 = 77.0;
        added.xml = "<thing/>";
        QVERIFY2(store->putThing(added, &error), qPrintable(error.message));
        const auto after = store->series(records.first().id, ThingIndex::weightType,
            QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), clock.now());
        QCOMPARE(after.size(), points.size() + 1);
        QCOMPARE(after.last().value, 77.0);
        // And what later versions added works on it.
        QVERIFY(store->setPreferredUnit(
            records.first().personId, QStringLiteral("weight"), QStringLiteral("lb"), &error));
        QCOMPARE(store->preferredUnit(records.first().personId, QStringLiteral("weight")),
            QStringLiteral("lb"));
    }

    void aFailingMigrationRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        Connection c(path);
        StoreError error;
        QVERIFY(Migrations::migrate(c.db(), &error, 1));
        // Something in the way of migration 2's CREATE TABLE, after its
        // ALTER TABLE statements have run.
        QVERIFY(c.exec(QStringLiteral("CREATE TABLE data_settings (x)")));
        QVERIFY(!Migrations::migrate(c.db(), &error));
        QCOMPARE(error.code, StoreError::Code::Migration);
        QVERIFY2(error.message.contains(QLatin1String("version 2")), qPrintable(error.message));
        QCOMPARE(Migrations::currentVersion(c.db()), 1);
        QVERIFY(!c.columns(QStringLiteral("things")).contains(QStringLiteral("value1")));
        QVERIFY(!c.db().tables().contains(QStringLiteral("blobs")));
    }

    void aNewerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        {
            Connection c(path);
            QVERIFY(c.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        FixedClock clock(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        StoreError error;
        QVERIFY(!Store::openUnencryptedForComparison(path, clock, &error));
        QCOMPARE(error.code, StoreError::Code::NewerSchema);
        QVERIFY(error.message.contains(QLatin1String("newer version of Hearth")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
