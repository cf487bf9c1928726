#include "core/documents/DocumentImporter.h"
#include "core/documents/DocumentThings.h"
#include "core/thing/Allergy.h"
#include "core/thing/BloodPressure.h"
#include "core/thing/Ccd.h"
#include "core/thing/Ccr.h"
#include "core/thing/Condition.h"
#include "core/thing/Contact.h"
#include "core/thing/Height.h"
#include "core/thing/Immunization.h"
#include "core/thing/LabTestResults.h"
#include "core/thing/Medication.h"
#include "core/thing/Procedure.h"
#include "core/thing/Weight.h"

#include <QFile>
#include <QTest>

using namespace hearth;

class TestDocumentThings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void documentIsStoredWhole();
    void ccrIsStoredAsCcr();
    void everyKindBecomesItsType();
    void valuesAndCodesCarryOver();
    void provenanceOnEveryThing();
    void selectionAndSkipped();

private:
    QByteArray m_bytes;
    ClinicalDocument m_document;
    RelatedThing m_link;
};

void TestDocumentThings::initTestCase()
{
    QFile file(QStringLiteral(HEARTH_SHARED_DIR "/samples/ccda/CCD.XML"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("The shared samples folder (HEARTH_SHARED_DIR/samples) is not there.");
    m_bytes = file.readAll();
    const ImportResult result = DocumentImporter::read(m_bytes);
    QVERIFY(result.ok());
    m_document = result.document;
    m_link.clientThingId = QStringLiteral("document-1");
    m_link.relationshipType = QStringLiteral("source-document");
}

void TestDocumentThings::documentIsStoredWhole()
{
    QString error;
    const std::optional<Thing> thing = DocumentThings::documentThing(m_document, m_bytes, &error);
    QVERIFY2(thing, qPrintable(error));
    QCOMPARE(thing->typeId(), Ccd::typeId());
    const std::optional<Ccd> ccd = Ccd::fromThing(*thing);
    QVERIFY(ccd);
    QCOMPARE(ccd->summary(), QStringLiteral("Patient Chart Summary"));
    const QByteArray xml = ccd->documentXml();
    QVERIFY(xml.contains("<ClinicalDocument"));
    QVERIFY(xml.contains("Betterhalf"));
    // The stored document reads back into the same items.
    const ImportResult again = DocumentImporter::read(xml);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(again.document.items.size(), m_document.items.size());
}

void TestDocumentThings::ccrIsStoredAsCcr()
{
    QFile file(QStringLiteral(HEARTH_SHARED_DIR "/samples/ccr/CCR.xml")); // BOM + stylesheet PI
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const ImportResult result = DocumentImporter::read(bytes);
    QVERIFY(result.ok());
    const std::optional<Thing> thing = DocumentThings::documentThing(result.document, bytes);
    QVERIFY(thing);
    QCOMPARE(thing->typeId(), Ccr::typeId());
    QVERIFY(Ccr::fromThing(*thing)->documentXml().contains("DAVID"));
}

void TestDocumentThings::everyKindBecomesItsType()
{
    QList<int> skipped;
    const QList<DocumentThings::Converted> things
        = DocumentThings::itemThings(m_document, {}, m_link, &skipped);
    QHash<QUuid, int> counts;
    for (const DocumentThings::Converted &c : things)
        ++counts[c.thing.typeId()];
    QCOMPARE(counts.value(Medication::typeId()), 2);
    QCOMPARE(counts.value(Allergy::typeId()), 2);
    QCOMPARE(counts.value(Condition::typeId()), 4);
    // Two of the five immunizations are refusals (negationInd): not given.
    QCOMPARE(counts.value(Immunization::typeId()), 3);
    QCOMPARE(counts.value(Procedure::typeId()), 4);
    QCOMPARE(counts.value(LabTestResults::typeId()), 2); // two panels
    QCOMPARE(counts.value(Weight::typeId()), 2);
    QCOMPARE(counts.value(Height::typeId()), 2);
    QCOMPARE(counts.value(BloodPressure::typeId()), 2); // systolic + diastolic each
    QCOMPARE(counts.value(Contact::typeId()), 2);
    // The one encounter has no thing type; the refused vaccines are skipped.
    QCOMPARE(skipped.size(), 3);
    int refused = 0;
    int encounters = 0;
    for (int i : std::as_const(skipped)) {
        const DocumentItem &item = m_document.items.at(i);
        refused += item.kind == ItemKind::Immunization && item.negated ? 1 : 0;
        encounters += item.kind == ItemKind::Encounter ? 1 : 0;
    }
    QCOMPARE(refused, 2);
    QCOMPARE(encounters, 1);
    // Every item is in exactly one thing, except the skipped ones.
    int covered = 0;
    for (const DocumentThings::Converted &c : things)
        covered += c.items.size();
    QCOMPARE(covered, m_document.items.size() - 3);
}

void TestDocumentThings::valuesAndCodesCarryOver()
{
    const QList<DocumentThings::Converted> things
        = DocumentThings::itemThings(m_document, {}, m_link);
    bool sawMedication = false;
    bool sawWeight = false;
    bool sawPressure = false;
    bool sawPanel = false;
    for (const DocumentThings::Converted &c : things) {
        if (const auto m = Medication::fromThing(c.thing); m && !sawMedication) {
            sawMedication = true;
            QCOMPARE(m->name().text, QStringLiteral("albuterol 0.09 MG/ACTUAT [Proventil]"));
            const CodedValue *code = m->name().code(QStringLiteral("RxNorm Active Medicines"));
            QVERIFY(code);
            QCOMPARE(code->value, QStringLiteral("573621"));
            QCOMPARE(code->family, QStringLiteral("RxNorm"));
            QCOMPARE(m->dateStarted()->toString(), QStringLiteral("2011-01-03"));
        }
        if (const auto w = Weight::fromThing(c.thing); w && !sawWeight) {
            sawWeight = true;
            QCOMPARE(w->value().kilograms(), 86.0);
            QCOMPARE(w->when().date, QDate(2012, 9, 10));
        }
        if (const auto bp = BloodPressure::fromThing(c.thing); bp && !sawPressure) {
            sawPressure = true;
            QCOMPARE(bp->systolic(), 132);
            QCOMPARE(bp->diastolic(), 88);
        }
        if (const auto lab = LabTestResults::fromThing(c.thing); lab && !sawPanel) {
            sawPanel = true;
            const QList<LabTestResult> results = lab->results();
            QCOMPARE(results.size(), 5);
            QCOMPARE(results.first().name, QStringLiteral("Hemoglobin"));
            QCOMPARE(results.first().measurement->display, QStringLiteral("13.2 g/dL"));
            QCOMPARE(results.first().note, QStringLiteral("12.0-15.5 g/dL"));
        }
    }
    QVERIFY(sawMedication && sawWeight && sawPressure && sawPanel);
}

void TestDocumentThings::provenanceOnEveryThing()
{
    const QString source = DocumentThings::sourceText(m_document);
    QCOMPARE(source,
        QStringLiteral(
            "C-CDA R2.0 CCD: Patient Chart Summary (Patricia Patty Primary M.D., 2013-08-15)"));
    for (const DocumentThings::Converted &c : DocumentThings::itemThings(m_document, {}, m_link)) {
        QCOMPARE(c.thing.source(), source);
        const QList<RelatedThing> related = c.thing.relatedThings();
        QCOMPARE(related.size(), 1);
        QCOMPARE(related.first().clientThingId, QStringLiteral("document-1"));
        QCOMPARE(related.first().relationshipType, QStringLiteral("source-document"));
        // And it survives a round trip through XML.
        const std::optional<Thing> back = Thing::fromXml(c.thing.toXml());
        QVERIFY(back);
        QCOMPARE(back->source(), source);
    }
}

void TestDocumentThings::selectionAndSkipped()
{
    // Only the systolic half of a blood pressure: nothing to store.
    int systolic = -1;
    for (int i = 0; i < m_document.items.size() && systolic < 0; ++i) {
        if (m_document.items.at(i).vital == VitalKind::Systolic)
            systolic = i;
    }
    QList<int> skipped;
    QVERIFY(DocumentThings::itemThings(m_document, { systolic }, m_link, &skipped).isEmpty());
    QCOMPARE(skipped, QList<int>({ systolic }));
    // One chosen medication gives one thing.
    int medication = -1;
    for (int i = 0; i < m_document.items.size() && medication < 0; ++i) {
        if (m_document.items.at(i).kind == ItemKind::Medication)
            medication = i;
    }
    const auto one = DocumentThings::itemThings(m_document, { medication }, m_link);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().items, QList<int>({ medication }));
}

QTEST_GUILESS_MAIN(TestDocumentThings)
#include "tst_documentthings.moc"
