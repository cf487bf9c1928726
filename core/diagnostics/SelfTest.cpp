#include "core/diagnostics/SelfTest.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QXmlStreamReader>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace hearth {

QStringList SelfTest::run()
{
    QStringList failures;
    for (const QString &failure : { checkInMemoryDatabase(), checkXmlReader(), checkCrypto() }) {
        if (!failure.isEmpty())
            failures << failure;
    }
    return failures;
}

QString SelfTest::checkInMemoryDatabase()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed");
    const QString connection = QUuid::createUuid().toString();
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            failure = QStringLiteral("cannot open an in-memory database: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("CREATE TABLE t(v TEXT)"))
                || !query.exec(QStringLiteral("INSERT INTO t VALUES('hearth')"))
                || !query.exec(QStringLiteral("SELECT v FROM t")) || !query.next()
                || query.value(0).toString() != QLatin1String("hearth"))
                failure = QStringLiteral("the in-memory database does not round-trip a value: ")
                    + query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return failure;
}

QString SelfTest::checkXmlReader()
{
    QXmlStreamReader reader(QByteArrayLiteral("<weight><value><kg>72.5</kg></value></weight>"));
    QString kg;
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("kg"))
            kg = reader.readElementText();
    }
    if (reader.hasError() || kg != QLatin1String("72.5"))
        return QStringLiteral("the XML reader does not read a weight: ") + reader.errorString();
    return {};
}

QString SelfTest::checkCrypto()
{
    unsigned char key[32];
    if (RAND_bytes(key, sizeof key) != 1)
        return QStringLiteral("OpenSSL cannot produce random bytes");
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    const bool ok
        = ctx && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return QStringLiteral("OpenSSL has no AES-256-GCM");
    return {};
}

} // namespace hearth
