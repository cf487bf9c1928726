// Runs the built `hearth` program the way a user or a script would.

#include <QProcess>
#include <QTest>

class TestHearthCli : public QObject
{
    Q_OBJECT
private:
    QProcess *runHearth(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        // No display: these options must work over SSH and in CI.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(HEARTH_BINARY_DIR "/bin/hearth"), arguments);
        process->waitForFinished(30000);
        return process;
    }

private slots:
    void versionPrintsTheProjectVersion()
    {
        QProcess *hearth = runHearth({ QStringLiteral("--version") });
        QCOMPARE(hearth->exitCode(), 0);
        QCOMPARE(hearth->readAllStandardOutput().trimmed(), QByteArray("Hearth " HEARTH_VERSION));
    }

    void selfTestPassesWithoutADisplay()
    {
        QProcess *hearth = runHearth({ QStringLiteral("--self-test") });
        QVERIFY2(hearth->exitStatus() == QProcess::NormalExit,
            hearth->readAllStandardError().constData());
        QCOMPARE(hearth->exitCode(), 0);
        QVERIFY(hearth->readAllStandardOutput().contains("self-test passed"));
    }

    void selfTestReportsAMissingDicomDictionary()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        auto *hearth = new QProcess(this);
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("DCMDICTPATH"), QStringLiteral("/nonexistent/dicom.dic"));
        hearth->setProcessEnvironment(env);
        hearth->start(
            QStringLiteral(HEARTH_BINARY_DIR "/bin/hearth"), { QStringLiteral("--self-test") });
        QVERIFY(hearth->waitForFinished(30000));
        QCOMPARE(hearth->exitCode(), 1);
        QVERIFY(hearth->readAllStandardError().contains("DICOM data dictionary"));
    }
};

QTEST_GUILESS_MAIN(TestHearthCli)
#include "tst_hearthcli.moc"
