// Response envelopes: written by the vault, read by the desktop client, and
// the SDK test fixtures read as the .NET SDK reads them.

#include "core/protocol/ResponseEnvelope.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace hearth::protocol;

class TestResponseEnvelope : public QObject
{
    Q_OBJECT
private slots:
    void writesAndReadsOk()
    {
        const QString ns = ResponseEnvelope::responseNamespace(QStringLiteral("GetThings3"));
        QCOMPARE(ns, QStringLiteral("urn:com.microsoft.wc.methods.response.GetThings3"));
        const QByteArray xml = ResponseEnvelope::writeOk(ns, "<group name=\"a\"/>");
        QCOMPARE(xml,
            QByteArray("<response><status><code>0</code></status><wc:info xmlns:wc=\"urn:com."
                       "microsoft.wc.methods.response.GetThings3\"><group name=\"a\"/></wc:info>"
                       "</response>"));
        const auto response = ResponseEnvelope::parse(xml, nullptr);
        QVERIFY(response);
        QCOMPARE(response->status(), StatusCode::Ok);
        QCOMPARE(response->infoNamespace(), ns);
        QVERIFY(response->rawInfo().startsWith("<wc:info"));
        QVERIFY(response->rawInfo().endsWith("</wc:info>"));
    }

    void writesAndReadsErrors()
    {
        const QByteArray xml = ResponseEnvelope::writeError(
            StatusCode::VersionStampMismatch, QStringLiteral("stale <stamp> & more"));
        const auto response = ResponseEnvelope::parse(xml, nullptr);
        QVERIFY(response);
        QCOMPARE(response->status(), StatusCode::VersionStampMismatch);
        QCOMPARE(response->rawStatus(), 61);
        QCOMPARE(response->errorMessage(), QStringLiteral("stale <stamp> & more"));
        QVERIFY(response->rawInfo().isEmpty());
    }

    void statusNames()
    {
        QCOMPARE(statusName(StatusCode::AccessDenied), QStringLiteral("ACCESS_DENIED"));
        QCOMPARE(statusName(StatusCode::AuthenticatedSessionTokenExpired),
            QStringLiteral("AUTHENTICATED_SESSION_TOKEN_EXPIRED"));
        QCOMPARE(int(StatusCode::TooManyGroupsInQuery), 53);
        QCOMPARE(statusName(StatusCode(9999)), QStringLiteral("UNKNOWN"));
        QVERIFY(!statusDescription(StatusCode::BadSig).isEmpty());
    }

    void readsEverySdkResultFixture()
    {
        const QDir dir(
            QStringLiteral(HEARTH_SHARED_DIR "/reference/healthvault/samples/sdk-tests"));
        if (!dir.exists())
            QSKIP("HealthVault samples not found under HEARTH_SHARED_DIR");
        const QStringList files = dir.entryList({ QStringLiteral("*Result*.xml") }, QDir::Files);
        QVERIFY(files.size() >= 5);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            ProtocolError error;
            const auto response = ResponseEnvelope::parse(file.readAll(), &error);
            QVERIFY2(response, qPrintable(name + QStringLiteral(": ") + error.message));
            QCOMPARE(response->status(), StatusCode::Ok);
            QVERIFY2(response->rawInfo().startsWith("<wc:info")
                    && response->rawInfo().endsWith("</wc:info>"),
                qPrintable(name));
            QVERIFY2(response->infoNamespace().startsWith(
                         QLatin1String("urn:com.microsoft.wc.methods.response.")),
                qPrintable(name));
        }
    }

    void rejectsNonResponses()
    {
        QVERIFY(!ResponseEnvelope::parse("<html/>", nullptr));
        QVERIFY(!ResponseEnvelope::parse("<response><status/></response>", nullptr));
        QVERIFY(!ResponseEnvelope::parse(
            "<response><status><code>x</code></status></response>", nullptr));
        QVERIFY(!ResponseEnvelope::parse(
            "<!DOCTYPE response><response><status><code>0</code></status></response>", nullptr));
    }
};

QTEST_GUILESS_MAIN(TestResponseEnvelope)
#include "tst_responseenvelope.moc"
