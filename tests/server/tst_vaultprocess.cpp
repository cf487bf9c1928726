// Starts hearth-vault as a real process on a free loopback port.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestVaultProcess : public QObject
{
    Q_OBJECT
private:
    const QString m_program = QStringLiteral(HEARTH_BINARY_DIR "/bin/hearth-vault");

    // Starts the vault with `--listen 127.0.0.1:0` and returns the port it printed.
    quint16 startVault(QProcess &vault, const QString &dataDir)
    {
        vault.setProgram(m_program);
        vault.setArguments({ QStringLiteral("--data"), dataDir, QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0") });
        vault.start();
        if (!vault.waitForStarted(5000))
            return 0;
        QByteArray out;
        const QRegularExpression listening(QStringLiteral("listening on 127.0.0.1:(\\d+)"));
        for (int i = 0; i < 100; ++i) {
            vault.waitForReadyRead(100);
            out += vault.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch())
                return quint16(match.captured(1).toUInt());
        }
        return 0;
    }

private slots:
    void servesHealthAndStopsOnSigterm()
    {
        QTemporaryDir tmp;
        const QString dataDir = tmp.filePath(QStringLiteral("vault-data"));
        QVERIFY(!QFileInfo::exists(dataDir));

        QProcess vault;
        const quint16 port = startVault(vault, dataDir);
        QVERIFY2(port != 0, vault.readAllStandardError().constData());
        QVERIFY(QFileInfo(dataDir).isDir());

        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("\"ok\""));
        reply->deleteLater();

        ::kill(pid_t(vault.processId()), SIGTERM);
        QVERIFY(vault.waitForFinished(5000));
        QCOMPARE(vault.exitStatus(), QProcess::NormalExit);
        QCOMPARE(vault.exitCode(), 0);
    }

    void refusesANonLoopbackAddressWithoutTls()
    {
        QTemporaryDir tmp;
        QProcess vault;
        vault.start(m_program,
            { QStringLiteral("--data"), tmp.path(), QStringLiteral("--listen"),
                QStringLiteral("0.0.0.0:0") });
        QVERIFY(vault.waitForFinished(5000));
        QCOMPARE(vault.exitCode(), 1);
        QVERIFY(vault.readAllStandardError().contains("loopback only"));
    }

    void helpNamesTheOptions()
    {
        QProcess vault;
        vault.start(m_program, { QStringLiteral("--help") });
        QVERIFY(vault.waitForFinished(5000));
        QCOMPARE(vault.exitCode(), 0);
        const QByteArray help = vault.readAllStandardOutput();
        QVERIFY(help.contains("--data <DIR>"));
        QVERIFY(help.contains("--listen <ADDR:PORT>"));
    }

    void requiresADataFolder()
    {
        QProcess vault;
        vault.start(m_program, {});
        QVERIFY(vault.waitForFinished(5000));
        QCOMPARE(vault.exitCode(), 2);
        QVERIFY(vault.readAllStandardError().contains("--data DIR is required"));
    }
};

QTEST_GUILESS_MAIN(TestVaultProcess)
#include "tst_vaultprocess.moc"
