#include "core/documents/CcrWriter.h"

#include "core/documents/CcdWriter.h"

#include <QUuid>
#include <QXmlStreamWriter>

namespace hearth {

namespace {

using L = QLatin1String;

const QString kPatient = QStringLiteral("AA0001");

// CCR body sections in the order the schema wants them.
struct CcrSection
{
    ItemKind kind;
    const char *element;
};
const CcrSection kSections[] = {
    { ItemKind::Problem, "Problems" },
    { ItemKind::Allergy, "Alerts" },
    { ItemKind::Medication, "Medications" },
    { ItemKind::Immunization, "Immunizations" },
    { ItemKind::VitalSign, "VitalSigns" },
    { ItemKind::LabResult, "Results" },
    { ItemKind::Procedure, "Procedures" },
};

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

    void write(const QList<ItemKind> &kinds, QList<int> *skipped);

private:
    void start(const char *name) { m_w.writeStartElement(QLatin1String(name)); }
    void end() { m_w.writeEndElement(); }
    void text(const char *name, const QString &value) { m_w.writeTextElement(L(name), value); }
    // <name><Text>value</Text></name>
    void described(const char *name, const QString &value)
    {
        start(name);
        text("Text", value);
        end();
    }
    void objectId() { text("CCRDataObjectID", QUuid::createUuid().toString(QUuid::WithoutBraces)); }
    void dateTime(const char *type, const ClinicalDate &date)
    {
        if (!date.isValid())
            return;
        start("DateTime");
        described("Type", QLatin1String(type));
        text("ExactDateTime", date.toIso());
        end();
    }
    void source()
    {
        start("Source");
        start("Actor");
        text("ActorID", kPatient);
        end();
        end();
    }
    void codedDescription(const char *name, const DocumentCode &code, const QString &value);
    QString actorFor(const QString &name);

    void problem(const DocumentItem &item);
    void alert(const DocumentItem &item);
    void product(const DocumentItem &item, bool immunization);
    void procedure(const DocumentItem &item);
    void result(const QList<int> &items, bool vital);
    void actors();

    QXmlStreamWriter m_w;
    const ClinicalDocument &m_content;
    QDateTime m_now;
    QStringList m_actorNames; // practitioners, ActorID "AA0002" onwards
};

void Writer::codedDescription(const char *name, const DocumentCode &code, const QString &value)
{
    start(name);
    text("Text", value.isEmpty() ? code.displayName : value);
    if (!code.code.isEmpty()) {
        start("Code");
        text("Value", code.code);
        // The coding system by the name the CCR reader knows it by.
        const CodeSystemInfo info = lookupCodeSystem(code.codeSystem);
        const QString system = info.label ? QString::fromLatin1(info.label)
            : !code.codeSystem.isEmpty()  ? code.codeSystem
                                          : code.codeSystemName;
        if (!system.isEmpty())
            text("CodingSystem", system);
        if (!code.version.isEmpty())
            text("Version", code.version);
        end();
    }
    end();
}

QString Writer::actorFor(const QString &name)
{
    int at = int(m_actorNames.indexOf(name));
    if (at < 0) {
        m_actorNames.append(name);
        at = int(m_actorNames.size()) - 1;
    }
    return QStringLiteral("AA%1").arg(at + 2, 4, 10, QLatin1Char('0'));
}

void Writer::write(const QList<ItemKind> &kinds, QList<int> *skipped)
{
    const DocumentHeader &h = m_content.header;
    m_w.writeStartDocument();
    m_w.writeDefaultNamespace(QStringLiteral("urn:astm-org:CCR"));
    start("ContinuityOfCareRecord");
    text("CCRDocumentObjectID", QUuid::createUuid().toString(QUuid::WithoutBraces));
    start("Language");
    text("Text", QStringLiteral("English"));
    start("Code");
    text("Value", QStringLiteral("en-US"));
    text("CodingSystem", QStringLiteral("IETF1766"));
    end();
    end();
    text("Version", QStringLiteral("V1.0"));
    start("DateTime");
    text("ExactDateTime", m_now.toUTC().toString(Qt::ISODate));
    end();
    start("Patient");
    text("ActorID", kPatient);
    end();
    start("From");
    start("ActorLink");
    text("ActorID", kPatient);
    described("ActorRole", QStringLiteral("Patient"));
    end();
    end();
    start("Purpose");
    described(
        "Description", h.title.isEmpty() ? QStringLiteral("Continuity of Care Record") : h.title);
    end();

    start("Body");
    for (const CcrSection &section : kSections) {
        if (!kinds.contains(section.kind))
            continue;
        QList<int> items;
        for (int i = 0; i < m_content.items.size(); ++i) {
            const DocumentItem &item = m_content.items.at(i);
            if (item.kind != section.kind)
                continue;
            if (item.kind == ItemKind::Allergy && item.negated) {
                if (skipped)
                    skipped->append(i);
                continue;
            }
            items.append(i);
        }
        if (items.isEmpty())
            continue; // a CCR section holds at least one entry
        start(section.element);
        switch (section.kind) {
        case ItemKind::Problem:
            for (int i : items)
                problem(m_content.items.at(i));
            break;
        case ItemKind::Allergy:
            for (int i : items)
                alert(m_content.items.at(i));
            break;
        case ItemKind::Medication:
        case ItemKind::Immunization:
            for (int i : items)
                product(m_content.items.at(i), section.kind == ItemKind::Immunization);
            break;
        case ItemKind::Procedure:
            for (int i : items)
                procedure(m_content.items.at(i));
            break;
        case ItemKind::LabResult:
        case ItemKind::VitalSign: {
            // One Result per panel (lab results) or time of measurement (vital signs).
            const bool vital = section.kind == ItemKind::VitalSign;
            QList<QList<int>> groups;
            QStringList keys;
            for (int i : items) {
                const DocumentItem &item = m_content.items.at(i);
                const QString key = vital ? item.start.toIso() : QString::number(item.group);
                const int at = int(keys.indexOf(key));
                if (at < 0 || (!vital && item.group < 0)) {
                    keys.append(key);
                    groups.append(QList<int> { i });
                } else {
                    groups[at].append(i);
                }
            }
            for (const QList<int> &group : std::as_const(groups))
                result(group, vital);
            break;
        }
        case ItemKind::Encounter:
        case ItemKind::Contact:
            break;
        }
        end();
    }
    end(); // Body
    actors();
    end();
    m_w.writeEndDocument();
}

void Writer::problem(const DocumentItem &item)
{
    start("Problem");
    objectId();
    dateTime("Start date", item.start);
    dateTime("Stop date", item.end);
    described("Type", QStringLiteral("Problem"));
    codedDescription("Description", item.code, item.text);
    if (!item.status.isEmpty())
        described("Status", item.status);
    source();
    end();
}

void Writer::alert(const DocumentItem &item)
{
    start("Alert");
    objectId();
    dateTime("Start date", item.start);
    described("Type", QStringLiteral("Allergy"));
    if (!item.valueCode.isEmpty())
        codedDescription("Description", item.valueCode, QString());
    if (!item.status.isEmpty())
        described("Status", item.status);
    source();
    start("Agent");
    start("Products");
    start("Product");
    objectId();
    source();
    start("Product");
    codedDescription("ProductName", item.code, item.text);
    end();
    end();
    end();
    end();
    for (const QString &reaction : item.reactions) {
        start("Reaction");
        described("Description", reaction);
        if (!item.severity.isEmpty())
            described("Severity", item.severity);
        end();
    }
    end();
}

void Writer::product(const DocumentItem &item, bool immunization)
{
    start(immunization ? "Immunization" : "Medication");
    objectId();
    dateTime(immunization ? "Immunization date" : "Start date", item.start);
    dateTime("Stop date", item.end);
    if (!item.status.isEmpty())
        described("Status", item.status);
    source();
    start("Product");
    codedDescription("ProductName", item.code, item.text);
    end();
    if (!item.dose.isEmpty() || !item.route.isEmpty()) {
        start("Directions");
        start("Direction");
        if (!item.dose.isEmpty()) {
            // "81 mg", "1 tablet": the first word is the value, the rest the unit.
            const QString dose = item.dose.trimmed();
            const int space = int(dose.indexOf(QLatin1Char(' ')));
            start("Dose");
            text("Value", space < 0 ? dose : dose.left(space));
            if (space > 0) {
                start("Units");
                text("Unit", dose.mid(space + 1).trimmed());
                end();
            }
            end();
        }
        if (!item.route.isEmpty())
            described("Route", item.route);
        end();
        end();
    }
    end();
}

void Writer::procedure(const DocumentItem &item)
{
    start("Procedure");
    objectId();
    dateTime("Performed", item.start);
    codedDescription("Description", item.code, item.text);
    if (!item.status.isEmpty())
        described("Status", item.status);
    source();
    if (!item.performer.isEmpty()) {
        start("Practitioners");
        start("Practitioner");
        text("ActorID", actorFor(item.performer));
        end();
        end();
    }
    end();
}

void Writer::result(const QList<int> &items, bool vital)
{
    const DocumentItem &first = m_content.items.at(items.first());
    start("Result");
    objectId();
    dateTime(vital ? "Assessment Time" : "Collection start date", first.start);
    described("Description",
        vital ? QStringLiteral("Vital signs") : (first.panel.isEmpty() ? first.text : first.panel));
    source();
    for (int i : items) {
        const DocumentItem &item = m_content.items.at(i);
        start("Test");
        objectId();
        if (item.start != first.start)
            dateTime(vital ? "Assessment Time" : "Collection start date", item.start);
        const DocumentCode known
            = vital && item.code.code.isEmpty() ? CcdWriter::vitalCode(item.vital) : DocumentCode();
        if (!known.isEmpty())
            codedDescription("Description", known, QString());
        else
            codedDescription("Description", item.code, item.text);
        if (!item.status.isEmpty())
            described("Status", item.status);
        source();
        start("TestResult");
        text("Value", item.value);
        if (!item.unit.isEmpty()) {
            start("Units");
            text("Unit", item.unit);
            end();
        }
        end();
        if (!item.interpretation.isEmpty())
            described("Flag", item.interpretation);
        end();
    }
    end();
}

void Writer::actors()
{
    const DocumentHeader &h = m_content.header;
    start("Actors");
    start("Actor");
    text("ActorObjectID", kPatient);
    start("Person");
    start("Name");
    if (h.patientGiven.isEmpty() && h.patientFamily.isEmpty()) {
        text("DisplayName", h.patientName);
    } else {
        start("CurrentName");
        const QStringList given = h.patientGiven.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &g : given)
            text("Given", g);
        if (!h.patientFamily.isEmpty())
            text("Family", h.patientFamily);
        end();
    }
    end(); // Name
    if (h.patientBirth.isValid()) {
        start("DateOfBirth");
        text("ExactDateTime", h.patientBirth.toIso());
        end();
    }
    const QString gender = h.patientGender == L("F") ? QStringLiteral("Female")
        : h.patientGender == L("M")                  ? QStringLiteral("Male")
        : h.patientGender == L("UN")                 ? QStringLiteral("Unknown")
                                                     : QString();
    if (!gender.isEmpty()) {
        start("Gender");
        text("Text", gender);
        start("Code");
        text("Value", h.patientGender);
        text("CodingSystem", QStringLiteral("HL7 AdministrativeGender"));
        end();
        end();
    }
    end(); // Person
    source();
    end(); // Actor
    for (int i = 0; i < m_actorNames.size(); ++i) {
        start("Actor");
        text("ActorObjectID", QStringLiteral("AA%1").arg(i + 2, 4, 10, QLatin1Char('0')));
        start("Person");
        start("Name");
        text("DisplayName", m_actorNames.at(i));
        end();
        end();
        source();
        end();
    }
    end();
}

} // namespace

QByteArray CcrWriter::write(const ClinicalDocument &content, const QList<ItemKind> &sections,
    const QDateTime &now, QList<int> *skipped)
{
    QByteArray out;
    Writer writer(&out, content, now);
    writer.write(sections, skipped);
    return out;
}

} // namespace hearth
