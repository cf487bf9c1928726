// Drives the real embedded browser (QtWebEngine) against a real HTTP(S)
// server on loopback that plays a vault's shell.

#include "tests/common/Screenshot.h"
#include "ui/signin/ShellBrowserDialog.h"
#include "ui/signin/ShellPage.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineView>

using hearth::ui::ShellBrowserDialog;
using hearth::ui::ShellPage;

namespace {

const char *const kSignInPage = R"(<!doctype html>
<html lang="en"><head><title>Hearth vault</title></head><body>
<h1>Sign in</h1>
<form method="post" action="/signin">
<label>Email <input name="email" id="email"></label>
<label>Password <input name="password" id="password" type="password"></label>
<button id="submit" type="submit">Sign in</button>
</form>
<a id="elsewhere" href="http://localhost:%1/application/complete?instanceid=evil">x</a>
</body></html>)";

// A stand-in for the vault's shell: a sign-in form whose POST redirects to the
// completion URL, and a count of what the browser asked for.
class FakeShell
{
public:
    FakeShell()
    {
        m_http.route(QStringLiteral("/redirect.aspx"), [this] {
            ++m_pageLoads;
            return QHttpServerResponse(QByteArray("text/html"),
                QByteArray(kSignInPage).replace("%1", QByteArray::number(m_port)));
        });
        m_http.route(QStringLiteral("/signin"), QHttpServerRequest::Method::Post,
            [this](const QHttpServerRequest &request) {
                m_signInBody = request.body();
                QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
                response.setHeader("Location",
                    "/application/complete?appid=a1&target=AppAuthSuccess"
                    "&instanceid=6f1e2d3c-aaaa-4bbb-8ccc-0123456789ab");
                return response;
            });
        m_http.route(QStringLiteral("/application/complete"), [this] {
            ++m_completionLoads;
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        });
    }

    void useTls(const QSslCertificate &certificate, const QSslKey &key)
    {
        m_http.sslSetup(certificate, key);
    }

    QUrl start(const QString &scheme)
    {
        m_port = m_http.listen(QHostAddress::LocalHost, 0);
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/redirect.aspx?target=CREATEAPPLICATION")
                        .arg(scheme)
                        .arg(m_port));
    }

    int pageLoads() const { return m_pageLoads; }
    int completionLoads() const { return m_completionLoads; }
    QByteArray signInBody() const { return m_signInBody; }

private:
    QHttpServer m_http;
    quint16 m_port = 0;
    int m_pageLoads = 0;
    int m_completionLoads = 0;
    QByteArray m_signInBody;
};

bool waitForLoad(QWebEngineView *view)
{
    QSignalSpy loaded(view, &QWebEngineView::loadFinished);
    return loaded.wait(30000) && loaded.first().first().toBool();
}

} // namespace

class TestShellBrowser : public QObject
{
    Q_OBJECT
private slots:
    void readsTheInstanceIdWhateverTheCase_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("instanceId");
        QTest::newRow("lowercase")
            << QUrl(QStringLiteral("http://v/application/complete?instanceid=ab")) << "ab";
        QTest::newRow("docs spelling")
            << QUrl(QStringLiteral("http://v/application/complete?appid=x&instanceId=cd")) << "cd";
        QTest::newRow("missing") << QUrl(QStringLiteral("http://v/application/complete?appid=x"))
                                 << QString();
    }
    void readsTheInstanceIdWhateverTheCase()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, instanceId);
        QCOMPARE(ShellPage::instanceIdFrom(url), instanceId);
    }

    void signingInHandsBackTheInstanceId()
    {
        FakeShell shell;
        const QUrl url = shell.start(QStringLiteral("http"));
        ShellBrowserDialog dialog;
        QVERIFY(dialog.page()->profile()->isOffTheRecord());
        dialog.show();
        dialog.load(url);
        QVERIFY(waitForLoad(dialog.view()));

        for (const char *name : { "shellView", "shellButtons" }) {
            auto *widget = dialog.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget && widget->isVisible(), name);
        }
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("shellProgress"))->isVisible());
        QTest::qWait(200); // let the page paint before the screenshot
        const QImage image = hearth::test::saveScreenshot(&dialog, QStringLiteral("shell-sign-in"));
        // The page's text rendered, not just the frame around the view.
        QVERIFY(hearth::test::distinctColours(image.copy(dialog.view()->geometry())) > 20);

        dialog.page()->runJavaScript(
            QStringLiteral("document.getElementById('email').value = 'pat@example.org';"
                           "document.getElementById('password').value = 'correct horse';"
                           "document.getElementById('submit').click();"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QCOMPARE(dialog.instanceId(), QStringLiteral("6f1e2d3c-aaaa-4bbb-8ccc-0123456789ab"));
        QVERIFY(shell.signInBody().contains("email=pat%40example.org"));
        // The completion URL is the app's business, never loaded from the vault.
        QCOMPARE(shell.completionLoads(), 0);
    }

    void completionFromAnotherOriginIsIgnored()
    {
        FakeShell shell;
        ShellBrowserDialog dialog;
        dialog.show();
        dialog.load(shell.start(QStringLiteral("http")));
        QVERIFY(waitForLoad(dialog.view()));
        // localhost is another origin than the 127.0.0.1 the dialog opened.
        dialog.page()->runJavaScript(
            QStringLiteral("document.getElementById('elsewhere').click();"));
        QTRY_COMPARE_WITH_TIMEOUT(shell.completionLoads(), 1, 30000);
        QVERIFY(dialog.instanceId().isEmpty());
        QVERIFY(dialog.isVisible());
    }

    void selfSignedCertificateNeedsTheUsersConfirmation()
    {
        QTemporaryDir tmp;
        const QString certPath = tmp.filePath(QStringLiteral("vault.crt"));
        const QString keyPath = tmp.filePath(QStringLiteral("vault.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath });
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath);
        QCOMPARE(certificates.size(), 1);
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(&keyFile, QSsl::Rsa);
        QVERIFY(!key.isNull());

        FakeShell shell;
        shell.useTls(certificates.first(), key);
        ShellBrowserDialog dialog;
        dialog.show();
        dialog.load(shell.start(QStringLiteral("https")));

        auto *panel = dialog.findChild<QWidget *>(QStringLiteral("trustPanel"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 30000);
        QCOMPARE(shell.pageLoads(), 0);
        const QString expected
            = ShellPage::formatFingerprint(ShellPage::fingerprint(certificates.first()));
        auto *text = dialog.findChild<QLabel *>(QStringLiteral("trustText"));
        QVERIFY2(text->text().contains(expected), qPrintable(text->text()));

        QSignalSpy loaded(dialog.view(), &QWebEngineView::loadFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("trustButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(shell.pageLoads(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().first().toBool(), 30000);
        QVERIFY(!panel->isVisible());
    }
};

QTEST_MAIN(TestShellBrowser)
#include "tst_shellbrowser.moc"
