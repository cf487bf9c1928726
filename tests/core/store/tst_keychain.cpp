#include "core/secrets/Keychain.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace hearth;

// The real OS keychain through QtKeychain (test-session.sh provides an
// unlocked gnome-keyring), and a clear error where there is none.
class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void storesReadsAndRemovesASecret()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run under scripts/test-session.sh");
        Keychain keychain(QStringLiteral("Hearth tests"));
        const QString entry = QStringLiteral("test-%1").arg(QUuid::createUuid().toString());
        const QByteArray secret("\x00\x01\xfe\xff binary key bytes", 22);
        QString error;
        QVERIFY2(keychain.write(entry, secret, &error), qPrintable(error));
        const auto read = keychain.read(entry, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, secret);
        QVERIFY2(keychain.remove(entry, &error), qPrintable(error));
        QVERIFY(!keychain.read(entry, &error));
        QVERIFY(!error.isEmpty());
    }

    void withoutAKeychainEveryCallFailsWithAReason()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=/nonexistent/hearth-bus"));
        env.insert(QStringLiteral("HEARTH_KEYCHAIN_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(
            QCoreApplication::applicationFilePath(), { QStringLiteral("childWithoutKeychain") });
        QVERIFY(child.waitForFinished(60000));
        const QByteArray out = child.readAllStandardOutput();
        QVERIFY2(child.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("PASS   : TestKeychain::childWithoutKeychain()"), out.constData());
    }

    void childWithoutKeychain()
    {
        if (!qEnvironmentVariableIsSet("HEARTH_KEYCHAIN_CHILD"))
            QSKIP("Runs only as the child of withoutAKeychainEveryCallFailsWithAReason");
        Keychain keychain(QStringLiteral("Hearth tests"));
        QString error;
        QVERIFY(!keychain.write(QStringLiteral("entry"), "secret", &error));
        QVERIFY(!error.isEmpty());
        qInfo() << "keychain error shown to the user:" << error;
        error.clear();
        QVERIFY(!keychain.read(QStringLiteral("entry"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
