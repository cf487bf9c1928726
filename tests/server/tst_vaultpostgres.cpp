// The vault on PostgreSQL: a real server from Debian's package (initdb and
// postgres in a temporary folder), VaultStore's accounts, shares,
// authorizations, sessions and thing versions on it, the XML API's
// PutThings/GetThings round trip in-process, and `hearth-vault --database`.
// Skips when PostgreSQL or Qt's QPSQL driver is not installed.

#include "ApiTestClient.h"
#include "PostgresServer.h"
#include "server/api/PlatformApi.h"
#include "server/store/VaultStore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using namespace hearth::vault;
using namespace hearth::vault::test;
using protocol::StatusCode;

namespace {

const QUuid kWeight = QUuid::fromString(QStringLiteral("3d34d87e-7fc1-4153-800f-f56592cb0d17"));

} // namespace

class TestVaultPostgres : public QObject
{
    Q_OBJECT
private:
    PostgresServer m_postgres;
    FixedClock m_clock { QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<VaultStore> m_store;
    const QString m_program = QStringLiteral(HEARTH_BINARY_DIR "/bin/hearth-vault");

private slots:
    void initTestCase()
    {
        if (PostgresServer::binDir().isEmpty())
            QSKIP("PostgreSQL is not installed (Debian package postgresql)");
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)");
        QString error;
        QVERIFY2(m_postgres.start(QStringLiteral("vault"), &error), qPrintable(error));
        m_store = std::make_unique<VaultStore>(m_clock);
        QVERIFY2(m_store->openPostgreSql(m_postgres.url(), &error), qPrintable(error));
        QVERIFY(m_store->isPostgreSql());
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_postgres.stop();
    }

    void badUrlsAreRefused()
    {
        VaultStore store(m_clock);
        QString error;
        QVERIFY(!store.openPostgreSql(QUrl(QStringLiteral("mysql://a@b/c")), &error));
        QVERIFY(error.contains(QLatin1String("postgresql://")));
        VaultStore wrongPort(m_clock);
        QVERIFY(!wrongPort.openPostgreSql(
            QUrl(QStringLiteral("postgresql://hearth@127.0.0.1:1/vault")), &error));
        QVERIFY(!error.isEmpty());
    }

    void migrationsAreRecordedAndRunOnce()
    {
        QCOMPARE(m_store->userVersion(), VaultStore::schemaVersion());
        // A second store on the same database finds the schema in place.
        VaultStore again(m_clock);
        QString error;
        QVERIFY2(again.openPostgreSql(m_postgres.url(), &error), qPrintable(error));
        QCOMPARE(again.userVersion(), VaultStore::schemaVersion());
        QCOMPARE(again.applications().size(), 1); // Hearth, registered once
        QCOMPARE(again.applications().first().id, VaultStore::hearthDesktopAppId());
    }

    void accountsSharesAndSessions()
    {
        QString error;
        const auto alice = m_store->createAccount(QStringLiteral("Alice@Example.org"),
            QStringLiteral("correct horse battery"), QStringLiteral("Alice"), &error);
        QVERIFY2(alice, qPrintable(error));
        // Email addresses match without regard to case, as on SQLite.
        QVERIFY(!m_store->createAccount(QStringLiteral("alice@example.org"),
            QStringLiteral("another password"), QStringLiteral("Alice 2"), &error));
        QVERIFY(m_store->signIn(
            QStringLiteral("ALICE@example.org"), QStringLiteral("correct horse battery")));
        QVERIFY(!m_store->signIn(QStringLiteral("alice@example.org"), QStringLiteral("wrong")));

        const auto bob = m_store->createAccount(QStringLiteral("bob@example.org"),
            QStringLiteral("another good password"), QStringLiteral("Bob"), &error);
        QVERIFY(bob);
        const QUuid record = m_store->recordsOf(alice->personId).first().recordId;
        // Shares are upserted: the second call changes the access.
        QVERIFY(m_store->share(record, bob->personId, RecordAccess::View, {}));
        QVERIFY(m_store->share(
            record, bob->personId, RecordAccess::ViewAndModify, m_clock.now().addSecs(60)));
        QCOMPARE(m_store->accessTo(record, bob->personId), RecordAccess::ViewAndModify);
        QCOMPARE(m_store->sharesOf(record).size(), 2);
        m_clock.advanceSeconds(61);
        QCOMPARE(m_store->accessTo(record, bob->personId), RecordAccess::None);
        m_clock.advanceSeconds(-61);

        // Authorizations ignore duplicates; people come back in id order.
        const auto info = m_store->newInstance(VaultStore::hearthDesktopAppId());
        QVERIFY(info);
        QCOMPARE(m_store->instanceForCreationToken(info->appToken), info->instanceId);
        QVERIFY(m_store->authorize(info->instanceId, alice->personId, { record }, info->appToken));
        QVERIFY(m_store->authorize(info->instanceId, alice->personId, { record }));
        QVERIFY(m_store->authorize(info->instanceId, bob->personId, { record }));
        QCOMPARE(m_store->authorizedRecords(info->instanceId, alice->personId), { record });
        QList<QUuid> people { alice->personId, bob->personId };
        std::sort(people.begin(), people.end(), [](const QUuid &a, const QUuid &b) {
            return a.toString(QUuid::WithoutBraces) < b.toString(QUuid::WithoutBraces);
        });
        QCOMPARE(m_store->authorizedPeople(info->instanceId), people);
        QVERIFY(!m_store->instanceForCreationToken(info->appToken)); // used
        QVERIFY(m_store->application(info->instanceId)->active);

        Session session { info->instanceId, QByteArray("\x00\x01\xfe\xff secret", 12),
            m_clock.now().addSecs(3600) };
        const QString token = m_store->createSession(session);
        QVERIFY(!token.isEmpty());
        const auto read = m_store->session(token);
        QVERIFY(read);
        QCOMPARE(read->sharedSecret, session.sharedSecret); // bytes survive BYTEA
        QCOMPARE(read->expires, session.expires);
    }

    void thingVersionsAndSelections()
    {
        QString error;
        const auto carol = m_store->createAccount(QStringLiteral("carol@example.org"),
            QStringLiteral("a third password"), QStringLiteral("Carol"), &error);
        QVERIFY(carol);
        const QUuid record = m_store->recordsOf(carol->personId).first().recordId;
        Audit audit;
        audit.timestamp = m_clock.now();
        audit.appId = VaultStore::hearthDesktopAppId();
        audit.personId = carol->personId;
        QList<ThingWrite> writes;
        for (int i = 0; i < 3; ++i) {
            ThingWrite write;
            write.typeId = kWeight;
            write.effDate = QDateTime(QDate(2024, 5, 1 + i), QTime(8, 0), Qt::UTC);
            write.dataXml = QStringLiteral("<weight>%1</weight>").arg(70 + i).toUtf8();
            write.clientThingId = i == 2 ? QStringLiteral("scale-1") : QString();
            writes << write;
        }
        QList<ThingVersion> written;
        int failed = -1;
        QCOMPARE(m_store->writeThings(record, writes, audit, &written, &failed),
            VaultStore::WriteResult::Ok);
        QCOMPARE(written.size(), 3);

        // An update with a stale stamp rolls back the whole call.
        m_clock.advanceSeconds(60);
        audit.timestamp = m_clock.now();
        ThingWrite update;
        update.thingId = written[0].thingId;
        update.versionStamp = written[0].versionStamp;
        update.typeId = kWeight;
        update.effDate = writes[0].effDate;
        update.dataXml = "<weight>69</weight>";
        ThingWrite stale = update;
        stale.thingId = written[1].thingId;
        QList<ThingVersion> none;
        QCOMPARE(m_store->writeThings(record, { update, stale }, audit, &none, &failed),
            VaultStore::WriteResult::StampMismatch);
        QCOMPARE(failed, 1);
        QCOMPARE(m_store->currentVersion(record, written[0].thingId)->versionStamp,
            written[0].versionStamp);
        QList<ThingVersion> updated;
        QCOMPARE(m_store->writeThings(record, { update }, audit, &updated, &failed),
            VaultStore::WriteResult::Ok);

        // Newest eff-date first; old versions only on request.
        ThingSelection current;
        current.typeIds = { kWeight };
        QList<ThingVersion> things = m_store->selectThings(record, current);
        QCOMPARE(things.size(), 3);
        QCOMPARE(things.first().thingId, written[2].thingId);
        QCOMPARE(things.last().dataXml, QByteArray("<weight>69</weight>"));
        QCOMPARE(things.last().updated.action, QStringLiteral("Updated"));
        QCOMPARE(things.last().created.timestamp, written[0].created.timestamp);
        ThingSelection all = current;
        all.currentVersionOnly = false;
        QCOMPARE(m_store->selectThings(record, all).size(), 4);
        // Incremental sync: only what changed after the first write.
        ThingSelection changed;
        changed.updatedDateMin = m_clock.now().addSecs(-1);
        things = m_store->selectThings(record, changed);
        QCOMPARE(things.size(), 1);
        QCOMPARE(things.first().thingId, written[0].thingId);
        ThingSelection byClientId;
        byClientId.clientThingIds = { QStringLiteral("scale-1") };
        byClientId.withData = false;
        byClientId.withAudits = false;
        things = m_store->selectThings(record, byClientId);
        QCOMPARE(things.size(), 1);
        QVERIFY(things.first().dataXml.isEmpty());
        // PostgreSQL's plan for the incremental-sync query.
        const QStringList plan = m_store->selectPlan(record, changed);
        QVERIFY(!plan.isEmpty());
        QVERIFY2(plan.join(QLatin1Char('\n')).contains(QLatin1String(" on things")),
            qPrintable(plan.join(QLatin1Char('\n'))));
    }

    void platformApiRoundTrip()
    {
        PlatformApi api(*m_store, m_clock);
        ApiTestClient client([&api](const QByteArray &request) { return api.handle(request); },
            [this] { return m_clock.now(); });
        QString error;
        const auto dave = m_store->createAccount(QStringLiteral("dave@example.org"),
            QStringLiteral("dave's password"), QStringLiteral("Dave"), &error);
        QVERIFY(dave);
        QVERIFY(client.newApplication());
        client.personId = dave->personId;
        client.recordId = m_store->recordsOf(dave->personId).first().recordId;
        QVERIFY(m_store->authorize(
            client.instanceId, dave->personId, { client.recordId }, client.appToken));
        const auto session = client.createSession();
        QVERIFY(session);
        QCOMPARE(session->status(), StatusCode::Ok);

        const auto put = client.signedCall(QStringLiteral("PutThings"), 2,
            ApiTestClient::putInfo({ weightXml(80.5), weightXml(81.5, 2024, 5, 2) }));
        QVERIFY(put);
        QCOMPARE(put->status(), StatusCode::Ok);
        const auto get = client.signedCall(QStringLiteral("GetThings"), 3,
            ApiTestClient::getInfo({}, QStringLiteral("<type-id>%1</type-id>").arg(kWeightType)));
        QVERIFY(get);
        QCOMPARE(get->status(), StatusCode::Ok);
        const QStringList kg = allOf(get->rawInfo(), QStringLiteral("kg"));
        QCOMPARE(kg, (QStringList { QStringLiteral("81.5"), QStringLiteral("80.5") }));
        QCOMPARE(allOf(put->rawInfo(), QStringLiteral("thing-id")).size(), 2);
    }

    void hearthVaultUsesTheDatabaseOption()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString dataDir = data.filePath(QStringLiteral("data"));
        const QString database = m_postgres.url().toString();
        // The admin command sees the accounts made above.
        QProcess admin;
        admin.start(m_program,
            { QStringLiteral("admin"), QStringLiteral("--data"), dataDir,
                QStringLiteral("--database"), database, QStringLiteral("list-accounts") });
        QVERIFY(admin.waitForFinished(30000));
        QCOMPARE(admin.exitCode(), 0);
        const QByteArray accounts = admin.readAllStandardOutput();
        QVERIFY2(accounts.contains("dave@example.org"), accounts.constData());
        QVERIFY(!QFile::exists(dataDir + QStringLiteral("/vault.sqlite")));

        QProcess vault;
        vault.start(m_program,
            { QStringLiteral("--data"), dataDir, QStringLiteral("--database"), database,
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0") });
        QVERIFY(vault.waitForStarted(5000));
        QByteArray out;
        quint16 port = 0;
        const QRegularExpression listening(QStringLiteral("listening on 127.0.0.1:(\\d+)"));
        for (int i = 0; i < 100 && port == 0; ++i) {
            vault.waitForReadyRead(100);
            out += vault.readAllStandardOutput();
            port = quint16(listening.match(QString::fromUtf8(out)).captured(1).toUInt());
        }
        QVERIFY2(port != 0, vault.readAllStandardError().constData());
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        vault.terminate();
        QVERIFY(vault.waitForFinished(10000));

        // An unreachable database is a clear start-up error.
        QProcess refused;
        refused.start(m_program,
            { QStringLiteral("--data"), dataDir, QStringLiteral("--database"),
                QStringLiteral("postgresql://hearth@127.0.0.1:1/vault"), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:0") });
        QVERIFY(refused.waitForFinished(30000));
        QCOMPARE(refused.exitCode(), 1);
        QVERIFY(refused.readAllStandardError().contains("cannot open the database"));
    }
};

QTEST_GUILESS_MAIN(TestVaultPostgres)
#include "tst_vaultpostgres.moc"
