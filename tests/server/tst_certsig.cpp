// CreateAuthenticatedSessionToken with a certificate `sig` (web apps): a key
// and a self-signed certificate made here with OpenSSL, registered for the
// app; good, tampered, foreign and unregistered signatures.

#include "ApiTestClient.h"
#include "XsdValidator.h"
#include "server/api/AppCertificate.h"
#include "server/api/PlatformApi.h"
#include "server/store/VaultStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace hearth;
using namespace hearth::vault;
using namespace hearth::vault::test;
using protocol::StatusCode;

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;

Key newKey()
{
    return Key(EVP_RSA_gen(2048));
}

// A self-signed certificate of `key`, as PEM.
QByteArray selfSignedPem(EVP_PKEY *key)
{
    X509 *cert = X509_new();
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600L * 24 * 365);
    X509_set_pubkey(cert, key);
    X509_NAME *name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
        reinterpret_cast<const unsigned char *>("Hearth test web app"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    QByteArray pem;
    if (X509_sign(cert, key, EVP_sha256()) > 0) {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(bio, cert);
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, int(size));
        BIO_free(bio);
    }
    X509_free(cert);
    return pem;
}

QByteArray signSha1(EVP_PKEY *key, const QByteArray &data)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha1(), nullptr, key) == 1
        && EVP_DigestSign(ctx, nullptr, &length,
               reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
            == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()))
            == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    return signature;
}

} // namespace

class TestCertSig : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<VaultStore> m_store;
    std::unique_ptr<PlatformApi> m_api;
    const QString m_xsdDir = QStringLiteral(HEARTH_SHARED_DIR "/reference/healthvault/xsd");
    Account m_alice;
    Key m_key;
    QString m_thumbprint;
    const QUuid m_webApp
        = QUuid::fromString(QStringLiteral("0b7e5a54-3f1c-4d8e-9c61-2a4f8b6d9e10"));

    std::unique_ptr<ApiTestClient> client()
    {
        return std::make_unique<ApiTestClient>(
            [this](const QByteArray &request) { return m_api->handle(request); },
            [this] { return m_clock.now(); });
    }

    // `content` is the exact <content> element; `signedBytes` what the key signs.
    static QByteArray content(const QUuid &app, const QDateTime &time)
    {
        return "<content><app-id>" + app.toString(QUuid::WithoutBraces).toLatin1()
            + "</app-id><hmac>HMACSHA256</hmac><signing-time>"
            + protocol::XsDateTime::format(time).toLatin1() + "</signing-time></content>";
    }

    QByteArray castRequest(const QUuid &app, EVP_PKEY *key, const QString &thumbprint,
        const QByteArray &signedBytes, const QByteArray &sentContent)
    {
        const QByteArray info = "<info><auth-info><app-id>"
            + app.toString(QUuid::WithoutBraces).toLatin1()
            + "</app-id><credential><appserver2><sig digestMethod=\"SHA1\" sigMethod=\"RSA-SHA1\" "
              "thumbprint=\""
            + thumbprint.toLatin1() + "\">" + signSha1(key, signedBytes).toBase64() + "</sig>"
            + sentContent + "</appserver2></credential></auth-info></info>";
        auto c = client();
        protocol::RequestHeader h = c->header(QStringLiteral("CreateAuthenticatedSessionToken"), 2);
        h.appId = app;
        return protocol::RequestEnvelope::write(h, info);
    }

    std::optional<protocol::ResponseEnvelope> cast(const QUuid &app, EVP_PKEY *key,
        const QString &thumbprint, const QByteArray &signedBytes, const QByteArray &sentContent)
    {
        return client()->call(castRequest(app, key, thumbprint, signedBytes, sentContent));
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<VaultStore>(m_clock);
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("vault.sqlite")), &error),
            qPrintable(error));
        m_api = std::make_unique<PlatformApi>(*m_store, m_clock);
        m_alice = *m_store->createAccount(QStringLiteral("alice@example.org"),
            QStringLiteral("correct horse battery"), QStringLiteral("Alice"), &error);
        Application app;
        app.id = m_webApp;
        app.name = QStringLiteral("Web app");
        QVERIFY2(m_store->addApplication(app, &error), qPrintable(error));
        m_key = newKey();
        QVERIFY(m_key);
        const auto certificate = AppCertificate::fromPem(selfSignedPem(m_key.get()), &error);
        QVERIFY2(certificate, qPrintable(error));
        m_thumbprint = certificate->thumbprint();
        QCOMPARE(m_thumbprint.size(), 40);
        QVERIFY2(m_store->setAppCertificate(m_webApp, m_thumbprint, certificate->pem(), &error),
            qPrintable(error));
        const QUuid record = m_store->recordsOf(m_alice.personId).first().recordId;
        QVERIFY(m_store->authorize(m_webApp, m_alice.personId, { record }));
    }

    void registrationRejectsNonCertificates()
    {
        QString error;
        QVERIFY(!AppCertificate::fromPem("not a certificate", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m_store->setAppCertificate(QUuid::createUuid(), m_thumbprint, "x", &error));
    }

    void signedCastGivesAWorkingSession()
    {
        const QByteArray body = content(m_webApp, m_clock.now());
        const auto response = cast(m_webApp, m_key.get(), m_thumbprint.toLower(), body, body);
        QVERIFY(response);
        QCOMPARE(response->status(), StatusCode::Ok);
        if (QDir(m_xsdDir).exists()) {
            XsdValidator validator(m_xsdDir);
            const QString errors = validator.validate(
                QStringLiteral("response-createauthenticatedsessiontoken2.xsd"),
                response->rawInfo());
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
        }
        auto c = client();
        c->sessionToken = firstText(response->rawInfo(), QStringLiteral("token"));
        c->sessionSecret = QByteArray::fromBase64(
            firstText(response->rawInfo(), QStringLiteral("shared-secret")).toLatin1());
        QVERIFY(!c->sessionToken.isEmpty());
        c->personId = m_alice.personId;
        c->recordId = m_store->recordsOf(m_alice.personId).first().recordId;
        auto put = c->signedCall(
            QStringLiteral("PutThings"), 2, ApiTestClient::putInfo({ weightXml(71.5) }));
        QVERIFY(put);
        QCOMPARE(put->status(), StatusCode::Ok);
        const auto get = c->signedCall(QStringLiteral("GetThings"), 3,
            ApiTestClient::getInfo({}, QStringLiteral("<type-id>%1</type-id>").arg(kWeightType)));
        QVERIFY(get);
        QCOMPARE(get->status(), StatusCode::Ok);
        QCOMPARE(allOf(get->rawInfo(), QStringLiteral("thing-id")).size(), 1);
    }

    void badSignaturesCreateNoSession()
    {
        const QByteArray body = content(m_webApp, m_clock.now());
        QByteArray tampered = body;
        tampered.replace("HMACSHA256", "HMACSHA1");
        const Key otherKey = newKey();
        QString error;
        Application bare;
        bare.id = QUuid::createUuid();
        bare.name = QStringLiteral("Web app without a certificate");
        QVERIFY2(m_store->addApplication(bare, &error), qPrintable(error));
        const QByteArray bareBody = content(bare.id, m_clock.now());
        const QList<std::optional<protocol::ResponseEnvelope>> responses {
            cast(m_webApp, m_key.get(), m_thumbprint, body, tampered),
            cast(m_webApp, otherKey.get(), m_thumbprint, body, body),
            cast(m_webApp, m_key.get(), QString(40, QLatin1Char('A')), body, body),
            cast(bare.id, m_key.get(), m_thumbprint, bareBody, bareBody),
        };
        for (const auto &response : responses) {
            QVERIFY(response);
            QCOMPARE(response->status(), StatusCode::BadSig);
            QVERIFY(firstText(response->rawInfo(), QStringLiteral("token")).isEmpty());
        }
        // A signature on other content's bytes cannot be replayed.
        const auto old = cast(m_webApp, m_key.get(), m_thumbprint,
            content(m_webApp, m_clock.now().addSecs(-3600)), body);
        QVERIFY(old);
        QCOMPARE(old->status(), StatusCode::BadSig);
    }

    void staleSigningTimeIsRefused()
    {
        const QByteArray body = content(m_webApp, m_clock.now().addSecs(-3600));
        const auto response = cast(m_webApp, m_key.get(), m_thumbprint, body, body);
        QVERIFY(response);
        QCOMPARE(response->status(), StatusCode::RequestTimedOut);
    }
};

QTEST_GUILESS_MAIN(TestCertSig)
#include "tst_certsig.moc"
