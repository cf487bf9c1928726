#include "core/Clock.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

const QString kChild = QStringLiteral(HEARTH_BINARY_DIR "/bin/store_child");

// The transaction numbers a child reported as committed.
QList<qint64> committed(const QByteArray &output)
{
    QList<qint64> out;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("committed "))
            out << line.mid(10).toLongLong();
    }
    return out;
}

} // namespace

// SIGKILL at random moments while a child writes: after each kill the
// database opens, passes integrity_check and holds every reported commit.
class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void survivesFiftyKills()
    {
        QVERIFY2(QFile::exists(kChild), qPrintable(kChild));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        const QByteArray key = KeyMaterial::randomKey();
        FixedClock clock(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        QRandomGenerator random(20251122);
        qint64 highest = -1;
        int killsWithCommits = 0;
        for (int kill = 0; kill < 50; ++kill) {
            QProcess child;
            child.start(
                kChild, { QStringLiteral("write"), path, QString::fromLatin1(key.toHex()) });
            QVERIFY(child.waitForStarted());
            // Some kills land before the first commit (while opening or
            // recovering), most in the middle of the writing.
            const int delayMs = int(random.bounded(5, 120));
            QTest::qWait(delayMs);
            child.kill();
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QList<qint64> reported = committed(child.readAllStandardOutput());
            QVERIFY2(!child.readAllStandardError().contains("error"), "the child failed");
            if (!reported.isEmpty()) {
                ++killsWithCommits;
                highest = std::max(highest, reported.last());
            }

            StoreError error;
            auto store = Store::open(path, key, clock, &error);
            QVERIFY2(store, qPrintable(error.message));
            QCOMPARE(store->integrityProblems(), QStringList());
            QSqlQuery q(store->database());
            // Every reported commit is there, whole.
            QVERIFY(q.exec(
                QStringLiteral("SELECT count(*) FROM things WHERE value1 <= %1").arg(highest)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), (highest + 1) * 5);
            // And no transaction is there in part.
            QVERIFY(q.exec(
                QStringLiteral("SELECT count(*) FROM (SELECT value1 FROM things GROUP BY value1 "
                               "HAVING count(*) != 5)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            // The chart series moved with its things, inside the same commits.
            QVERIFY(q.exec(QStringLiteral(
                "SELECT (SELECT count(*) FROM things), (SELECT count(*) FROM series), "
                "(SELECT count(*) FROM things t JOIN thing_types c ON c.type_id = t.type_id "
                "JOIN series s ON s.record = t.record AND s.type = c.code "
                "AND s.at = t.effective_date AND s.thing = t.id AND s.value1 = t.value1)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(1).toLongLong(), q.value(0).toLongLong());
            QCOMPARE(q.value(2).toLongLong(), q.value(0).toLongLong());
            // A commit that finished but was not yet reported may be there;
            // the next run continues after it.
            QVERIFY(q.exec(QStringLiteral("SELECT coalesce(max(value1), -1) FROM things")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toLongLong() >= highest);
            highest = q.value(0).toLongLong();
        }
        qInfo() << "kills:" << 50 << "with commits:" << killsWithCommits
                << "transactions:" << highest + 1;
        QVERIFY(killsWithCommits >= 25);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
