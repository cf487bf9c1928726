// hearth: the desktop app. Parses the command line and wires the window;
// everything else lives in hearth_ui and hearth_core.

#include "app/ExportCommand.h"
#include "app/ImportCommand.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "core/diagnostics/SelfTest.h"
#include "core/imaging/DicomDictionary.h"
#include "core/secrets/Keychain.h"
#include "core/store/Profile.h"
#include "core/store/RecordListModel.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/firstrun/DemoRecord.h"
#include "ui/firstrun/FirstRunDialog.h"
#include "ui/signin/VaultSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace {

// Options that never show a window run on the offscreen platform, so they
// work over SSH and in CI with no display.
bool runsWithoutWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option :
            { "--self-test", "--version", "-v", "--help", "-h", "--import", "--export" }) {
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

QString askPassphrase(bool newProfile)
{
    return QInputDialog::getText(nullptr, QApplication::translate("main", "Hearth"),
        newProfile ? QApplication::translate("main",
            "There is no system keychain. Choose a passphrase that protects "
            "your records:")
                   : QApplication::translate("main", "Passphrase of your records:"),
        QLineEdit::Password);
}

// Without a window (--import) the passphrase is one line on standard input,
// so scripts can pipe it in.
QString readPassphrase(bool newProfile)
{
    std::fprintf(stderr, "%s\n",
        qPrintable(newProfile ? QApplication::translate("main",
                       "There is no system keychain. Type a passphrase that "
                       "protects your records:")
                              : QApplication::translate("main", "Passphrase of your records:")));
    QTextStream in(stdin);
    return in.readLine();
}

// Opens the profile with its key in the system keychain; a new profile on a
// computer without one is protected by a passphrase instead.
std::unique_ptr<hearth::Profile> openProfile(
    const QString &directory, bool withWindow, QString *message)
{
    hearth::Keychain keychain;
    hearth::Profile::Options options;
    options.directory = directory;
    options.keychain = &keychain;
    if (withWindow)
        options.passphrase = askPassphrase;
    else
        options.passphrase = readPassphrase;
    hearth::StoreError error;
    auto profile = hearth::Profile::open(options, &error);
    const QString folder = directory.isEmpty() ? hearth::Profile::defaultDirectory() : directory;
    if (!profile && error.code == hearth::StoreError::Code::Key
        && !QDir(folder).exists(QLatin1String(hearth::Profile::keyFileName))) {
        options.keychain = nullptr;
        profile = hearth::Profile::open(options, &error);
    }
    if (!profile)
        *message = error.message;
    return profile;
}

bool hasRecords(hearth::Store &store)
{
    return !store.records(0, 1).isEmpty();
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
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QApplication::translate("main", "Use the profile in this folder."),
        QApplication::translate("main", "folder"));
    parser.addOption(profileOption);
    const QCommandLineOption demoOption(QStringLiteral("demo-if-empty"),
        QApplication::translate("main", "Start on a demo record when the profile has none."));
    parser.addOption(demoOption);
    const QCommandLineOption importOption(QStringLiteral("import"),
        QApplication::translate("main",
            "Import the clinical documents (CCD, C-CDA, CDA, CCR) given as arguments without "
            "a window: every new item, one line per file."));
    parser.addOption(importOption);
    const QCommandLineOption exportOption(QStringLiteral("export"),
        QApplication::translate(
            "main", "Export a record to this file as a clinical document without a window."),
        QApplication::translate("main", "file"));
    parser.addOption(exportOption);
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QApplication::translate("main", "With --export: ccd (C-CDA, the default) or ccr."),
        QApplication::translate("main", "format"));
    parser.addOption(formatOption);
    const QCommandLineOption recordOption(QStringLiteral("record"),
        QApplication::translate("main",
            "With --import or --export: the record (name or number) to import "
            "into or to export."),
        QApplication::translate("main", "name"));
    parser.addOption(recordOption);
    const QCommandLineOption otherPatientOption(QStringLiteral("other-patient"),
        QApplication::translate(
            "main", "With --import: import a document even when its patient is not the record's."));
    parser.addOption(otherPatientOption);
    parser.addPositionalArgument(QStringLiteral("files"),
        QApplication::translate("main", "Documents to import (with --import)."),
        QStringLiteral("[FILE...]"));
    parser.process(app);

    if (parser.isSet(selfTestOption))
        return selfTest();

    const bool importing = parser.isSet(importOption);
    if (importing && parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--import needs at least one file.")));
        return ImportCommand::Unusable;
    }
    const bool exporting = parser.isSet(exportOption);
    if (exporting && (importing || !parser.positionalArguments().isEmpty())) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate(
                "main", "--export takes one file and no other files, nor --import.")));
        return ExportCommand::Unusable;
    }
    if (!exporting && parser.isSet(formatOption)) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main", "--format is for --export.")));
        return ExportCommand::Unusable;
    }
    if (!importing && !exporting
        && (!parser.positionalArguments().isEmpty() || parser.isSet(recordOption))) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate(
                "main", "Files and --record are for --import or --export; see hearth --help.")));
        return ImportCommand::Unusable;
    }

    QString problem;
    std::unique_ptr<hearth::Profile> profile
        = openProfile(parser.value(profileOption), !importing && !exporting, &problem);
    if (!profile && (importing || exporting)) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return ImportCommand::Unusable;
    }
    if (!profile) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Hearth"), problem);
        return 1;
    }
    hearth::Store &store = profile->store();
    if (importing) {
        ImportCommand::Options options;
        options.files = parser.positionalArguments();
        options.record = parser.value(recordOption);
        options.otherPatient = parser.isSet(otherPatientOption);
        return ImportCommand::run(
            store, options,
            [](const QString &line) {
                std::printf("%s\n", qPrintable(line));
                std::fflush(stdout);
            },
            [](const QString &line) { std::fprintf(stderr, "%s\n", qPrintable(line)); });
    }
    if (exporting) {
        ExportCommand::Options options;
        options.file = parser.value(exportOption);
        options.format = parser.value(formatOption);
        options.record = parser.value(recordOption);
        return ExportCommand::run(
            store, hearth::Clock::system(), options,
            [](const QString &line) { std::printf("%s\n", qPrintable(line)); },
            [](const QString &line) { std::fprintf(stderr, "%s\n", qPrintable(line)); });
    }
    if (!hasRecords(store)) {
        hearth::StoreError error;
        std::optional<qint64> created;
        if (parser.isSet(demoOption)) {
            created = hearth::ui::DemoRecord::create(&store,
                QApplication::translate("main", "Alex Example (demo)"), QDate::currentDate(),
                &error);
        } else {
            hearth::ui::FirstRunDialog welcome;
            if (welcome.exec() != QDialog::Accepted)
                return 0;
            if (welcome.choice() == hearth::ui::FirstRunDialog::Choice::Demo) {
                created = hearth::ui::DemoRecord::create(&store,
                    QApplication::translate("main", "Alex Example (demo)"), QDate::currentDate(),
                    &error);
            } else {
                hearth::RecordRow row;
                row.recordId = QUuid::createUuid();
                row.personId = QUuid::createUuid();
                row.personName = welcome.recordName();
                row.displayName = welcome.recordName();
                row.relationship = QStringLiteral("Self");
                row.access = hearth::RecordRow::Access::Custodian;
                created = store.putRecord(row, &error);
            }
        }
        if (!created) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Hearth"), error.message);
            return 1;
        }
    }

    hearth::Settings settings;
    hearth::ui::MainWindow window(&settings, &store);
    // The vault sign-in lives in the OS keychain only; without one, signing
    // in fails with the keychain's reason.
    hearth::Keychain keychain;
    hearth::ui::VaultSession::Options vault;
    vault.store = &store;
    vault.storeFile = store.fileName();
    vault.storeKey = profile->storeKey();
    vault.profileId = QUuid::fromString(profile->id());
    vault.keychain = &keychain;
    auto *session = new hearth::ui::VaultSession(vault, &window);
    window.setVaultSession(session);
    window.show();
    session->resume();
    return app.exec();
}
