#include "core/Clock.h"
#include "core/store/KeychainAccess.h"
#include "core/store/Profile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

class FakeKeychain : public KeychainAccess
{
public:
    std::optional<QByteArray> read(const QString &entry, QString *error) override
    {
        if (failing || !entries.contains(entry)) {
            *error = QStringLiteral("The keychain is locked");
            return std::nullopt;
        }
        return entries.value(entry);
    }
    bool write(const QString &entry, const QByteArray &secret, QString *error) override
    {
        if (failing) {
            *error = QStringLiteral("The keychain is locked");
            return false;
        }
        entries.insert(entry, secret);
        return true;
    }
    bool remove(const QString &entry, QString *) override
    {
        entries.remove(entry);
        return true;
    }

    QHash<QString, QByteArray> entries;
    bool failing = false;
};

// Cheap scrypt for tests; the default is 128 MiB per guess.
KeyMaterial::ScryptParameters quickScrypt()
{
    KeyMaterial::ScryptParameters p;
    p.n = 1 << 10;
    return p;
}

} // namespace

// The profile folder: key in the keychain or behind a passphrase, the lock
// against a second Hearth.
class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void keyLivesInTheKeychain()
    {
        QTemporaryDir dir;
        FakeKeychain keychain;
        Profile::Options options;
        options.directory = dir.path();
        options.keychain = &keychain;
        StoreError error;
        QString id;
        {
            auto profile = Profile::open(options, &error);
            QVERIFY2(profile, qPrintable(error.message));
            QVERIFY(profile->keyInKeychain());
            id = profile->id();
            QCOMPARE(keychain.entries.size(), 1);
            QCOMPARE(keychain.entries.cbegin().value().size(), 32);
        }
        const QByteArray keyFile = [&] {
            QFile f(dir.filePath(QLatin1String(Profile::keyFileName)));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        // The key itself is never in the profile folder.
        QVERIFY(!keyFile.contains(keychain.entries.cbegin().value().toBase64()));
        auto again = Profile::open(options, &error);
        QVERIFY2(again, qPrintable(error.message));
        QCOMPARE(again->id(), id);
    }

    void keychainErrorsAreShownAndNothingFallsBack()
    {
        QTemporaryDir dir;
        FakeKeychain keychain;
        keychain.failing = true;
        Profile::Options options;
        options.directory = dir.path();
        options.keychain = &keychain;
        options.passphrase = [](bool) { return QStringLiteral("would be a fallback"); };
        StoreError error;
        QVERIFY(!Profile::open(options, &error));
        QCOMPARE(error.code, StoreError::Code::Key);
        QVERIFY2(error.message.contains(QLatin1String("The keychain is locked")),
            qPrintable(error.message));
        QVERIFY(!QFile::exists(dir.filePath(QLatin1String(Profile::databaseFileName))));
        QVERIFY(!QFile::exists(dir.filePath(QLatin1String(Profile::keyFileName))));

        // An existing keychain profile without a keychain does not open.
        keychain.failing = false;
        QVERIFY(Profile::open(options, &error));
        keychain.failing = true;
        QVERIFY(!Profile::open(options, &error));
        QVERIFY(error.message.contains(QLatin1String("could not be read")));
        options.keychain = nullptr;
        QVERIFY(!Profile::open(options, &error));
        QVERIFY(error.message.contains(QLatin1String("not available")));
    }

    void passphraseWrapsTheKeyWhenThereIsNoKeychain()
    {
        QTemporaryDir dir;
        Profile::Options options;
        options.directory = dir.path();
        options.scrypt = quickScrypt();
        QString answer = QStringLiteral("correct horse battery staple");
        options.passphrase = [&](bool) { return answer; };
        StoreError error;
        {
            auto profile = Profile::open(options, &error);
            QVERIFY2(profile, qPrintable(error.message));
            QVERIFY(!profile->keyInKeychain());
            RecordRow r;
            r.recordId = QUuid::createUuid();
            r.personId = QUuid::createUuid();
            r.displayName = QStringLiteral("Me");
            QVERIFY(profile->store().putRecord(r, &error));
        }
        answer = QStringLiteral("wrong horse");
        QVERIFY(!Profile::open(options, &error));
        QCOMPARE(error.code, StoreError::Code::Key);
        QCOMPARE(error.message, QStringLiteral("The passphrase is wrong."));
        answer.clear();
        QVERIFY(!Profile::open(options, &error));
        answer = QStringLiteral("correct horse battery staple");
        auto profile = Profile::open(options, &error);
        QVERIFY2(profile, qPrintable(error.message));
        QCOMPARE(profile->store().records(0, 10).size(), 1);
    }

    void newProfileNeedsAKeychainOrAPassphrase()
    {
        QTemporaryDir dir;
        Profile::Options options;
        options.directory = dir.path();
        StoreError error;
        QVERIFY(!Profile::open(options, &error));
        QCOMPARE(error.code, StoreError::Code::Key);
        QVERIFY(!QFile::exists(dir.filePath(QLatin1String(Profile::databaseFileName))));
    }

    void secondHearthOnTheSameProfileIsRefused()
    {
        QTemporaryDir dir;
        FakeKeychain keychain;
        Profile::Options options;
        options.directory = dir.path();
        options.keychain = &keychain;
        StoreError error;
        auto first = Profile::open(options, &error);
        QVERIFY2(first, qPrintable(error.message));
        QVERIFY(!Profile::open(options, &error));
        QCOMPARE(error.code, StoreError::Code::ProfileInUse);
        QVERIFY2(error.message.contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(error.message));
        first.reset();
        QVERIFY2(Profile::open(options, &error), qPrintable(error.message));
    }

    void missingKeyFileNeverMakesANewKey()
    {
        QTemporaryDir dir;
        FakeKeychain keychain;
        Profile::Options options;
        options.directory = dir.path();
        options.keychain = &keychain;
        StoreError error;
        QVERIFY(Profile::open(options, &error));
        QVERIFY(QFile::remove(dir.filePath(QLatin1String(Profile::keyFileName))));
        QVERIFY(!Profile::open(options, &error));
        QVERIFY(error.message.contains(QLatin1String("missing")));
        QCOMPARE(keychain.entries.size(), 1);
    }

    void defaultDirectoryIsAppData()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(Profile::defaultDirectory(),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
