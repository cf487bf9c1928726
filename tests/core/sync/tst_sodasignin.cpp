// SodaSignIn against a real hearth-vault (the shell step, which the UI
// shows in a browser, done here by authorizing the new instance in the
// vault's database), and VaultCredentials in a keychain.

#include "core/store/KeychainAccess.h"
#include "core/store/Store.h"
#include "core/sync/SodaSignIn.h"
#include "core/sync/SyncEngine.h"
#include "tests/common/VaultFixture.h"

#include <QTest>
#include <QUrlQuery>

using namespace hearth;
using hearth::test::VaultFixture;

namespace {

class FakeKeychain : public KeychainAccess
{
public:
    QMap<QString, QByteArray> entries;
    std::optional<QByteArray> read(const QString &entry, QString *error) override
    {
        if (!entries.contains(entry)) {
            *error = QStringLiteral("no entry");
            return std::nullopt;
        }
        return entries.value(entry);
    }
    bool write(const QString &entry, const QByteArray &secret, QString *) override
    {
        entries.insert(entry, secret);
        return true;
    }
    bool remove(const QString &entry, QString *) override { return entries.remove(entry) > 0; }
};

} // namespace

class TestSodaSignIn : public QObject
{
    Q_OBJECT
private slots:
    void signInAuthorizeAndSync()
    {
        VaultFixture vault;
        const auto person = vault.addPerson(QStringLiteral("lee@example.org"));
        QVERIFY(vault.start());

        SodaSignIn signIn(vault.platformUrl(), Clock::system());
        QVERIFY(signIn.begin().isOk());
        const QUrl page = signIn.createApplicationUrl();
        QCOMPARE(page.path(), QStringLiteral("/redirect.aspx"));
        const QUrlQuery query(page);
        QCOMPARE(
            query.queryItemValue(QStringLiteral("target")), QStringLiteral("CREATEAPPLICATION"));
        const QUrlQuery targetqs(
            query.queryItemValue(QStringLiteral("targetqs"), QUrl::FullyDecoded));
        const QString token
            = targetqs.queryItemValue(QStringLiteral("appCreationToken"), QUrl::FullyDecoded);
        QCOMPARE(QUuid::fromString(targetqs.queryItemValue(QStringLiteral("appid"))),
            vault::VaultStore::hearthDesktopAppId());

        // The shell: the person signs in and authorizes the instance.
        const auto instance = vault.store().instanceForCreationToken(token);
        QVERIFY(instance);
        QCOMPARE(*instance, signIn.credentials().instanceId);
        QVERIFY(vault.store().authorize(*instance, person.personId, { person.recordId }, token));

        // A completion for another instance is refused.
        const QString complete = QStringLiteral("http://127.0.0.1:%1/application/complete?appid=%2"
                                                "&target=AppAuthSuccess&instanceid=1")
                                     .arg(vault.port());
        QVERIFY(SodaSignIn::isCompletion(QUrl(complete.arg(QUuid::createUuid().toString()))));
        QVERIFY(!signIn.complete(QUrl(complete.arg(QUuid::createUuid().toString()))).isOk());
        const auto done
            = signIn.complete(QUrl(complete.arg(instance->toString(QUuid::WithoutBraces))));
        QVERIFY2(done.isOk(), qPrintable(done.message));
        QVERIFY(signIn.credentials().isComplete());
        QCOMPARE(signIn.credentials().personId, person.personId);
        QCOMPARE(signIn.credentials().platformUrl, vault.platformUrl());
        QCOMPARE(signIn.records().size(), 1);
        QCOMPARE(signIn.records().first().id, person.recordId);
        QCOMPARE(signIn.personName(), QStringLiteral("lee"));

        // Kept in the keychain as one entry, nothing else.
        FakeKeychain keychain;
        const QUuid profile = QUuid::createUuid();
        QString error;
        QVERIFY(signIn.credentials().save(keychain, profile, &error));
        QCOMPARE(keychain.entries.size(), 1);
        const auto loaded = VaultCredentials::load(keychain, profile, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->appSecret, signIn.credentials().appSecret);
        QCOMPARE(loaded->instanceId, signIn.credentials().instanceId);
        keychain.entries[VaultCredentials::entryName(profile)] = "{\"platform\":1}";
        QVERIFY(!VaultCredentials::load(keychain, profile, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(VaultCredentials::forget(keychain, profile, &error));
        QVERIFY(!VaultCredentials::load(keychain, profile, &error));

        // The credentials sync.
        QTemporaryDir dir;
        StoreError storeError;
        auto store = Store::open(dir.filePath(QStringLiteral("hearth.db")), QByteArray(32, 'z'),
            Clock::system(), &storeError);
        QVERIFY(store);
        protocol::PlatformClient client(loaded->platformUrl, Clock::system());
        client.setApplication(loaded->instanceId, loaded->appSecret);
        client.setPersonId(loaded->personId);
        SyncEngine engine(*store, client, Clock::system());
        QVERIFY(engine.syncOnce().isOk());
        QCOMPARE(store->records(0, 10).size(), 1);

        const QUrl more = SodaSignIn::appAuthUrl(QUrl(QStringLiteral("http://v/")), *instance);
        QCOMPARE(
            QUrlQuery(more).queryItemValue(QStringLiteral("target")), QStringLiteral("APPAUTH"));
    }
};

QTEST_GUILESS_MAIN(TestSodaSignIn)
#include "tst_sodasignin.moc"
