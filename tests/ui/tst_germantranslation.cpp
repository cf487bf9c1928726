// The German translation is complete (no unfinished, empty or obsolete
// message in the .ts) and the built-in one says the right things on the
// app's own pages: the visible texts of each page spot-checked are German,
// and their English originals are gone.

#include "core/Clock.h"
#include "core/Settings.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"
#include "core/thing/Allergy.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/charts/MeasurementChart.h"
#include "ui/charts/MeasurementKinds.h"
#include "ui/documents/DocumentView.h"
#include "ui/documents/ImportReviewDialog.h"
#include "ui/editors/ThingEditing.h"
#include "ui/emergency/EmergencyPrinter.h"
#include "ui/firstrun/FirstRunDialog.h"
#include "ui/imaging/DicomViewer.h"
#include "ui/pages/ImagesPage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <algorithm>

using namespace hearth::ui;

namespace {

// Every text a person sees or hears on a widget and its children: labels,
// buttons, tabs, group titles, menus, list entries, column headings and
// accessible names.
QStringList textsOf(QWidget *root)
{
    QStringList texts { root->windowTitle(), root->accessibleName() };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        texts << widget->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        if (auto *tree = qobject_cast<QTreeWidget *>(widget)) {
            for (int i = 0; i < tree->columnCount(); ++i)
                texts << tree->headerItem()->text(i);
        }
        for (QAction *action : widget->actions())
            texts << action->text();
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestGermanTranslation : public QObject
{
    Q_OBJECT
private slots:
    void everyMessageIsTranslated()
    {
        QFile file(QStringLiteral(HEARTH_SOURCE_DIR "/translations/hearth_de.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList unfinished;
        QStringList empty;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                // Anything but a finished translation: unfinished, or
                // obsolete / vanished (source text no longer in the code).
                if (!xml.attributes().value(QLatin1String("type")).isEmpty())
                    unfinished << source;
                // Plural messages hold their forms as child elements.
                QStringList forms;
                QString text;
                while (!xml.atEnd()
                    && !(xml.readNext() == QXmlStreamReader::EndElement
                        && xml.name() == QLatin1String("translation"))) {
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (forms.isEmpty())
                    forms << text;
                if (std::any_of(forms.cbegin(), forms.cend(),
                        [](const QString &form) { return form.trimmed().isEmpty(); }))
                    empty << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 450, qPrintable(QString::number(messages)));
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1String(" | "))));
        QVERIFY2(empty.isEmpty(), qPrintable(empty.join(QLatin1String(" | "))));
    }

    void spotChecks()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(MeasurementKinds::title(MeasurementKind::Weight), QStringLiteral("Gewicht"));
        QCOMPARE(
            MeasurementKinds::title(MeasurementKind::BloodPressure), QStringLiteral("Blutdruck"));
        QCOMPARE(
            MeasurementChart::rangeName(MeasurementChart::Range::All), QStringLiteral("Alles"));
        QCOMPARE(ThingEditing::typeTitle(hearth::Allergy::typeId()), QStringLiteral("Allergie"));
        QVERIFY(EmergencyPrinter::html({}).contains(QStringLiteral("Keine bekannten Allergien")));
        FirstRunDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Willkommen bei Hearth"));
        QCOMPARE(dialog.demoButton()->text(), QStringLiteral("&Demo-Akte öffnen"));
    }

    // The pages added since the first translation, each with some of its
    // visible strings: German there, English gone.
    void pagesSpeakGerman_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QStringList>("german");
        QTest::addColumn<QStringList>("english");
        QTest::newRow("main window")
            << QStringLiteral("main")
            << QStringList { QStringLiteral("&Datei"), QStringLiteral("Dokument &importieren..."),
                   QStringLiteral("&Bearbeiten") }
            << QStringList { QStringLiteral("&File"), QStringLiteral("&Import document...") };
        QTest::newRow("import review")
            << QStringLiteral("review")
            << QStringList { QStringLiteral("Den Import prüfen"),
                   QStringLiteral("&Neue Einträge anhaken"), QStringLiteral("&Keinen anhaken"),
                   QStringLiteral("&Einträge"), QStringLiteral("&Dokument"),
                   QStringLiteral("In der Akte"), QStringLiteral("Einträge im Dokument") }
            << QStringList { QStringLiteral("Review the import"),
                   QStringLiteral("Check &new items"), QStringLiteral("In the record") };
        QTest::newRow("document view")
            << QStringLiteral("document") << QStringList { QStringLiteral("Text des Dokuments") }
            << QStringList { QStringLiteral("Document text") };
        QTest::newRow("dicom viewer")
            << QStringLiteral("dicom")
            << QStringList { QStringLiteral("Betrachter für medizinische Bilder"),
                   QStringLiteral("Aus dem Bild"), QStringLiteral("Abspielen"),
                   QStringLiteral("Dieses Bild als PNG exportieren…"),
                   QStringLiteral("DICOM-Datei speichern…"), QStringLiteral("Angaben zum Bild") }
            << QStringList { QStringLiteral("Play"), QStringLiteral("Fit"),
                   QStringLiteral("Export this image as PNG…"), QStringLiteral("Image details") };
        QTest::newRow("images page") << QStringLiteral("images")
                                     << QStringList { QStringLiteral("Bilder und Dateien"),
                                            QStringLiteral("Studie &importieren..."),
                                            QStringLiteral("Datei &hinzufügen...") }
                                     << QStringList { QStringLiteral("Images and files"),
                                            QStringLiteral("&Import a study...") };
    }
    void pagesSpeakGerman()
    {
        QFETCH(QString, page);
        QFETCH(QStringList, german);
        QFETCH(QStringList, english);
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QTemporaryDir dir;
        hearth::FixedClock clock(QDateTime(QDate(2024, 6, 30), QTime(12, 0)));
        std::unique_ptr<QWidget> widget;
        std::unique_ptr<hearth::Settings> settings;
        std::unique_ptr<hearth::Store> store;
        if (page == QLatin1String("main")) {
            settings = std::make_unique<hearth::Settings>(dir.filePath(QStringLiteral("s.ini")));
            widget = std::make_unique<MainWindow>(settings.get());
        } else if (page == QLatin1String("review")) {
            widget = std::make_unique<ImportReviewDialog>(hearth::DocumentImport::Review());
        } else if (page == QLatin1String("document")) {
            widget = std::make_unique<DocumentView>();
        } else if (page == QLatin1String("dicom")) {
            widget = std::make_unique<DicomViewer>();
        } else {
            hearth::StoreError error;
            store = hearth::Store::open(dir.filePath(QStringLiteral("h.db")),
                hearth::KeyMaterial::randomKey(), clock, &error);
            QVERIFY2(store, qPrintable(error.message));
            widget = std::make_unique<ImagesPage>(store.get(), clock);
        }
        const QStringList texts = textsOf(widget.get());
        for (const QString &text : german)
            QVERIFY2(texts.contains(text),
                qPrintable(text + QLatin1String(" not in: ") + texts.join(u'|')));
        for (const QString &text : english)
            QVERIFY2(!texts.contains(text), qPrintable(text + QLatin1String(" is still English")));
    }
};

QTEST_MAIN(TestGermanTranslation)
#include "tst_germantranslation.moc"
