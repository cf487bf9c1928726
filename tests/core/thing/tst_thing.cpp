#include "core/thing/Thing.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using hearth::Thing;
using hearth::ThingAudit;
using hearth::ThingError;
using hearth::ThingState;

namespace {

// Every envelope element of Thing2, plus an element and attributes Hearth
// does not model, which must survive a round trip.
const QByteArray kFullThing = R"(<?xml version="1.0" encoding="utf-8"?>
<thing>
  <thing-id version-stamp="672b1c15-4704-4bcd-97d6-3e183309af0a">31501360-362b-4791-ae12-141386ac5da6</thing-id>
  <type-id name="Weight">3d34d87e-7fc1-4153-800f-f56592cb0d17</type-id>
  <thing-state>Deleted</thing-state>
  <flags>18</flags>
  <eff-date>2017-06-02T00:00:00Z</eff-date>
  <created>
    <timestamp>2017-06-02T22:26:22.07Z</timestamp>
    <app-id name="Microsoft HealthVault">9ca84d74-1473-471d-940f-2699cb7198df</app-id>
    <person-id name="Health  Insights">64141445-0ed8-47eb-a9bc-6081628f9357</person-id>
    <access-avenue>Online</access-avenue>
    <audit-action>Created</audit-action>
    <master-app-id>b6d73c26-28bb-44db-b91e-1ffc4311143e</master-app-id>
  </created>
  <updated>
    <timestamp>2017-06-02T23:44:21.963Z</timestamp>
    <app-id>9ca84d74-1473-471d-940f-2699cb7198df</app-id>
    <person-id>64141445-0ed8-47eb-a9bc-6081628f9357</person-id>
    <access-avenue>Offline</access-avenue>
    <audit-action>Updated</audit-action>
  </updated>
  <data-xml>
    <weight>
      <when><date><y>2017</y><m>6</m><d>2</d></date></when>
      <value><kg>76</kg><display units="kg" units-code="kg">76</display></value>
      <future-element hearth-unknown="kept">x &amp; y</future-element>
    </weight>
    <common>
      <source>Scale</source>
      <note>After breakfast</note>
      <tags>morning</tags>
      <extension source="com.example.ext" ver="1"><anything deep="yes"><b/></anything></extension>
      <related-thing><thing-id>60ed4338-0b1b-4061-aad4-effe2b8bbccd</thing-id><relationship-type>measured-with</relationship-type></related-thing>
      <client-thing-id>scale-42</client-thing-id>
    </common>
  </data-xml>
  <blob-payload>
    <blob>
      <blob-info><name></name><content-type>text/plain</content-type>
        <hash-info><algorithm>SHA256Block</algorithm><params><block-size>2097152</block-size></params><hash>q83vEjRWeJA=</hash></hash-info>
      </blob-info>
      <content-length>5</content-length>
      <base64data>aGVsbG8=</base64data>
    </blob>
    <blob>
      <blob-info><name>scan</name><content-type>image/png</content-type></blob-info>
      <blob-ref-url>https://vault.example/blob?id=1</blob-ref-url>
    </blob>
  </blob-payload>
  <eff-permissions immutable="true"><permission>Read</permission><permission>Update</permission></eff-permissions>
  <tags>family</tags>
  <signature-info><sig-data><hv-signature-method>HVSignatureMethod2</hv-signature-method><algorithm-tag>rsa-sha1</algorithm-tag></sig-data></signature-info>
  <updated-end-date>9999-12-31T23:59:59.997Z</updated-end-date>
</thing>
)";

QByteArray withEffDate(const QByteArray &value)
{
    QByteArray xml = kFullThing;
    return xml.replace(
        "<eff-date>2017-06-02T00:00:00Z</eff-date>", "<eff-date>" + value + "</eff-date>");
}

} // namespace

class TestThing : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryEnvelopeField()
    {
        ThingError error;
        const auto thing = Thing::fromXml(kFullThing, &error);
        QVERIFY2(thing, qPrintable(error.toString()));
        QCOMPARE(thing->id(), QUuid::fromString(u"31501360-362b-4791-ae12-141386ac5da6"));
        QCOMPARE(thing->versionStamp(), u"672b1c15-4704-4bcd-97d6-3e183309af0a");
        QCOMPARE(thing->typeId(), QUuid::fromString(u"3d34d87e-7fc1-4153-800f-f56592cb0d17"));
        QCOMPARE(thing->typeName(), u"Weight");
        QCOMPARE(thing->state(), ThingState::Deleted);
        QCOMPARE(thing->flags(), 18u);
        QVERIFY(thing->hasFlag(hearth::ReadOnlyFlag));
        QVERIFY(thing->hasFlag(hearth::DownversionedFlag));
        QVERIFY(!thing->hasFlag(hearth::PersonalFlag));
        QCOMPARE(thing->effectiveDate(), QDateTime(QDate(2017, 6, 2), QTime(0, 0), Qt::UTC));

        const auto created = thing->created();
        QVERIFY(created);
        QCOMPARE(created->timestamp, QDateTime(QDate(2017, 6, 2), QTime(22, 26, 22, 70), Qt::UTC));
        QCOMPARE(created->appName, u"Microsoft HealthVault");
        QCOMPARE(created->personName, u"Health  Insights");
        QCOMPARE(created->personId, QUuid::fromString(u"64141445-0ed8-47eb-a9bc-6081628f9357"));
        QCOMPARE(created->accessAvenue, ThingAudit::Avenue::Online);
        QCOMPARE(created->auditAction, ThingAudit::Action::Created);
        QCOMPARE(created->masterAppId, QUuid::fromString(u"b6d73c26-28bb-44db-b91e-1ffc4311143e"));
        QCOMPARE(thing->updated()->auditAction, ThingAudit::Action::Updated);
        QCOMPARE(thing->updated()->accessAvenue, ThingAudit::Avenue::Offline);

        QVERIFY(thing->dataRoot());
        QCOMPARE(thing->dataRoot()->name(), u"weight");
        QCOMPARE(thing->source(), u"Scale");
        QCOMPARE(thing->note(), u"After breakfast");
        QCOMPARE(thing->commonTags(), u"morning");
        QCOMPARE(thing->clientThingId(), u"scale-42");
        QCOMPARE(thing->extensions().size(), 1);
        QCOMPARE(thing->extensions().first()->attribute(u"source"), u"com.example.ext");
        const auto related = thing->relatedThings();
        QCOMPARE(related.size(), 1);
        QCOMPARE(
            related.first().thingId, QUuid::fromString(u"60ed4338-0b1b-4061-aad4-effe2b8bbccd"));
        QCOMPARE(related.first().relationshipType, u"measured-with");

        const auto blobs = thing->blobs();
        QCOMPARE(blobs.size(), 2);
        QCOMPARE(blobs[0].name, QString());
        QCOMPARE(blobs[0].contentType, u"text/plain");
        QCOMPARE(blobs[0].hashAlgorithm, u"SHA256Block");
        QCOMPARE(blobs[0].hashBlockSize, 2097152);
        QCOMPARE(blobs[0].contentLength, 5);
        QCOMPARE(blobs[0].inlineData, QByteArray("hello"));
        QCOMPARE(blobs[1].name, u"scan");
        QCOMPARE(blobs[1].refUrl, QUrl(QStringLiteral("https://vault.example/blob?id=1")));
        QVERIFY(!blobs[1].hasInlineData);

        QCOMPARE(thing->effectivePermissions(), QStringList({ "Read", "Update" }));
        QVERIFY(thing->permissionsImmutable());
        QCOMPARE(thing->tags(), u"family");
        QVERIFY(thing->hasSignature());
        QVERIFY(thing->signatureInfoXml().contains("<hv-signature-method>HVSignatureMethod2"));
        QCOMPARE(thing->updatedEndDate().date(), QDate(9999, 12, 31));
    }

    void writesBackWhatItRead()
    {
        const auto thing = Thing::fromXml(kFullThing);
        QVERIFY(thing);
        const QByteArray written = thing->toXml();
        QVERIFY(written.contains(
            R"(<future-element hearth-unknown="kept">x &amp; y</future-element>)"));
        QVERIFY(written.contains(R"(<anything deep="yes"><b/></anything>)"));
        const auto again = Thing::fromXml(written);
        QVERIFY(again);
        QVERIFY(again->canonicallyEquals(*thing));
        QCOMPARE(again->toXml(), written);
    }

    void canonicalComparisonSeesChanges()
    {
        const auto thing = Thing::fromXml(kFullThing);
        QByteArray changed = kFullThing;
        changed.replace("hearth-unknown=\"kept\"", "hearth-unknown=\"lost\"");
        const auto other = Thing::fromXml(changed);
        QVERIFY(other);
        QVERIFY(!other->canonicallyEquals(*thing));
    }

    void buildsANewThingInSchemaOrder()
    {
        Thing thing;
        QVERIFY(thing.setDataXml("<weight><when><date><y>2020</y><m>1</m><d>2</d></date></when>"
                                 "<value><kg>70</kg></value></weight>"));
        thing.setNote(QStringLiteral("n"));
        thing.setEffectiveDate(QDateTime(QDate(2020, 1, 2), QTime(8, 0), Qt::UTC));
        thing.setTypeId(QUuid::fromString(u"3d34d87e-7fc1-4153-800f-f56592cb0d17"));
        thing.setFlags(hearth::ReadOnlyFlag);
        thing.setKey(QUuid::fromString(u"31501360-362b-4791-ae12-141386ac5da6"),
            QStringLiteral("672b1c15-4704-4bcd-97d6-3e183309af0a"));
        thing.setState(ThingState::Active);
        QCOMPARE(thing.toXml(),
            QByteArray("<thing><thing-id version-stamp=\"672b1c15-4704-4bcd-97d6-3e183309af0a\">"
                       "31501360-362b-4791-ae12-141386ac5da6</thing-id>"
                       "<type-id>3d34d87e-7fc1-4153-800f-f56592cb0d17</type-id>"
                       "<thing-state>Active</thing-state><flags>16</flags>"
                       "<eff-date>2020-01-02T08:00:00Z</eff-date>"
                       "<data-xml><weight><when><date><y>2020</y><m>1</m><d>2</d></date>"
                       "</when><value><kg>70</kg></value></weight>"
                       "<common><note>n</note></common></data-xml></thing>"));
        const auto reread = Thing::fromXml(thing.toXml());
        QVERIFY(reread);
        QCOMPARE(reread->note(), u"n");
    }

    void replacesDataXmlAndKeepsTheRest()
    {
        auto thing = Thing::fromXml(kFullThing);
        QVERIFY(thing);
        QVERIFY(thing->setDataXml("<height><when><date><y>2001</y><m>2</m><d>3</d></date></when>"
                                  "<value><m>1.8</m></value></height>"));
        QCOMPARE(thing->dataRoot()->name(), u"height");
        QCOMPARE(thing->note(), QString()); // the common came from the old data-xml
        QVERIFY(thing->dataXml().startsWith("<height>"));
        QCOMPARE(thing->tags(), u"family");
        QCOMPARE(thing->blobs().size(), 2);
    }

    void writesAuditsAndBlobs()
    {
        Thing thing;
        ThingAudit audit;
        audit.timestamp = QDateTime(QDate(2021, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);
        audit.appId = QUuid::fromString(u"9ca84d74-1473-471d-940f-2699cb7198df");
        audit.appName = QStringLiteral("Hearth");
        audit.personId = QUuid::fromString(u"64141445-0ed8-47eb-a9bc-6081628f9357");
        audit.accessAvenue = ThingAudit::Avenue::Offline;
        audit.auditAction = ThingAudit::Action::Updated;
        thing.setUpdated(audit);
        thing.setCreated(audit);
        hearth::ThingBlob blob;
        blob.contentType = QStringLiteral("application/pdf");
        blob.inlineData = QByteArray("%PDF-1.4");
        blob.hasInlineData = true;
        blob.contentLength = blob.inlineData.size();
        thing.setBlobs({ blob });
        const QByteArray xml = thing.toXml();
        QVERIFY(xml.indexOf("<created>") < xml.indexOf("<updated>"));
        const auto reread = Thing::fromXml(xml);
        QVERIFY(reread);
        QCOMPARE(reread->created()->timestamp, audit.timestamp);
        QCOMPARE(reread->updated()->appName, u"Hearth");
        QCOMPARE(reread->updated()->accessAvenue, ThingAudit::Avenue::Offline);
        QCOMPARE(reread->blobs().first().inlineData, QByteArray("%PDF-1.4"));
        QCOMPARE(reread->blobs().first().contentLength, 8);
    }

    void rejectsMalformedInput_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << kFullThing.left(kFullThing.size() / 2) << "Premature end";
        QTest::newRow("wrong root") << QByteArray("<weight><value/></weight>")
                                    << "Expected a <thing> element, found <weight>";
        QTest::newRow("empty") << QByteArray() << "Premature end";
        QTest::newRow("billion laughs")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                          "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                          "<thing><tags>&lol2;</tags></thing>")
            << "DOCTYPE is not allowed";
        QTest::newRow("external entity")
            << QByteArray("<!DOCTYPE thing [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                          "<thing><tags>&x;</tags></thing>")
            << "DOCTYPE is not allowed";
        QTest::newRow("undeclared entity")
            << QByteArray("<thing><tags>&x;</tags></thing>") << "Entity";
        QByteArray badGuid = kFullThing;
        badGuid.replace(
            "31501360-362b-4791-ae12-141386ac5da6", "31501360-362b-4791-ae12-141386ac5dZZ");
        QTest::newRow("invalid thing id") << badGuid << "<thing-id> is not a GUID";
        QByteArray badType = kFullThing;
        badType.replace("3d34d87e-7fc1-4153-800f-f56592cb0d17", "weight");
        QTest::newRow("invalid type id") << badType << "<type-id> is not a GUID";
        QTest::newRow("february 30")
            << withEffDate("2023-02-30T00:00:00Z") << "<eff-date> is not a valid date-time";
        QByteArray badDataDate = kFullThing;
        badDataDate.replace("<y>2017</y><m>6</m><d>2</d>", "<y>2023</y><m>2</m><d>30</d>");
        QTest::newRow("february 30 in data") << badDataDate << "2023-2-30 is not a calendar date";
        QByteArray badState = kFullThing;
        badState.replace("<thing-state>Deleted", "<thing-state>Gone");
        QTest::newRow("state") << badState << "must be Active or Deleted";
        QByteArray badFlags = kFullThing;
        badFlags.replace("<flags>18", "<flags>-1");
        QTest::newRow("flags") << badFlags << "<flags> is not an unsigned number";
        QTest::newRow("deep") << QByteArray("<thing>" + QByteArray("<a>").repeated(300)
            + QByteArray("</a>").repeated(300) + "</thing>")
                              << "nested deeper than 256";
    }

    void rejectsMalformedInput()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, message);
        ThingError error;
        QVERIFY(!Thing::fromXml(xml, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    }

    void reportsWhereTheProblemIs()
    {
        ThingError error;
        QVERIFY(!Thing::fromXml(withEffDate("2023-02-30T00:00:00Z"), &error));
        QCOMPARE(error.line, 7);
        QCOMPARE(error.column, 3);
        QVERIFY(!Thing::fromXml("<thing>\n  <tags>a</tag>\n</thing>", &error));
        QCOMPARE(error.line, 2);
        QVERIFY(error.column > 10);
    }

    void refusesAHugeTextNodeQuickly()
    {
        QByteArray huge = "<thing><tags>";
        huge.append(QByteArray(100 * 1024 * 1024, 'a'));
        huge.append("</tags></thing>");
        QElapsedTimer timer;
        timer.start();
        ThingError error;
        QVERIFY(!Thing::fromXml(huge, &error));
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY2(
            error.message.contains("above the 33554432-byte limit"), qPrintable(error.message));
    }

    void closesEmptyElementsAtTheEnd()
    {
        const auto thing = Thing::fromDataXml(QUuid(), "<personal-image/><common/>");
        QVERIFY(thing);
        QCOMPARE(thing->dataXml(), QByteArray("<personal-image/><common/>"));
        QCOMPARE(thing->dataRoot()->toXml(), QByteArray("<personal-image/>"));
    }

    void rejectsBadDataXml()
    {
        Thing thing;
        ThingError error;
        QVERIFY(!thing.setDataXml("just text", &error));
        QVERIFY(error.message.contains("text outside"));
        QVERIFY(!thing.setDataXml("<weight>", &error));
        QVERIFY(!thing.setDataXml("", &error));
        QVERIFY(error.message.contains("no element"));
        QVERIFY(!thing.dataRoot());
    }

    void readsTheSdkWeightThing()
    {
        QFile file(QStringLiteral(
            HEARTH_SHARED_DIR "/reference/healthvault/samples/sdk-tests/ThingSampleWeight.xml"));
        if (!file.exists())
            QSKIP("The HealthVault reference samples (../shared) are not present");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        ThingError error;
        const auto thing = Thing::fromXml(xml, &error);
        QVERIFY2(thing, qPrintable(error.toString()));
        QCOMPARE(thing->id(), QUuid::fromString(u"31501360-362b-4791-ae12-141386ac5da6"));
        QCOMPARE(thing->created()->appName, u"Microsoft HealthVault");
        QCOMPARE(thing->dataRoot()->child(u"value")->childText(u"kg"), u"76");
        const auto reread = Thing::fromXml(thing->toXml());
        QVERIFY(reread && reread->canonicallyEquals(*thing));
    }
};

QTEST_GUILESS_MAIN(TestThing)
#include "tst_thing.moc"
