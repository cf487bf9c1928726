// The import review on a real sample (CCD.XML) against a real encrypted
// store: groups and statuses (new, already there, differs, not kept), the
// patient banner, keyboard checking, accessible names, the document tab,
// screenshots, and File › Import document through the main window.

#include "core/Clock.h"
#include "core/Settings.h"
#include "core/documents/DocumentImport.h"
#include "core/documents/DocumentImporter.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"
#include "core/thing/Ccd.h"
#include "core/thing/Condition.h"
#include "tests/common/Screenshot.h"
#include "ui/MainWindow.h"
#include "ui/documents/DocumentView.h"
#include "ui/documents/ImportReviewDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace hearth;
using namespace hearth::ui;

class TestImportReview : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Store> m_store;
    ClinicalDocument m_document;
    QByteArray m_bytes;
    qint64 m_eve = 0;
    qint64 m_other = 0;
    int m_medication = -1; // imported before: "already there"
    int m_problem = -1; // imported, then changed: "differs"

    static QString samplePath()
    {
        return QStringLiteral(HEARTH_SHARED_DIR "/samples/ccda/CCD.XML");
    }

    qint64 addRecord(const QString &name)
    {
        RecordRow row;
        row.recordId = QUuid::createUuid();
        row.personId = QUuid::createUuid();
        row.personName = name;
        row.displayName = name;
        row.access = RecordRow::Access::Custodian;
        StoreError error;
        return m_store->putRecord(row, &error).value_or(0);
    }

    DocumentImport::Review review(qint64 record)
    {
        DocumentImport import(*m_store, m_clock);
        StoreError error;
        return *import.review(record, m_document, m_bytes, &error);
    }

    QTreeWidgetItem *row(ImportReviewDialog &dialog, int item)
    {
        QTreeWidget *tree = dialog.itemTree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = tree->topLevelItem(g);
            for (int c = 0; c < group->childCount(); ++c) {
                if (group->child(c)->data(0, Qt::UserRole + 1).toInt() == item)
                    return group->child(c);
            }
        }
        return nullptr;
    }

    static QStringList unnamedControls(QWidget *root)
    {
        QStringList unnamed;
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->isVisible() || qobject_cast<QScrollBar *>(widget))
                continue;
            const bool control = qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTextEdit *>(widget)
                || qobject_cast<QTabWidget *>(widget) || widget->objectName() == "patientBanner";
            if (!control)
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QLatin1String(widget->metaObject()->className());
        }
        return unnamed;
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(samplePath()))
            QSKIP("The sample documents (HEARTH_SHARED_DIR/samples/ccda) are missing");
        QVERIFY(m_dir.isValid());
        StoreError error;
        m_store = Store::open(
            m_dir.filePath(QStringLiteral("hearth.db")), KeyMaterial::randomKey(), m_clock, &error);
        QVERIFY2(m_store, qPrintable(error.message));
        QFile file(samplePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_bytes = file.readAll();
        const ImportResult read = DocumentImporter::read(m_bytes);
        QVERIFY(read.ok());
        m_document = read.document;
        m_eve = addRecord(m_document.header.patientName);
        m_other = addRecord(QStringLiteral("Robert Someone"));

        // The record already has one medication and one problem from an
        // earlier import; the problem was edited since.
        for (int i = 0; i < m_document.items.size(); ++i) {
            const DocumentItem &item = m_document.items.at(i);
            if (m_medication < 0 && item.kind == ItemKind::Medication)
                m_medication = i;
            if (m_problem < 0 && item.kind == ItemKind::Problem && !item.status.isEmpty())
                m_problem = i;
        }
        DocumentImport import(*m_store, m_clock);
        const auto outcome = import.accept(review(m_eve), { m_medication, m_problem }, &error);
        QVERIFY2(outcome, qPrintable(error.message));
        for (const QUuid &id : outcome->things) {
            std::optional<Condition> condition
                = Condition::fromThing(*m_store->loadThing(id, &error));
            if (condition) {
                condition->setStatus(CodableValue(QStringLiteral("inactive")));
                QVERIFY(m_store->putThing(m_eve, condition->thing(), &error));
            }
        }
    }

    void groupsAndStatuses()
    {
        const DocumentImport::Review r = review(m_eve);
        ImportReviewDialog dialog(r);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // One group per kind the document has, in kind order, with its count.
        QTreeWidget *tree = dialog.itemTree();
        QCOMPARE(tree->topLevelItemCount(), 9);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Medications (2)"));
        QCOMPARE(tree->topLevelItem(3)->text(0), QStringLiteral("Immunizations (5)"));
        QCOMPARE(tree->topLevelItem(8)->text(0), QStringLiteral("Contacts (2)"));
        int rows = 0;
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            rows += tree->topLevelItem(g)->childCount();
        QCOMPARE(rows, m_document.items.size());

        QTreeWidgetItem *medication = row(dialog, m_medication);
        QCOMPARE(
            medication->text(ImportReviewDialog::StatusColumn), QStringLiteral("Already there"));
        QVERIFY(!(medication->flags() & Qt::ItemIsUserCheckable));
        // Details joined with a middle dot, readable (no mis-decoded bytes).
        const QString details = medication->text(ImportReviewDialog::DetailsColumn);
        QVERIFY2(details.contains(QStringLiteral(" \u00B7 ")) && !details.contains(QChar(0xC2)),
            qPrintable(details));
        QTreeWidgetItem *problem = row(dialog, m_problem);
        QCOMPARE(
            problem->text(ImportReviewDialog::StatusColumn), QStringLiteral("Differs: status"));
        QCOMPARE(problem->checkState(0), Qt::Unchecked);
        int refused = 0;
        for (int i = 0; i < m_document.items.size(); ++i) {
            const DocumentItem &item = m_document.items.at(i);
            if (item.kind == ItemKind::Encounter)
                QVERIFY(row(dialog, i)->text(3).startsWith(QLatin1String("Not kept")));
            if (item.negated && item.kind == ItemKind::Immunization) {
                ++refused;
                QCOMPARE(
                    row(dialog, i)->text(3), QStringLiteral("Not kept (says it was not given)"));
                QVERIFY(row(dialog, i)->text(0).startsWith(QLatin1String("Not: ")));
            }
        }
        QCOMPARE(refused, 2);

        // New items are checked: everything but the two already imported and
        // the three that cannot be kept.
        QCOMPARE(dialog.selected().size(), m_document.items.size() - 2 - 3);
        QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Import 29 item(s)"));
        QVERIFY(dialog.patientBanner()->isHidden());
        QVERIFY2(
            unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(", ")));

        const QImage image = test::saveScreenshot(&dialog, QStringLiteral("import-review"));
        QVERIFY(!image.isNull());
        QVERIFY(test::distinctColours(image) > 40);
    }

    void keyboardChecksAndUnchecks()
    {
        ImportReviewDialog dialog(review(m_eve));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTreeWidget *tree = dialog.itemTree();
        QVERIFY(tree->hasFocus());
        tree->setCurrentItem(row(dialog, m_problem));
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(row(dialog, m_problem)->checkState(0), Qt::Checked);
        QVERIFY(dialog.selected().contains(m_problem));
        QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Import 30 item(s)"));
        QTest::keyClick(tree, Qt::Key_Space);
        QVERIFY(!dialog.selected().contains(m_problem));

        // A mnemonic "animates" the click: it lands a moment later.
        QTest::keyClick(dialog.windowHandle(), Qt::Key_O, Qt::AltModifier); // Check n&one
        QTRY_VERIFY(dialog.selected().isEmpty());
        QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Import 0 item(s)"));
        // The document is already in the record: nothing left to import.
        QVERIFY(!dialog.importButton()->isEnabled());
        QTest::keyClick(dialog.windowHandle(), Qt::Key_N, Qt::AltModifier); // Check &new items
        QTRY_COMPARE(dialog.selected().size(), 29);

        QTest::keyClick(dialog.windowHandle(), Qt::Key_D, Qt::AltModifier); // &Document tab
        QCOMPARE(dialog.tabs()->currentWidget(), dialog.documentView());
        const QString text = dialog.documentView()->toPlainText();
        QVERIFY(text.contains(m_document.header.patientName));
        QVERIFY(text.contains(QLatin1String("ALLERGIES"), Qt::CaseInsensitive));
        QVERIFY(dialog.documentView()->toHtml().contains(QLatin1String("<table")));
        QVERIFY(!test::saveScreenshot(&dialog, QStringLiteral("import-review-document")).isNull());

        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void anotherPatientShowsTheBanner()
    {
        const DocumentImport::Review r = review(m_other);
        ImportReviewDialog dialog(r);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.patientBanner()->isVisible());
        QVERIFY(dialog.patientBanner()->text().contains(QLatin1String("Robert Someone")));
        QVERIFY(dialog.patientBanner()->text().contains(m_document.header.patientName));
        // Nothing of this document is in Robert's record.
        QCOMPARE(dialog.selected().size(), m_document.items.size() - 3);
        QVERIFY(dialog.importButton()->isEnabled());
        const QImage image = test::saveScreenshot(&dialog, QStringLiteral("import-review-other"));
        QVERIFY(!image.isNull());
        // The banner is drawn in its warning colour.
        const QPoint inside = dialog.patientBanner()->geometry().topLeft() + QPoint(3, 3);
        const QColor colour = image.pixelColor(inside * image.devicePixelRatio());
        QVERIFY2(colour.red() > 220 && colour.green() > 200 && colour.blue() < 230,
            qPrintable(colour.name()));
    }

    void fileImportThroughTheMainWindow()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("hearth.ini")));
        MainWindow window(&settings, m_store.get());
        window.resize(1000, 700);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showRecord(m_other);
        QVERIFY(window.importAction()->isEnabled());
        QCOMPARE(window.importAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QVERIFY(
            window.menuBar()->actions().first()->menu()->actions().contains(window.importAction()));

        ThingQuery query;
        query.record = m_other;
        const qint64 before = m_store->countThings(query);
        // Accept the review with Enter once it is up.
        bool reviewed = false;
        QTimer::singleShot(0, this, [&reviewed] {
            auto *dialog = qobject_cast<ImportReviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            reviewed = dialog->patientBanner()->isVisible();
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QVERIFY(window.importFile(samplePath()));
        QVERIFY(reviewed);
        query.types = { Ccd::typeId() };
        QCOMPARE(m_store->countThings(query), 1);
        query.types.clear();
        QCOMPARE(m_store->countThings(query), before + 1 + 25);
        QVERIFY(
            window.statusBar()->currentMessage().startsWith(QLatin1String("Imported 31 item(s)")));

        // A file that is not a clinical document is refused with a message.
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                QTest::keyClick(box, Qt::Key_Return);
        });
        QVERIFY(!window.importFile(QStringLiteral(HEARTH_SHARED_DIR "/samples/ccda/empty.xml")));
    }
};

QTEST_MAIN(TestImportReview)
#include "tst_importreview.moc"
