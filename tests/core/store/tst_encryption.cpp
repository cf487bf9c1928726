#include "core/Clock.h"
#include "core/store/CipherVfs.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

const QByteArray kMarker = "MARKER-7f3c9e-never-on-disk";

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

ThingRow thingWith(qint64 record, const QByteArray &payload, int i)
{
    ThingRow row;
    row.record = record;
    row.thingId = QUuid::createUuid();
    row.versionStamp = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.typeId = QUuid::fromString(QStringLiteral("3d34d87e-7fc1-4153-800f-f56592cb0d17"));
    row.effectiveDate = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC).addDays(i);
    row.value1 = 70.0 + i * 0.01;
    row.searchText = QString::fromLatin1(payload);
    row.xml = "<thing><data-xml><note>" + payload + "</note></data-xml></thing>";
    return row;
}

qint64 addRecord(Store &store)
{
    RecordRow r;
    r.recordId = QUuid::createUuid();
    r.personId = QUuid::createUuid();
    r.personName = QStringLiteral("Test person");
    r.displayName = QStringLiteral("Test record");
    r.access = RecordRow::Access::Custodian;
    StoreError error;
    const auto id = store.putRecord(r, &error);
    return id.value_or(0);
}

} // namespace

// The encryption at rest: no plaintext in any file, wrong keys and damaged
// pages refused with clear errors.
class TestEncryption : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("store-%1.db").arg(m_count++));
    }

    void markerNeverReachesTheDatabaseJournalOrWal()
    {
        FixedClock clock(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        const QByteArray key = KeyMaterial::randomKey();
        StoreError error;
        auto store = Store::open(m_path, key, clock, &error);
        QVERIFY2(store, qPrintable(error.message));
        const qint64 record = addRecord(*store);
        QVERIFY(record > 0);
        // Enough rows to spill pages into the WAL and force more than one.
        QVERIFY(store->transaction(
            [&] {
                for (int i = 0; i < 300; ++i) {
                    ThingRow row = thingWith(record, kMarker, i);
                    if (!store->putThing(row, &error))
                        return false;
                }
                return true;
            },
            &error));
        // Look at the WAL while it holds the data, before the checkpoint.
        const QByteArray wal = fileBytes(m_path + QStringLiteral("-wal"));
        QVERIFY2(wal.size() > 100000, "the WAL should hold the new pages");
        QVERIFY(!wal.contains(kMarker));
        QVERIFY(!wal.contains("SQLite format 3"));
        QVERIFY(!wal.contains("CREATE TABLE"));
        // A rollback journal, used when the journal mode is switched.
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(store->transaction(
            [&] {
                for (int i = 0; i < 50; ++i) {
                    ThingRow row = thingWith(record, kMarker, 1000 + i);
                    if (!store->putThing(row, &error))
                        return false;
                }
                // The journal exists while the transaction is open.
                QSqlQuery u(store->database());
                if (!u.exec(QStringLiteral("UPDATE things SET search_text = search_text || 'x'")))
                    return false;
                const QByteArray journal = fileBytes(m_path + QStringLiteral("-journal"));
                if (journal.size() < 4096 * 4 || journal.contains(kMarker))
                    return false;
                return true;
            },
            &error));
        QVERIFY(store->things({}, {}, 0, 1).size() == 1);
        store.reset();
        const QByteArray db = fileBytes(m_path);
        QVERIFY(db.size() > 4096 * 10);
        QVERIFY(!db.contains(kMarker));
        QVERIFY(!db.contains("SQLite format 3"));
        QVERIFY(!db.contains("CREATE TABLE"));

        // And it all reads back with the right key.
        store = Store::open(m_path, key, clock, &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->countThings({}), qint64(350));
        QCOMPARE(store->integrityProblems(), QStringList());
    }

    void wrongKeyFailsClearlyAndChangesNothing()
    {
        FixedClock clock(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        const QByteArray key = KeyMaterial::randomKey();
        StoreError error;
        {
            auto store = Store::open(m_path, key, clock, &error);
            QVERIFY2(store, qPrintable(error.message));
            QVERIFY(addRecord(*store) > 0);
        }
        const QByteArray before = digest(m_path);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        auto wrong = Store::open(m_path, KeyMaterial::randomKey(), clock, &error);
        QVERIFY(!wrong);
        QCOMPARE(error.code, StoreError::Code::WrongKeyOrDamaged);
        QVERIFY2(error.message.contains(QLatin1String("key is wrong")), qPrintable(error.message));
        QCOMPARE(digest(m_path), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);

        auto right = Store::open(m_path, key, clock, &error);
        QVERIFY2(right, qPrintable(error.message));
        QCOMPARE(right->records(0, 10).size(), 1);
    }

    void flippedByteIsDetectedNotRead()
    {
        FixedClock clock(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        const QByteArray key = KeyMaterial::randomKey();
        StoreError error;
        {
            auto store = Store::open(m_path, key, clock, &error);
            QVERIFY2(store, qPrintable(error.message));
            const qint64 record = addRecord(*store);
            QVERIFY(store->transaction(
                [&] {
                    for (int i = 0; i < 200; ++i) {
                        ThingRow row = thingWith(record, kMarker, i);
                        if (!store->putThing(row, &error))
                            return false;
                    }
                    return true;
                },
                &error));
        }
        QByteArray bytes = fileBytes(m_path);
        const int pages = bytes.size() / 4096;
        QVERIFY(pages > 10);
        // One bit in the middle of a data page, far from page 1.
        const int offset = (pages / 2) * 4096 + 1000;
        bytes[offset] = char(bytes[offset] ^ 0x04);
        {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        auto store = Store::open(m_path, key, clock, &error);
        QVERIFY2(store, qPrintable(error.message));
        const QStringList problems = store->integrityProblems();
        QVERIFY(!problems.isEmpty());
        // Reading every table and index in full must hit the damaged page
        // and fail, never hand its bytes over as data.
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_schema WHERE "
                                      "type IN ('table', 'index') AND sql IS NOT NULL")));
        QStringList scans;
        while (q.next()) {
            scans << (q.value(0).toString() == QLatin1String("table")
                    ? QStringLiteral("SELECT * FROM %1").arg(q.value(1).toString())
                    : QStringLiteral("SELECT count(*) FROM %1 INDEXED BY %2")
                          .arg(q.value(2).toString(), q.value(1).toString()));
        }
        const quint64 failuresBefore = CipherVfs::authenticationFailures();
        int failures = 0;
        for (const QString &scan : std::as_const(scans)) {
            bool failed = !q.exec(scan);
            while (!failed && q.next()) { }
            if (failed || q.lastError().isValid())
                ++failures;
        }
        QCOMPARE(failures, 1);
        QVERIFY(CipherVfs::authenticationFailures() > failuresBefore);
    }

    void flippedByteInPageOneReadsAsWrongKeyOrDamage()
    {
        FixedClock clock(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        const QByteArray key = KeyMaterial::randomKey();
        StoreError error;
        QVERIFY(Store::open(m_path, key, clock, &error));
        QByteArray bytes = fileBytes(m_path);
        bytes[50] = char(bytes[50] ^ 0x80);
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(!Store::open(m_path, key, clock, &error));
        QCOMPARE(error.code, StoreError::Code::WrongKeyOrDamaged);
    }

    void plainComparisonFileIsReadable()
    {
        FixedClock clock(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        StoreError error;
        {
            auto store = Store::openUnencryptedForComparison(m_path, clock, &error);
            QVERIFY2(store, qPrintable(error.message));
            QVERIFY(!store->isEncrypted());
        }
        QVERIFY(fileBytes(m_path).startsWith("SQLite format 3"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
