// The XML API in-process: the SODA sign-up flow, things, paging, version
// stamps, token expiry and the authorization matrix, with a FixedClock.

#include "ApiTestClient.h"
#include "server/api/PlatformApi.h"
#include "server/api/ThingTypes.h"
#include "server/api/Vocabularies.h"
#include "server/store/VaultStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using namespace hearth::vault;
using namespace hearth::vault::test;
using protocol::StatusCode;

class TestPlatformApi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<VaultStore> m_store;
    std::unique_ptr<PlatformApi> m_api;
    Account m_alice;
    Account m_bob;

    std::unique_ptr<ApiTestClient> client()
    {
        return std::make_unique<ApiTestClient>(
            [this](const QByteArray &request) { return m_api->handle(request); },
            [this] { return m_clock.now(); });
    }

    // A client that went through NewApplicationCreationInfo, the shell's
    // authorization (done on the store here) and CAST.
    std::unique_ptr<ApiTestClient> signedUpClient(const Account &account, QUuid masterId = {})
    {
        auto c = client();
        if (!masterId.isNull())
            c->masterAppId = masterId;
        if (!c->newApplication())
            return nullptr;
        c->personId = account.personId;
        c->recordId = m_store->recordsOf(account.personId).first().recordId;
        if (!m_store->authorize(c->instanceId, account.personId, { c->recordId }, c->appToken))
            return nullptr;
        const auto session = c->createSession();
        if (!session || session->status() != StatusCode::Ok)
            return nullptr;
        return c;
    }

    int thingCount(const QUuid &record)
    {
        ThingSelection all;
        all.currentVersionOnly = false;
        all.deleted = true;
        return int(m_store->selectThings(record, all).size());
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
        m_bob = *m_store->createAccount(QStringLiteral("bob@example.org"),
            QStringLiteral("another good password"), QStringLiteral("Bob"), &error);
    }

    void serviceDefinitionIsAnonymous()
    {
        auto c = client();
        const auto response
            = c->anonymous(QStringLiteral("GetServiceDefinition"), 2, c->masterAppId,
                "<info><response-sections><section>platform</section><section>topology</section>"
                "</response-sections></info>");
        QVERIFY(response);
        QCOMPARE(response->status(), StatusCode::Ok);
        QCOMPARE(response->infoNamespace(),
            QStringLiteral("urn:com.microsoft.wc.methods.response.GetServiceDefinition2"));
        QVERIFY(response->rawInfo().contains("key=\"maxGetThingsQueryGroups\""));
        QVERIFY(response->rawInfo().contains("/platform/wildcat.ashx</platform-url>"));
        QVERIFY(!response->rawInfo().contains("<shell>"));
    }

    void sodaSignUpAndPeople()
    {
        auto c = signedUpClient(m_alice);
        QVERIFY(c);
        QVERIFY(!c->sessionToken.isEmpty());
        QCOMPARE(c->sessionSecret.size(), 32);
        const auto people
            = c->signedCall(QStringLiteral("GetAuthorizedPeople"), 1, "<info><parameters/></info>");
        QVERIFY(people);
        QCOMPARE(people->status(), StatusCode::Ok);
        QCOMPARE(firstText(people->rawInfo(), QStringLiteral("person-id")),
            m_alice.personId.toString(QUuid::WithoutBraces));
        QCOMPARE(allOf(people->rawInfo(), QStringLiteral("record"), QStringLiteral("id")),
            QStringList { c->recordId.toString(QUuid::WithoutBraces) });
        QCOMPARE(
            firstText(people->rawInfo(), QStringLiteral("more-results")), QStringLiteral("false"));

        const auto person = c->signedCall(QStringLiteral("GetPersonInfo"), 1, "<info/>");
        QVERIFY(person);
        QCOMPARE(person->status(), StatusCode::Ok);
        QCOMPARE(firstText(person->rawInfo(), QStringLiteral("name")), QStringLiteral("Alice"));

        const auto records = c->signedCall(QStringLiteral("GetAuthorizedRecords"), 1,
            "<info><id>" + c->recordId.toByteArray(QUuid::WithoutBraces).toUpper() + "</id><id>"
                + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "</id></info>");
        QVERIFY(records);
        QCOMPARE(allOf(records->rawInfo(), QStringLiteral("record")).size(), 1);
    }

    void thingTypesByIdOrAll()
    {
        auto c = signedUpClient(m_alice);
        QVERIFY(c);
        const QByteArray weight = "3d34d87e-7fc1-4153-800f-f56592cb0d17";
        const auto one = c->signedCall(QStringLiteral("GetThingType"), 1,
            "<info><id>" + weight.toUpper() + "</id><section>core</section></info>");
        QVERIFY(one);
        QCOMPARE(one->status(), StatusCode::Ok);
        QCOMPARE(allOf(one->rawInfo(), QStringLiteral("id")),
            QStringList { QString::fromLatin1(weight) });
        QCOMPARE(firstText(one->rawInfo(), QStringLiteral("name")), QStringLiteral("Weight"));

        const auto every = c->signedCall(QStringLiteral("GetThingType"), 1, "<info/>");
        QVERIFY(every);
        QCOMPARE(every->status(), StatusCode::Ok);
        const QStringList ids = allOf(every->rawInfo(), QStringLiteral("id"));
        QCOMPARE(ids.size(), ThingTypes::all().size());
        QVERIFY(ids.contains(QString::fromLatin1(weight)));

        QCOMPARE(c->signedCall(QStringLiteral("GetThingType"), 1,
                      "<info><id>" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
                          + "</id></info>")
                     ->status(),
            StatusCode::InvalidThingType);
        QCOMPARE(
            c->signedCall(QStringLiteral("GetThingType"), 1, "<info><id>x</id></info>")->status(),
            StatusCode::InvalidXml);
        QCOMPARE(c->signedCall(QStringLiteral("GetThingType"), 1,
                      "<info><id>" + weight + "</id><section>pictures</section></info>")
                     ->status(),
            StatusCode::InvalidXml);
    }

    void thingTypeSections()
    {
        auto c = signedUpClient(m_alice);
        QVERIFY(c);
        const QByteArray medication = "30cafccc-047d-4288-94ef-643571f7919d";
        const QByteArray directive = "822a5e5a-14f1-4d06-b92f-8f3f1b05218f";
        const auto response = c->signedCall(QStringLiteral("GetThingType"), 1,
            "<info><id>" + medication + "</id><id>" + directive
                + "</id><section>versions</section><section>effectivedatexpath</section>"
                  "<section>xsd</section><section>columns</section></info>");
        QVERIFY(response);
        QCOMPARE(response->status(), StatusCode::Ok);
        const QByteArray &info = response->rawInfo();
        // Medication: both versions, its date-started, Hearth's definition;
        // the directive has one version.
        QCOMPARE(allOf(info, QStringLiteral("version-info"), QStringLiteral("version-type-id")),
            (QStringList { QStringLiteral("5c5f1223-f63c-4464-870c-3e36ba471def"),
                QString::fromLatin1(medication), QString::fromLatin1(directive) }));
        QCOMPARE(allOf(info, QStringLiteral("version-info"), QStringLiteral("version-sequence")),
            (QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1") }));
        QCOMPARE(allOf(info, QStringLiteral("effective-date-xpath")),
            (QStringList { QStringLiteral("/thing/data-xml/medication/date-started"),
                QStringLiteral("/thing/data-xml/directive/when") }));
        const QStringList xsds = allOf(info, QStringLiteral("xsd"));
        QCOMPARE(xsds.size(), 1); // the directive has no definition here
        QVERIFY(xsds.first().contains(
            QLatin1String("targetNamespace=\"urn:com.microsoft.wc.thing.medication\"")));
        QVERIFY(xsds.first().contains(QLatin1String("<xs:element name=\"medication\">")));
        QCOMPARE(allOf(info, QStringLiteral("columns")).size(), 2);
        // Without sections: id and name only.
        const auto plain = c->signedCall(
            QStringLiteral("GetThingType"), 1, "<info><id>" + medication + "</id></info>");
        QVERIFY(!plain->rawInfo().contains("<versions"));
        QVERIFY(!plain->rawInfo().contains("<xsd>"));
    }

    void xpathFilters()
    {
        QString error;
        const auto dora = m_store->createAccount(QStringLiteral("dora@example.org"),
            QStringLiteral("dora's long password"), QStringLiteral("Dora"), &error);
        QVERIFY(dora);
        auto c = signedUpClient(*dora);
        QVERIFY(c);
        auto put = c->signedCall(QStringLiteral("PutThings"), 2,
            ApiTestClient::putInfo({ weightXml(70, 2024, 5, 1), weightXml(75, 2024, 5, 2),
                weightXml(80, 2024, 5, 3) }));
        QCOMPARE(put->status(), StatusCode::Ok);
        put = c->signedCall(QStringLiteral("PutThings"), 2,
            ApiTestClient::putInfo(
                { "<height><when><date><y>2024</y><m>5</m><d>1</d></date></when><value><m>1.7"
                  "</m></value></height>" },
                kHeightType));
        QCOMPARE(put->status(), StatusCode::Ok);
        auto kgs = [&](const QString &filter, const QString &attributes = {}) {
            const auto response = c->signedCall(
                QStringLiteral("GetThings"), 3, ApiTestClient::getInfo(attributes, filter));
            return response && response->status() == StatusCode::Ok
                ? allOf(response->rawInfo(), QStringLiteral("kg"))
                : QStringList {
                      QStringLiteral("status %1").arg(response ? response->rawStatus() : -1)
                  };
        };
        // Numeric and string predicates, on their own and ANDed.
        QCOMPARE(kgs(QStringLiteral("<xpath>/thing/data-xml/weight/value/kg[. &gt; 72]</xpath>")),
            (QStringList { QStringLiteral("80"), QStringLiteral("75") }));
        QCOMPARE(kgs(QStringLiteral(
                     "<xpath>/thing/data-xml/weight/value/display[@units = \"kg\"]</xpath>")),
            (QStringList { QStringLiteral("80"), QStringLiteral("75"), QStringLiteral("70") }));
        QCOMPARE(kgs(QStringLiteral("<xpath>/thing/data-xml/weight/value/kg[. &gt; 72]</xpath>"
                                    "<xpath>/thing/data-xml/weight/value/kg[. &lt; 78]</xpath>")),
            QStringList { QStringLiteral("75") });
        QCOMPARE(kgs(QStringLiteral("<xpath>/thing/data-xml/weight/value/kg[. &gt; 72]</xpath>"),
                     QStringLiteral("max=\"1\"")),
            QStringList { QStringLiteral("80") });
        // Other types do not match a weight path; the height does its own.
        const auto heights = c->signedCall(QStringLiteral("GetThings"), 3,
            ApiTestClient::getInfo({},
                QStringLiteral("<xpath>/thing/data-xml/height/value[m &gt; 1.5]</xpath>"),
                QStringLiteral("<section>core</section>")));
        QCOMPARE(allOf(heights->rawInfo(), QStringLiteral("type-id")), QStringList { kHeightType });
        // The limit counts matches: one full thing, the other match as a key.
        const auto paged = c->signedCall(QStringLiteral("GetThings"), 3,
            ApiTestClient::getInfo(QStringLiteral("max-full=\"1\""),
                QStringLiteral("<xpath>/thing/data-xml/weight/value/kg[. &gt; 72]</xpath>")));
        QCOMPARE(allOf(paged->rawInfo(), QStringLiteral("thing")).size(), 1);
        QCOMPARE(allOf(paged->rawInfo(), QStringLiteral("unprocessed-thing-key-info")).size(), 1);
        // Not XPath, or not below /thing/data-xml: INVALID_FILTER.
        QCOMPARE(kgs(QStringLiteral("<xpath>/thing/data-xml/weight[</xpath>")),
            QStringList { QStringLiteral("status %1").arg(int(StatusCode::InvalidFilter)) });
        QCOMPARE(kgs(QStringLiteral("<xpath>//kg</xpath>")),
            QStringList { QStringLiteral("status %1").arg(int(StatusCode::InvalidFilter)) });
    }

    void vocabularies()
    {
        auto c = signedUpClient(m_alice);
        QVERIFY(c);
        // Version 1 without parameters: every vocabulary's key.
        const auto keys = c->signedCall(QStringLiteral("GetVocabulary"), 1, "<info/>");
        QVERIFY(keys);
        QCOMPARE(keys->status(), StatusCode::Ok);
        QCOMPARE(keys->infoNamespace(),
            QStringLiteral("urn:com.microsoft.wc.methods.response.GetVocabulary"));
        const QStringList names = allOf(keys->rawInfo(), QStringLiteral("name"));
        QCOMPARE(names.size(), Vocabularies::builtIn().all().size());
        QVERIFY(names.contains(QStringLiteral("weight-units")));
        QVERIFY(names.contains(QStringLiteral("medication-routes")));

        // Version 2 with keys: family wc by default, the newest version.
        auto ask = [&](const QByteArray &keysXml) {
            return c->signedCall(QStringLiteral("GetVocabulary"), 2,
                "<info><vocabulary-parameters>" + keysXml
                    + "<fixed-culture>false</fixed-culture></vocabulary-parameters></info>");
        };
        auto answer = ask("<vocabulary-key><name>weight-units</name></vocabulary-key>"
                          "<vocabulary-key><name>medication-routes</name><family>wc</family>"
                          "</vocabulary-key>");
        QVERIFY(answer);
        QCOMPARE(answer->status(), StatusCode::Ok);
        QCOMPARE(allOf(answer->rawInfo(), QStringLiteral("vocabulary")).size(), 2);
        QCOMPARE(allOf(answer->rawInfo(), QStringLiteral("version")),
            (QStringList { QStringLiteral("1"), QStringLiteral("2") }));
        const QStringList codes = allOf(answer->rawInfo(), QStringLiteral("code-value"));
        QCOMPARE(codes.mid(0, 3),
            (QStringList { QStringLiteral("lb"), QStringLiteral("kg"), QStringLiteral("g") }));
        QVERIFY(answer->rawInfo().contains("<display-text>kilogram</display-text>"));
        // An older version by name; code-value starts the list at that code.
        answer = ask("<vocabulary-key><name>medication-routes</name><version>1</version>"
                     "</vocabulary-key><vocabulary-key><name>weight-units</name><code-value>oz"
                     "</code-value></vocabulary-key>");
        QCOMPARE(answer->status(), StatusCode::Ok);
        const Vocabulary *routes1 = Vocabularies::builtIn().find(
            {}, QStringLiteral("medication-routes"), QStringLiteral("1"));
        QVERIFY(routes1);
        QCOMPARE(allOf(answer->rawInfo(), QStringLiteral("code-item")).size(),
            routes1->items.size() + 2); // oz and stlb
        QCOMPARE(allOf(answer->rawInfo(), QStringLiteral("code-value")).mid(routes1->items.size()),
            (QStringList { QStringLiteral("oz"), QStringLiteral("stlb") }));

        // Unknown vocabularies, families and versions; a key without a name.
        QCOMPARE(ask("<vocabulary-key><name>no-such-list</name></vocabulary-key>")->status(),
            StatusCode::InvalidVocabulary);
        QCOMPARE(ask("<vocabulary-key><name>weight-units</name><family>HL7</family>"
                     "</vocabulary-key>")
                     ->status(),
            StatusCode::InvalidVocabulary);
        QCOMPARE(ask("<vocabulary-key><name>weight-units</name><version>9</version>"
                     "</vocabulary-key>")
                     ->status(),
            StatusCode::InvalidVocabulary);
        QCOMPARE(ask("<vocabulary-key><family>wc</family></vocabulary-key>")->status(),
            StatusCode::InvalidXml);
        QCOMPARE(c->signedCall(QStringLiteral("GetVocabulary"), 3, "<info/>")->status(),
            StatusCode::BadMethod);
    }

    void vocabularyFileFormat()
    {
        Vocabularies parsed;
        QString error;
        QVERIFY(
            parsed.parse("# comment\n@ wc a 1\nx\tX one\n@ wc a 10\ny\tY\n@ HL7 a 2\n", &error));
        QCOMPARE(parsed.all().size(), 3);
        QCOMPARE(parsed.find({}, QStringLiteral("a"), {})->version, QStringLiteral("10"));
        QCOMPARE(parsed.find(QStringLiteral("HL7"), QStringLiteral("a"), {})->version,
            QStringLiteral("2"));
        QCOMPARE(parsed.all().first().items.first().displayText, QStringLiteral("X one"));
        QVERIFY(!parsed.parse("x\tbefore any vocabulary\n", &error));
        QVERIFY(error.startsWith(QLatin1String("line 1")));
        QVERIFY(!parsed.parse("@ wc only-two\n", &error));
        // The built-in file reads whole: every vocabulary has items.
        QVERIFY(Vocabularies::builtIn().all().size() >= 30);
        for (const Vocabulary &vocabulary : Vocabularies::builtIn().all())
            QVERIFY2(!vocabulary.items.isEmpty(), qPrintable(vocabulary.name));
    }

    void castRejectsWrongSecretsAndOldSignatures()
    {
        auto c = client();
        QVERIFY(c->newApplication());
        // Not yet authorized in the shell.
        auto response = c->call(c->castRequest(c->appSecret, m_clock.now()));
        QCOMPARE(response->status(), StatusCode::InvalidApp);
        QVERIFY(m_store->authorize(c->instanceId, m_alice.personId, {}, c->appToken));
        response = c->call(c->castRequest("wrong secret", m_clock.now()));
        QCOMPARE(response->status(), StatusCode::BadSig);
        response = c->call(c->castRequest(c->appSecret, m_clock.now().addSecs(-3600)));
        QCOMPARE(response->status(), StatusCode::RequestTimedOut);
        response = c->call(c->castRequest(c->appSecret, m_clock.now()));
        QCOMPARE(response->status(), StatusCode::Ok);
        QCOMPARE(response->infoNamespace(),
            QStringLiteral(
                "urn:com.microsoft.wc.methods.response.CreateAuthenticatedSessionToken2"));
        // The creation token is single-use.
        QVERIFY(!m_store->instanceForCreationToken(c->appToken));
    }

    void putGetUpdateRemove()
    {
        auto c = signedUpClient(m_alice);
        QVERIFY(c);
        auto put = c->signedCall(QStringLiteral("PutThings"), 2,
            ApiTestClient::putInfo({ weightXml(70.5, 2024, 5, 1), weightXml(71, 2024, 5, 2) }));
        QVERIFY(put);
        QCOMPARE(put->status(), StatusCode::Ok);
        QCOMPARE(put->infoNamespace(),
            QStringLiteral("urn:com.microsoft.wc.methods.response.PutThings"));
        const QStringList ids = allOf(put->rawInfo(), QStringLiteral("thing-id"));
        const QStringList stamps
            = allOf(put->rawInfo(), QStringLiteral("thing-id"), QStringLiteral("version-stamp"));
        QCOMPARE(ids.size(), 2);

        auto get = c->signedCall(QStringLiteral("GetThings"), 3,
            ApiTestClient::getInfo(QStringLiteral("name=\"w\""),
                QStringLiteral("<type-id>%1</type-id>").arg(kWeightType.toUpper()),
                QStringLiteral("<section>core</section><section>audits</section><xml/>")));
        QVERIFY(get);
        QCOMPARE(get->status(), StatusCode::Ok);
        // Newest effective date first.
        QCOMPARE(
            allOf(get->rawInfo(), QStringLiteral("thing-id")), (QStringList { ids[1], ids[0] }));
        QCOMPARE(allOf(get->rawInfo(), QStringLiteral("eff-date")).first(),
            QStringLiteral("2024-05-02T08:00:00.000Z"));
        QVERIFY(get->rawInfo().contains("<kg>70.5</kg>"));
        QCOMPARE(
            allOf(get->rawInfo(), QStringLiteral("audit-action")).count(QStringLiteral("Created")),
            4);
        QCOMPARE(allOf(get->rawInfo(), QStringLiteral("app-id"), QStringLiteral("name")).first(),
            QStringLiteral("Hearth"));

        // Update with the current stamp, then a stale one.
        const QByteArray update = "<info><thing><thing-id version-stamp=\"" + stamps[0].toLatin1()
            + "\">" + ids[0].toLatin1() + "</thing-id><type-id>" + kWeightType.toLatin1()
            + "</type-id><data-xml>" + weightXml(69) + "</data-xml></thing></info>";
        put = c->signedCall(QStringLiteral("PutThings"), 2, update);
        QCOMPARE(put->status(), StatusCode::Ok);
        QCOMPARE(allOf(put->rawInfo(), QStringLiteral("thing-id")), QStringList { ids[0] });
        const QString newStamp
            = allOf(put->rawInfo(), QStringLiteral("thing-id"), QStringLiteral("version-stamp"))
                  .first();
        QVERIFY(newStamp != stamps[0]);
        put = c->signedCall(QStringLiteral("PutThings"), 2, update);
        QCOMPARE(put->status(), StatusCode::VersionStampMismatch);

        // Old versions stay.
        get = c->signedCall(QStringLiteral("GetThings"), 3,
            "<info><group><id>" + ids[0].toLatin1()
                + "</id><format><section>core</section><xml/>"
                  "</format><current-version-only>false</current-version-only></group></info>");
        QCOMPARE(allOf(get->rawInfo(), QStringLiteral("thing")).size(), 2);
        QCOMPARE(allOf(get->rawInfo(), QStringLiteral("updated-end-date")).size(), 1);

        // Remove: a stale stamp fails, the right one soft-deletes.
        auto removed = c->signedCall(QStringLiteral("RemoveThings"), 1,
            "<info><thing-id version-stamp=\"" + stamps[0].toLatin1() + "\">" + ids[0].toLatin1()
                + "</thing-id></info>");
        QCOMPARE(removed->status(), StatusCode::VersionStampMismatch);
        removed = c->signedCall(QStringLiteral("RemoveThings"), 1,
            "<info><thing-id version-stamp=\"" + newStamp.toLatin1() + "\">" + ids[0].toLatin1()
                + "</thing-id></info>");
        QCOMPARE(removed->status(), StatusCode::Ok);
        get = c->signedCall(QStringLiteral("GetThings"), 3,
            ApiTestClient::getInfo({}, QStringLiteral("<type-id>%1</type-id>").arg(kWeightType)));
        QCOMPARE(allOf(get->rawInfo(), QStringLiteral("thing-id")), QStringList { ids[1] });
        get = c->signedCall(QStringLiteral("GetThings"), 3,
            ApiTestClient::getInfo({}, QStringLiteral("<thing-state>Deleted</thing-state>")));
        QCOMPARE(allOf(get->rawInfo(), QStringLiteral("thing-id")), QStringList { ids[0] });
        QVERIFY(get->rawInfo().contains("<thing-state>Deleted</thing-state>"));
    }

    void putIsAllOrNothing()
    {
        auto c = signedUpClient(m_bob);
        QVERIFY(c);
        const int before = thingCount(c->recordId);
        auto put = c->signedCall(QStringLiteral("PutThings"), 2,
            "<info><thing><type-id>" + kWeightType.toLatin1() + "</type-id><data-xml>"
                + weightXml(80) + "</data-xml></thing><thing><thing-id version-stamp=\""
                + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\">"
                + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "</thing-id><type-id>"
                + kWeightType.toLatin1() + "</type-id><data-xml>" + weightXml(81)
                + "</data-xml></thing></info>");
        QCOMPARE(put->status(), StatusCode::InvalidThing);
        QCOMPARE(thingCount(c->recordId), before);
        // data-xml that is not a weight.
        put = c->signedCall(QStringLiteral("PutThings"), 2,
            ApiTestClient::putInfo(
                { weightXml(80), "<height><value><m>1.8</m></value></height>" }));
        QCOMPARE(put->status(), StatusCode::InvalidXml);
        QCOMPARE(thingCount(c->recordId), before);
    }

    void clientThingIdsAndMigrations()
    {
        QCOMPARE(m_store->userVersion(), VaultStore::schemaVersion());
        QVERIFY(VaultStore::schemaVersion() >= 2);
        auto c = signedUpClient(m_bob);
        QVERIFY(c);
        QByteArray data = weightXml(90);
        data += "<common><client-thing-id>scale-42</client-thing-id></common>";
        QCOMPARE(c->signedCall(QStringLiteral("PutThings"), 2,
                      ApiTestClient::putInfo({ data, weightXml(91) }))
                     ->status(),
            StatusCode::Ok);
        const auto get = c->signedCall(QStringLiteral("GetThings"), 3,
            "<info><group><client-thing-id>scale-42</client-thing-id><format><section>core</"
            "section>"
            "<xml/></format></group></info>");
        QCOMPARE(get->status(), StatusCode::Ok);
        QCOMPARE(allOf(get->rawInfo(), QStringLiteral("thing")).size(), 1);
        QVERIFY(get->rawInfo().contains("<kg>90</kg>"));
    }

    void pagingWithUnprocessedKeys()
    {
        auto c = signedUpClient(m_bob);
        QVERIFY(c);
        QList<QByteArray> weights;
        for (int i = 1; i <= 12; ++i)
            weights << weightXml(60 + i, 2023, 1, i);
        QCOMPARE(c->signedCall(QStringLiteral("PutThings"), 2, ApiTestClient::putInfo(weights))
                     ->status(),
            StatusCode::Ok);
        auto get = c->signedCall(QStringLiteral("GetThings"), 3,
            ApiTestClient::getInfo(QStringLiteral("name=\"page\" max-full=\"5\""),
                QStringLiteral(
                    "<type-id>%1</type-id><eff-date-max>2023-12-31T00:00:00</eff-date-max>")
                    .arg(kWeightType)));
        QCOMPARE(get->status(), StatusCode::Ok);
        QCOMPARE(allOf(get->rawInfo(), QStringLiteral("thing")).size(), 5);
        const QStringList keyIds
            = allOf(get->rawInfo(), QStringLiteral("unprocessed-thing-key-info"));
        QCOMPARE(keyIds.size(), 7);
        // Next page by keys.
        QByteArray info = "<info><group name=\"page2\">";
        QXmlStreamReader reader(get->rawInfo());
        int keys = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()
                && reader.name() == QLatin1String("unprocessed-thing-key-info")) {
                reader.readNextStartElement();
                const QString stamp
                    = reader.attributes().value(QLatin1String("version-stamp")).toString();
                info += "<key version-stamp=\"" + stamp.toLatin1() + "\">"
                    + reader.readElementText().toLatin1() + "</key>";
                ++keys;
            }
        }
        QCOMPARE(keys, 7);
        info += "<format><section>core</section><xml/></format><current-version-only>true</"
                "current-version-only></group></info>";
        get = c->signedCall(QStringLiteral("GetThings"), 3, info);
        QCOMPARE(get->status(), StatusCode::Ok);
        QCOMPARE(allOf(get->rawInfo(), QStringLiteral("thing")).size(), 7);
        QCOMPARE(allOf(get->rawInfo(), QStringLiteral("eff-date")).last(),
            QStringLiteral("2023-01-01T08:00:00.000Z"));
        // max limits the whole group.
        get = c->signedCall(QStringLiteral("GetThings"), 3,
            ApiTestClient::getInfo(QStringLiteral("max=\"1\""),
                QStringLiteral("<type-id>%1</type-id>").arg(kWeightType)));
        QCOMPARE(allOf(get->rawInfo(), QStringLiteral("thing")).size(), 1);
        QVERIFY(!get->rawInfo().contains("unprocessed"));
    }

    void multipleGroupsAndLimits()
    {
        auto c = signedUpClient(m_bob);
        QVERIFY(c);
        const auto get = c->signedCall(QStringLiteral("GetThings"), 3,
            "<info><group name=\"a\"><filter><type-id>" + kWeightType.toLatin1()
                + "</type-id></filter>"
                  "<format><section>core</section></format></group><group "
                  "name=\"b\"><filter><type-id>"
                + kHeightType.toLatin1()
                + "</type-id></filter><format><section>core</section></format></group></info>");
        QCOMPARE(get->status(), StatusCode::Ok);
        QCOMPARE(allOf(get->rawInfo(), QStringLiteral("group"), QStringLiteral("name")),
            (QStringList { "a", "b" }));
        QByteArray many = "<info>";
        for (int i = 0; i < 31; ++i)
            many += "<group><format><section>core</section></format></group>";
        many += "</info>";
        QCOMPARE(c->signedCall(QStringLiteral("GetThings"), 3, many)->status(),
            StatusCode::TooManyGroupsInQuery);
        QCOMPARE(c->signedCall(QStringLiteral("GetThings"), 3,
                      ApiTestClient::getInfo(
                          {}, QStringLiteral("<xpath>/thing/data-xml/weight[[</xpath>")))
                     ->status(),
            StatusCode::InvalidFilter);
    }

    void removeApplicationRecordAuthorization()
    {
        auto c = signedUpClient(m_bob);
        QVERIFY(c);
        const QByteArray query
            = ApiTestClient::getInfo({}, QStringLiteral("<type-id>%1</type-id>").arg(kWeightType));
        QCOMPARE(c->signedCall(QStringLiteral("GetThings"), 3, query)->status(), StatusCode::Ok);
        QCOMPARE(c->signedCall(QStringLiteral("RemoveApplicationRecordAuthorization"), 1, "<info/>")
                     ->status(),
            StatusCode::Ok);
        QCOMPARE(c->signedCall(QStringLiteral("GetThings"), 3, query)->status(),
            StatusCode::AccessDenied);
        QVERIFY(m_store->authorizedRecords(c->instanceId, m_bob.personId).isEmpty());
    }

    void envelopeErrors()
    {
        auto c = signedUpClient(m_bob);
        QVERIFY(c);
        auto call = [&](const QByteArray &body) {
            return protocol::ResponseEnvelope::parse(m_api->handle(body), nullptr)->status();
        };
        QCOMPARE(call("<not-xml"), StatusCode::InvalidXml);
        QCOMPARE(call("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
            StatusCode::InvalidXml);
        QCOMPARE(c->signedCall(QStringLiteral("NoSuchMethod"), 1, "<info/>")->status(),
            StatusCode::BadMethod);
        QCOMPARE(c->signedCall(QStringLiteral("GetThings"), 1, "<info/>")->status(),
            StatusCode::BadMethod);
        // msg-time older than the ttl.
        protocol::RequestHeader h = c->header(QStringLiteral("GetPersonInfo"), 1);
        h.msgTime = m_clock.now().addSecs(-3600);
        h.authToken = c->sessionToken;
        h.offlinePersonId = c->personId;
        QCOMPARE(call(protocol::RequestEnvelope::write(h, "<info/>", c->sessionSecret)),
            StatusCode::RequestTimedOut);
        // A changed info after signing.
        QByteArray tampered
            = c->signedRequest(QStringLiteral("GetPersonInfo"), 1, "<info/>", {}, c->sessionSecret);
        tampered.replace("<info/>", "<info />");
        QCOMPARE(call(tampered), StatusCode::BadSig);
        QCOMPARE(call(QByteArray(17 * 1024 * 1024, ' ')), StatusCode::RequestTooLong);
    }

    void authorizationMatrix_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("writes");
        QTest::newRow("GetThings") << "GetThings" << 3 << false;
        QTest::newRow("PutThings") << "PutThings" << 2 << true;
        QTest::newRow("RemoveThings") << "RemoveThings" << 1 << true;
        QTest::newRow("GetPersonInfo") << "GetPersonInfo" << 1 << false;
        QTest::newRow("GetAuthorizedPeople") << "GetAuthorizedPeople" << 1 << false;
        QTest::newRow("GetAuthorizedRecords") << "GetAuthorizedRecords" << 1 << false;
        QTest::newRow("GetThingType") << "GetThingType" << 1 << false;
        QTest::newRow("GetVocabulary") << "GetVocabulary" << 2 << false;
        QTest::newRow("RemoveApplicationRecordAuthorization")
            << "RemoveApplicationRecordAuthorization" << 1 << false;
    }

    void authorizationMatrix()
    {
        QFETCH(QString, method);
        QFETCH(int, version);
        QFETCH(bool, writes);
        // An app may always withdraw its own authorization, whatever its rules.
        const bool deauthorize = method == QLatin1String("RemoveApplicationRecordAuthorization");
        const bool recordMethod = method.endsWith(QLatin1String("Things")) || deauthorize;
        // A weight to remove, owned by Alice.
        auto alice = signedUpClient(m_alice);
        QVERIFY(alice);
        auto put = alice->signedCall(
            QStringLiteral("PutThings"), 2, ApiTestClient::putInfo({ weightXml(75) }));
        const QString id = allOf(put->rawInfo(), QStringLiteral("thing-id")).first();
        const QString stamp
            = allOf(put->rawInfo(), QStringLiteral("thing-id"), QStringLiteral("version-stamp"))
                  .first();
        QByteArray info = "<info/>";
        if (method == QLatin1String("GetThings"))
            info = ApiTestClient::getInfo(
                {}, QStringLiteral("<type-id>%1</type-id>").arg(kWeightType));
        else if (method == QLatin1String("PutThings"))
            info = ApiTestClient::putInfo({ weightXml(76) });
        else if (method == QLatin1String("RemoveThings"))
            info = "<info><thing-id version-stamp=\"" + stamp.toLatin1() + "\">" + id.toLatin1()
                + "</thing-id></info>";
        else if (method == QLatin1String("GetAuthorizedRecords"))
            info
                = "<info><id>" + alice->recordId.toByteArray(QUuid::WithoutBraces) + "</id></info>";
        else if (method == QLatin1String("GetVocabulary"))
            info = "<info><vocabulary-parameters><vocabulary-key><name>weight-units</name>"
                   "</vocabulary-key><fixed-culture>false</fixed-culture>"
                   "</vocabulary-parameters></info>";
        const int before = thingCount(alice->recordId);
        auto status = [&](ApiTestClient &c, const QUuid &record, const QByteArray &secret) {
            return protocol::ResponseEnvelope::parse(
                m_api->handle(c.signedRequest(method, version, info, record, secret)), nullptr)
                ->status();
        };

        // No session at all.
        {
            ApiTestClient anonymous = *alice;
            anonymous.sessionToken.clear();
            protocol::RequestHeader h = anonymous.header(method, version);
            h.recordId = alice->recordId;
            h.appId = alice->instanceId;
            QCOMPARE(protocol::ResponseEnvelope::parse(
                         m_api->handle(protocol::RequestEnvelope::write(h, info)), nullptr)
                         ->status(),
                StatusCode::InvalidToken);
        }
        // Wrong HMAC key.
        QCOMPARE(status(*alice, alice->recordId, "not the session secret"), StatusCode::BadSig);
        // Unknown token.
        {
            ApiTestClient forged = *alice;
            forged.sessionToken = QStringLiteral("Zm9yZ2Vk");
            QCOMPARE(
                status(forged, alice->recordId, alice->sessionSecret), StatusCode::InvalidToken);
        }
        // Another person's record (Bob's session asking for Alice's record).
        auto bob = signedUpClient(m_bob);
        QVERIFY(bob);
        if (recordMethod)
            QCOMPARE(status(*bob, alice->recordId, bob->sessionSecret), StatusCode::AccessDenied);
        // Bob claims to be Alice.
        {
            ApiTestClient impostor = *bob;
            impostor.personId = m_alice.personId;
            QCOMPARE(
                status(impostor, alice->recordId, bob->sessionSecret), StatusCode::AccessDenied);
        }
        // Another app: a master that may only read heights.
        Application heights;
        heights.id = QUuid::createUuid();
        heights.name = QStringLiteral("Heights only");
        heights.allowedTypes = { QUuid::fromString(kHeightType) };
        heights.permissions = QStringLiteral("R");
        QString error;
        QVERIFY(m_store->addApplication(heights, &error));
        auto other = signedUpClient(m_alice, heights.id);
        QVERIFY(other);
        if (recordMethod)
            QCOMPARE(status(*other, alice->recordId, other->sessionSecret),
                deauthorize ? StatusCode::Ok : StatusCode::AccessDenied);
        // View-only and expired shares: Bob gets Alice's record shared, then authorizes it.
        QVERIFY(m_store->share(alice->recordId, m_bob.personId, RecordAccess::View, {}));
        QVERIFY(m_store->authorize(bob->instanceId, m_bob.personId, { alice->recordId }));
        if (recordMethod)
            QCOMPARE(status(*bob, alice->recordId, bob->sessionSecret),
                writes ? StatusCode::AccessDenied : StatusCode::Ok);
        QVERIFY(m_store->share(alice->recordId, m_bob.personId, RecordAccess::ViewAndModify,
            m_clock.now().addSecs(-1)));
        if (recordMethod)
            QCOMPARE(status(*bob, alice->recordId, bob->sessionSecret), StatusCode::AccessDenied);
        // A share that runs out while its decision is cached.
        QVERIFY(m_store->share(alice->recordId, m_bob.personId, RecordAccess::ViewAndModify,
            m_clock.now().addSecs(60)));
        QVERIFY(m_store->authorize(bob->instanceId, m_bob.personId, { alice->recordId }));
        if (recordMethod && method != QLatin1String("RemoveThings")) {
            QCOMPARE(status(*bob, alice->recordId, bob->sessionSecret), StatusCode::Ok);
            m_clock.advanceSeconds(61);
            QCOMPARE(status(*bob, alice->recordId, bob->sessionSecret), StatusCode::AccessDenied);
            m_clock.advanceSeconds(-61);
        }
        QVERIFY(m_store->revoke(alice->recordId, m_bob.personId));
        // Expired session token.
        m_clock.advanceSeconds(4 * 3600 + 1);
        QCOMPARE(status(*alice, alice->recordId, alice->sessionSecret),
            StatusCode::AuthenticatedSessionTokenExpired);
        m_clock.advanceSeconds(-(4 * 3600 + 1));
        // Nothing changed through any denial (Bob's one allowed PutThings aside).
        QCOMPARE(
            thingCount(alice->recordId), before + (method == QLatin1String("PutThings") ? 1 : 0));
        QVERIFY(m_store->authorizedRecords(alice->instanceId, m_alice.personId)
                    .contains(alice->recordId));
        // And the rightful call still works.
        QCOMPARE(status(*alice, alice->recordId, alice->sessionSecret), StatusCode::Ok);
    }
};

QTEST_GUILESS_MAIN(TestPlatformApi)
#include "tst_platformapi.moc"
