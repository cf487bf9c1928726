// Renders the main window on the X display, keeps a screenshot under
// build/<preset>/screenshots/ and checks what a person would see.

#include "core/Settings.h"
#include "tests/common/Screenshot.h"
#include "ui/MainWindow.h"
#include "ui/Navigator.h"
#include "ui/RecordSwitcher.h"

#include <QComboBox>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using hearth::ui::MainWindow;
using hearth::ui::Navigator;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void showsTheSkeletonAndSavesAScreenshot()
    {
        QTemporaryDir dir;
        hearth::Settings settings(dir.filePath(QStringLiteral("hearth.ini")));
        MainWindow window(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Hearth"));

        for (const char *name : { "recordSwitcher", "recordList", "recordPicture", "navigator",
                 "content", "statusBar", "syncState" }) {
            auto *widget = window.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget, name);
            QVERIFY2(widget->isVisible(), name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        QCOMPARE(window.navigator()->count(), Navigator::pages().size());
        QCOMPARE(window.navigator()->item(0)->text(), QStringLiteral("Summary"));

        const QImage image = hearth::test::saveScreenshot(&window, QStringLiteral("mainwindow"));
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        const int colours = hearth::test::distinctColours(image);
        QVERIFY2(colours > 20, qPrintable(QString::number(colours)));
    }

    void navigatorSwitchesThePageWithTheKeyboard()
    {
        QTemporaryDir dir;
        hearth::Settings settings(dir.filePath(QStringLiteral("hearth.ini")));
        MainWindow window(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.navigator()->setFocus();
        QTest::keyClick(window.navigator(), Qt::Key_Down);
        QCOMPARE(window.navigator()->currentPage(), Navigator::Page::Measurements);
        auto *heading
            = window.content()->currentWidget()->findChild<QLabel *>(QStringLiteral("pageHeading"));
        QVERIFY(heading);
        QCOMPARE(heading->text(), QStringLiteral("Measurements"));
        QTest::keyClick(window.navigator(), Qt::Key_End);
        QCOMPARE(window.navigator()->currentPage(), Navigator::Page::EmergencyProfile);
        QCOMPARE(window.content()->currentIndex(), int(Navigator::Page::EmergencyProfile));
    }

    void restoresSizeAndPageAfterARestart()
    {
        QTemporaryDir dir;
        hearth::Settings settings(dir.filePath(QStringLiteral("hearth.ini")));
        {
            MainWindow window(&settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.navigator()->setCurrentPage(Navigator::Page::Allergies);
            QTRY_COMPARE(window.size(), QSize(900, 640));
            window.close();
        }
        MainWindow again(&settings);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(900, 640));
        QCOMPARE(again.navigator()->currentPage(), Navigator::Page::Allergies);
        QCOMPARE(again.content()->currentIndex(), int(Navigator::Page::Allergies));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
