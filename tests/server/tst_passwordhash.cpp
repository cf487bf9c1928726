// Account passwords: scrypt at the OWASP cost, salted, verified in constant time.

#include "server/store/PasswordHash.h"

#include <QElapsedTimer>
#include <QTest>

using hearth::vault::PasswordHash;

class TestPasswordHash : public QObject
{
    Q_OBJECT
private slots:
    void hashesAndVerifies()
    {
        const QString stored = PasswordHash::hash(QStringLiteral("correct horse battery"));
        const QStringList parts = stored.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 6);
        QCOMPARE(parts[0], QStringLiteral("scrypt"));
        QCOMPARE(parts[1], QStringLiteral("131072"));
        QCOMPARE(parts[2], QStringLiteral("8"));
        QCOMPARE(QByteArray::fromBase64(parts[5].toLatin1()).size(), 32);
        QVERIFY(PasswordHash::verify(QStringLiteral("correct horse battery"), stored));
        QVERIFY(!PasswordHash::verify(QStringLiteral("correct horse batterY"), stored));
        // Salted: the same password hashes differently.
        QVERIFY(PasswordHash::hash(QStringLiteral("correct horse battery")) != stored);
    }

    void rejectsMalformedOrWeakenedHashes()
    {
        QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QString()));
        QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("md5$abc")));
        QString stored = PasswordHash::hash(QStringLiteral("x"));
        stored.replace(QStringLiteral("scrypt$131072$"), QStringLiteral("scrypt$1$"));
        QVERIFY(!PasswordHash::verify(QStringLiteral("x"), stored));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
