// The German translation is complete (no unfinished message in the .ts)
// and the built-in one says the right things on the app's own pages.

#include "core/thing/Allergy.h"
#include "ui/Translations.h"
#include "ui/charts/MeasurementChart.h"
#include "ui/charts/MeasurementKinds.h"
#include "ui/editors/ThingEditing.h"
#include "ui/emergency/EmergencyPrinter.h"
#include "ui/firstrun/FirstRunDialog.h"

#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QXmlStreamReader>

using namespace hearth::ui;

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
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                    unfinished << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 300, qPrintable(QString::number(messages)));
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1String(" | "))));
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
};

QTEST_MAIN(TestGermanTranslation)
#include "tst_germantranslation.moc"
