// The main window on a real encrypted store with the demo record and a
// second record: every navigator page shows rows (screenshots in English
// and German), switching records keeps the page, lists filter and search,
// an allergy entered in the list ends up in the emergency profile PDF, and
// every control has an accessible name.

#include "core/Clock.h"
#include "core/Settings.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"
#include "core/store/ThingIndex.h"
#include "core/thing/Allergy.h"
#include "core/thing/Weight.h"
#include "tests/common/Screenshot.h"
#include "ui/MainWindow.h"
#include "ui/Navigator.h"
#include "ui/RecordSwitcher.h"
#include "ui/Translations.h"
#include "ui/charts/MeasurementChart.h"
#include "ui/editors/ThingEditing.h"
#include "ui/editors/ThingEditorDialog.h"
#include "ui/firstrun/DemoRecord.h"
#include "ui/firstrun/FirstRunDialog.h"
#include "ui/pages/EmergencyPage.h"
#include "ui/pages/MeasurementsPage.h"
#include "ui/pages/SummaryPage.h"
#include "ui/pages/ThingListPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace hearth;
using namespace hearth::ui;

namespace {

const QDate kToday(2024, 6, 30);

} // namespace

class TestRecordWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(kToday, QTime(12, 0)) };
    std::unique_ptr<Store> m_store;
    qint64 m_demo = 0;
    qint64 m_child = 0;

    std::unique_ptr<MainWindow> openWindow(Settings *settings)
    {
        auto window = std::make_unique<MainWindow>(settings, m_store.get());
        window->resize(1100, 720);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        return window;
    }

    // Controls a person operates, which need a name a screen reader can say.
    static QStringList unnamedControls(QWidget *root)
    {
        QStringList unnamed;
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->isVisible() || qobject_cast<QScrollBar *>(widget))
                continue;
            const bool control = qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractItemView *>(widget)
                || qobject_cast<QAbstractSpinBox *>(widget)
                || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget);
            if (!control)
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
                unnamed << QStringLiteral("%1 \"%2\" in %3")
                               .arg(QLatin1String(widget->metaObject()->className()),
                                   widget->objectName(),
                                   widget->parentWidget() ? widget->parentWidget()->objectName()
                                                          : QString());
            }
        }
        return unnamed;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        StoreError error;
        m_store = Store::open(
            m_dir.filePath(QStringLiteral("hearth.db")), KeyMaterial::randomKey(), m_clock, &error);
        QVERIFY2(m_store, qPrintable(error.message));
        const auto demo
            = DemoRecord::create(m_store.get(), QStringLiteral("Alex Example"), kToday, &error);
        QVERIFY2(demo, qPrintable(error.message));
        m_demo = *demo;
        RecordRow child;
        child.recordId = QUuid::createUuid();
        child.personId = QUuid::createUuid();
        child.personName = QStringLiteral("Mia Example");
        child.displayName = QStringLiteral("Mia Example");
        child.relationship = QStringLiteral("Daughter");
        const auto childId = m_store->putRecord(child, &error);
        QVERIFY(childId);
        m_child = *childId;
        Weight weight;
        weight.setWhen(HealthDateTime(QDate(2024, 5, 1)));
        weight.setValue(WeightValue::fromUnit(21.5, MassUnit::Kilogram));
        Thing thing = weight.thing();
        thing.setKey(QUuid::createUuid(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        thing.setEffectiveDate(QDateTime(QDate(2024, 5, 1), QTime(8, 0)));
        ThingRow row = ThingIndex::rowFor(m_child, thing, m_clock.now());
        row.xml = thing.toXml();
        QVERIFY(m_store->putThing(row, &error));
    }

    void demoRecordIsAlive()
    {
        ThingQuery weights;
        weights.record = m_demo;
        weights.types = { Weight::typeId() };
        QVERIFY(m_store->countThings(weights) > 300);
        ThingQuery all;
        all.record = m_demo;
        QVERIFY(m_store->countThings(all) > 500);
    }

    // The chart reads the store's series table; what it plots must be the
    // active things with a value, oldest first, with blood pressure's
    // diastolic value beside the systolic one.
    void theChartPlotsTheValuesOfTheThings()
    {
        for (const auto &[kind, type] : MeasurementsPage::chartedKinds()) {
            ThingQuery query;
            query.record = m_demo;
            query.types = { type };
            query.state = QStringLiteral("Active");
            const QList<ThingRow> rows = m_store->things(query, {}, 0, 100000);
            QList<const ThingRow *> expected;
            for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
                if (it->value1)
                    expected.append(&*it);
            }
            const MeasurementSeries series = MeasurementsPage::load(m_store.get(), m_demo, kind);
            QCOMPARE(series.kind, kind);
            QCOMPARE(series.points.size(), expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                const MeasurementPoint &point = series.points.at(i);
                QCOMPARE(point.when.toMSecsSinceEpoch(),
                    expected.at(i)->effectiveDate.toMSecsSinceEpoch());
                QCOMPARE(point.value, *expected.at(i)->value1);
                QCOMPARE(point.value2, expected.at(i)->value2);
            }
            if (kind == MeasurementKind::BloodPressure) {
                QVERIFY(series.points.size() > 100);
                for (const MeasurementPoint &point : series.points) {
                    QVERIFY(point.value2);
                    QVERIFY(*point.value2 < point.value);
                }
            }
        }
        const MeasurementSeries child
            = MeasurementsPage::load(m_store.get(), m_child, MeasurementKind::Weight);
        QCOMPARE(child.points.size(), 1);
        QCOMPARE(child.points.constFirst().value, 21.5);
        QCOMPARE(child.points.constFirst().when.toMSecsSinceEpoch(),
            QDateTime(QDate(2024, 5, 1), QTime(8, 0)).toMSecsSinceEpoch());
        QVERIFY(!child.points.constFirst().value2);
    }

    void firstRunOffersLocalAndDemoButNotAFakeSignIn()
    {
        FirstRunDialog dialog;
        QVERIFY(!dialog.localButton()->isEnabled());
        QTest::keyClicks(dialog.nameField(), QStringLiteral("  Kim  "));
        QVERIFY(dialog.localButton()->isEnabled());
        QCOMPARE(dialog.recordName(), QStringLiteral("Kim"));
        QVERIFY(!dialog.signInButton()->isEnabled());
        dialog.demoButton()->click();
        QCOMPARE(dialog.choice(), FirstRunDialog::Choice::Demo);
        QVERIFY(unnamedControls(&dialog).isEmpty());
    }

    void everyPageShowsTheDemoRecordInEnglishAndGerman_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }
    void everyPageShowsTheDemoRecordInEnglishAndGerman()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language == QLatin1String("de")) {
            QVERIFY(translator.load(QLocale(QLocale::German), QStringLiteral("hearth"),
                QStringLiteral("_"), QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        }
        Settings settings(m_dir.filePath(QStringLiteral("pages-%1.ini").arg(language)));
        auto window = openWindow(&settings);
        QVERIFY(window);
        QVERIFY(window->recordSwitcher()->setCurrentRecord(m_demo));
        QCOMPARE(
            window->recordSwitcher()->recordList()->currentText(), QStringLiteral("Alex Example"));

        for (Navigator::Page page : Navigator::pages()) {
            window->navigator()->setCurrentPage(page);
            QWidget *current = window->content()->currentWidget();
            QVERIFY(current->isVisible());
            QTest::qWait(20);
            const QString name
                = QStringLiteral("page-%1-%2")
                      .arg(language)
                      .arg(QString::fromLatin1(
                          QMetaEnum::fromType<Navigator::Page>().valueToKey(int(page))));
            const QImage image = hearth::test::saveScreenshot(window.get(), name);
            QVERIFY2(hearth::test::distinctColours(image) > 20, qPrintable(name));
            const QStringList unnamed = unnamedControls(window.get());
            QVERIFY2(
                unnamed.isEmpty(), qPrintable(name + QLatin1String(": ") + unnamed.join(u',')));
            if (ThingListPage *list = window->listPage(int(page))) {
                const bool hasDemoData = page != Navigator::Page::ExerciseAndSleep
                    && page != Navigator::Page::Documents && page != Navigator::Page::Images
                    && page != Navigator::Page::GoalsAndPlans;
                if (hasDemoData)
                    QVERIFY2(list->visibleRows() > 0, qPrintable(name));
            }
        }
        QVERIFY(window->summaryPage()->vitals()->count() >= 3);
        QVERIFY(window->summaryPage()->medications()->count() == 2);
        QVERIFY(window->summaryPage()->allergies()->count() == 2);
        QVERIFY(window->measurementsPage()->chart()->visiblePointCount() > 100);
        if (language == QLatin1String("de")) {
            QCOMPARE(window->navigator()->item(0)->text(), QStringLiteral("Übersicht"));
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }

    // Start-up fills only the page in view: the hidden lists read nothing
    // (they once listed the things of every record while the window was
    // first shown, which took seconds with a large record).
    void pagesOutOfViewReadNothingAtStart()
    {
        Settings settings(m_dir.filePath(QStringLiteral("start.ini")));
        auto window = openWindow(&settings);
        QVERIFY(window);
        QCOMPARE(window->navigator()->currentPage(), Navigator::Page::Summary);
        QVERIFY(window->summaryPage()->vitals()->count() > 0);
        QTest::qWait(50);
        for (Navigator::Page page : Navigator::pages()) {
            if (ThingListPage *list = window->listPage(int(page))) {
                QCOMPARE(list->view()->model()->rowCount(), 0);
                QVERIFY(!list->view()->model()->canFetchMore({}));
            }
        }
        window->navigator()->setCurrentPage(Navigator::Page::Immunizations);
        ThingListPage *immunizations = window->listPage(int(Navigator::Page::Immunizations));
        QVERIFY(immunizations->visibleRows() > 0);
    }

    void switchingRecordsKeepsThePage()
    {
        Settings settings(m_dir.filePath(QStringLiteral("switch.ini")));
        auto window = openWindow(&settings);
        QVERIFY(window);
        window->recordSwitcher()->setCurrentRecord(m_demo);
        window->navigator()->setCurrentPage(Navigator::Page::Measurements);
        QVERIFY(window->measurementsPage()->chart()->visiblePointCount() > 100);
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window->recordSwitcher()->currentRecord(), m_child);
        QCOMPARE(window->navigator()->currentPage(), Navigator::Page::Measurements);
        window->measurementsPage()->chart()->setRange(MeasurementChart::Range::All);
        QCOMPARE(window->measurementsPage()->chart()->visiblePointCount(), 1);
        QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->recordSwitcher()->currentRecord(), m_demo);
        // The unit chosen for this person comes back for them, not for the other.
        MeasurementChart *chart = window->measurementsPage()->chart();
        auto *unit = chart->findChild<QComboBox *>(QStringLiteral("chartUnit"));
        unit->setCurrentIndex(1);
        emit unit->activated(1);
        QCOMPARE(chart->unitSymbol(), QStringLiteral("lb"));
        window->recordSwitcher()->setCurrentRecord(m_child);
        QCOMPARE(chart->unitSymbol(), QStringLiteral("kg"));
        window->recordSwitcher()->setCurrentRecord(m_demo);
        QCOMPARE(chart->unitSymbol(), QStringLiteral("lb"));
        QCOMPARE(
            m_store->preferredUnit(m_store->record(m_demo)->personId, QStringLiteral("weight")),
            QStringLiteral("lb"));
        QVERIFY(m_store->preferredUnit(m_store->record(m_child)->personId, QStringLiteral("weight"))
                    .isEmpty());
        window->close();
        // The last record comes back after a restart.
        MainWindow again(&settings, m_store.get());
        QCOMPARE(again.recordSwitcher()->currentRecord(), m_demo);
    }

    void listsFilterSearchAndNavigateByKeyboard()
    {
        Settings settings(m_dir.filePath(QStringLiteral("filter.ini")));
        auto window = openWindow(&settings);
        QVERIFY(window);
        window->recordSwitcher()->setCurrentRecord(m_demo);
        window->navigator()->setCurrentPage(Navigator::Page::Medications);
        ThingListPage *list = window->listPage(int(Navigator::Page::Medications));
        QCOMPARE(list->visibleRows(), 4);
        list->statusField()->setCurrentIndex(1); // current only
        QCOMPARE(list->visibleRows(), 2);
        list->statusField()->setCurrentIndex(2); // past only
        QCOMPARE(list->visibleRows(), 2);
        list->statusField()->setCurrentIndex(0);
        QTest::keyClicks(list->searchField(), QStringLiteral("lisino"));
        QTRY_COMPARE(list->visibleRows(), 1);
        QVERIFY(list->view()->model()->index(0, 1).data().toString().startsWith(
            QStringLiteral("Lisinopril")));
        list->searchField()->clear();
        QTRY_COMPARE(list->visibleRows(), 4);
        list->rangeField()->setCurrentIndex(3); // last year, from today's date
        QVERIFY(list->visibleRows() <= 4);

        window->navigator()->setCurrentPage(Navigator::Page::Measurements);
        ThingListPage *weights = nullptr;
        for (ThingListPage *page : window->measurementsPage()->findChildren<ThingListPage *>()) {
            if (page->isVisible())
                weights = page;
        }
        QVERIFY(weights);
        QVERIFY2(weights->visibleRows() > 100, qPrintable(QString::number(weights->visibleRows())));
        weights->view()->setFocus();
        QTRY_VERIFY(weights->view()->hasFocus());
        QTest::keyClick(weights->view(), Qt::Key_Home);
        const QModelIndex first = weights->view()->currentIndex();
        QTest::keyClick(weights->view(), Qt::Key_Down);
        QCOMPARE(weights->view()->currentIndex().row(), first.row() + 1);
        // Sorting by date ascending puts the oldest first.
        weights->view()->sortByColumn(0, Qt::AscendingOrder);
        const QAbstractItemModel *model = weights->view()->model();
        QVERIFY(model->index(0, 0).data(Qt::UserRole + 102).toDateTime()
            <= model->index(1, 0).data(Qt::UserRole + 102).toDateTime());
    }

    void anAllergyEnteredEndsUpInTheEmergencyPdf()
    {
        Settings settings(m_dir.filePath(QStringLiteral("emergency.ini")));
        auto window = openWindow(&settings);
        QVERIFY(window);
        window->recordSwitcher()->setCurrentRecord(m_demo);
        window->navigator()->setCurrentPage(Navigator::Page::Allergies);
        ThingListPage *list = window->listPage(int(Navigator::Page::Allergies));
        const int before = list->visibleRows();
        QTest::mouseClick(
            list->findChild<QPushButton *>(QStringLiteral("newButton")), Qt::LeftButton);
        auto *dialog = window->findChild<ThingEditorDialog *>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameField")),
            QStringLiteral("Wasp stings"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reactionField")),
            QStringLiteral("Swelling"));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE(list->visibleRows(), before + 1);
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("pendingChanges"))
                    ->text()
                    .startsWith(QStringLiteral("1 ")));

        window->navigator()->setCurrentPage(Navigator::Page::EmergencyProfile);
        EmergencyPage *page = window->emergencyPage();
        QVERIFY(page->card().allergies.contains(QStringLiteral("Wasp stings (Swelling)")));
        const QString path = QStringLiteral(HEARTH_BINARY_DIR "/screenshots/emergency-demo.pdf");
        QVERIFY(page->savePdf(path, false));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        QVERIFY(pdftotext.waitForFinished(20000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Wasp stings")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Penicillin")));
        QVERIFY(text.contains(QStringLiteral("Lisinopril")));
        QVERIFY(!text.contains(QStringLiteral("Amoxicillin"))); // stopped
        hearth::test::saveScreenshot(window.get(), QStringLiteral("emergency-demo"));

        // Undo takes the allergy out of the record again.
        window->undoStack()->undo();
        QTRY_COMPARE(list->visibleRows(), before);
        QVERIFY(!page->card().allergies.contains(QStringLiteral("Wasp stings (Swelling)")));
    }
};

QTEST_MAIN(TestRecordWindow)
#include "tst_recordwindow.moc"
