// Export of a record as a C-CDA CCD and as an ASTM CCR: schema validity
// (cda.xsd, ccr.xsd), the round trip through Hearth's own importer (same
// items: codes, dates, text, values), chosen and empty sections, the patient
// header, a real store record into an empty one, and saving without leaving
// a half-written file.

#include "DocumentXsd.h"
#include "core/Clock.h"
#include "core/documents/CcdWriter.h"
#include "core/documents/CcrWriter.h"
#include "core/documents/DocumentImport.h"
#include "core/documents/DocumentImporter.h"
#include "core/documents/DocumentThings.h"
#include "core/documents/RecordExport.h"
#include "core/documents/ThingItems.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"
#include "core/store/ThingIndex.h"
#include "core/thing/BasicDemographics.h"
#include "core/thing/PersonalDemographics.h"
#include "core/thing/ThingTypeRegistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace hearth;

namespace {

DocumentCode code(const char *value, const char *oid, const char *display)
{
    return DocumentCode::make(
        QLatin1String(value), QLatin1String(oid), QString(), QString::fromUtf8(display));
}

ClinicalDate date(const char *hl7)
{
    return ClinicalDate::fromHl7(QLatin1String(hl7));
}

DocumentItem item(ItemKind kind, const char *text, const DocumentCode &c, const char *start)
{
    DocumentItem i;
    i.kind = kind;
    i.text = QString::fromUtf8(text);
    i.code = c;
    i.start = date(start);
    return i;
}

const char *const kRxNorm = "2.16.840.1.113883.6.88";
const char *const kSnomed = "2.16.840.1.113883.6.96";
const char *const kLoinc = "2.16.840.1.113883.6.1";
const char *const kCvx = "2.16.840.1.113883.12.292";
const char *const kIcd10 = "2.16.840.1.113883.6.90";

// A record's worth of items of every export kind, as an import would bring
// them; turned into things by DocumentThings like a real import.
ClinicalDocument sourceDocument()
{
    ClinicalDocument doc;
    QList<DocumentItem> &items = doc.items;
    DocumentItem m = item(ItemKind::Medication, "Aspirin 81 MG Oral Tablet",
        code("243670", kRxNorm, "Aspirin 81 MG Oral Tablet"), "20120301");
    m.end = date("20130115");
    m.dose = QStringLiteral("81 mg");
    m.route = QStringLiteral("Oral");
    items << m;
    m = item(ItemKind::Medication, "Lisinopril 10 MG Oral Tablet", code("314076", kRxNorm, ""),
        "201405");
    m.dose = QStringLiteral("1 tablet");
    items << m;
    DocumentItem a = item(
        ItemKind::Allergy, "Penicillin G", code("7980", kRxNorm, "Penicillin G"), "20080601");
    a.reactions << QStringLiteral("Hives");
    items << a;
    a = item(ItemKind::Allergy, "Latex", code("111088007", kSnomed, "Latex"), "");
    a.negated = true;
    items << a;
    DocumentItem p = item(ItemKind::Problem, "Essential hypertension",
        code("59621000", kSnomed, "Essential hypertension"), "20111005");
    p.status = QStringLiteral("active");
    items << p;
    p = item(ItemKind::Problem, "Asthma", code("J45.909", kIcd10, "Asthma"), "2005");
    p.end = date("20100203");
    p.status = QStringLiteral("resolved");
    items << p;
    DocumentItem v = item(ItemKind::Immunization, "Influenza, seasonal, injectable",
        code("141", kCvx, "Influenza, seasonal, injectable"), "20231012");
    v.lotNumber = QStringLiteral("AB1234");
    v.route = QStringLiteral("Intramuscular");
    items << v;
    DocumentItem pr = item(ItemKind::Procedure, "Appendectomy (Ärztin: Müller)",
        code("80146002", kSnomed, "Appendectomy"), "20090714");
    pr.performer = QStringLiteral("Dr. Jane Smith");
    items << pr;
    const auto result = [](const char *text, const char *loinc, const char *value, const char *unit,
                            const char *flag, const char *panel, int group) {
        DocumentItem r = item(ItemKind::LabResult, text, code(loinc, kLoinc, text), "202402011015");
        r.value = QLatin1String(value);
        r.unit = QLatin1String(unit);
        r.interpretation = QLatin1String(flag);
        r.status = QStringLiteral("final");
        r.panel = QLatin1String(panel);
        r.group = group;
        return r;
    };
    items << result("Glucose [Mass/volume] in Serum or Plasma", "2345-7", "95", "mg/dL", "N",
        "Basic metabolic panel", 0);
    items << result("Potassium [Moles/volume] in Serum or Plasma", "2823-3", "5.6", "mmol/L", "H",
        "Basic metabolic panel", 0);
    items << result(
        "Hemoglobin A1c/Hemoglobin.total in Blood", "4548-4", "6.1", "%", "", "HbA1c", 1);
    const auto vital = [](VitalKind kind, const char *loinc, const char *text, const char *value,
                           const char *unit) {
        DocumentItem r = item(ItemKind::VitalSign, text, code(loinc, kLoinc, text), "202403050930");
        r.vital = kind;
        r.value = QLatin1String(value);
        r.unit = QLatin1String(unit);
        r.group = 2;
        return r;
    };
    items << vital(VitalKind::Weight, "29463-7", "Body weight", "72.5", "kg");
    items << vital(VitalKind::Height, "8302-2", "Body height", "1.75", "m");
    items << vital(VitalKind::Systolic, "8480-6", "Systolic blood pressure", "128", "mm[Hg]");
    items << vital(VitalKind::Diastolic, "8462-4", "Diastolic blood pressure", "82", "mm[Hg]");
    items << vital(VitalKind::HeartRate, "8867-4", "Heart rate", "70", "/min");
    items << vital(VitalKind::Temperature, "8310-5", "Body temperature", "36.8", "Cel");
    items << vital(VitalKind::OxygenSaturation, "59408-5", "Oxygen saturation", "98", "%");
    items << vital(VitalKind::RespiratoryRate, "9279-1", "Respiratory rate", "16", "/min");
    return doc;
}

QList<Thing> thingsOf(const ClinicalDocument &doc)
{
    RelatedThing link;
    link.thingId = QUuid::createUuid();
    link.relationshipType = QStringLiteral("source-document");
    QList<Thing> things;
    for (DocumentThings::Converted &c : DocumentThings::itemThings(doc, {}, link))
        things.append(c.thing);
    return things;
}

DocumentHeader patient()
{
    DocumentHeader h;
    h.patientGiven = QStringLiteral("Eve Marie");
    h.patientFamily = QStringLiteral("Betterhalf");
    h.patientName = QStringLiteral("Eve Marie Betterhalf");
    h.patientBirth = date("19750501");
    h.patientGender = QStringLiteral("F");
    h.title = QStringLiteral("Health summary of Eve Marie Betterhalf");
    return h;
}

// What must survive the round trip, one line per item, sorted.
QStringList keys(const QList<DocumentItem> &items, bool ccr)
{
    QStringList out;
    for (const DocumentItem &raw : items) {
        const DocumentItem i = ThingItems::comparable(raw);
        QStringList k { itemKindName(i.kind), i.text, i.code.code, i.code.family, i.code.vocabulary,
            i.start.toIso(), i.end.toIso(), i.value, i.unit, i.dose, i.route,
            i.reactions.join(QLatin1Char(',')), i.performer,
            i.negated ? QStringLiteral("not") : QString(), i.interpretation,
            vitalKindName(i.vital) };
        // CCD has a code for a result's status, not the record's words.
        if (i.kind == ItemKind::Problem || (ccr && i.kind == ItemKind::LabResult))
            k << i.status;
        if (!ccr)
            k << i.lotNumber; // CCR has no element for a lot number
        out << k.join(QLatin1Char('|'));
    }
    out.sort();
    return out;
}

} // namespace

class TestDocumentExport : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now { QDate(2026, 11, 23), QTime(9, 0), Qt::UTC };
    FixedClock m_clock { m_now };
    std::unique_ptr<DocumentXsd> m_xsd;

    static ClinicalDocument content()
    {
        ClinicalDocument c;
        c.header = patient();
        c.items = RecordExport::itemsOf(thingsOf(sourceDocument()));
        return c;
    }

    static QByteArray write(RecordExport::Format format, const ClinicalDocument &c,
        const QList<ItemKind> &sections, const QDateTime &now)
    {
        return format == RecordExport::Format::Ccd ? CcdWriter::write(c, sections, now)
                                                   : CcrWriter::write(c, sections, now);
    }

    static ClinicalDocument reimport(const QByteArray &bytes)
    {
        const ImportResult result = DocumentImporter::read(bytes);
        if (!result.ok())
            qFatal("the export does not import: %s", qPrintable(result.message));
        return result.document;
    }

    void requireSchemas()
    {
        if (!DocumentXsd::available())
            QSKIP("The CDA and CCR schemas are missing: HEARTH_SHARED_DIR/reference/healthvault/"
                  "xsd holds cda.xsd and ccr.xsd");
        if (!m_xsd)
            m_xsd = std::make_unique<DocumentXsd>();
    }

    static QString xsdOf(RecordExport::Format format)
    {
        return format == RecordExport::Format::Ccd ? QStringLiteral("cda.xsd")
                                                   : QStringLiteral("ccr.xsd");
    }

private slots:
    void cleanupTestCase() { m_xsd.reset(); }

    void formats_data()
    {
        QTest::addColumn<RecordExport::Format>("format");
        QTest::newRow("ccd") << RecordExport::Format::Ccd;
        QTest::newRow("ccr") << RecordExport::Format::Ccr;
    }

    void validatesAgainstTheSchema_data() { formats_data(); }
    void validatesAgainstTheSchema()
    {
        QFETCH(RecordExport::Format, format);
        requireSchemas();
        const ClinicalDocument c = content();
        QCOMPARE(c.items.size(), sourceDocument().items.size());
        const QList<ItemKind> all = RecordExport::sectionKinds();
        const QByteArray bytes = write(format, c, all, m_now);
        QCOMPARE(m_xsd->validate(xsdOf(format), bytes), QString());

        // Chosen sections, and a record with nothing in it.
        QCOMPARE(m_xsd->validate(xsdOf(format),
                     write(format, c, { ItemKind::Medication, ItemKind::VitalSign }, m_now)),
            QString());
        ClinicalDocument empty;
        empty.header = patient();
        QCOMPARE(m_xsd->validate(xsdOf(format), write(format, empty, all, m_now)), QString());
        // A patient known by one name only, no birth date or gender.
        empty.header = DocumentHeader();
        empty.header.patientName = QStringLiteral("Cher");
        QCOMPARE(m_xsd->validate(xsdOf(format), write(format, empty, all, m_now)), QString());
    }

    void roundTripGivesTheSameItems_data() { formats_data(); }
    void roundTripGivesTheSameItems()
    {
        QFETCH(RecordExport::Format, format);
        const bool ccr = format == RecordExport::Format::Ccr;
        const ClinicalDocument c = content();
        const QByteArray bytes = write(format, c, RecordExport::sectionKinds(), m_now);
        const ClinicalDocument back = reimport(bytes);
        QCOMPARE(back.format, ccr ? DocumentFormat::Ccr : DocumentFormat::Cda);
        if (!ccr) {
            QCOMPARE(back.profile, QStringLiteral("C-CDA R2.1 CCD"));
            QCOMPARE(back.thingKind, ClinicalDocument::ThingKind::Ccd);
        }

        // Through the import's own conversion into things and back.
        const QList<DocumentItem> again = RecordExport::itemsOf(thingsOf(back));
        QList<DocumentItem> expected = c.items;
        if (ccr) {
            // CCR cannot say "no allergy to".
            expected.erase(std::remove_if(expected.begin(), expected.end(),
                               [](const DocumentItem &i) { return i.negated; }),
                expected.end());
        }
        const QStringList want = keys(expected, ccr);
        const QStringList got = keys(again, ccr);
        if (want != got) {
            for (const QString &w : want) {
                if (!got.contains(w))
                    qWarning("missing: %s", qPrintable(w));
            }
            for (const QString &g : got) {
                if (!want.contains(g))
                    qWarning("unexpected: %s", qPrintable(g));
            }
        }
        QCOMPARE(got, want);

        // Codes keep their vocabulary, and the patient header comes back.
        QCOMPARE(back.header.patientGiven, QStringLiteral("Eve Marie"));
        QCOMPARE(back.header.patientFamily, QStringLiteral("Betterhalf"));
        QCOMPARE(back.header.patientBirth.toIso(), QStringLiteral("1975-05-01"));
        QCOMPARE(back.header.patientGender, QStringLiteral("F"));
        const auto found = [&](const QString &codeValue) {
            for (const DocumentItem &i : back.items) {
                if (i.code.code == codeValue)
                    return i.code;
            }
            return DocumentCode();
        };
        QCOMPARE(
            found(QStringLiteral("243670")).vocabulary, QStringLiteral("RxNorm Active Medicines"));
        QCOMPARE(found(QStringLiteral("59621000")).vocabulary, QStringLiteral("SnomedComplete"));
        QCOMPARE(found(QStringLiteral("2345-7")).vocabulary, QStringLiteral("LOINC"));
        QCOMPARE(found(QStringLiteral("141")).vocabulary, QStringLiteral("vaccines-cvx"));
        QCOMPARE(found(QStringLiteral("J45.909")).vocabulary, QStringLiteral("icd10cm"));
    }

    // Every sample the importer accepts: its items into things, exported,
    // valid, and read back the same.
    void samplesRoundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<RecordExport::Format>("format");
        for (const char *folder : { "ccda", "ccr" }) {
            const QDir dir(QStringLiteral(HEARTH_SHARED_DIR "/samples/") + QLatin1String(folder));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                QFile file(dir.filePath(name));
                if (!file.open(QIODevice::ReadOnly) || !DocumentImporter::read(file.readAll()).ok())
                    continue;
                for (const char *format : { "ccd", "ccr" }) {
                    QTest::addRow("%s/%s %s", folder, qPrintable(name), format)
                        << dir.filePath(name)
                        << (format == QLatin1String("ccd") ? RecordExport::Format::Ccd
                                                           : RecordExport::Format::Ccr);
                }
            }
        }
    }
    void samplesRoundTrip()
    {
        QFETCH(QString, path);
        QFETCH(RecordExport::Format, format);
        requireSchemas();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportResult sample = DocumentImporter::read(file.readAll());
        QVERIFY(sample.ok());
        ClinicalDocument c;
        c.header = sample.document.header;
        c.items = RecordExport::itemsOf(thingsOf(sample.document));
        const bool ccr = format == RecordExport::Format::Ccr;
        const QByteArray bytes = write(format, c, RecordExport::sectionKinds(), m_now);
        QCOMPARE(m_xsd->validate(xsdOf(format), bytes), QString());
        const QList<DocumentItem> again = RecordExport::itemsOf(thingsOf(reimport(bytes)));
        QList<DocumentItem> expected = c.items;
        if (ccr) {
            expected.erase(std::remove_if(expected.begin(), expected.end(),
                               [](const DocumentItem &i) { return i.negated; }),
                expected.end());
        } else {
            // A CDA code has no white space ("Diphtheria antitoxin" as a CCR
            // CPT code): only its text goes, as the original text.
            for (DocumentItem &i : expected) {
                if (i.code.code.contains(QLatin1Char(' ')))
                    i.code = DocumentCode();
            }
        }
        const QStringList want = keys(expected, ccr);
        const QStringList got = keys(again, ccr);
        if (want != got) {
            for (const QString &w : want) {
                if (!got.contains(w))
                    qWarning("missing: %s", qPrintable(w));
            }
            for (const QString &g : got) {
                if (!want.contains(g))
                    qWarning("unexpected: %s", qPrintable(g));
            }
        }
        QCOMPARE(got, want);
    }

    void emptySections_data() { formats_data(); }
    void emptySections()
    {
        QFETCH(RecordExport::Format, format);
        ClinicalDocument empty;
        empty.header = patient();
        const QByteArray bytes = write(format, empty, RecordExport::sectionKinds(), m_now);
        const ClinicalDocument back = reimport(bytes);
        QVERIFY(back.items.isEmpty());
        if (format == RecordExport::Format::Ccd) {
            // Every chosen section is there, saying it has no information.
            QCOMPARE(back.sections.size(), RecordExport::sectionKinds().size());
            for (const DocumentSection &s : back.sections) {
                QVERIFY2(s.nullFlavored, qPrintable(s.title));
                QVERIFY(s.hasCategory);
                QVERIFY(s.narrativeXml.contains(QLatin1String("No information")));
            }
            QVERIFY(bytes.contains("<section nullFlavor=\"NI\">"));
        } else {
            // A CCR section holds at least one entry: empty ones are left out.
            QVERIFY(back.sections.isEmpty());
            QVERIFY(bytes.contains("<Body/>") || bytes.contains("<Body></Body>"));
        }
    }

    void chosenSectionsOnly_data() { formats_data(); }
    void chosenSectionsOnly()
    {
        QFETCH(RecordExport::Format, format);
        const QList<ItemKind> chosen { ItemKind::Allergy, ItemKind::VitalSign };
        const ClinicalDocument back = reimport(write(format, content(), chosen, m_now));
        QSet<ItemKind> kinds;
        for (const DocumentItem &i : back.items)
            kinds.insert(i.kind);
        if (format == RecordExport::Format::Ccd)
            QCOMPARE(back.sections.size(), 2);
        QCOMPARE(kinds, QSet<ItemKind>({ ItemKind::Allergy, ItemKind::VitalSign }));
        QCOMPARE(back.count(ItemKind::VitalSign), 8);
    }

    void ccdNarrativeIsReadable()
    {
        const QByteArray bytes = CcdWriter::write(content(), { ItemKind::Problem }, m_now);
        const ClinicalDocument back = reimport(bytes);
        QCOMPARE(back.sections.size(), 1);
        const QString narrative = back.sections.first().narrativeXml;
        QVERIFY(narrative.contains(QLatin1String("<th>Problem</th>")));
        QVERIFY(narrative.contains(QLatin1String("<td>Essential hypertension</td>")));
        QVERIFY(narrative.contains(QLatin1String("<td>ICD-10-CM J45.909</td>")));
        QVERIFY(narrative.contains(QLatin1String("<td>2005 to 2010-02-03</td>")));
    }

    void storeRecordIntoAnEmptyOne_data() { formats_data(); }
    void storeRecordIntoAnEmptyOne()
    {
        QFETCH(RecordExport::Format, format);
        QTemporaryDir dir;
        StoreError error;
        std::unique_ptr<Store> store = Store::open(
            dir.filePath(QStringLiteral("hearth.db")), KeyMaterial::randomKey(), m_clock, &error);
        QVERIFY2(store, qPrintable(error.message));
        RecordRow row;
        row.recordId = QUuid::createUuid();
        row.personId = QUuid::createUuid();
        row.personName = QStringLiteral("Eve Betterhalf");
        row.displayName = row.personName;
        row.access = RecordRow::Access::Custodian;
        const std::optional<qint64> record = store->putRecord(row, &error);
        QVERIFY(record);

        QList<Thing> things = thingsOf(sourceDocument());
        PersonalDemographics person;
        PersonName name;
        name.first = QStringLiteral("Eve");
        name.last = QStringLiteral("Betterhalf");
        person.setName(name);
        person.setBirthDate(HealthDateTime(QDate(1975, 5, 1)));
        things << person.thing();
        BasicDemographics basic;
        basic.setGender(QStringLiteral("f"));
        things << basic.thing();
        for (Thing &t : things) {
            t.setKey(QUuid::createUuid(), QUuid::createUuid().toString(QUuid::WithoutBraces));
            t.setState(ThingState::Active);
            const QDateTime effective = ThingTypeRegistry::effectiveDate(t);
            if (effective.isValid())
                t.setEffectiveDate(effective);
            QVERIFY2(store->putThing(*record, t, &error), qPrintable(error.message));
        }

        RecordExport exporter(*store, m_clock);
        const QString path = dir.filePath(QStringLiteral("export.xml"));
        QString message;
        QVERIFY2(
            exporter.exportToFile(*record, format, RecordExport::sectionKinds(), path, &message),
            qPrintable(message));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const ImportResult read = DocumentImporter::read(bytes);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.document.header.patientName, QStringLiteral("Eve Betterhalf"));
        QCOMPARE(read.document.header.patientBirth.toIso(), QStringLiteral("1975-05-01"));
        QCOMPARE(read.document.header.patientGender, QStringLiteral("F"));

        // Into an empty record with the project's importer: every item new.
        DocumentImport import(*store, m_clock);
        const std::optional<qint64> target = import.createRecordFor(read.document.header, &error);
        QVERIFY(target);
        const std::optional<DocumentImport::Review> review
            = import.review(*target, read.document, bytes, &error);
        QVERIFY(review);
        QVERIFY2(review->patientWarning.isEmpty(), qPrintable(review->patientWarning));
        const std::optional<DocumentImport::Outcome> outcome
            = import.accept(*review, review->newItems(), &error);
        QVERIFY2(outcome, qPrintable(error.message));

        const std::optional<ClinicalDocument> before = exporter.collect(*record, &error);
        const std::optional<ClinicalDocument> after = exporter.collect(*target, &error);
        QVERIFY(before && after);
        const bool ccr = format == RecordExport::Format::Ccr;
        QList<DocumentItem> expected = before->items;
        if (ccr) {
            expected.erase(std::remove_if(expected.begin(), expected.end(),
                               [](const DocumentItem &i) { return i.negated; }),
                expected.end());
        }
        QCOMPARE(keys(after->items, ccr), keys(expected, ccr));
        QCOMPARE(before->items.size(), sourceDocument().items.size());

        // And the same file again: everything already there.
        const std::optional<DocumentImport::Review> second
            = import.review(*target, read.document, bytes, &error);
        QVERIFY(second);
        QVERIFY(second->newItems().isEmpty());
    }

    void missingRecord()
    {
        QTemporaryDir dir;
        StoreError error;
        std::unique_ptr<Store> store = Store::open(
            dir.filePath(QStringLiteral("hearth.db")), KeyMaterial::randomKey(), m_clock, &error);
        QVERIFY(store);
        RecordExport exporter(*store, m_clock);
        QString message;
        const QString path = dir.filePath(QStringLiteral("x.xml"));
        QVERIFY(!exporter.exportToFile(42, RecordExport::Format::Ccd, {}, path, &message));
        QCOMPARE(message, QStringLiteral("There is no such record in this profile."));
        QVERIFY(!QFile::exists(path));
    }

    void saveFileLeavesNothingHalfWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summary.xml"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the earlier export");
        }
        QString message;

        // A full disk: the file size limit makes the write fail like ENOSPC.
        struct rlimit saved
        {
        };
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit tiny = saved;
        tiny.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
        const bool saved1 = RecordExport::saveFile(path, QByteArray(256 * 1024, 'x'), &message);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!saved1);
        QVERIFY2(
            message.startsWith(QLatin1String("summary.xml could not be")), qPrintable(message));
        QVERIFY(message.endsWith(QLatin1String("Nothing was saved.")));
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the earlier export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("summary.xml") });

        // A folder that does not exist.
        message.clear();
        QVERIFY(!RecordExport::saveFile(
            dir.filePath(QStringLiteral("gone/summary.xml")), QByteArray("x"), &message));
        QVERIFY2(message.startsWith(QLatin1String("summary.xml could not be created")),
            qPrintable(message));

        // And a good write replaces the old file.
        QVERIFY(RecordExport::saveFile(path, QByteArray("<new/>"), &message));
        old.close();
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("<new/>"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentExport)
#include "tst_documentexport.moc"
