// SyncService: the sync runs on its own thread (the caller's event loop
// keeps turning during a first sync), and it backs off with doubling delays
// while the vault is down, then catches up when it is back.

#include "core/store/Store.h"
#include "core/sync/SyncService.h"
#include "tests/common/VaultFixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace hearth;
using hearth::test::VaultFixture;

class TestSyncService : public QObject
{
    Q_OBJECT
private slots:
    void backoffDoublesUpToTheLimit()
    {
        QCOMPARE(SyncService::backoffDelay(1, 5000, 600000), 5000);
        QCOMPARE(SyncService::backoffDelay(2, 5000, 600000), 10000);
        QCOMPARE(SyncService::backoffDelay(4, 5000, 600000), 40000);
        QCOMPARE(SyncService::backoffDelay(30, 5000, 600000), 600000);
    }

    void syncsOffTheCallersThreadAndBacksOff()
    {
        VaultFixture vault;
        const auto person = vault.addPerson(QStringLiteral("jo@example.org"));
        const auto instance = vault.authorize(person);
        vault.seedWeights(person, instance, 4000);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hearth.db"));
        const QByteArray key(32, '\x09');

        // The vault is not there yet: failures at 30, 60, 120, 120 ms intervals.
        QVERIFY(vault.start());
        const quint16 port = vault.port();
        vault.stop();
        SyncService service(file, key,
            { QUrl(QStringLiteral("http://127.0.0.1:%1/platform/wildcat.ashx").arg(port)),
                instance.instanceId, instance.secret, instance.personId, {} },
            Clock::system());
        service.setSchedule(60 * 60 * 1000, 30, 120);
        QSignalSpy finished(&service, &SyncService::finished);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 4, 5000);
        QList<int> delays;
        for (const auto &call : std::as_const(finished)) {
            QVERIFY(!call.at(0).toBool());
            delays << call.at(2).toInt();
        }
        QCOMPARE(delays.mid(0, 4), (QList<int> { 30, 60, 120, 120 }));

        // Back again: the next retry syncs everything, while this thread's
        // event loop keeps running.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
        ticker.start(10);
        QVERIFY(vault.start());
        QCOMPARE(vault.port(), port);
        QTRY_VERIFY_WITH_TIMEOUT(finished.last().at(0).toBool(), 30000);
        ticker.stop();
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        QCOMPARE(finished.last().at(2).toInt(), 60 * 60 * 1000);
        QSignalSpy states(&service, &SyncService::stateChanged);
        service.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty()
                && states.last().at(0).value<SyncEngine::State>() == SyncEngine::State::UpToDate,
            10000);
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
