// The request envelope: parsing, byte-exact info-hash and header HMAC, and
// the requests this code writes for the desktop client.

#include "core/protocol/RequestEnvelope.h"
#include "core/protocol/XsDateTime.h"

#include <QFile>
#include <QTest>

using namespace hearth::protocol;

class TestRequestEnvelope : public QObject
{
    Q_OBJECT
private:
    static QByteArray sample(const QString &name)
    {
        QFile file(
            QStringLiteral(HEARTH_SHARED_DIR "/reference/healthvault/samples/requests/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    static RequestHeader signedHeader()
    {
        RequestHeader header;
        header.method = QStringLiteral("GetThings");
        header.methodVersion = 3;
        header.recordId = QUuid::fromString(QStringLiteral("11111111-1111-1111-1111-222222222222"));
        header.authToken = QStringLiteral("token+/=");
        header.offlinePersonId
            = QUuid::fromString(QStringLiteral("a8c0b3b4-0000-4000-8000-000000000001"));
        header.msgTime = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
        header.msgTtl = 1800;
        header.version = QStringLiteral("Hearth/0.1");
        return header;
    }

private slots:
    void readsTheSdkSampleAndItsSha1InfoHash()
    {
        const QByteArray xml = sample(QStringLiteral("put-things-sample.xml"));
        if (xml.isEmpty())
            QSKIP("HealthVault samples not found under HEARTH_SHARED_DIR");
        ProtocolError error;
        const auto request = RequestEnvelope::parse(xml, &error);
        QVERIFY2(request, qPrintable(error.message));
        QCOMPARE(request->header().method, QStringLiteral("PutThings"));
        QCOMPARE(request->header().methodVersion, 1);
        QCOMPARE(request->header().recordId,
            QUuid::fromString(QStringLiteral("11111111-1111-1111-1111-222222222222")));
        QVERIFY(request->header().authToken.startsWith(QLatin1String("ASAAADNt")));
        QVERIFY(!request->header().userAuthToken.isEmpty());
        QCOMPARE(request->header().language, QStringLiteral("en"));
        QCOMPARE(request->header().msgTtl, 1800);
        QCOMPARE(request->header().msgTime,
            QDateTime(QDate(2008, 3, 12), QTime(1, 51, 32, 671), Qt::UTC));
        QCOMPARE(request->header().infoHashAlgorithm, QStringLiteral("SHA1"));
        QCOMPARE(request->hmacAlgorithm(), QStringLiteral("HMACSHA1"));
        QVERIFY(request->isSigned());
        QVERIFY(request->rawInfo().startsWith("<info><thing>"));
        QVERIFY(request->rawInfo().endsWith("</info>"));
        QVERIFY(request->rawHeader().startsWith("<header><method>"));
        QVERIFY(request->rawHeader().endsWith("</header>"));
        // The sample's hash was computed by the SDK over the exact info bytes.
        QVERIFY(request->infoHashMatches());
        QVERIFY(!request->hmacMatches("not the key"));
    }

    void readsTheIndentedGetThingsSample()
    {
        const QByteArray xml = sample(QStringLiteral("get-things-sample.xml"));
        if (xml.isEmpty())
            QSKIP("HealthVault samples not found under HEARTH_SHARED_DIR");
        ProtocolError error;
        const auto request = RequestEnvelope::parse(xml, &error);
        QVERIFY2(request, qPrintable(error.message));
        QCOMPARE(request->header().method, QStringLiteral("GetThings"));
        QCOMPARE(request->header().country, QStringLiteral("US"));
        const qsizetype infoStart = xml.indexOf("<info>");
        const qsizetype infoEnd = xml.lastIndexOf("</info>") + 7;
        QCOMPARE(request->rawInfo(), xml.mid(infoStart, infoEnd - infoStart));
        const qsizetype headerStart = xml.indexOf("<header>");
        const qsizetype headerEnd = xml.indexOf("</header>") + 9;
        QCOMPARE(request->rawHeader(), xml.mid(headerStart, headerEnd - headerStart));
        // The docs re-indented this sample after hashing it.
        QVERIFY(!request->infoHashMatches());
    }

    void writtenRequestsVerify()
    {
        const QByteArray secret
            = QByteArray::fromBase64("bYmBR7gCnkc48amiuhiod6g5qQU0gYioqA3KA+3qCjo=");
        const QByteArray info = "<info><group><filter><type-id>3d34d87e-7fc1-4153-800f-"
                                "f56592cb0d17</type-id></filter><format><section>core</section>"
                                "<xml/></format></group></info>";
        const QByteArray xml = RequestEnvelope::write(signedHeader(), info, secret);
        QVERIFY(!xml.contains("<?xml"));
        const auto request = RequestEnvelope::parse(xml, nullptr);
        QVERIFY(request);
        QCOMPARE(request->rawInfo(), info);
        QCOMPARE(request->header().infoHashAlgorithm, QStringLiteral("SHA256"));
        QVERIFY(request->infoHashMatches());
        QVERIFY(request->hmacMatches(secret));
        QVERIFY(!request->hmacMatches(secret + "x"));
        QCOMPARE(request->header().offlinePersonId, signedHeader().offlinePersonId);
        QCOMPARE(request->header().authToken, QStringLiteral("token+/="));
        QCOMPARE(request->header().methodVersion, 3);
    }

    void oneChangedByteBreaksHashOrHmac_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<bool>("hashOk");
        QTest::addColumn<bool>("hmacOk");
        QTest::newRow("info content")
            << QByteArray("<section>core") << QByteArray("<section>xml ") << false << true;
        QTest::newRow("info whitespace")
            << QByteArray("<format>") << QByteArray("<format> ") << false << true;
        QTest::newRow("header ttl")
            << QByteArray("<msg-ttl>1800") << QByteArray("<msg-ttl>1801") << true << false;
    }

    void oneChangedByteBreaksHashOrHmac()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(bool, hashOk);
        QFETCH(bool, hmacOk);
        const QByteArray secret = "0123456789abcdef0123456789abcdef";
        const QByteArray info = "<info><group><format><section>core</section></format></group>"
                                "</info>";
        QByteArray xml = RequestEnvelope::write(signedHeader(), info, secret);
        QVERIFY(xml.contains(from));
        xml.replace(from, to);
        const auto request = RequestEnvelope::parse(xml, nullptr);
        QVERIFY(request);
        QCOMPARE(request->infoHashMatches(), hashOk);
        QCOMPARE(request->hmacMatches(secret), hmacOk);
    }

    void acceptsUppercaseGuidsNonAsciiCrlfAndEmptyInfo()
    {
        RequestHeader header = signedHeader();
        const QByteArray info = "<info>\r\n<name>Zoë 😀 &amp; Co</name>\r\n</info>";
        QByteArray xml = RequestEnvelope::write(header, info, "key");
        xml.replace("a8c0b3b4-0000-4000-8000-000000000001", "A8C0B3B4-0000-4000-8000-000000000001");
        auto request = RequestEnvelope::parse(xml, nullptr);
        QVERIFY(request);
        QCOMPARE(request->header().offlinePersonId, header.offlinePersonId);
        QCOMPARE(request->rawInfo(), info);
        QVERIFY(request->infoHashMatches());
        QVERIFY(!request->hmacMatches("key")); // the header changed (GUID case)

        for (const QByteArray &empty : { QByteArray("<info/>"), QByteArray("<info />") }) {
            header.authToken.clear();
            header.appId
                = QUuid::fromString(QStringLiteral("B5C5593B-AFB4-466D-88F2-31707FB8634B"));
            const QByteArray anonymous = RequestEnvelope::write(header, empty);
            request = RequestEnvelope::parse(anonymous, nullptr);
            QVERIFY(request);
            QCOMPARE(request->rawInfo(), empty);
            QVERIFY(!request->isSigned());
            QVERIFY(request->infoHashMatches());
            QCOMPARE(request->header().appId, header.appId);
        }
    }

    void rejectsBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("status");
        const QByteArray head = "<header><method>GetThings</method><msg-time>2024-05-01T10:00:00Z"
                                "</msg-time><msg-ttl>1800</msg-ttl><version>x</version></header>";
        const QByteArray open = "<wc-request:request xmlns:wc-request=\"urn:com.microsoft.wc."
                                "request\">";
        const QByteArray close = "</wc-request:request>";
        QTest::newRow("empty") << QByteArray() << 3;
        QTest::newRow("not xml") << QByteArray("hello") << 3;
        QTest::newRow("truncated") << open + head + "<info>" << 3;
        QTest::newRow("doctype") << "<!DOCTYPE r [<!ENTITY a \"b\">]>" + open + head
                + "<info>&a;</info>"
                + close << 3;
        QTest::newRow("undeclared entity") << open + head + "<info>&xxe;</info>" + close << 3;
        QTest::newRow("wrong root")
            << "<request xmlns=\"urn:other\">" + head + "<info/></request>" << 3;
        QTest::newRow("no info") << open + head + close << 3;
        QTest::newRow("info before header") << open + "<info/>" + head + close << 3;
        QTest::newRow("two infos") << open + head + "<info/><info/>" + close << 3;
        QTest::newRow("no method")
            << open + "<header><msg-time>2024-05-01T10:00:00Z</msg-time></header><info/>" + close
            << 3;
        QTest::newRow("bad guid") << open
                + "<header><method>A</method><record-id>nope</record-id><msg-time>"
                  "2024-05-01T10:00:00Z</msg-time></header><info/>"
                + close << 3;
        QTest::newRow("bad time") << open
                + "<header><method>A</method><msg-time>yesterday</msg-time></header><info/>"
                + close << 69;
        QTest::newRow("utf16 declared")
            << "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + open + head + "<info/>" + close << 3;
        QTest::newRow("invalid utf8") << open + head + "<info>\xff\xfe</info>" + close << 3;
        QTest::newRow("trailing element") << open + head + "<info/>" + close + "<x/>" << 3;
        QTest::newRow("bad hmac base64") << open
                + "<auth><hmac-data algName=\"HMACSHA256\">!!"
                  "</hmac-data></auth>"
                + head + "<info/>"
                + close << 3;
    }

    void rejectsBadDocuments()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, status);
        ProtocolError error;
        QVERIFY(!RequestEnvelope::parse(xml, &error));
        QCOMPARE(int(error.status), status);
        QVERIFY(!error.message.isEmpty());
    }

    void msgTimeAndTtl()
    {
        RequestHeader header = signedHeader();
        header.msgTtl = 60;
        const auto request
            = RequestEnvelope::parse(RequestEnvelope::write(header, "<info/>"), nullptr);
        QVERIFY(request);
        QVERIFY(!request->isExpired(header.msgTime.addSecs(60)));
        QVERIFY(request->isExpired(header.msgTime.addSecs(61)));
    }

    void xsDateTimeForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base(QDate(2017, 4, 20), QTime(21, 53, 19), Qt::UTC);
        QTest::newRow("Z") << "2017-04-20T21:53:19Z" << base;
        QTest::newRow("no zone") << "2017-04-20T21:53:19" << base;
        QTest::newRow("ms") << "2017-04-20T21:53:19.123Z" << base.addMSecs(123);
        QTest::newRow("7 digits") << "2017-04-20T21:53:19.1234567Z" << base.addMSecs(123);
        QTest::newRow("offset") << "2017-04-20T23:53:19+02:00" << base;
        QTest::newRow("negative offset") << "2017-04-20T16:53:19.5-05:00" << base.addMSecs(500);
    }

    void xsDateTimeForms()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(XsDateTime::parse(text), expected);
    }

    void xsDateTimeRejects()
    {
        QVERIFY(!XsDateTime::parse(u"2017-02-30T00:00:00Z").isValid());
        QVERIFY(!XsDateTime::parse(u"2017-04-20 21:53:19").isValid());
        QVERIFY(!XsDateTime::parse(u"").isValid());
        QCOMPARE(XsDateTime::format(QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC)),
            QStringLiteral("2024-01-02T03:04:05.006Z"));
    }
};

QTEST_GUILESS_MAIN(TestRequestEnvelope)
#include "tst_requestenvelope.moc"
