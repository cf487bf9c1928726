#include "core/documents/CcrExtractor.h"

#include "core/documents/XmlTree.h"

namespace hearth {

namespace {

using L = QLatin1String;

VitalKind vitalFromText(const QString &text, const DocumentCode &code)
{
    if (code.family == L("regenstrief")) {
        static const QHash<QString, VitalKind> loinc = {
            { QStringLiteral("29463-7"), VitalKind::Weight },
            { QStringLiteral("3141-9"), VitalKind::Weight },
            { QStringLiteral("8302-2"), VitalKind::Height },
            { QStringLiteral("8480-6"), VitalKind::Systolic },
            { QStringLiteral("8462-4"), VitalKind::Diastolic },
            { QStringLiteral("8867-4"), VitalKind::HeartRate },
            { QStringLiteral("8310-5"), VitalKind::Temperature },
            { QStringLiteral("2710-2"), VitalKind::OxygenSaturation },
            { QStringLiteral("59408-5"), VitalKind::OxygenSaturation },
            { QStringLiteral("9279-1"), VitalKind::RespiratoryRate },
            { QStringLiteral("39156-5"), VitalKind::BodyMassIndex },
        };
        const VitalKind kind = loinc.value(code.code, VitalKind::None);
        if (kind != VitalKind::None)
            return kind;
    }
    // The HealthVault CCR vocabulary's import texts for each concept.
    const QString t = text.toLower();
    if (t.contains(L("systolic")))
        return VitalKind::Systolic;
    if (t.contains(L("diastolic")))
        return VitalKind::Diastolic;
    if (t.contains(L("height")))
        return VitalKind::Height;
    if (t.contains(L("weight")))
        return VitalKind::Weight;
    if (t.contains(L("pulse")) || t.contains(L("heart rate")))
        return VitalKind::HeartRate;
    if (t.contains(L("temperature")))
        return VitalKind::Temperature;
    if (t.contains(L("oxygen saturation")))
        return VitalKind::OxygenSaturation;
    if (t.contains(L("respiratory rate")) || t.contains(L("respiration")))
        return VitalKind::RespiratoryRate;
    return VitalKind::Other;
}

// "Female" / "male" / "unknown" as the HL7 administrative gender code.
QString normalisedGender(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == L("female") || t == L("f"))
        return QStringLiteral("F");
    if (t == L("male") || t == L("m"))
        return QStringLiteral("M");
    if (t == L("unknown") || t == L("undifferentiated"))
        return QStringLiteral("UN");
    return text.trimmed();
}

} // namespace

CcrExtractor::CcrExtractor(const XmlTree &tree, int root)
    : m_tree(tree)
    , m_root(root)
{ }

ClinicalDocument CcrExtractor::extract()
{
    m_doc = ClinicalDocument();
    m_doc.format = DocumentFormat::Ccr;
    m_doc.profile = QStringLiteral("ASTM CCR");
    m_doc.thingKind = ClinicalDocument::ThingKind::Ccr;
    const int actors = m_tree.child(m_root, L("Actors"));
    for (int a = m_tree.firstChildElement(actors); a != XmlTree::None;
         a = m_tree.nextSiblingElement(a)) {
        const QString id = m_tree.text(m_tree.child(a, L("ActorObjectID")));
        if (!id.isEmpty() && !m_actors.contains(id))
            m_actors.insert(id, a);
    }
    readHeader();
    readBody();
    return std::move(m_doc);
}

QString CcrExtractor::textOf(int element, QLatin1String child) const
{
    return m_tree.text(m_tree.path(element, { child, L("Text") }));
}

DocumentCode CcrExtractor::describe(int element) const
{
    if (element == XmlTree::None)
        return DocumentCode();
    const QString text = m_tree.text(m_tree.child(element, L("Text")));
    DocumentCode best;
    bool bestKnown = false;
    for (int c = m_tree.firstChildElement(element); c != XmlTree::None;
         c = m_tree.nextSiblingElement(c)) {
        if (m_tree.node(c).name != L("Code"))
            continue;
        const QString system = m_tree.text(m_tree.child(c, L("CodingSystem")));
        DocumentCode value = DocumentCode::make(m_tree.text(m_tree.child(c, L("Value"))), system,
            system, text, m_tree.text(m_tree.child(c, L("Version"))));
        const bool known = !value.family.isEmpty();
        if (best.code.isEmpty() || (known && !bestKnown)) {
            best = value;
            bestKnown = known;
        }
    }
    if (best.code.isEmpty())
        best.displayName = text;
    return best;
}

ClinicalDate CcrExtractor::dateOf(int element, const QStringList &types, bool fallback) const
{
    int untyped = XmlTree::None;
    int first = XmlTree::None;
    for (int c = m_tree.firstChildElement(element); c != XmlTree::None;
         c = m_tree.nextSiblingElement(c)) {
        if (m_tree.node(c).name != L("DateTime"))
            continue;
        if (first == XmlTree::None)
            first = c;
        const QString type = textOf(c, L("Type")).toLower();
        if (type.isEmpty() && untyped == XmlTree::None)
            untyped = c;
        if (!type.isEmpty() && types.contains(type))
            return ClinicalDate::fromIso(m_tree.text(m_tree.child(c, L("ExactDateTime"))));
    }
    if (!fallback)
        return ClinicalDate();
    const int chosen = untyped != XmlTree::None ? untyped : first;
    return ClinicalDate::fromIso(m_tree.text(m_tree.child(chosen, L("ExactDateTime"))));
}

QString CcrExtractor::actorName(const QString &actorId) const
{
    const int actor = m_actors.value(actorId, XmlTree::None);
    if (actor == XmlTree::None)
        return QString();
    // ActorToString of the HealthVault CCR input functions.
    const int name = m_tree.path(actor, { L("Person"), L("Name") });
    if (name != XmlTree::None) {
        const QString display = m_tree.text(m_tree.child(name, L("DisplayName")));
        if (!display.isEmpty())
            return display;
        int parts = m_tree.child(name, L("CurrentName"));
        if (parts == XmlTree::None)
            parts = m_tree.child(name, L("BirthName"));
        QStringList words;
        for (const char *field : { "Title", "Given", "Middle", "Family", "Suffix" }) {
            for (int c = m_tree.firstChildElement(parts); c != XmlTree::None;
                 c = m_tree.nextSiblingElement(c)) {
                if (m_tree.node(c).name == QLatin1String(field) && !m_tree.text(c).isEmpty())
                    words.append(m_tree.text(c));
            }
        }
        return words.join(QLatin1Char(' '));
    }
    const QString org = m_tree.text(m_tree.path(actor, { L("Organization"), L("Name") }));
    if (!org.isEmpty())
        return org;
    const int system = m_tree.child(actor, L("InformationSystem"));
    if (system != XmlTree::None) {
        QStringList words;
        for (const char *field : { "Name", "Version", "Type" }) {
            const QString t = m_tree.text(m_tree.child(system, QLatin1String(field)));
            if (!t.isEmpty())
                words.append(t);
        }
        return words.join(QLatin1Char(' '));
    }
    return QString();
}

QString CcrExtractor::firstActorName(int element) const
{
    // Practitioners/Practitioner/ActorID, the Tolven "Practioner" spelling,
    // or Actor/ActorID.
    const int found = m_tree.findFirst(element, L("ActorID"));
    return found == XmlTree::None ? QString() : actorName(m_tree.text(found));
}

void CcrExtractor::readHeader()
{
    DocumentHeader &h = m_doc.header;
    h.documentId = m_tree.text(m_tree.child(m_root, L("CCRDocumentObjectID")));
    h.date = ClinicalDate::fromIso(
        m_tree.text(m_tree.path(m_root, { L("DateTime"), L("ExactDateTime") })));
    h.title = m_tree.text(m_tree.path(m_root, { L("Purpose"), L("Description"), L("Text") }));
    if (h.title.isEmpty())
        h.title = QStringLiteral("Continuity of Care Record");
    const QString patientId = m_tree.text(m_tree.path(m_root, { L("Patient"), L("ActorID") }));
    const int patient = m_actors.value(patientId, XmlTree::None);
    const int person = m_tree.child(patient, L("Person"));
    const int name = m_tree.path(person, { L("Name"), L("CurrentName") });
    QStringList given;
    for (int c = m_tree.firstChildElement(name); c != XmlTree::None;
         c = m_tree.nextSiblingElement(c)) {
        if ((m_tree.node(c).name == L("Given") || m_tree.node(c).name == L("Middle"))
            && !m_tree.text(c).isEmpty())
            given.append(m_tree.text(c));
        else if (m_tree.node(c).name == L("Family") && h.patientFamily.isEmpty())
            h.patientFamily = m_tree.text(c);
    }
    h.patientGiven = given.join(QLatin1Char(' '));
    h.patientName
        = QStringList({ h.patientGiven, h.patientFamily }).join(QLatin1Char(' ')).trimmed();
    if (h.patientName.isEmpty())
        h.patientName = actorName(patientId);
    h.patientBirth = ClinicalDate::fromIso(
        m_tree.text(m_tree.path(person, { L("DateOfBirth"), L("ExactDateTime") })));
    const int gender = m_tree.child(person, L("Gender"));
    const DocumentCode genderCode = describe(gender);
    h.patientGender = genderCode.vocabulary == L("AdministrativeGender")
        ? genderCode.code
        : normalisedGender(m_tree.text(m_tree.child(gender, L("Text"))));

    // The From actors are who wrote it; each becomes a contact.
    const int from = m_tree.child(m_root, L("From"));
    for (int link = m_tree.firstChildElement(from); link != XmlTree::None;
         link = m_tree.nextSiblingElement(link)) {
        const QString id = m_tree.text(m_tree.child(link, L("ActorID")));
        const int actor = m_actors.value(id, XmlTree::None);
        const QString who = actorName(id);
        if (who.isEmpty() || actor == XmlTree::None)
            continue;
        if (h.author.isEmpty())
            h.author = who;
        DocumentItem item;
        item.kind = ItemKind::Contact;
        item.role = QStringLiteral("author");
        item.text = who;
        item.organization = m_tree.text(m_tree.path(actor, { L("Organization"), L("Name") }));
        const int addr = m_tree.child(actor, L("Address"));
        QStringList parts;
        for (const char *field : { "Line1", "Line2", "City", "State", "PostalCode", "Country" }) {
            const QString t = m_tree.text(m_tree.child(addr, QLatin1String(field)));
            if (!t.isEmpty())
                parts.append(t);
        }
        item.address = parts.join(QLatin1String(", "));
        item.telephone = m_tree.text(m_tree.path(actor, { L("Telephone"), L("Value") }));
        item.email = m_tree.text(m_tree.path(actor, { L("EMail"), L("Value") }));
        // A record the patient sent (a personal health record's export)
        // names only them: no contact worth keeping.
        if (id == patientId && item.address.isEmpty() && item.telephone.isEmpty()
            && item.email.isEmpty())
            continue;
        m_doc.items.append(item);
    }
}

int CcrExtractor::addSection(const QString &title, int element, bool hasCategory, ItemKind kind)
{
    DocumentSection s;
    s.title = title;
    s.hasCategory = hasCategory;
    s.category = kind;
    s.code.code = m_tree.node(element).name;
    s.code.codeSystemName = QStringLiteral("CCR");
    m_doc.sections.append(s);
    return m_doc.sections.size() - 1;
}

void CcrExtractor::readBody()
{
    struct Known
    {
        const char *element;
        const char *title;
        bool extracted;
        ItemKind kind;
    };
    static const Known known[] = {
        { "Problems", "Problems", true, ItemKind::Problem },
        { "Alerts", "Alerts", true, ItemKind::Allergy },
        { "Medications", "Medications", true, ItemKind::Medication },
        { "Immunizations", "Immunizations", true, ItemKind::Immunization },
        { "Procedures", "Procedures", true, ItemKind::Procedure },
        { "Results", "Results", true, ItemKind::LabResult },
        { "VitalSigns", "Vital signs", true, ItemKind::VitalSign },
        { "Encounters", "Encounters", true, ItemKind::Encounter },
    };
    const int body = m_tree.child(m_root, L("Body"));
    for (int e = m_tree.firstChildElement(body); e != XmlTree::None;
         e = m_tree.nextSiblingElement(e)) {
        const QString &name = m_tree.node(e).name;
        const Known *match = nullptr;
        for (const Known &k : known) {
            if (name == QLatin1String(k.element))
                match = &k;
        }
        if (!match) {
            addSection(name, e, false, ItemKind::Contact);
            continue;
        }
        const int section = addSection(QString::fromLatin1(match->title), e, true, match->kind);
        for (int item = m_tree.firstChildElement(e); item != XmlTree::None;
             item = m_tree.nextSiblingElement(item)) {
            switch (match->kind) {
            case ItemKind::Problem:
                readProblem(item, section);
                break;
            case ItemKind::Allergy:
                readAlert(item, section);
                break;
            case ItemKind::Medication:
            case ItemKind::Immunization:
                readMedication(item, section, match->kind);
                break;
            case ItemKind::Procedure:
                readProcedure(item, section);
                break;
            case ItemKind::LabResult:
            case ItemKind::VitalSign:
                readResult(item, section, match->kind);
                break;
            case ItemKind::Encounter:
                readEncounter(item, section);
                break;
            case ItemKind::Contact:
                break;
            }
        }
    }
}

void CcrExtractor::readProblem(int e, int section)
{
    DocumentItem item;
    item.kind = ItemKind::Problem;
    item.section = section;
    item.code = describe(m_tree.child(e, L("Description")));
    item.text = item.code.displayName;
    if (item.text.isEmpty())
        item.text = item.code.code;
    if (item.text.isEmpty())
        return;
    item.start = dateOf(
        e, { QStringLiteral("start date"), QStringLiteral("onset date"), QStringLiteral("onset") });
    item.end = dateOf(e,
        { QStringLiteral("stop date"), QStringLiteral("end date"), QStringLiteral("resolved") },
        false);
    item.status = textOf(e, L("Status"));
    item.valueCode.displayName = textOf(e, L("Type"));
    m_doc.items.append(item);
}

void CcrExtractor::readAlert(int e, int section)
{
    DocumentItem item;
    item.kind = ItemKind::Allergy;
    item.section = section;
    const int product = m_tree.findFirst(m_tree.child(e, L("Agent")), L("ProductName"));
    item.code = describe(product);
    item.valueCode = describe(m_tree.child(e, L("Description")));
    item.text = item.code.displayName;
    if (item.text.isEmpty())
        item.text = item.valueCode.displayName;
    if (item.text.isEmpty())
        return;
    if (item.code.code.isEmpty() && !item.valueCode.code.isEmpty() && product == XmlTree::None) {
        // No agent: the description names the allergen itself.
        item.code = item.valueCode;
        item.valueCode = DocumentCode();
    }
    item.start = dateOf(e, { QStringLiteral("start date"), QStringLiteral("onset date") });
    item.status = textOf(e, L("Status"));
    for (int r = m_tree.firstChildElement(e); r != XmlTree::None;
         r = m_tree.nextSiblingElement(r)) {
        if (m_tree.node(r).name != L("Reaction"))
            continue;
        const QString text = textOf(r, L("Description"));
        if (!text.isEmpty())
            item.reactions.append(text);
        if (item.severity.isEmpty())
            item.severity = textOf(r, L("Severity"));
    }
    m_doc.items.append(item);
}

void CcrExtractor::readMedication(int e, int section, ItemKind kind)
{
    DocumentItem item;
    item.kind = kind;
    item.section = section;
    const int product = m_tree.child(e, L("Product"));
    item.code = describe(m_tree.child(product, L("ProductName")));
    if (product == XmlTree::None) // Tolven writes the drug in Description
        item.code = describe(m_tree.child(e, L("Description")));
    item.text = item.code.displayName;
    if (item.text.isEmpty())
        item.text = m_tree.text(m_tree.path(product, { L("BrandName"), L("Text") }));
    if (item.text.isEmpty())
        item.text = item.code.code;
    if (item.text.isEmpty())
        return;
    if (kind == ItemKind::Immunization)
        item.start = dateOf(e,
            { QStringLiteral("immunization date"), QStringLiteral("start date"),
                QStringLiteral("administered") });
    else
        item.start = dateOf(e,
            { QStringLiteral("start date"), QStringLiteral("prescription date"),
                QStringLiteral("order date") });
    item.end = dateOf(e, { QStringLiteral("stop date"), QStringLiteral("end date") }, false);
    item.status = textOf(e, L("Status"));
    const int direction = m_tree.path(e, { L("Directions"), L("Direction") });
    const int dose = m_tree.child(direction, L("Dose"));
    item.dose = m_tree.text(m_tree.child(dose, L("Value")));
    const QString unit = m_tree.text(m_tree.path(dose, { L("Units"), L("Unit") }));
    if (!item.dose.isEmpty() && !unit.isEmpty())
        item.dose += QLatin1Char(' ') + unit;
    item.route = textOf(direction, L("Route"));
    item.lotNumber = m_tree.text(m_tree.child(product, L("LotNumber")));
    m_doc.items.append(item);
}

void CcrExtractor::readProcedure(int e, int section)
{
    DocumentItem item;
    item.kind = ItemKind::Procedure;
    item.section = section;
    item.code = describe(m_tree.child(e, L("Description")));
    item.text = item.code.displayName;
    if (item.text.isEmpty())
        item.text = textOf(e, L("Type"));
    if (item.text.isEmpty())
        return;
    item.start = dateOf(e,
        { QStringLiteral("performed"), QStringLiteral("start date"),
            QStringLiteral("procedure date") });
    item.status = textOf(e, L("Status"));
    int practitioners = m_tree.child(e, L("Practitioners"));
    if (practitioners != XmlTree::None)
        item.performer = firstActorName(practitioners);
    m_doc.items.append(item);
}

void CcrExtractor::readResult(int e, int section, ItemKind kind)
{
    const int description = m_tree.child(e, L("Description"));
    QString panel = m_tree.text(m_tree.child(description, L("Text")));
    if (panel.isEmpty())
        panel = m_tree.text(description);
    const ClinicalDate resultDate
        = dateOf(e, { QStringLiteral("collection start date"), QStringLiteral("assessment time") });
    const int group = m_groups++;
    for (int t = m_tree.firstChildElement(e); t != XmlTree::None;
         t = m_tree.nextSiblingElement(t)) {
        if (m_tree.node(t).name != L("Test"))
            continue;
        DocumentItem item;
        item.kind = kind;
        item.section = section;
        item.group = group;
        item.panel = panel;
        item.code = describe(m_tree.child(t, L("Description")));
        item.text = item.code.displayName;
        if (item.text.isEmpty())
            continue;
        item.start = dateOf(
            t, { QStringLiteral("collection start date"), QStringLiteral("assessment time") });
        if (!item.start.isValid())
            item.start = resultDate;
        item.status = textOf(t, L("Status"));
        const int result = m_tree.child(t, L("TestResult"));
        item.value = m_tree.text(m_tree.child(result, L("Value")));
        if (item.value.isEmpty())
            item.value = textOf(result, L("Description"));
        item.unit = m_tree.text(m_tree.path(result, { L("Units"), L("Unit") }));
        const int normal = m_tree.path(t, { L("NormalResult"), L("Normal") });
        item.referenceRange = textOf(normal, L("Description"));
        if (item.referenceRange.isEmpty()) {
            item.referenceRange = m_tree.text(m_tree.child(normal, L("Value")));
            const QString unit = m_tree.text(m_tree.path(normal, { L("Units"), L("Unit") }));
            if (!item.referenceRange.isEmpty() && !unit.isEmpty())
                item.referenceRange += QLatin1Char(' ') + unit;
        }
        item.interpretation = textOf(t, L("Flag"));
        if (kind == ItemKind::VitalSign)
            item.vital = vitalFromText(item.text, item.code);
        m_doc.items.append(item);
    }
}

void CcrExtractor::readEncounter(int e, int section)
{
    DocumentItem item;
    item.kind = ItemKind::Encounter;
    item.section = section;
    item.code = describe(m_tree.child(e, L("Description")));
    item.text = item.code.displayName;
    if (item.text.isEmpty())
        item.text = textOf(e, L("Type"));
    if (item.text.isEmpty())
        return;
    item.start = dateOf(e, { QStringLiteral("encounter date"), QStringLiteral("start date") });
    item.status = textOf(e, L("Status"));
    int practitioners = m_tree.child(e, L("Practitioners"));
    if (practitioners == XmlTree::None)
        practitioners = m_tree.child(e, L("Practioner"));
    if (practitioners != XmlTree::None)
        item.performer = firstActorName(practitioners);
    const int location = m_tree.path(e, { L("Locations"), L("Location") });
    const int where = location != XmlTree::None ? location : m_tree.child(e, L("Location"));
    item.location = textOf(where, L("Description"));
    if (item.location.isEmpty() && where != XmlTree::None)
        item.location = firstActorName(where);
    m_doc.items.append(item);
}

} // namespace hearth
