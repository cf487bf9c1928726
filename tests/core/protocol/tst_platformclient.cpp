// PlatformClient and the platform method classes: recorded SDK responses,
// byte-exact signing, HTTP 500 retries, session renewal on status 65, every
// failure as a clear error, and the whole method set against hearth-vault.

#include "core/protocol/PlatformClient.h"
#include "core/protocol/PlatformMethods.h"
#include "core/protocol/RequestEnvelope.h"
#include "core/protocol/ResponseEnvelope.h"
#include "core/thing/Thing.h"
#include "tests/common/ScriptedHttpServer.h"
#include "tests/common/VaultFixture.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTest>

using namespace hearth;
using namespace hearth::protocol;
using hearth::test::ScriptedHttpServer;
using hearth::test::VaultFixture;

namespace {

const QString kSamples
    = QStringLiteral(HEARTH_SHARED_DIR "/reference/healthvault/samples/sdk-tests/");
const QByteArray kSessionSecret = QByteArray(32, '\x5a');

QByteArray castAnswer(const QByteArray &token)
{
    return ResponseEnvelope::writeOk(
        ResponseEnvelope::responseNamespace(QStringLiteral("CreateAuthenticatedSessionToken2")),
        "<token app-id=\"x\">" + token + "</token><shared-secret>" + kSessionSecret.toBase64()
            + "</shared-secret>");
}

QByteArray peopleAnswer(const QUuid &person)
{
    return ResponseEnvelope::writeOk(
        ResponseEnvelope::responseNamespace(QStringLiteral("GetAuthorizedPeople")),
        "<response-results><person-info><person-id>"
            + person.toString(QUuid::WithoutBraces).toLatin1()
            + "</person-id><name>P</name></person-info><more-results>false</more-results>"
              "</response-results>");
}

} // namespace

class TestPlatformClient : public QObject
{
    Q_OBJECT
private:
    FixedClock m_clock { QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC) };
    const QUuid m_instance = QUuid::fromString(u"11111111-2222-3333-4444-555555555555");
    const QUuid m_person = QUuid::fromString(u"cc5e5771-4da7-4961-a758-d7714223d9ab");

    std::unique_ptr<PlatformClient> scriptedClient(const ScriptedHttpServer &server)
    {
        auto client = std::make_unique<PlatformClient>(server.url(), m_clock);
        client->setApplication(m_instance, QByteArray(32, '\x01'));
        client->setPersonId(m_person);
        client->setRetryDelay(10);
        return client;
    }

    QByteArray sample(const QString &name)
    {
        QFile file(kSamples + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private slots:
    void recordedResponses()
    {
        if (!QFile::exists(kSamples))
            QSKIP("needs ../shared/reference/healthvault/samples/sdk-tests (HEARTH_SHARED_DIR)");
        ScriptedHttpServer server;
        auto client = scriptedClient(server);

        server.push(200, sample(QStringLiteral("NewApplicationCreationInfoResult.xml")));
        NewApplicationCreationInfo creation;
        QVERIFY(client->execute(creation).isOk());
        QCOMPARE(creation.appId, QUuid::fromString(u"b5c5593b-afb4-466d-88f2-31707fb8634b"));
        QCOMPARE(creation.sharedSecret.size(), 32);
        QVERIFY(creation.appToken.startsWith(QLatin1String("AiAAACH/")));

        server.push(200, sample(QStringLiteral("GetServiceDefinitionResult.xml")));
        GetServiceDefinition definition;
        QVERIFY(client->execute(definition).isOk());
        QCOMPARE(definition.instances.size(), 2);
        QCOMPARE(definition.instances.at(1).name, QStringLiteral("EU"));
        QCOMPARE(definition.instances.at(1).platformUrl.host(),
            QStringLiteral("platform.healthvault-ppe.co.uk"));

        // The first signed call gets a session first.
        server.push(200, castAnswer("token-1"));
        server.push(200, sample(QStringLiteral("GetAuthorizedPeopleResult.xml")));
        GetAuthorizedPeople people;
        QVERIFY(client->execute(people).isOk());
        QCOMPARE(people.people.size(), 1);
        QCOMPARE(people.people.first().personId, m_person);
        QCOMPARE(people.people.first().records.size(), 1);
        QCOMPARE(people.people.first().records.first().relationship, QStringLiteral("Self"));
        QVERIFY(people.people.first().records.first().custodian);
        QVERIFY(!people.moreResults);

        server.push(200, sample(QStringLiteral("ThingsPagedResult1.xml")));
        GetThingsRequest paged;
        paged.groups << ThingGroupQuery {};
        QVERIFY(client->execute(paged).isOk());
        QCOMPARE(paged.results.size(), 1);
        QCOMPARE(paged.results.first().things.size(), 240);
        QCOMPARE(paged.results.first().unprocessed.size(), 263);
        QVERIFY(!paged.results.first().unprocessed.first().key.versionStamp.isEmpty());
        QVERIFY(paged.results.first().unprocessed.first().effDate.isValid());
        // Every cut-out thing is a whole <thing> element the thing model reads.
        for (const QByteArray &xml : paged.results.first().things) {
            ThingError error;
            const auto thing = Thing::fromXml(xml, &error);
            QVERIFY2(thing, qPrintable(error.message));
            QVERIFY(!thing->id().isNull());
        }

        server.push(200, sample(QStringLiteral("ThingsMultiQueryResult.xml")));
        GetThingsRequest multi;
        multi.groups << ThingGroupQuery {} << ThingGroupQuery {};
        QVERIFY(client->execute(multi).isOk());
        QCOMPARE(multi.results.size(), 2);
        QCOMPARE(multi.results.at(0).things.size() + multi.results.at(1).things.size(), 4);
        QCOMPARE(server.requests().size(), 6);
    }

    void requestsAreSignedOverTheExactBytes()
    {
        ScriptedHttpServer server;
        auto client = scriptedClient(server);
        server.push(200, castAnswer("token-1"));
        server.push(200, peopleAnswer(m_person));
        GetAuthorizedPeople people;
        QVERIFY(client->execute(people).isOk());
        QCOMPARE(server.requests().size(), 2);

        ProtocolError error;
        const auto cast = RequestEnvelope::parse(server.requests().at(0), &error);
        QVERIFY(cast);
        QCOMPARE(cast->header().method, QStringLiteral("CreateAuthenticatedSessionToken"));
        QCOMPARE(cast->header().appId, m_instance);
        QVERIFY(cast->infoHashMatches());
        QVERIFY(!cast->isSigned());
        // The hmacSig covers the exact <content> bytes under the app secret.
        const QByteArray info = cast->rawInfo();
        const qsizetype from = info.indexOf("<content>");
        const QByteArray content = info.mid(from, info.indexOf("</content>") + 10 - from);
        const QByteArray sig = info.mid(info.indexOf("HMACSHA256\">") + 12);
        QVERIFY(sig.startsWith(
            hmacBytes(QStringLiteral("HMACSHA256"), QByteArray(32, '\x01'), content).toBase64()));

        const auto call = RequestEnvelope::parse(server.requests().at(1), &error);
        QVERIFY(call);
        QCOMPARE(call->header().authToken, QStringLiteral("token-1"));
        QCOMPARE(call->header().offlinePersonId, m_person);
        QCOMPARE(call->header().msgTime, m_clock.now());
        QVERIFY(call->infoHashMatches());
        QVERIFY(call->hmacMatches(kSessionSecret));
        QVERIFY(!call->hmacMatches(QByteArray(32, '\x5b')));
    }

    void http500IsRetriedTwice()
    {
        ScriptedHttpServer server;
        auto client = scriptedClient(server);
        server.push(500, "oops");
        server.push(500, "oops");
        server.push(200,
            sample(QStringLiteral("GetServiceDefinitionResult.xml")).isEmpty()
                ? ResponseEnvelope::writeOk(QStringLiteral("urn:x"), "")
                : sample(QStringLiteral("GetServiceDefinitionResult.xml")));
        GetServiceDefinition definition;
        QVERIFY(client->execute(definition).isOk());
        QCOMPARE(server.requests().size(), 3);

        server.push(500, "a");
        server.push(500, "b");
        server.push(500, "c");
        server.push(200, ResponseEnvelope::writeOk(QStringLiteral("urn:x"), ""));
        GetServiceDefinition again;
        const PlatformError error = client->execute(again);
        QCOMPARE(error.kind, PlatformError::Kind::Http);
        QCOMPARE(error.httpStatus, 500);
        QVERIFY(error.isTransient());
        QCOMPARE(server.requests().size(), 6); // one try and two retries
        QVERIFY(error.message.contains(QLatin1String("500")));
    }

    void expiredTokenGetsANewSessionOnce()
    {
        ScriptedHttpServer server;
        auto client = scriptedClient(server);
        const QByteArray expired = ResponseEnvelope::writeError(
            StatusCode::AuthenticatedSessionTokenExpired, QStringLiteral("expired"));
        server.push(200, castAnswer("token-1"));
        server.push(200, expired);
        server.push(200, castAnswer("token-2"));
        server.push(200, peopleAnswer(m_person));
        GetAuthorizedPeople people;
        QVERIFY(client->execute(people).isOk());
        QCOMPARE(server.requests().size(), 4);
        ProtocolError parseError;
        QCOMPARE(RequestEnvelope::parse(server.requests().at(3), &parseError)->header().authToken,
            QStringLiteral("token-2"));

        // Expired again right after renewal: the error, no endless loop.
        client->clearSession();
        server.push(200, castAnswer("token-3"));
        server.push(200, expired);
        server.push(200, castAnswer("token-4"));
        server.push(200, expired);
        GetAuthorizedPeople second;
        const PlatformError error = client->execute(second);
        QCOMPARE(error.status, StatusCode::AuthenticatedSessionTokenExpired);
        QCOMPARE(server.requests().size(), 8);
    }

    void failuresBecomeClearErrors()
    {
        ScriptedHttpServer server;
        auto client = scriptedClient(server);
        server.push(200, "this is not xml <<<");
        GetServiceDefinition garbage;
        PlatformError error = client->execute(garbage);
        QCOMPARE(error.kind, PlatformError::Kind::BadResponse);
        QVERIFY(!error.isTransient());

        server.push(200, "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>");
        GetServiceDefinition entity;
        QCOMPARE(client->execute(entity).kind, PlatformError::Kind::BadResponse);

        server.push(
            200, ResponseEnvelope::writeError(StatusCode::AccessDenied, QStringLiteral("no")));
        GetServiceDefinition denied;
        error = client->execute(denied);
        QCOMPARE(error.kind, PlatformError::Kind::Status);
        QCOMPARE(error.status, StatusCode::AccessDenied);
        QVERIFY(error.message.contains(QLatin1String("ACCESS_DENIED")));
        QVERIFY(error.message.contains(QLatin1String("11")));

        // An OK answer that is not what the method answers.
        client->clearSession();
        server.push(200, castAnswer("t"));
        server.push(200,
            ResponseEnvelope::writeOk(
                QStringLiteral("urn:com.microsoft.wc.methods.response.PutThings"),
                "<thing-id>not a guid</thing-id>"));
        PutThingsRequest put;
        put.things << "<thing/>";
        error = client->execute(put);
        QCOMPARE(error.kind, PlatformError::Kind::BadResponse);

        server.push(404, "missing");
        GetServiceDefinition notFound;
        error = client->execute(notFound);
        QCOMPARE(error.kind, PlatformError::Kind::Http);
        QCOMPARE(error.httpStatus, 404);
        QVERIFY(!error.isTransient());

        // Nothing listens: a network error the caller may retry later.
        PlatformClient nowhere(
            QUrl(QStringLiteral("http://127.0.0.1:1/platform/wildcat.ashx")), m_clock);
        GetServiceDefinition unreachable;
        error = nowhere.execute(unreachable);
        QCOMPARE(error.kind, PlatformError::Kind::Network);
        QVERIFY(error.isTransient());

        // Signed calls without credentials are refused before anything is sent.
        GetAuthorizedPeople people;
        QCOMPARE(nowhere.execute(people).kind, PlatformError::Kind::NotConfigured);
    }

    void aSelfSignedVaultIsTrustedOnlyByItsFingerprint()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is not installed");
        QTemporaryDir tmp;
        const QString cert = tmp.filePath(QStringLiteral("cert.pem"));
        const QString key = tmp.filePath(QStringLiteral("key.pem"));
        QProcess make;
        make.start(openssl,
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1") });
        QVERIFY(make.waitForFinished(30000));
        QCOMPARE(make.exitCode(), 0);
        const QByteArray fingerprint
            = QSslCertificate::fromPath(cert).first().digest(QCryptographicHash::Sha256);

        QProcess vault;
        vault.start(QStringLiteral(HEARTH_BINARY_DIR "/bin/hearth-vault"),
            { QStringLiteral("--data"), tmp.filePath(QStringLiteral("data")),
                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key });
        QVERIFY(vault.waitForStarted(5000));
        quint16 port = 0;
        QByteArray out;
        for (int i = 0; i < 100 && port == 0; ++i) {
            vault.waitForReadyRead(100);
            out += vault.readAllStandardOutput();
            const auto match = QRegularExpression(QStringLiteral("listening on 127.0.0.1:(\\d+)"))
                                   .match(QString::fromUtf8(out));
            if (match.hasMatch())
                port = quint16(match.captured(1).toUInt());
        }
        QVERIFY(port != 0);
        PlatformClient client(
            QUrl(QStringLiteral("https://127.0.0.1:%1/platform/wildcat.ashx").arg(port)),
            Clock::system());

        // Untrusted: refused, with the fingerprint to show the user.
        GetServiceDefinition first;
        PlatformError error = client.execute(first);
        QCOMPARE(error.kind, PlatformError::Kind::Network);
        QCOMPARE(error.untrustedCertificateSha256, fingerprint);
        QVERIFY(!error.isTransient());

        // Another fingerprint does not open it.
        client.setTrustedCertificate(QByteArray(32, '\x01'));
        GetServiceDefinition second;
        QCOMPARE(client.execute(second).kind, PlatformError::Kind::Network);

        client.setTrustedCertificate(fingerprint);
        GetServiceDefinition third;
        QVERIFY(client.execute(third).isOk());
        QCOMPARE(third.instances.size(), 1);

        // The same certificate on a name it was not made for still fails.
        PlatformClient wrongHost(
            QUrl(QStringLiteral("https://localhost:%1/platform/wildcat.ashx").arg(port)),
            Clock::system());
        wrongHost.setTrustedCertificate(fingerprint);
        GetServiceDefinition fourth;
        QCOMPARE(wrongHost.execute(fourth).kind, PlatformError::Kind::Network);

        ::kill(pid_t(vault.processId()), SIGTERM);
        QVERIFY(vault.waitForFinished(5000));
    }

    void everyMethodAgainstARealVault()
    {
        VaultFixture vault;
        const auto person = vault.addPerson(QStringLiteral("dana@example.org"));
        const auto instance = vault.authorize(person);
        QVERIFY(vault.start());
        auto client = vault.client(instance, Clock::system());

        GetServiceDefinition definition;
        QVERIFY(client->execute(definition).isOk());
        QCOMPARE(definition.configuration(QStringLiteral("maxFullThingResultsPerGroup")), 240);
        QCOMPARE(definition.instances.size(), 1);

        NewApplicationCreationInfo creation;
        QVERIFY(client->execute(creation).isOk());
        QVERIFY(!creation.appId.isNull());
        QCOMPARE(creation.sharedSecret.size(), 32);

        GetAuthorizedPeople people;
        QVERIFY(client->execute(people).isOk());
        QCOMPARE(people.people.size(), 1);
        QCOMPARE(people.people.first().records.first().id, person.recordId);

        PutThingsRequest put;
        put.recordId = person.recordId;
        for (int i = 0; i < 3; ++i)
            put.things << "<thing><type-id>"
                    + test::kWeightType.toString(QUuid::WithoutBraces).toLatin1()
                    + "</type-id><data-xml>" + test::weightData(i, 70 + i) + "</data-xml></thing>";
        QVERIFY(client->execute(put).isOk());
        QCOMPARE(put.keys.size(), 3);

        GetThingsRequest get;
        get.recordId = person.recordId;
        ThingGroupQuery group;
        group.maxFull = 1;
        get.groups << group;
        QVERIFY(client->execute(get).isOk());
        QCOMPARE(get.results.first().things.size(), 1);
        QCOMPARE(get.results.first().unprocessed.size(), 2);

        RemoveThingsRequest remove;
        remove.recordId = person.recordId;
        remove.keys << put.keys.first();
        QVERIFY(client->execute(remove).isOk());
        // An update on a version that is no longer current.
        auto update = [&](const ThingKey &key) {
            PutThingsRequest change;
            change.recordId = person.recordId;
            change.things << "<thing><thing-id version-stamp=\"" + key.versionStamp.toLatin1()
                    + "\">" + key.id.toString(QUuid::WithoutBraces).toLatin1()
                    + "</thing-id><type-id>"
                    + test::kWeightType.toString(QUuid::WithoutBraces).toLatin1()
                    + "</type-id><data-xml>" + test::weightData(1, 80) + "</data-xml></thing>";
            return client->execute(change);
        };
        QVERIFY(update(put.keys.at(1)).isOk());
        QCOMPARE(update(put.keys.at(1)).status, StatusCode::VersionStampMismatch);

        // A wrong app secret: CAST is refused and says so.
        auto impostor = vault.client(
            { instance.instanceId, QByteArray(32, 'x'), instance.personId }, Clock::system());
        GetAuthorizedPeople denied;
        const PlatformError error = impostor->execute(denied);
        QCOMPARE(error.kind, PlatformError::Kind::Status);
        QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"
