// hearth-vault with --tls-cert/--tls-key: HTTPS on a self-signed certificate
// made by the openssl command, Secure cookies.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestVaultTls : public QObject
{
    Q_OBJECT
private slots:
    void servesHttpsWithSecureCookies()
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
        QVERIFY2(port != 0, vault.readAllStandardError().constData());

        QNetworkAccessManager network;
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates(QSslCertificate::fromPath(cert));
        QNetworkRequest request(
            QUrl(QStringLiteral("https://127.0.0.1:%1/shell/signin").arg(port)));
        request.setSslConfiguration(trust);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->rawHeader("Set-Cookie").contains("; Secure"));
        reply->deleteLater();

        // Plain HTTP on the TLS port gets no page.
        QNetworkReply *plain = network.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port))));
        QSignalSpy plainFinished(plain, &QNetworkReply::finished);
        QVERIFY(plainFinished.wait(10000));
        QVERIFY(plain->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200);
        plain->deleteLater();

        ::kill(pid_t(vault.processId()), SIGTERM);
        QVERIFY(vault.waitForFinished(5000));
    }

    void refusesHalfATlsSetup()
    {
        QTemporaryDir tmp;
        QProcess vault;
        vault.start(QStringLiteral(HEARTH_BINARY_DIR "/bin/hearth-vault"),
            { QStringLiteral("--data"), tmp.path(), QStringLiteral("--tls-cert"),
                tmp.filePath(QStringLiteral("missing.pem")) });
        QVERIFY(vault.waitForFinished(5000));
        QCOMPARE(vault.exitCode(), 2);
        vault.start(QStringLiteral(HEARTH_BINARY_DIR "/bin/hearth-vault"),
            { QStringLiteral("--data"), tmp.path(), QStringLiteral("--tls-cert"),
                tmp.filePath(QStringLiteral("missing.pem")), QStringLiteral("--tls-key"),
                tmp.filePath(QStringLiteral("missing.key")) });
        QVERIFY(vault.waitForFinished(5000));
        QCOMPARE(vault.exitCode(), 1);
        QVERIFY(vault.readAllStandardError().contains("cannot read the TLS certificate"));
    }
};

QTEST_GUILESS_MAIN(TestVaultTls)
#include "tst_vaulttls.moc"
