#include "ui/Navigator.h"
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using hearth::ui::Navigator;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void germanIsLoadedForAGermanLocale()
    {
        QVERIFY(hearth::ui::installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(Navigator::title(Navigator::Page::Summary), QStringLiteral("Übersicht"));
        QCOMPARE(Navigator::title(Navigator::Page::Medications), QStringLiteral("Medikamente"));
        QCOMPARE(
            Navigator::title(Navigator::Page::EmergencyProfile), QStringLiteral("Notfallprofil"));
    }

    void englishNeedsNoTranslation()
    {
        QVERIFY(!hearth::ui::installTranslations(qApp, QLocale(QLocale::English)));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
