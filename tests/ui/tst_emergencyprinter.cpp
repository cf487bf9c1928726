// Writes the emergency profile as PDF, one page and wallet card, and reads
// the text back with pdftotext (poppler-utils) as a person's PDF viewer would.

#include "ui/emergency/EmergencyPrinter.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using hearth::ui::EmergencyCard;
using hearth::ui::EmergencyPrinter;

namespace {

EmergencyCard sampleCard()
{
    EmergencyCard card;
    card.name = QStringLiteral("Alex Sample");
    card.birthDate = QDate(1984, 4, 12);
    card.bloodType = QStringLiteral("A+");
    card.allergies = { QStringLiteral("Penicillin (hives)"), QStringLiteral("Peanuts") };
    card.conditions = { QStringLiteral("Asthma") };
    card.medications = { QStringLiteral("Lisinopril 10 mg once daily") };
    card.contacts = { { QStringLiteral("Sam Sample"), QStringLiteral("Partner"),
        QStringLiteral("+49 30 1234567") } };
    card.notes = QStringLiteral("Carries an inhaler.");
    card.printedOn = QDate(2024, 6, 30);
    return card;
}

// The PDFs are kept next to the screenshots for a person to look at.
QString artifact(const QString &name)
{
    const QString folder = QStringLiteral(HEARTH_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    return folder + QLatin1Char('/') + name;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class TestEmergencyPrinter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void onePageHoldsEverything()
    {
        const QString path = artifact(QStringLiteral("emergency-page.pdf"));
        QVERIFY(EmergencyPrinter::savePdf(sampleCard(), EmergencyPrinter::Layout::Page, path));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), { path });
        QVERIFY(info.waitForFinished(20000));
        const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(infoText.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
            qPrintable(infoText));
        const QString text = pdfText(path);
        for (const char *expected :
            { "Emergency medical information", "Alex Sample", "Blood type: A+",
                "Penicillin (hives)", "Peanuts", "Asthma", "Lisinopril 10 mg once daily",
                "Sam Sample (Partner): +49 30 1234567", "Carries an inhaler." }) {
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        }
    }

    void walletCardHoldsTheEssentials()
    {
        const QString path = artifact(QStringLiteral("emergency-card.pdf"));
        QVERIFY(
            EmergencyPrinter::savePdf(sampleCard(), EmergencyPrinter::Layout::WalletCard, path));
        const QString text = pdfText(path);
        for (const char *expected : { "EMERGENCY MEDICAL INFORMATION", "Alex Sample",
                 "Allergies: Penicillin (hives), Peanuts", "Lisinopril", "+49 30 1234567" }) {
            QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(text));
        }
    }

    void emptyListsSaySo()
    {
        EmergencyCard card;
        card.name = QStringLiteral("Nobody");
        const QString html = EmergencyPrinter::html(card);
        QVERIFY(html.contains(QStringLiteral("No known allergies")));
        QVERIFY(html.contains(QStringLiteral("No current medications")));
        QVERIFY(!html.contains(QStringLiteral("Blood type")));
    }

    void anUnwritablePathFails()
    {
        QVERIFY(!EmergencyPrinter::savePdf(sampleCard(), EmergencyPrinter::Layout::Page,
            QStringLiteral("/nonexistent-folder/emergency.pdf")));
    }
};

QTEST_MAIN(TestEmergencyPrinter)
#include "tst_emergencyprinter.moc"
