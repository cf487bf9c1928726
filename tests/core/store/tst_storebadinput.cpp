#include "core/Clock.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Profile.h"
#include "core/store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

const QString kChild = QStringLiteral(HEARTH_BINARY_DIR "/bin/store_child");

qint64 lastCommitted(const QByteArray &output)
{
    qint64 last = -1;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed "))
            last = line.mid(10).toLongLong();
    }
    return last;
}

bool waitForLine(QProcess &child, const QByteArray &line, QByteArray *seen)
{
    QElapsedTimer timer;
    timer.start();
    while (!seen->contains(line) && timer.elapsed() < 20000) {
        child.waitForReadyRead(200);
        *seen += child.readAllStandardOutput();
    }
    return seen->contains(line);
}

} // namespace

// Damaged, truncated, full and locked databases and a profile in use: clear
// messages, and what was committed before stays.
class TestStoreBadInput : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_path = m_dir->filePath(QStringLiteral("s.db"));
        m_key = KeyMaterial::randomKey();
    }

    void aTruncatedFileIsReportedOnOpen()
    {
        writeThings(200);
        QFile f(m_path);
        const qint64 size = f.size();
        QVERIFY(f.resize(size / 2));
        StoreError error;
        QVERIFY(!Store::open(m_path, m_key, m_clock, &error));
        QCOMPARE(error.code, StoreError::Code::Damaged);
        // SQLite compares the header's page count with the file's length.
        QVERIFY2(error.message.contains(QLatin1String("damaged")), qPrintable(error.message));
    }

    void garbageInTheFileIsReportedNotRead()
    {
        writeThings(200);
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pages = f.size() / 4096;
        QVERIFY(f.seek((pages / 2) * 4096));
        f.write(QByteArray(4096 * 3, '\x5a'));
        f.close();
        StoreError error;
        auto store = Store::open(m_path, m_key, m_clock, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(!store->integrityProblems().isEmpty());
        // Writing through the damage fails with the damage message.
        const bool wrote = store->transaction(
            [&] {
                QSqlQuery q(store->database());
                return q.exec(QStringLiteral("UPDATE things SET search_text = 'x'"))
                    || (error = StoreError { StoreError::Code::Damaged, QString() }, false);
            },
            &error);
        QVERIFY(!wrote);
        QCOMPARE(error.code, StoreError::Code::Damaged);
    }

    void notADatabaseAtAll()
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(10000, 'x'));
        f.close();
        StoreError error;
        QVERIFY(!Store::open(m_path, m_key, m_clock, &error));
        QCOMPARE(error.code, StoreError::Code::WrongKeyOrDamaged);
        QCOMPARE(QFile(m_path).size(), qint64(10000));
    }

    void aFullDiskStopsWritingAndLosesNoCommit()
    {
        writeThings(10);
        QProcess child;
        child.start(kChild, { QStringLiteral("fill"), m_path, QString::fromLatin1(m_key.toHex()) });
        QVERIFY(child.waitForFinished(60000));
        const QByteArray out = child.readAllStandardOutput();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        const qint64 last = lastCommitted(out);
        QVERIFY2(last > 10, out.right(300).constData());
        QVERIFY2(out.contains("error " + QByteArray::number(int(StoreError::Code::DiskFull))
                     + " The disk is full"),
            out.right(300).constData());

        StoreError error;
        auto store = Store::open(m_path, m_key, m_clock, &error);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->integrityProblems(), QStringList());
        QSqlQuery q(store->database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM things WHERE value1 >= 0 AND value1 <= %1")
                       .arg(last)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), (last + 1) * 5);
    }

    void aDatabaseHeldByAnotherProcessIsReportedAsLocked()
    {
        writeThings(3);
        QProcess child;
        child.start(kChild, { QStringLiteral("hold"), m_path, QString::fromLatin1(m_key.toHex()) });
        QByteArray seen;
        QVERIFY2(waitForLine(child, "holding", &seen), seen.constData());
        StoreError error;
        auto store = Store::open(m_path, m_key, m_clock, &error);
        QVERIFY2(store, qPrintable(error.message));
        // Reading goes on (WAL), writing waits and then says why.
        QCOMPARE(store->countThings({}), qint64(3));
        RecordRow r;
        r.recordId = QUuid::createUuid();
        r.personId = QUuid::createUuid();
        r.displayName = QStringLiteral("Other");
        QVERIFY(!store->putRecord(r, &error));
        QCOMPARE(error.code, StoreError::Code::Locked);
        QVERIFY2(error.message.contains(QLatin1String("in use by another program")),
            qPrintable(error.message));
        child.kill();
        child.waitForFinished();
        QVERIFY2(store->putRecord(r, &error), qPrintable(error.message));
        QCOMPARE(store->countThings({}), qint64(3));
    }

    void aSecondHearthOnTheProfileIsRefusedPolitely()
    {
        const QString profileDir = m_dir->filePath(QStringLiteral("profile"));
        QProcess child;
        child.start(kChild, { QStringLiteral("profile"), profileDir });
        QByteArray seen;
        QVERIFY2(waitForLine(child, "open", &seen), seen.constData());
        Profile::Options options;
        options.directory = profileDir;
        options.scrypt.n = 1 << 10;
        options.passphrase = [](bool) { return QStringLiteral("child passphrase"); };
        StoreError error;
        QVERIFY(!Profile::open(options, &error));
        QCOMPARE(error.code, StoreError::Code::ProfileInUse);
        QVERIFY2(
            error.message.contains(QString::number(child.processId())), qPrintable(error.message));
        child.kill();
        child.waitForFinished();
        // Its lock dies with it.
        QVERIFY2(Profile::open(options, &error), qPrintable(error.message));
    }

private:
    void writeThings(int n)
    {
        StoreError error;
        auto store = Store::open(m_path, m_key, m_clock, &error);
        QVERIFY2(store, qPrintable(error.message));
        RecordRow r;
        r.recordId = QUuid::createUuid();
        r.personId = QUuid::createUuid();
        r.displayName = QStringLiteral("R");
        const qint64 record = store->putRecord(r, &error).value_or(0);
        QVERIFY(store->transaction(
            [&] {
                for (int i = 0; i < n; ++i) {
                    ThingRow row;
                    row.record = record;
                    row.thingId = QUuid::createUuid();
                    row.versionStamp = QStringLiteral("v");
                    row.typeId = QUuid::createUuid();
                    row.effectiveDate = m_clock.now().addDays(-i);
                    row.value1 = -1;
                    row.xml = QByteArray(500, 'x');
                    if (!store->putThing(row, &error))
                        return false;
                }
                return true;
            },
            &error));
    }

    FixedClock m_clock { QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QByteArray m_key;
};

QTEST_GUILESS_MAIN(TestStoreBadInput)
#include "tst_storebadinput.moc"
