// hearth: the desktop app. Parses the command line and wires the window;
// everything else lives in hearth_ui and hearth_core.

#include "core/Settings.h"
#include "core/diagnostics/SelfTest.h"
#include "core/imaging/DicomDictionary.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

namespace {

// Options that never show a window run on the offscreen platform, so they
// work over SSH and in CI with no display.
bool runsWithoutWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : { "--self-test", "--version", "-v", "--help", "-h" }) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

int selfTest()
{
    QStringList failures = hearth::SelfTest::run();
    const QString dicom = hearth::DicomDictionary::check();
    if (!dicom.isEmpty())
        failures << dicom;
    QTemporaryDir scratch;
    hearth::Settings settings(scratch.filePath(QStringLiteral("self-test.ini")));
    hearth::ui::MainWindow window(&settings);
    if (window.windowTitle() != QLatin1String("Hearth"))
        failures << QStringLiteral("the main window could not be built");
    for (const QString &failure : failures)
        std::fprintf(stderr, "self-test failed: %s\n", qPrintable(failure));
    if (failures.isEmpty())
        std::printf("self-test passed\n");
    return failures.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (runsWithoutWindow(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hearth"));
    QApplication::setOrganizationName(QStringLiteral("Hearth"));
    QApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.hearthapp.Hearth"));
    hearth::ui::installTranslations(&app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Hearth: your family's health records."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QApplication::translate("main", "Check this installation without a display and exit."));
    parser.addOption(selfTestOption);
    parser.process(app);

    if (parser.isSet(selfTestOption))
        return selfTest();

    hearth::Settings settings;
    hearth::ui::MainWindow window(&settings);
    window.show();
    return app.exec();
}
