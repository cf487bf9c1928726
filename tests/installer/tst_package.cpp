// Checks the desktop integration files and builds the real .deb with CPack.

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPackage : public QObject
{
    Q_OBJECT
private:
    static QString installerFile(const char *name)
    {
        return QStringLiteral(HEARTH_SOURCE_DIR "/installer/") + QLatin1String(name);
    }

    static QByteArray run(const QString &program, const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        process.waitForFinished(300000);
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return process.readAll();
    }

private slots:
    void appstreamAcceptsTheMetainfo()
    {
        int exitCode = 0;
        const QByteArray out = run(QStringLiteral("appstreamcli"),
            { QStringLiteral("validate"), QStringLiteral("--no-net"),
                installerFile("org.hearthapp.Hearth.metainfo.xml") },
            &exitCode);
        QVERIFY2(exitCode == 0, out.constData());
    }

    void desktopEntryIsValid()
    {
        int exitCode = 0;
        const QByteArray out = run(QStringLiteral("desktop-file-validate"),
            { installerFile("org.hearthapp.Hearth.desktop") }, &exitCode);
        QVERIFY2(exitCode == 0 && out.trimmed().isEmpty(), out.constData());
    }

    void debianPackageHoldsBothProgramsAndTheDesktopFiles()
    {
        QTemporaryDir out;
        int exitCode = 0;
        const QByteArray log = run(QStringLiteral("cpack"),
            { QStringLiteral("--config"), qEnvironmentVariable("HEARTH_CPACK_CONFIG"),
                QStringLiteral("-B"), out.path() },
            &exitCode);
        QVERIFY2(exitCode == 0, log.constData());
        const QStringList debs = QDir(out.path()).entryList({ QStringLiteral("*.deb") });
        QCOMPARE(debs.size(), 1);

        const QByteArray contents = run(QStringLiteral("dpkg-deb"),
            { QStringLiteral("--contents"), out.filePath(debs.first()) }, &exitCode);
        QCOMPARE(exitCode, 0);
        for (const char *path : { "./usr/bin/hearth", "./usr/bin/hearth-vault",
                 "./usr/share/applications/org.hearthapp.Hearth.desktop",
                 "./usr/share/metainfo/org.hearthapp.Hearth.metainfo.xml",
                 "./usr/share/icons/hicolor/scalable/apps/org.hearthapp.Hearth.svg" })
            QVERIFY2(contents.contains(path), path);

        const QByteArray depends = run(QStringLiteral("dpkg-deb"),
            { QStringLiteral("--field"), out.filePath(debs.first()), QStringLiteral("Depends") },
            &exitCode);
        // dpkg-shlibdeps found the Qt libraries the programs link.
        QVERIFY2(depends.contains("libqt6core6"), depends.constData());
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
