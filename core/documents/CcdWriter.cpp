#include "core/documents/CcdWriter.h"

#include <QMap>
#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamWriter>

namespace hearth {

namespace {

using L = QLatin1String;

const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
const char *const kLoinc = "2.16.840.1.113883.6.1";
const char *const kSnomed = "2.16.840.1.113883.6.96";
const char *const kR21 = "2015-08-01";

struct SectionInfo
{
    ItemKind kind;
    const char *templateRoot;
    const char *code;
    const char *codeName;
    const char *title;
};

// C-CDA R2.1 sections with entries required, in the order a CCD lists them.
const SectionInfo kSections[] = {
    { ItemKind::Allergy, "2.16.840.1.113883.10.20.22.2.6.1", "48765-2",
        "Allergies and adverse reactions Document", "Allergies and adverse reactions" },
    { ItemKind::Medication, "2.16.840.1.113883.10.20.22.2.1.1", "10160-0",
        "History of Medication use Narrative", "Medications" },
    { ItemKind::Problem, "2.16.840.1.113883.10.20.22.2.5.1", "11450-4", "Problem list - Reported",
        "Problems" },
    { ItemKind::Immunization, "2.16.840.1.113883.10.20.22.2.2.1", "11369-6",
        "History of Immunization Narrative", "Immunizations" },
    { ItemKind::Procedure, "2.16.840.1.113883.10.20.22.2.7.1", "47519-4",
        "History of Procedures Document", "Procedures" },
    { ItemKind::LabResult, "2.16.840.1.113883.10.20.22.2.3.1", "30954-2",
        "Relevant diagnostic tests/laboratory data Narrative", "Results" },
    { ItemKind::VitalSign, "2.16.840.1.113883.10.20.22.2.4.1", "8716-3", "Vital signs",
        "Vital signs" },
};

const SectionInfo *sectionInfo(ItemKind kind)
{
    for (const SectionInfo &s : kSections) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

// The LOINC code Hearth writes for a vital sign kind it stores as a type.
struct VitalCode
{
    VitalKind kind;
    const char *code;
    const char *name;
};

const VitalCode kVitalCodes[] = {
    { VitalKind::Weight, "29463-7", "Body weight" },
    { VitalKind::Height, "8302-2", "Body height" },
    { VitalKind::Systolic, "8480-6", "Systolic blood pressure" },
    { VitalKind::Diastolic, "8462-4", "Diastolic blood pressure" },
    { VitalKind::HeartRate, "8867-4", "Heart rate" },
    { VitalKind::Temperature, "8310-5", "Body temperature" },
    { VitalKind::OxygenSaturation, "59408-5",
        "Oxygen saturation in Arterial blood by Pulse oximetry" },
    { VitalKind::RespiratoryRate, "9279-1", "Respiratory rate" },
    { VitalKind::BodyMassIndex, "39156-5", "Body mass index (BMI) [Ratio]" },
    { VitalKind::HeadCircumference, "9843-4", "Head Occipital-frontal circumference" },
};

bool isOid(const QString &text)
{
    static const QRegularExpression oid(QStringLiteral("^[0-2](\\.(0|[1-9][0-9]*))*$"));
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-zA-Z]{8}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{4}-[0-9a-zA-Z]{12}$"));
    return oid.match(text).hasMatch() || uuid.match(text).hasMatch();
}

// A code (cs) has no white space.
bool isToken(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    return !text.isEmpty() && !space.match(text).hasMatch();
}

QString dates(const DocumentItem &item)
{
    if (item.end.isValid())
        return item.start.toIso() + QStringLiteral(" to ") + item.end.toIso();
    return item.start.toIso();
}

QString codeLabel(const DocumentCode &code)
{
    if (code.code.isEmpty())
        return QString();
    return code.systemLabel() + QLatin1Char(' ') + code.code;
}

// The narrative table of a section: what a person reads in any CDA viewer.
QStringList narrativeColumns(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Medication:
        return { QStringLiteral("Medication"), QStringLiteral("Code"), QStringLiteral("Dates"),
            QStringLiteral("Dose"), QStringLiteral("Route") };
    case ItemKind::Allergy:
        return { QStringLiteral("Allergen"), QStringLiteral("Code"), QStringLiteral("Since"),
            QStringLiteral("Reaction") };
    case ItemKind::Problem:
        return { QStringLiteral("Problem"), QStringLiteral("Code"), QStringLiteral("Dates"),
            QStringLiteral("Status") };
    case ItemKind::Immunization:
        return { QStringLiteral("Vaccine"), QStringLiteral("Code"), QStringLiteral("Date"),
            QStringLiteral("Lot") };
    case ItemKind::Procedure:
        return { QStringLiteral("Procedure"), QStringLiteral("Code"), QStringLiteral("Date"),
            QStringLiteral("Performer") };
    default:
        return { QStringLiteral("Test"), QStringLiteral("Code"), QStringLiteral("Date"),
            QStringLiteral("Result") };
    }
}

QStringList narrativeRow(const DocumentItem &item)
{
    const QString name = item.text.isEmpty() ? vitalKindName(item.vital) : item.text;
    const QString code = codeLabel(item.code);
    switch (item.kind) {
    case ItemKind::Medication:
        return { name, code, dates(item), item.dose, item.route };
    case ItemKind::Allergy:
        return { item.negated ? QStringLiteral("No allergy: ") + name : name, code,
            item.start.toIso(), item.reactions.join(QStringLiteral(", ")) };
    case ItemKind::Problem:
        return { name, code, dates(item), item.status };
    case ItemKind::Immunization:
        return { name, code, item.start.toIso(), item.lotNumber };
    case ItemKind::Procedure:
        return { name, code, item.start.toIso(), item.performer };
    default:
        return { name, code, item.start.toIso(),
            item.unit.isEmpty() ? item.value : item.value + QLatin1Char(' ') + item.unit };
    }
}

class Writer
{
public:
    Writer(QByteArray *out, const ClinicalDocument &content, const QDateTime &now)
        : m_w(out)
        , m_content(content)
        , m_now(now)
    {
        m_w.setAutoFormatting(true);
        m_w.setAutoFormattingIndent(1);
    }

    void write(const QList<ItemKind> &kinds);

private:
    void header();
    void section(const SectionInfo &info);
    void narrative(ItemKind kind, const QList<int> &items);
    void medication(const DocumentItem &item, bool immunization);
    void allergy(const DocumentItem &item);
    void problem(const DocumentItem &item);
    void procedure(const DocumentItem &item);
    void results(const QList<int> &items);
    void vitals(const QList<int> &items);
    void resultObservation(const DocumentItem &item, const char *templateRoot, bool vital);

    void start(const char *name) { m_w.writeStartElement(QLatin1String(name)); }
    void end() { m_w.writeEndElement(); }
    void attr(const char *name, const QString &value)
    {
        m_w.writeAttribute(QLatin1String(name), value);
    }
    void attr(const char *name, const char *value)
    {
        m_w.writeAttribute(QLatin1String(name), QLatin1String(value));
    }
    void xsiType(const char *type) { m_w.writeAttribute(kXsi, QStringLiteral("type"), L(type)); }
    void element(const char *name, std::initializer_list<std::pair<const char *, QString>> attrs)
    {
        start(name);
        for (const auto &a : attrs)
            attr(a.first, a.second);
        end();
    }
    void textElement(const char *name, const QString &text)
    {
        m_w.writeTextElement(QLatin1String(name), text);
    }
    void templateId(const char *root, const char *extension = nullptr)
    {
        start("templateId");
        attr("root", root);
        if (extension)
            attr("extension", extension);
        end();
    }
    void newId()
    {
        element("id", { { "root", QUuid::createUuid().toString(QUuid::WithoutBraces) } });
    }
    void status(const char *code)
    {
        element("statusCode", { { "code", QString::fromLatin1(code) } });
    }
    void time(const char *name, const ClinicalDate &date)
    {
        start(name);
        if (date.isValid())
            attr("value", date.toHl7());
        else
            attr("nullFlavor", "UNK");
        end();
    }
    // An interval: low always, high when known.
    void interval(const ClinicalDate &low, const ClinicalDate &high, bool typed)
    {
        start("effectiveTime");
        if (typed)
            xsiType("IVL_TS");
        time("low", low);
        if (high.isValid())
            time("high", high);
        end();
    }
    void coded(const char *name, const DocumentCode &code, const QString &text,
        const char *type = nullptr);
    void fixedCode(const char *name, const char *code, const char *system, const char *systemName,
        const char *display, const char *type = nullptr)
    {
        start(name);
        if (type)
            xsiType(type);
        attr("code", code);
        attr("codeSystem", system);
        attr("codeSystemName", systemName);
        attr("displayName", display);
        end();
    }
    void textOnly(const char *name, const QString &text, const char *type = nullptr)
    {
        start(name);
        if (type)
            xsiType(type);
        attr("nullFlavor", text.isEmpty() ? "UNK" : "OTH");
        if (!text.isEmpty())
            textElement("originalText", text);
        end();
    }

    QXmlStreamWriter m_w;
    const ClinicalDocument &m_content;
    QDateTime m_now;
    QMap<ItemKind, QList<int>> m_byKind;
};

void Writer::coded(
    const char *name, const DocumentCode &code, const QString &text, const char *type)
{
    const QString display = text.isEmpty() ? code.displayName : text;
    if (!isToken(code.code)) {
        textOnly(name, display, type);
        return;
    }
    start(name);
    if (type)
        xsiType(type);
    attr("code", code.code);
    if (isOid(code.codeSystem)) {
        attr("codeSystem", code.codeSystem);
        const CodeSystemInfo info = lookupCodeSystem(code.codeSystem);
        const QString systemName
            = info.label ? QString::fromLatin1(info.label) : code.codeSystemName;
        if (!systemName.isEmpty())
            attr("codeSystemName", systemName);
    } else {
        // A vocabulary without an OID: its name is all there is to say.
        const QString systemName
            = !code.codeSystem.isEmpty() ? code.codeSystem : code.codeSystemName;
        if (!systemName.isEmpty())
            attr("codeSystemName", systemName);
    }
    if (!code.version.isEmpty())
        attr("codeSystemVersion", code.version);
    if (!display.isEmpty())
        attr("displayName", display);
    end();
}

void Writer::write(const QList<ItemKind> &kinds)
{
    for (int i = 0; i < m_content.items.size(); ++i)
        m_byKind[m_content.items.at(i).kind].append(i);

    m_w.writeStartDocument();
    m_w.writeDefaultNamespace(QStringLiteral("urn:hl7-org:v3"));
    start("ClinicalDocument");
    m_w.writeNamespace(kXsi, QStringLiteral("xsi"));
    header();
    start("component");
    start("structuredBody");
    for (ItemKind kind : kinds) {
        if (const SectionInfo *info = sectionInfo(kind))
            section(*info);
    }
    end();
    end();
    end();
    m_w.writeEndDocument();
}

void Writer::header()
{
    const DocumentHeader &h = m_content.header;
    element("realmCode", { { "code", QStringLiteral("US") } });
    element("typeId",
        { { "root", QStringLiteral("2.16.840.1.113883.1.3") },
            { "extension", QStringLiteral("POCD_HD000040") } });
    templateId("2.16.840.1.113883.10.20.22.1.1", kR21); // US Realm Header
    templateId("2.16.840.1.113883.10.20.22.1.2", kR21); // CCD
    newId(); // an export is a new document
    fixedCode("code", "34133-9", kLoinc, "LOINC", "Summarization of Episode Note");
    textElement(
        "title", h.title.isEmpty() ? QStringLiteral("Continuity of Care Document") : h.title);
    element("effectiveTime", { { "value", m_now.toString(QStringLiteral("yyyyMMddHHmmss")) } });
    element("confidentialityCode",
        { { "code", QStringLiteral("N") },
            { "codeSystem", QStringLiteral("2.16.840.1.113883.5.25") } });
    element("languageCode", { { "code", QStringLiteral("en-US") } });

    start("recordTarget");
    start("patientRole");
    element("id", { { "nullFlavor", QStringLiteral("NI") } });
    start("patient");
    start("name");
    if (h.patientGiven.isEmpty() && h.patientFamily.isEmpty()) {
        m_w.writeCharacters(h.patientName);
    } else {
        const QStringList given = h.patientGiven.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &g : given)
            textElement("given", g);
        if (!h.patientFamily.isEmpty())
            textElement("family", h.patientFamily);
    }
    end();
    start("administrativeGenderCode");
    if (h.patientGender == L("F") || h.patientGender == L("M") || h.patientGender == L("UN")) {
        attr("code", h.patientGender);
        attr("codeSystem", "2.16.840.1.113883.5.1");
    } else {
        attr("nullFlavor", "UNK");
    }
    end();
    time("birthTime", h.patientBirth);
    end(); // patient
    end(); // patientRole
    end(); // recordTarget

    // The person wrote it, with Hearth: a personal health record.
    start("author");
    element("time", { { "value", m_now.toString(QStringLiteral("yyyyMMddHHmmss")) } });
    start("assignedAuthor");
    element("id", { { "nullFlavor", QStringLiteral("NI") } });
    start("assignedPerson");
    textElement("name", h.author.isEmpty() ? h.patientName : h.author);
    end();
    end();
    end();

    start("custodian");
    start("assignedCustodian");
    start("representedCustodianOrganization");
    element("id", { { "nullFlavor", QStringLiteral("NI") } });
    end();
    end();
    end();
}

void Writer::section(const SectionInfo &info)
{
    const QList<int> items = m_byKind.value(info.kind);
    start("component");
    start("section");
    if (items.isEmpty())
        attr("nullFlavor", "NI");
    templateId(info.templateRoot);
    templateId(info.templateRoot, kR21);
    fixedCode("code", info.code, kLoinc, "LOINC", info.codeName);
    textElement("title", QLatin1String(info.title));
    narrative(info.kind, items);
    switch (info.kind) {
    case ItemKind::Medication:
    case ItemKind::Immunization:
        for (int i : items) {
            start("entry");
            medication(m_content.items.at(i), info.kind == ItemKind::Immunization);
            end();
        }
        break;
    case ItemKind::Allergy:
        for (int i : items) {
            start("entry");
            allergy(m_content.items.at(i));
            end();
        }
        break;
    case ItemKind::Problem:
        for (int i : items) {
            start("entry");
            problem(m_content.items.at(i));
            end();
        }
        break;
    case ItemKind::Procedure:
        for (int i : items) {
            start("entry");
            procedure(m_content.items.at(i));
            end();
        }
        break;
    case ItemKind::LabResult:
        results(items);
        break;
    case ItemKind::VitalSign:
        vitals(items);
        break;
    case ItemKind::Encounter:
    case ItemKind::Contact:
        break;
    }
    end();
    end();
}

void Writer::narrative(ItemKind kind, const QList<int> &items)
{
    start("text");
    if (items.isEmpty()) {
        m_w.writeCharacters(QStringLiteral("No information"));
        end();
        return;
    }
    const QStringList columns = narrativeColumns(kind);
    start("table");
    start("thead");
    start("tr");
    for (const QString &c : columns)
        textElement("th", c);
    end();
    end();
    start("tbody");
    for (int i : items) {
        start("tr");
        for (const QString &cell : narrativeRow(m_content.items.at(i)))
            textElement("td", cell);
        end();
    }
    end();
    end();
    end();
}

void Writer::medication(const DocumentItem &item, bool immunization)
{
    start("substanceAdministration");
    attr("classCode", "SBADM");
    attr("moodCode", "EVN");
    if (immunization)
        attr("negationInd", item.negated ? "true" : "false");
    else if (item.negated)
        attr("negationInd", "true");
    if (immunization) {
        templateId("2.16.840.1.113883.10.20.22.4.52");
        templateId("2.16.840.1.113883.10.20.22.4.52", kR21);
    } else {
        templateId("2.16.840.1.113883.10.20.22.4.16");
        templateId("2.16.840.1.113883.10.20.22.4.16", "2014-06-09");
    }
    newId();
    status(item.end.isValid() || immunization ? "completed" : "active");
    if (immunization)
        time("effectiveTime", item.start);
    else
        interval(item.start, item.end, true);
    if (!item.route.isEmpty())
        textOnly("routeCode", item.route);
    // A dose as "<number> <unit>" is a quantity; anything else stays in the narrative.
    const QStringList dose = item.dose.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool number = false;
    if (!dose.isEmpty() && dose.size() <= 2)
        dose.first().toDouble(&number);
    if (number) {
        start("doseQuantity");
        attr("value", dose.first());
        if (dose.size() == 2)
            attr("unit", dose.at(1));
        end();
    }
    start("consumable");
    start("manufacturedProduct");
    attr("classCode", "MANU");
    if (immunization) {
        templateId("2.16.840.1.113883.10.20.22.4.54");
        templateId("2.16.840.1.113883.10.20.22.4.54", "2014-06-09");
    } else {
        templateId("2.16.840.1.113883.10.20.22.4.23");
        templateId("2.16.840.1.113883.10.20.22.4.23", "2014-06-09");
    }
    start("manufacturedMaterial");
    coded("code", item.code, item.text);
    if (!item.lotNumber.isEmpty())
        textElement("lotNumberText", item.lotNumber);
    end();
    end();
    end();
    end();
}

void Writer::allergy(const DocumentItem &item)
{
    start("act");
    attr("classCode", "ACT");
    attr("moodCode", "EVN");
    templateId("2.16.840.1.113883.10.20.22.4.30");
    templateId("2.16.840.1.113883.10.20.22.4.30", kR21);
    newId();
    fixedCode("code", "CONC", "2.16.840.1.113883.5.6", "HL7ActClass", "Concern");
    status("active");
    interval(item.start, ClinicalDate(), false);
    start("entryRelationship");
    attr("typeCode", "SUBJ");
    start("observation");
    attr("classCode", "OBS");
    attr("moodCode", "EVN");
    if (item.negated)
        attr("negationInd", "true");
    templateId("2.16.840.1.113883.10.20.22.4.7");
    templateId("2.16.840.1.113883.10.20.22.4.7", "2014-06-09");
    newId();
    fixedCode("code", "ASSERTION", "2.16.840.1.113883.5.4", "ActCode", "Assertion");
    status("completed");
    interval(item.start, ClinicalDate(), false);
    if (item.valueCode.isEmpty())
        fixedCode("value", "420134006", kSnomed, "SNOMED CT",
            "Propensity to adverse reactions (disorder)", "CD");
    else
        coded("value", item.valueCode, QString(), "CD");
    start("participant");
    attr("typeCode", "CSM");
    start("participantRole");
    attr("classCode", "MANU");
    start("playingEntity");
    attr("classCode", "MMAT");
    coded("code", item.code, item.text);
    end();
    end();
    end();
    for (const QString &reaction : item.reactions) {
        start("entryRelationship");
        attr("typeCode", "MFST");
        attr("inversionInd", "true");
        start("observation");
        attr("classCode", "OBS");
        attr("moodCode", "EVN");
        templateId("2.16.840.1.113883.10.20.22.4.9");
        templateId("2.16.840.1.113883.10.20.22.4.9", "2014-06-09");
        newId();
        fixedCode("code", "ASSERTION", "2.16.840.1.113883.5.4", "ActCode", "Assertion");
        status("completed");
        textOnly("value", reaction, "CD");
        end();
        end();
    }
    end(); // observation
    end(); // entryRelationship
    end(); // act
}

void Writer::problem(const DocumentItem &item)
{
    start("act");
    attr("classCode", "ACT");
    attr("moodCode", "EVN");
    templateId("2.16.840.1.113883.10.20.22.4.3");
    templateId("2.16.840.1.113883.10.20.22.4.3", kR21);
    newId();
    fixedCode("code", "CONC", "2.16.840.1.113883.5.6", "HL7ActClass", "Concern");
    if (item.status.isEmpty()) // the record does not say; a reader would take a code as its status
        element("statusCode", { { "nullFlavor", QStringLiteral("NI") } });
    else
        status(item.end.isValid() ? "completed" : "active");
    interval(item.start, item.end, false);
    start("entryRelationship");
    attr("typeCode", "SUBJ");
    start("observation");
    attr("classCode", "OBS");
    attr("moodCode", "EVN");
    if (item.negated)
        attr("negationInd", "true");
    templateId("2.16.840.1.113883.10.20.22.4.4");
    templateId("2.16.840.1.113883.10.20.22.4.4", kR21);
    newId();
    fixedCode("code", "55607006", kSnomed, "SNOMED CT", "Problem");
    status("completed");
    interval(item.start, item.end, false);
    coded("value", item.code, item.text, "CD");
    if (!item.status.isEmpty()) {
        // The status as the record words it, in a problem status observation.
        start("entryRelationship");
        attr("typeCode", "REFR");
        start("observation");
        attr("classCode", "OBS");
        attr("moodCode", "EVN");
        templateId("2.16.840.1.113883.10.20.22.4.6");
        fixedCode("code", "33999-4", kLoinc, "LOINC", "Status");
        status("completed");
        static const QHash<QString, const char *> known = {
            { QStringLiteral("active"), "55561003" },
            { QStringLiteral("inactive"), "73425007" },
            { QStringLiteral("resolved"), "413322009" },
        };
        const char *code = known.value(item.status.toLower(), nullptr);
        if (code)
            coded("value", DocumentCode::make(QLatin1String(code), QLatin1String(kSnomed), {}, {}),
                item.status, "CD");
        else
            textOnly("value", item.status, "CD");
        end();
        end();
    }
    end();
    end();
    end();
}

void Writer::procedure(const DocumentItem &item)
{
    start("procedure");
    attr("classCode", "PROC");
    attr("moodCode", "EVN");
    if (item.negated)
        attr("negationInd", "true");
    templateId("2.16.840.1.113883.10.20.22.4.14");
    templateId("2.16.840.1.113883.10.20.22.4.14", "2014-06-09");
    newId();
    coded("code", item.code, item.text);
    status("completed");
    time("effectiveTime", item.start);
    if (!item.performer.isEmpty()) {
        start("performer");
        start("assignedEntity");
        element("id", { { "nullFlavor", QStringLiteral("NI") } });
        start("assignedPerson");
        textElement("name", item.performer);
        end();
        end();
        end();
    }
    end();
}

void Writer::resultObservation(const DocumentItem &item, const char *templateRoot, bool vital)
{
    start("observation");
    attr("classCode", "OBS");
    attr("moodCode", "EVN");
    templateId(templateRoot);
    templateId(templateRoot, kR21);
    newId();
    const DocumentCode known
        = vital && item.code.code.isEmpty() ? CcdWriter::vitalCode(item.vital) : DocumentCode();
    if (!known.isEmpty())
        coded("code", known, QString());
    else
        coded("code", item.code, item.text);
    status("completed");
    time("effectiveTime", item.start);
    bool numeric = false;
    item.value.toDouble(&numeric);
    if (numeric && (item.unit.isEmpty() || isToken(item.unit))) {
        start("value");
        xsiType("PQ");
        attr("value", item.value);
        if (!item.unit.isEmpty())
            attr("unit", item.unit);
        end();
    } else if (!item.value.isEmpty()) {
        start("value");
        xsiType("ST");
        m_w.writeCharacters(
            item.unit.isEmpty() ? item.value : item.value + QLatin1Char(' ') + item.unit);
        end();
    }
    if (isToken(item.interpretation)) {
        element("interpretationCode",
            { { "code", item.interpretation },
                { "codeSystem", QStringLiteral("2.16.840.1.113883.5.83") } });
    }
    end();
}

void Writer::results(const QList<int> &items)
{
    // One organizer per panel (the items of one lab test results thing).
    QList<QList<int>> panels;
    QList<int> groups;
    for (int i : items) {
        const int group = m_content.items.at(i).group;
        const int at = group < 0 ? -1 : int(groups.indexOf(group));
        if (at < 0) {
            groups.append(group);
            panels.append(QList<int> { i });
        } else {
            panels[at].append(i);
        }
    }
    for (const QList<int> &panel : std::as_const(panels)) {
        const DocumentItem &first = m_content.items.at(panel.first());
        start("entry");
        start("organizer");
        attr("classCode", "BATTERY");
        attr("moodCode", "EVN");
        templateId("2.16.840.1.113883.10.20.22.4.1");
        templateId("2.16.840.1.113883.10.20.22.4.1", kR21);
        newId();
        textOnly("code", first.panel.isEmpty() ? first.text : first.panel);
        status("completed");
        interval(first.start, ClinicalDate(), false);
        for (int i : panel) {
            start("component");
            resultObservation(m_content.items.at(i), "2.16.840.1.113883.10.20.22.4.2", false);
            end();
        }
        end();
        end();
    }
}

void Writer::vitals(const QList<int> &items)
{
    // One organizer per time of measurement, so a blood pressure's two
    // halves stay together.
    QList<QList<int>> clusters;
    QStringList times;
    for (int i : items) {
        const QString when = m_content.items.at(i).start.toHl7();
        const int at = int(times.indexOf(when));
        if (at < 0) {
            times.append(when);
            clusters.append(QList<int> { i });
        } else {
            clusters[at].append(i);
        }
    }
    for (const QList<int> &cluster : std::as_const(clusters)) {
        const DocumentItem &first = m_content.items.at(cluster.first());
        start("entry");
        start("organizer");
        attr("classCode", "CLUSTER");
        attr("moodCode", "EVN");
        templateId("2.16.840.1.113883.10.20.22.4.26");
        templateId("2.16.840.1.113883.10.20.22.4.26", kR21);
        newId();
        fixedCode("code", "46680005", kSnomed, "SNOMED CT", "Vital signs");
        status("completed");
        time("effectiveTime", first.start);
        for (int i : cluster) {
            start("component");
            resultObservation(m_content.items.at(i), "2.16.840.1.113883.10.20.22.4.27", true);
            end();
        }
        end();
        end();
    }
}

} // namespace

DocumentCode CcdWriter::vitalCode(VitalKind kind)
{
    for (const VitalCode &v : kVitalCodes) {
        if (v.kind == kind)
            return DocumentCode::make(
                QLatin1String(v.code), QLatin1String(kLoinc), QString(), QLatin1String(v.name));
    }
    return DocumentCode();
}

QByteArray CcdWriter::write(
    const ClinicalDocument &content, const QList<ItemKind> &sections, const QDateTime &now)
{
    QByteArray out;
    Writer writer(&out, content, now);
    writer.write(sections);
    return out;
}

} // namespace hearth
