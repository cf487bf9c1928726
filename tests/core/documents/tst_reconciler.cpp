#include "core/documents/DocumentImporter.h"
#include "core/documents/Reconciler.h"

#include <QDir>
#include <QTest>

using namespace hearth;

class TestReconciler : public QObject
{
    Q_OBJECT
private slots:
    void sameCodeAndDayExists();
    void sameTextAndDayExists();
    void otherDayIsNew();
    void changedDetailDiffers();
    void vitalsOfAnotherKindDoNotMatch();
    void repeatedItemInOneDocumentIsMarked();
    void wholeDocumentAgainstItself();
    void patientNames_data();
    void patientNames();
    void mismatchWarningNamesBoth();
};

namespace {

DocumentItem medication(const QString &text, const QString &rxnorm, const QString &day)
{
    DocumentItem item;
    item.kind = ItemKind::Medication;
    item.text = text;
    if (!rxnorm.isEmpty())
        item.code
            = DocumentCode::make(rxnorm, QStringLiteral("2.16.840.1.113883.6.88"), QString(), text);
    item.start = ClinicalDate::fromIso(day);
    item.status = QStringLiteral("active");
    return item;
}

} // namespace

void TestReconciler::sameCodeAndDayExists()
{
    // Same RxNorm code, other wording, same day (time of day ignored).
    DocumentItem recorded = medication(
        QStringLiteral("Atenolol 25mg"), QStringLiteral("197380"), QStringLiteral("2012-03-18"));
    DocumentItem incoming = medication(QStringLiteral("atenolol 25 MG Oral Tablet"),
        QStringLiteral("197380"), QStringLiteral("2012-03-18T09:30"));
    const QList<ReconcileEntry> result = Reconciler::classify({ recorded }, { incoming });
    QCOMPARE(result.size(), 1);
    QCOMPARE(result.at(0).status, ReconcileStatus::Exists);
    QCOMPARE(result.at(0).match, 0);
}

void TestReconciler::sameTextAndDayExists()
{
    DocumentItem recorded
        = medication(QStringLiteral("Tylenol"), QString(), QStringLiteral("2015-06-22"));
    DocumentItem incoming = medication(
        QStringLiteral("TYLENOL"), QStringLiteral("209459"), QStringLiteral("2015-06-22"));
    QCOMPARE(
        Reconciler::classify({ recorded }, { incoming }).at(0).status, ReconcileStatus::Exists);
}

void TestReconciler::otherDayIsNew()
{
    DocumentItem recorded = medication(
        QStringLiteral("Tylenol"), QStringLiteral("209459"), QStringLiteral("2015-06-22"));
    DocumentItem incoming = medication(
        QStringLiteral("Tylenol"), QStringLiteral("209459"), QStringLiteral("2015-06-23"));
    const ReconcileEntry entry = Reconciler::classify({ recorded }, { incoming }).at(0);
    QCOMPARE(entry.status, ReconcileStatus::New);
    QCOMPARE(entry.match, -1);
}

void TestReconciler::changedDetailDiffers()
{
    DocumentItem recorded;
    recorded.kind = ItemKind::LabResult;
    recorded.text = QStringLiteral("Hemoglobin");
    recorded.code = DocumentCode::make(
        QStringLiteral("718-7"), QStringLiteral("2.16.840.1.113883.6.1"), QString(), recorded.text);
    recorded.start = ClinicalDate::fromHl7(QStringLiteral("20080319"));
    recorded.value = QStringLiteral("13.2");
    recorded.unit = QStringLiteral("g/dL");
    DocumentItem same = recorded;
    same.value = QStringLiteral("13.20"); // the same number
    DocumentItem changed = recorded;
    changed.value = QStringLiteral("11.0");
    changed.status = QStringLiteral("completed");
    recorded.status = QStringLiteral("active");
    const QList<ReconcileEntry> result = Reconciler::classify({ recorded }, { same, changed });
    QCOMPARE(result.at(0).status, ReconcileStatus::Exists);
    QCOMPARE(result.at(1).status, ReconcileStatus::Differs);
    QCOMPARE(result.at(1).differences, QStringList({ "value", "status" }));
}

void TestReconciler::vitalsOfAnotherKindDoNotMatch()
{
    DocumentItem systolic;
    systolic.kind = ItemKind::VitalSign;
    systolic.vital = VitalKind::Systolic;
    systolic.text = QStringLiteral("Blood pressure");
    systolic.start = ClinicalDate::fromIso(QStringLiteral("2012-09-10"));
    DocumentItem diastolic = systolic;
    diastolic.vital = VitalKind::Diastolic;
    QCOMPARE(Reconciler::classify({ systolic }, { diastolic }).at(0).status, ReconcileStatus::New);
}

void TestReconciler::repeatedItemInOneDocumentIsMarked()
{
    const DocumentItem a = medication(
        QStringLiteral("Tylenol"), QStringLiteral("209459"), QStringLiteral("2015-06-22"));
    const QList<ReconcileEntry> result = Reconciler::classify({}, { a, a });
    QCOMPARE(result.at(0).duplicateOf, -1);
    QCOMPARE(result.at(1).duplicateOf, 0);
    QCOMPARE(result.at(1).status, ReconcileStatus::New);
}

void TestReconciler::wholeDocumentAgainstItself()
{
    const QString path = QStringLiteral(HEARTH_SHARED_DIR "/samples/ccda/CCD.XML");
    if (!QFile::exists(path))
        QSKIP("The shared samples folder (HEARTH_SHARED_DIR/samples) is not there.");
    const ImportResult result = DocumentImporter::readFile(path);
    QVERIFY(result.ok());
    const QList<DocumentItem> &items = result.document.items;
    // Into an empty record everything is new.
    for (const ReconcileEntry &e : Reconciler::classify({}, items))
        QCOMPARE(e.status, ReconcileStatus::New);
    // Into a record that already has it all, nothing is.
    for (const ReconcileEntry &e : Reconciler::classify(items, items))
        QCOMPARE(e.status, ReconcileStatus::Exists);
    // One changed weight differs, the rest still exist.
    QList<DocumentItem> record = items;
    int weight = -1;
    for (int i = 0; i < record.size() && weight < 0; ++i) {
        if (record.at(i).vital == VitalKind::Weight)
            weight = i;
    }
    QVERIFY(weight >= 0);
    record[weight].value = QStringLiteral("90");
    const QList<ReconcileEntry> entries = Reconciler::classify(record, items);
    QCOMPARE(entries.at(weight).status, ReconcileStatus::Differs);
    QCOMPARE(entries.at(weight).differences, QStringList({ "value" }));
    int exists = 0;
    for (const ReconcileEntry &e : entries)
        exists += e.status == ReconcileStatus::Exists ? 1 : 0;
    QCOMPARE(exists, items.size() - 1);
}

void TestReconciler::patientNames_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("document");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << "Eve Betterhalf"
                               << "Eve Betterhalf" << true;
    QTest::newRow("case and order") << "BETTERHALF, Eve"
                                    << "Eve Betterhalf" << true;
    QTest::newRow("middle name missing") << "Alice Newman"
                                         << "Alice Jones Newman" << true;
    QTest::newRow("other first name") << "Adam Betterhalf"
                                      << "Eve Betterhalf" << false;
    QTest::newRow("other person") << "Myra Jones"
                                  << "Eve Betterhalf" << false;
    QTest::newRow("document without name") << "Myra Jones"
                                           << "" << true;
}

void TestReconciler::patientNames()
{
    QFETCH(QString, record);
    QFETCH(QString, document);
    QFETCH(bool, same);
    QCOMPARE(Reconciler::sameName(record, document), same);
    DocumentHeader header;
    header.patientName = document;
    QCOMPARE(Reconciler::patientMismatchWarning(record, header).isEmpty(), same);
}

void TestReconciler::mismatchWarningNamesBoth()
{
    DocumentHeader header;
    header.patientName = QStringLiteral("Eve Betterhalf");
    const QString warning
        = Reconciler::patientMismatchWarning(QStringLiteral("Myra Jones"), header);
    QVERIFY(warning.contains(QLatin1String("Eve Betterhalf")));
    QVERIFY(warning.contains(QLatin1String("Myra Jones")));
}

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
