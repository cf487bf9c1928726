// Rules of the code base that a compiler does not check: the layers point one
// way, and every source file follows .clang-format.

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestCodebase : public QObject
{
    Q_OBJECT
private:
    static QStringList sources(const QString &folder)
    {
        QStringList files;
        QDirIterator it(QStringLiteral(HEARTH_SOURCE_DIR "/") + folder,
            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        return files;
    }

private slots:
    void layersPointDown_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("forbidden");
        // core knows no widgets, browser, app or server; the server knows no UI.
        // (Plain string literals: moc cannot read these as raw strings.)
        const QString include = QStringLiteral("#include\\s*[<\"]");
        const QString notInCore = include
            + QStringLiteral("((ui|app|server)/|Qt(Widgets|WebEngine\\w*|Charts)\\b|"
                             "Q(Widget|Application|WebEngine\\w*|Chart\\w*)\\b)");
        QTest::newRow("core") << "core" << notInCore;
        QTest::newRow("server") << "server"
                                << include
                + QStringLiteral("((ui|app)/|Qt(Widgets|WebEngine\\w*)\\b|QWidget|QApplication)");
        QTest::newRow("ui") << "ui" << include + QStringLiteral("(app|server)/");
    }
    void layersPointDown()
    {
        QFETCH(QString, folder);
        QFETCH(QString, forbidden);
        const QRegularExpression pattern(forbidden);
        for (const QString &path : sources(folder)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const auto match = pattern.match(text);
            QVERIFY2(
                !match.hasMatch(), qPrintable(path + QStringLiteral(": ") + match.captured(0)));
        }
    }

    void everySourceFollowsClangFormat()
    {
        QStringList files;
        for (const char *folder : { "core", "ui", "app", "server", "tests" })
            files << sources(QLatin1String(folder));
        QVERIFY(!files.isEmpty());
        QProcess format;
        format.setProcessChannelMode(QProcess::MergedChannels);
        format.start(QStringLiteral("clang-format"),
            QStringList { QStringLiteral("--dry-run"), QStringLiteral("-Werror"),
                QStringLiteral("--style=file") }
                + files);
        QVERIFY2(format.waitForStarted(), "clang-format is not installed");
        QVERIFY(format.waitForFinished(120000));
        QVERIFY2(format.exitCode() == 0, format.readAll().left(4000).constData());
    }
};

QTEST_GUILESS_MAIN(TestCodebase)
#include "tst_codebase.moc"
