// File › Export record (format, sections with counts, file; the file reads
// back with Hearth's importer; a failed write says why and leaves nothing),
// screenshots, and a stored clinical document opened for reading from the
// Documents page.

#include "core/Clock.h"
#include "core/Settings.h"
#include "core/documents/CcdWriter.h"
#include "core/documents/DocumentImport.h"
#include "core/documents/DocumentImporter.h"
#include "core/documents/DocumentThings.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"
#include "core/thing/ThingTypeRegistry.h"
#include "tests/common/Screenshot.h"
#include "ui/MainWindow.h"
#include "ui/Navigator.h"
#include "ui/documents/DocumentDialog.h"
#include "ui/documents/DocumentView.h"
#include "ui/documents/ExportDialog.h"
#include "ui/pages/ThingListPage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace hearth;
using namespace hearth::ui;

class TestExportRecord : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Store> m_store;
    qint64 m_eve = 0;
    qint64 m_empty = 0;

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

    static DocumentItem item(ItemKind kind, const char *text, const char *code, const char *oid)
    {
        DocumentItem i;
        i.kind = kind;
        i.text = QString::fromUtf8(text);
        i.code = DocumentCode::make(
            QLatin1String(code), QLatin1String(oid), QString(), QString::fromUtf8(text));
        i.start = ClinicalDate::fromHl7(QStringLiteral("20240305"));
        return i;
    }

    static QStringList unnamedControls(QWidget *root)
    {
        QStringList unnamed;
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !qobject_cast<QAbstractButton *>(widget))
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
        QVERIFY(m_dir.isValid());
        StoreError error;
        m_store = Store::open(
            m_dir.filePath(QStringLiteral("hearth.db")), KeyMaterial::randomKey(), m_clock, &error);
        QVERIFY2(m_store, qPrintable(error.message));
        m_eve = addRecord(QStringLiteral("Eve Betterhalf"));
        m_empty = addRecord(QStringLiteral("Nobody Yet"));

        ClinicalDocument doc;
        DocumentItem m = item(
            ItemKind::Medication, "Aspirin 81 MG Oral Tablet", "243670", "2.16.840.1.113883.6.88");
        m.dose = QStringLiteral("81 mg");
        doc.items << m;
        doc.items << item(ItemKind::Allergy, "Penicillin G", "7980", "2.16.840.1.113883.6.88");
        DocumentItem latex
            = item(ItemKind::Allergy, "Latex", "111088007", "2.16.840.1.113883.6.96");
        latex.negated = true;
        doc.items << latex;
        doc.items << item(
            ItemKind::Problem, "Essential hypertension", "59621000", "2.16.840.1.113883.6.96");
        DocumentItem weight
            = item(ItemKind::VitalSign, "Body weight", "29463-7", "2.16.840.1.113883.6.1");
        weight.vital = VitalKind::Weight;
        weight.value = QStringLiteral("72.5");
        weight.unit = QStringLiteral("kg");
        doc.items << weight;
        RelatedThing link;
        link.thingId = QUuid::createUuid();
        for (DocumentThings::Converted &c : DocumentThings::itemThings(doc, {}, link)) {
            Thing &t = c.thing;
            t.setKey(QUuid::createUuid(), QUuid::createUuid().toString(QUuid::WithoutBraces));
            t.setState(ThingState::Active);
            const QDateTime effective = ThingTypeRegistry::effectiveDate(t);
            if (effective.isValid())
                t.setEffectiveDate(effective);
            QVERIFY2(m_store->putThing(m_eve, t, &error), qPrintable(error.message));
        }
    }

    void dialogExportsTheChosenSections()
    {
        ExportDialog dialog(*m_store, m_clock, m_eve);
        dialog.resize(560, dialog.sizeHint().height());
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.isUsable());
        QCOMPARE(dialog.format(), RecordExport::Format::Ccd);
        QCOMPARE(
            dialog.sectionBox(ItemKind::Medication)->text(), QStringLiteral("Medications (1)"));
        QCOMPARE(dialog.sectionBox(ItemKind::Allergy)->text(), QStringLiteral("Allergies (2)"));
        QCOMPARE(dialog.sectionBox(ItemKind::Procedure)->text(), QStringLiteral("Procedures (0)"));
        QCOMPARE(dialog.sections(), RecordExport::sectionKinds());
        QVERIFY(dialog.pathField()->text().endsWith(QLatin1String("Eve-Betterhalf-ccd.xml")));
        QVERIFY2(
            unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(',')));

        const QImage image = test::saveScreenshot(&dialog, QStringLiteral("export-record"));
        QVERIFY(!image.isNull());
        QVERIFY(test::distinctColours(image) > 20);

        // CCR: the suggested name follows; no section, no export.
        QTest::keyClick(dialog.windowHandle(), Qt::Key_R, Qt::AltModifier); // CC&R
        QTRY_COMPARE(dialog.format(), RecordExport::Format::Ccr);
        QVERIFY(dialog.pathField()->text().endsWith(QLatin1String("Eve-Betterhalf-ccr.xml")));
        for (ItemKind kind : RecordExport::sectionKinds())
            dialog.sectionBox(kind)->setChecked(false);
        QVERIFY(!dialog.exportButton()->isEnabled());
        dialog.sectionBox(ItemKind::Medication)->setChecked(true);
        dialog.sectionBox(ItemKind::Allergy)->setChecked(true);
        QVERIFY(dialog.exportButton()->isEnabled());

        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("eve.xml"));
        dialog.pathField()->setText(path);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.notice().contains(QLatin1String("1 entry")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportResult read = DocumentImporter::read(file.readAll());
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.document.format, DocumentFormat::Ccr);
        QCOMPARE(read.document.header.patientName, QStringLiteral("Eve Betterhalf"));
        QCOMPARE(read.document.count(ItemKind::Medication), 1);
        QCOMPARE(read.document.count(ItemKind::Allergy), 1); // CCR cannot say "not allergic"
        QCOMPARE(read.document.count(ItemKind::Problem), 0);
        QCOMPARE(read.document.count(ItemKind::VitalSign), 0);
    }

    void failedWriteSaysWhyAndStaysOpen()
    {
        ExportDialog dialog(*m_store, m_clock, m_eve);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("missing-folder/eve.xml"));
        dialog.pathField()->setText(path);
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(
            shown.startsWith(QLatin1String("eve.xml could not be created")), qPrintable(shown));
        QCOMPARE(dialog.lastError(), shown);
        QVERIFY(QDir(out.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void emptyRecordExportsEmptySections()
    {
        ExportDialog dialog(*m_store, m_clock, m_empty);
        QCOMPARE(
            dialog.sectionBox(ItemKind::Medication)->text(), QStringLiteral("Medications (0)"));
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("nobody.xml"));
        dialog.pathField()->setText(path);
        QVERIFY(dialog.exportNow());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportResult read = DocumentImporter::read(file.readAll());
        QVERIFY(read.ok());
        QCOMPARE(read.document.sections.size(), RecordExport::sectionKinds().size());
        QVERIFY(read.document.items.isEmpty());
    }

    void fileExportThroughTheMainWindow()
    {
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("hearth.ini")));
        MainWindow window(&settings, m_store.get());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showRecord(m_eve);
        QVERIFY(window.exportAction()->isEnabled());
        QVERIFY(
            window.menuBar()->actions().first()->menu()->actions().contains(window.exportAction()));

        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("eve-ccd.xml"));
        bool seen = false;
        QTimer::singleShot(0, this, [&seen, path] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            dialog->pathField()->setText(path);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        window.exportAction()->trigger();
        QVERIFY(seen);
        QVERIFY(QFile::exists(path));
        QCOMPARE(window.statusBar()->currentMessage(),
            QStringLiteral("Exported the record to eve-ccd.xml."));
    }

    void storedDocumentOpensForReading()
    {
        // A CCD of Eve's record, imported back as a document alone.
        RecordExport exporter(*m_store, m_clock);
        StoreError error;
        const std::optional<ClinicalDocument> content = exporter.collect(m_eve, &error);
        QVERIFY(content);
        const QByteArray bytes
            = CcdWriter::write(*content, RecordExport::sectionKinds(), m_clock.now());
        const ImportResult read = DocumentImporter::read(bytes);
        QVERIFY(read.ok());
        DocumentImport import(*m_store, m_clock);
        const std::optional<DocumentImport::Review> review
            = import.review(m_eve, read.document, bytes, &error);
        QVERIFY(review);
        QVERIFY(import.accept(*review, {}, &error));

        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("hearth.ini")));
        MainWindow window(&settings, m_store.get());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showRecord(m_eve);
        ThingListPage *page = window.listPage(int(Navigator::Page::Documents));
        QVERIFY(page);
        page->setRecord(m_eve);
        QTRY_COMPARE(page->visibleRows(), 1);
        page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
        page->editCurrent();
        auto *dialog = window.findChild<DocumentDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Health summary of Eve Betterhalf"));
        const QString text = dialog->view()->toPlainText();
        QVERIFY(text.contains(QLatin1String("Aspirin 81 MG Oral Tablet")));
        QVERIFY(text.contains(QLatin1String("Essential hypertension")));
        QVERIFY(text.contains(QLatin1String("No information"))); // the empty procedures section
        QVERIFY(!dialog->view()->openLinks());
        const QImage image = test::saveScreenshot(dialog, QStringLiteral("document-dialog"));
        QVERIFY(!image.isNull());
        QVERIFY(test::distinctColours(image) > 20);
        dialog->close();
    }
};

QTEST_MAIN(TestExportRecord)
#include "tst_exportrecord.moc"
