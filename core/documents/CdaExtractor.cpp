#include "core/documents/CdaExtractor.h"

#include "core/documents/XmlTree.h"

namespace hearth {

namespace {

using L = QLatin1String;

QSet<QString> roots(std::initializer_list<const char *> list)
{
    QSet<QString> set;
    for (const char *s : list)
        set.insert(QString::fromLatin1(s));
    return set;
}

// Entry templates: C-CDA (2.16.840.1.113883.10.20.22.4.*) and the HL7 CCD
// 1.0 / HITSP C32 ones (2.16.840.1.113883.10.20.1.*, IHE 1.3.6.1.4.1.19376.*).
const QSet<QString> &medicationTemplates()
{
    static const QSet<QString> s = roots({ "2.16.840.1.113883.10.20.22.4.16",
        "2.16.840.1.113883.3.88.11.83.8", "1.3.6.1.4.1.19376.1.5.3.1.4.7" });
    return s;
}
const QSet<QString> &immunizationTemplates()
{
    static const QSet<QString> s = roots({ "2.16.840.1.113883.10.20.22.4.52",
        "2.16.840.1.113883.3.88.11.83.13", "1.3.6.1.4.1.19376.1.5.3.1.4.12" });
    return s;
}
const QSet<QString> &allergyTemplates()
{
    static const QSet<QString> s
        = roots({ "2.16.840.1.113883.10.20.22.4.30", "2.16.840.1.113883.10.20.22.4.7",
            "2.16.840.1.113883.10.20.1.18", "2.16.840.1.113883.3.88.11.83.6" });
    return s;
}
const QSet<QString> &allergyObservationTemplates()
{
    static const QSet<QString> s = roots({ "2.16.840.1.113883.10.20.22.4.7",
        "2.16.840.1.113883.10.20.1.18", "1.3.6.1.4.1.19376.1.5.3.1.4.6" });
    return s;
}
const QSet<QString> &problemTemplates()
{
    static const QSet<QString> s = roots({ "2.16.840.1.113883.10.20.22.4.3",
        "2.16.840.1.113883.10.20.22.4.4", "2.16.840.1.113883.3.88.11.83.7" });
    return s;
}
const QSet<QString> &problemObservationTemplates()
{
    static const QSet<QString> s = roots({ "2.16.840.1.113883.10.20.22.4.4",
        "2.16.840.1.113883.10.20.1.28", "1.3.6.1.4.1.19376.1.5.3.1.4.5" });
    return s;
}
const QSet<QString> &procedureTemplates()
{
    static const QSet<QString> s = roots({ "2.16.840.1.113883.10.20.22.4.14",
        "2.16.840.1.113883.10.20.22.4.13", "2.16.840.1.113883.10.20.22.4.12",
        "2.16.840.1.113883.10.20.1.29", "2.16.840.1.113883.3.88.11.83.17" });
    return s;
}
const QSet<QString> &resultTemplates()
{
    static const QSet<QString> s = roots({ "2.16.840.1.113883.10.20.22.4.1",
        "2.16.840.1.113883.10.20.1.32", "2.16.840.1.113883.3.88.11.83.15.1" });
    return s;
}
const QSet<QString> &vitalTemplates()
{
    static const QSet<QString> s = roots({ "2.16.840.1.113883.10.20.22.4.26",
        "2.16.840.1.113883.10.20.1.35", "1.3.6.1.4.1.19376.1.5.3.1.4.13.1" });
    return s;
}
const QSet<QString> &encounterTemplates()
{
    static const QSet<QString> s = roots({ "2.16.840.1.113883.10.20.22.4.49",
        "2.16.840.1.113883.10.20.1.21", "2.16.840.1.113883.3.88.11.83.16" });
    return s;
}
const QSet<QString> &statusObservationTemplates()
{
    static const QSet<QString> s = roots({ "2.16.840.1.113883.10.20.22.4.6", // problem status
        "2.16.840.1.113883.10.20.22.4.28", // allergy status
        "2.16.840.1.113883.10.20.1.50", "2.16.840.1.113883.10.20.1.39" });
    return s;
}
const QSet<QString> &reactionTemplates()
{
    static const QSet<QString> s
        = roots({ "2.16.840.1.113883.10.20.22.4.9", "2.16.840.1.113883.10.20.1.54" });
    return s;
}
const QSet<QString> &severityTemplates()
{
    static const QSet<QString> s
        = roots({ "2.16.840.1.113883.10.20.22.4.8", "2.16.840.1.113883.10.20.1.55" });
    return s;
}

// Section LOINC codes whose entries Hearth extracts.
bool categoryForSectionCode(const QString &code, ItemKind &kind)
{
    static const QHash<QString, ItemKind> map = {
        { QStringLiteral("10160-0"), ItemKind::Medication }, // history of medication use
        { QStringLiteral("10183-2"), ItemKind::Medication }, // hospital discharge medications
        { QStringLiteral("75311-1"), ItemKind::Medication }, // discharge medications
        { QStringLiteral("42346-7"), ItemKind::Medication }, // medications on admission
        { QStringLiteral("29549-3"), ItemKind::Medication }, // medications administered
        { QStringLiteral("48765-2"), ItemKind::Allergy },
        { QStringLiteral("11450-4"), ItemKind::Problem },
        { QStringLiteral("11348-0"), ItemKind::Problem }, // history of past illness
        { QStringLiteral("11369-6"), ItemKind::Immunization },
        { QStringLiteral("47519-4"), ItemKind::Procedure },
        { QStringLiteral("30954-2"), ItemKind::LabResult },
        { QStringLiteral("8716-3"), ItemKind::VitalSign },
        { QStringLiteral("46240-8"), ItemKind::Encounter },
    };
    const auto it = map.constFind(code);
    if (it == map.constEnd())
        return false;
    kind = *it;
    return true;
}

VitalKind vitalFromLoinc(const QString &code)
{
    static const QHash<QString, VitalKind> map = {
        { QStringLiteral("29463-7"), VitalKind::Weight },
        { QStringLiteral("3141-9"), VitalKind::Weight },
        { QStringLiteral("8302-2"), VitalKind::Height },
        { QStringLiteral("8306-3"), VitalKind::Height },
        { QStringLiteral("8308-9"), VitalKind::Height },
        { QStringLiteral("8480-6"), VitalKind::Systolic },
        { QStringLiteral("8462-4"), VitalKind::Diastolic },
        { QStringLiteral("8867-4"), VitalKind::HeartRate },
        { QStringLiteral("8310-5"), VitalKind::Temperature },
        { QStringLiteral("8331-1"), VitalKind::Temperature },
        { QStringLiteral("2710-2"), VitalKind::OxygenSaturation },
        { QStringLiteral("59408-5"), VitalKind::OxygenSaturation },
        { QStringLiteral("59417-6"), VitalKind::OxygenSaturation },
        { QStringLiteral("9279-1"), VitalKind::RespiratoryRate },
        { QStringLiteral("39156-5"), VitalKind::BodyMassIndex },
        { QStringLiteral("8287-5"), VitalKind::HeadCircumference },
        { QStringLiteral("9843-4"), VitalKind::HeadCircumference },
    };
    return map.value(code, VitalKind::Other);
}

} // namespace

CdaExtractor::CdaExtractor(const XmlTree &tree, int root)
    : m_tree(tree)
    , m_root(root)
{ }

ClinicalDocument CdaExtractor::extract()
{
    m_doc = ClinicalDocument();
    m_doc.format = DocumentFormat::Cda;
    readHeader();
    readBody();
    return std::move(m_doc);
}

QStringList CdaExtractor::templateIds(int element) const
{
    QStringList ids;
    for (int c = m_tree.firstChildElement(element); c != XmlTree::None;
         c = m_tree.nextSiblingElement(c)) {
        if (m_tree.node(c).name == L("templateId"))
            ids.append(m_tree.attribute(c, L("root")));
    }
    return ids;
}

bool CdaExtractor::hasTemplate(int element, const QSet<QString> &set) const
{
    for (int c = m_tree.firstChildElement(element); c != XmlTree::None;
         c = m_tree.nextSiblingElement(c)) {
        if (m_tree.node(c).name == L("templateId") && set.contains(m_tree.attribute(c, L("root"))))
            return true;
    }
    return false;
}

QList<int> CdaExtractor::findWithTemplate(
    int from, QLatin1String name, const QSet<QString> &set) const
{
    QList<int> found;
    QList<int> stack { from };
    while (!stack.isEmpty()) {
        const int e = stack.takeLast();
        if (m_tree.node(e).name == name && hasTemplate(e, set)) {
            found.append(e);
            continue; // an item does not nest another item of its own kind
        }
        QList<int> children;
        for (int c = m_tree.firstChildElement(e); c != XmlTree::None;
             c = m_tree.nextSiblingElement(c))
            children.prepend(c);
        stack.append(children);
    }
    return found;
}

QString CdaExtractor::originalText(int element) const
{
    return referencedText(m_tree.child(element, L("originalText")));
}

QString CdaExtractor::referencedText(int original) const
{
    if (original == XmlTree::None)
        return QString();
    const int reference = m_tree.child(original, L("reference"));
    if (reference != XmlTree::None) {
        QString target = m_tree.attribute(reference, L("value"));
        if (target.startsWith(QLatin1Char('#')))
            target.remove(0, 1);
        const int referenced = m_tree.elementById(target);
        if (referenced != XmlTree::None)
            return m_tree.text(referenced);
    }
    return m_tree.text(original);
}

DocumentCode CdaExtractor::coded(int element) const
{
    if (element == XmlTree::None)
        return DocumentCode();
    const auto make = [this](int e) {
        return DocumentCode::make(m_tree.attribute(e, L("code")),
            m_tree.attribute(e, L("codeSystem")), m_tree.attribute(e, L("codeSystemName")),
            m_tree.attribute(e, L("displayName")), m_tree.attribute(e, L("codeSystemVersion")));
    };
    DocumentCode value = make(element);
    if (value.code.isEmpty()) {
        // A nullFlavor code often carries the real code in a translation.
        const int translation = m_tree.child(element, L("translation"));
        if (translation != XmlTree::None && !m_tree.attribute(translation, L("code")).isEmpty())
            value = make(translation);
    }
    return value;
}

QString CdaExtractor::codeText(int element) const
{
    if (element == XmlTree::None)
        return QString();
    QString text = m_tree.attribute(element, L("displayName")).simplified();
    if (text.isEmpty())
        text = originalText(element);
    if (text.isEmpty()) {
        const int translation = m_tree.child(element, L("translation"));
        if (translation != XmlTree::None)
            text = m_tree.attribute(translation, L("displayName")).simplified();
    }
    return text;
}

int CdaExtractor::mainTime(int element) const
{
    // The first effectiveTime that is an interval or a point, not a
    // periodic frequency (PIVL_TS / EIVL_TS on medications).
    for (int c = m_tree.firstChildElement(element); c != XmlTree::None;
         c = m_tree.nextSiblingElement(c)) {
        if (m_tree.node(c).name != L("effectiveTime"))
            continue;
        const QString type = m_tree.attribute(c, L("type"));
        if (type.contains(L("PIVL")) || type.contains(L("EIVL")) || type == L("SXPR_TS"))
            continue;
        return c;
    }
    return XmlTree::None;
}

void CdaExtractor::readTime(int element, ClinicalDate &start, ClinicalDate &end) const
{
    if (element == XmlTree::None)
        return;
    if (m_tree.hasAttribute(element, L("value"))) {
        start = ClinicalDate::fromHl7(m_tree.attribute(element, L("value")));
        return;
    }
    start = ClinicalDate::fromHl7(m_tree.attribute(m_tree.child(element, L("low")), L("value")));
    end = ClinicalDate::fromHl7(m_tree.attribute(m_tree.child(element, L("high")), L("value")));
    if (!start.isValid()) {
        start = ClinicalDate::fromHl7(
            m_tree.attribute(m_tree.child(element, L("center")), L("value")));
    }
}

QString CdaExtractor::personName(int name) const
{
    if (name == XmlTree::None)
        return QString();
    QStringList parts;
    for (int c = m_tree.firstChildElement(name); c != XmlTree::None;
         c = m_tree.nextSiblingElement(c)) {
        const QString &n = m_tree.node(c).name;
        if (n == L("given") || n == L("family") || n == L("prefix") || n == L("suffix")) {
            const QString t = m_tree.text(c);
            if (!t.isEmpty())
                parts.append(t);
        }
    }
    return parts.isEmpty() ? m_tree.text(name) : parts.join(QLatin1Char(' '));
}

QString CdaExtractor::address(int addr) const
{
    if (addr == XmlTree::None || m_tree.hasAttribute(addr, L("nullFlavor")))
        return QString();
    QStringList parts;
    for (int c = m_tree.firstChildElement(addr); c != XmlTree::None;
         c = m_tree.nextSiblingElement(c)) {
        if (m_tree.hasAttribute(c, L("nullFlavor")))
            continue;
        const QString t = m_tree.text(c);
        if (!t.isEmpty())
            parts.append(t);
    }
    return parts.join(QLatin1String(", "));
}

void CdaExtractor::telecoms(int parent, QString &phone, QString &email) const
{
    for (int c = m_tree.firstChildElement(parent); c != XmlTree::None;
         c = m_tree.nextSiblingElement(c)) {
        if (m_tree.node(c).name != L("telecom"))
            continue;
        const QString value = m_tree.attribute(c, L("value")).trimmed();
        if (value.startsWith(L("mailto:"), Qt::CaseInsensitive)) {
            if (email.isEmpty())
                email = value.mid(7).trimmed();
        } else if (value.startsWith(L("tel:"), Qt::CaseInsensitive)) {
            if (phone.isEmpty())
                phone = value.mid(4).trimmed();
        }
    }
}

void CdaExtractor::addContact(int assigned, const QString &role, int person, int organization)
{
    DocumentItem item;
    item.kind = ItemKind::Contact;
    item.role = role;
    const QString personText = personName(m_tree.child(person, L("name")));
    item.organization = m_tree.text(m_tree.child(organization, L("name")));
    item.text = personText.isEmpty() ? item.organization : personText;
    if (item.text.isEmpty()) {
        // An authoring device: the software that wrote the document.
        const int device = m_tree.child(assigned, L("assignedAuthoringDevice"));
        item.text = m_tree.text(m_tree.child(device, L("softwareName")));
        if (item.text.isEmpty())
            item.text = m_tree.text(m_tree.child(device, L("manufacturerModelName")));
    }
    if (item.text.isEmpty())
        return;
    item.address = address(m_tree.child(assigned, L("addr")));
    if (item.address.isEmpty())
        item.address = address(m_tree.child(organization, L("addr")));
    telecoms(assigned, item.telephone, item.email);
    if (item.telephone.isEmpty() && item.email.isEmpty())
        telecoms(organization, item.telephone, item.email);
    m_doc.items.append(item);
}

void CdaExtractor::readHeader()
{
    DocumentHeader &h = m_doc.header;
    h.title = m_tree.text(m_tree.child(m_root, L("title")));
    h.date = ClinicalDate::fromHl7(
        m_tree.attribute(m_tree.child(m_root, L("effectiveTime")), L("value")));
    h.documentType = coded(m_tree.child(m_root, L("code")));
    const int id = m_tree.child(m_root, L("id"));
    h.documentId = m_tree.attribute(id, L("root"));
    if (!m_tree.attribute(id, L("extension")).isEmpty())
        h.documentId += QLatin1Char('^') + m_tree.attribute(id, L("extension"));

    const int patient = m_tree.path(m_root, { L("recordTarget"), L("patientRole"), L("patient") });
    const int name = m_tree.child(patient, L("name"));
    QStringList given;
    for (int c = m_tree.firstChildElement(name); c != XmlTree::None;
         c = m_tree.nextSiblingElement(c)) {
        if (m_tree.node(c).name == L("given") && !m_tree.text(c).isEmpty())
            given.append(m_tree.text(c));
        else if (m_tree.node(c).name == L("family") && h.patientFamily.isEmpty())
            h.patientFamily = m_tree.text(c);
    }
    h.patientGiven = given.join(QLatin1Char(' '));
    h.patientName
        = QStringList({ h.patientGiven, h.patientFamily }).join(QLatin1Char(' ')).trimmed();
    if (h.patientName.isEmpty())
        h.patientName = m_tree.text(name);
    h.patientBirth = ClinicalDate::fromHl7(
        m_tree.attribute(m_tree.child(patient, L("birthTime")), L("value")));
    const int gender = m_tree.child(patient, L("administrativeGenderCode"));
    h.patientGender = m_tree.attribute(gender, L("code"));
    if (h.patientGender.isEmpty())
        h.patientGender = m_tree.attribute(gender, L("displayName"));

    // Profile: what the header's template ids say the document is.
    const QStringList templates = templateIds(m_root);
    QString ccdaVersion;
    QString ccdaType;
    static const QHash<QString, QString> types = {
        { QStringLiteral("2.16.840.1.113883.10.20.22.1.2"), QStringLiteral("CCD") },
        { QStringLiteral("2.16.840.1.113883.10.20.22.1.3"),
            QStringLiteral("History and Physical") },
        { QStringLiteral("2.16.840.1.113883.10.20.22.1.4"), QStringLiteral("Consultation Note") },
        { QStringLiteral("2.16.840.1.113883.10.20.22.1.5"),
            QStringLiteral("Diagnostic Imaging Report") },
        { QStringLiteral("2.16.840.1.113883.10.20.22.1.6"), QStringLiteral("Procedure Note") },
        { QStringLiteral("2.16.840.1.113883.10.20.22.1.7"), QStringLiteral("Operative Note") },
        { QStringLiteral("2.16.840.1.113883.10.20.22.1.8"), QStringLiteral("Discharge Summary") },
        { QStringLiteral("2.16.840.1.113883.10.20.22.1.9"), QStringLiteral("Progress Note") },
        { QStringLiteral("2.16.840.1.113883.10.20.22.1.10"),
            QStringLiteral("Unstructured Document") },
        { QStringLiteral("2.16.840.1.113883.10.20.22.1.13"), QStringLiteral("Transfer Summary") },
        { QStringLiteral("2.16.840.1.113883.10.20.22.1.14"), QStringLiteral("Referral Note") },
        { QStringLiteral("2.16.840.1.113883.10.20.22.1.15"), QStringLiteral("Care Plan") },
    };
    bool ccda = false;
    for (int c = m_tree.firstChildElement(m_root); c != XmlTree::None;
         c = m_tree.nextSiblingElement(c)) {
        if (m_tree.node(c).name != L("templateId"))
            continue;
        const QString root = m_tree.attribute(c, L("root"));
        if (!root.startsWith(L("2.16.840.1.113883.10.20.22.1.")))
            continue;
        ccda = true;
        const QString extension = m_tree.attribute(c, L("extension"));
        if (extension == L("2015-08-01"))
            ccdaVersion = QStringLiteral("R2.1");
        else if (extension == L("2014-06-09") && ccdaVersion.isEmpty())
            ccdaVersion = QStringLiteral("R2.0");
        if (types.contains(root))
            ccdaType = types.value(root);
    }
    const bool ccdCode = h.documentType.code == L("34133-9");
    if (ccda) {
        m_doc.profile = QStringLiteral("C-CDA %1 %2")
                            .arg(ccdaVersion.isEmpty() ? QStringLiteral("R1.1") : ccdaVersion,
                                ccdaType.isEmpty() ? QStringLiteral("document") : ccdaType);
        m_doc.thingKind = ccdaType == L("CCD") ? ClinicalDocument::ThingKind::Ccd
                                               : ClinicalDocument::ThingKind::Cda;
    } else if (templates.contains(L("2.16.840.1.113883.3.88.11.32.1"))) {
        m_doc.profile = QStringLiteral("HITSP C32");
        m_doc.thingKind = ClinicalDocument::ThingKind::Ccd;
    } else if (templates.contains(L("2.16.840.1.113883.10.20.1"))) {
        m_doc.profile = QStringLiteral("HL7 CCD");
        m_doc.thingKind = ClinicalDocument::ThingKind::Ccd;
    } else {
        m_doc.profile = QStringLiteral("CDA R2");
        m_doc.thingKind
            = ccdCode ? ClinicalDocument::ThingKind::Ccd : ClinicalDocument::ThingKind::Cda;
    }

    // Author and custodian, as contacts.
    const int author = m_tree.path(m_root, { L("author"), L("assignedAuthor") });
    if (author != XmlTree::None) {
        const int person = m_tree.child(author, L("assignedPerson"));
        const int org = m_tree.child(author, L("representedOrganization"));
        const int before = m_doc.items.size();
        addContact(author, QStringLiteral("author"), person, org);
        if (m_doc.items.size() > before) {
            h.author = m_doc.items.last().text;
            // A document the patient wrote (a personal health record's
            // export) names only them: no contact worth keeping.
            const DocumentItem &contact = m_doc.items.last();
            if (org == XmlTree::None && !h.patientName.isEmpty()
                && contact.text.simplified() == h.patientName.simplified()
                && contact.address.isEmpty() && contact.telephone.isEmpty()
                && contact.email.isEmpty())
                m_doc.items.removeLast();
        }
    }
    const int custodian = m_tree.path(m_root, { L("custodian"), L("assignedCustodian") });
    if (custodian != XmlTree::None) {
        const int org = m_tree.child(custodian, L("representedCustodianOrganization"));
        const int before = m_doc.items.size();
        addContact(org, QStringLiteral("custodian"), XmlTree::None, org);
        if (m_doc.items.size() > before)
            h.custodian = m_doc.items.last().text;
    }
}

void CdaExtractor::readBody()
{
    const int component = m_tree.child(m_root, L("component"));
    const int structured = m_tree.child(component, L("structuredBody"));
    if (structured != XmlTree::None) {
        for (int c = m_tree.firstChildElement(structured); c != XmlTree::None;
             c = m_tree.nextSiblingElement(c)) {
            if (m_tree.node(c).name == L("component"))
                readSection(m_tree.child(c, L("section")));
        }
        return;
    }
    const int unstructured = m_tree.child(component, L("nonXMLBody"));
    if (unstructured != XmlTree::None) {
        const int text = m_tree.child(unstructured, L("text"));
        m_doc.unstructuredMediaType = m_tree.attribute(text, L("mediaType"));
        if (m_doc.unstructuredMediaType.isEmpty() && text != XmlTree::None)
            m_doc.unstructuredMediaType = QStringLiteral("text/plain");
        m_doc.unstructuredInline = text != XmlTree::None
            && m_tree.child(text, L("reference")) == XmlTree::None && !m_tree.text(text).isEmpty();
    }
}

void CdaExtractor::readSection(int section)
{
    if (section == XmlTree::None)
        return;
    DocumentSection s;
    const int codeElement = m_tree.child(section, L("code"));
    s.code = coded(codeElement);
    s.title = m_tree.text(m_tree.child(section, L("title")));
    if (s.title.isEmpty())
        s.title = s.code.displayName;
    s.nullFlavored = m_tree.hasAttribute(section, L("nullFlavor"));
    s.narrativeXml = m_tree.innerXml(m_tree.child(section, L("text")));
    s.hasCategory = categoryForSectionCode(s.code.code, s.category);
    const int index = m_doc.sections.size();
    m_doc.sections.append(s);

    for (int c = m_tree.firstChildElement(section); c != XmlTree::None;
         c = m_tree.nextSiblingElement(c)) {
        const QString &name = m_tree.node(c).name;
        if (name == L("entry"))
            readEntry(c, index, s.hasCategory, s.category);
        else if (name == L("component"))
            readSection(m_tree.child(c, L("section"))); // nested sections
    }
}

void CdaExtractor::readEntry(int entry, int sectionIndex, bool hasCategory, ItemKind category)
{
    const int main = m_tree.firstChildElement(entry);
    if (main == XmlTree::None || m_tree.hasAttribute(main, L("nullFlavor")))
        return;
    const QString &name = m_tree.node(main).name;
    ItemKind kind;
    if (hasTemplate(main, immunizationTemplates()))
        kind = ItemKind::Immunization;
    else if (hasTemplate(main, medicationTemplates()))
        kind = hasCategory && category == ItemKind::Immunization ? ItemKind::Immunization
                                                                 : ItemKind::Medication;
    else if (hasTemplate(main, allergyTemplates()))
        kind = ItemKind::Allergy;
    else if (hasTemplate(main, problemTemplates()))
        kind = ItemKind::Problem;
    else if (hasTemplate(main, procedureTemplates()))
        kind = ItemKind::Procedure;
    else if (hasTemplate(main, vitalTemplates()))
        kind = ItemKind::VitalSign;
    else if (hasTemplate(main, resultTemplates()))
        kind = hasCategory && category == ItemKind::VitalSign ? ItemKind::VitalSign
                                                              : ItemKind::LabResult;
    else if (hasTemplate(main, encounterTemplates()))
        kind = ItemKind::Encounter;
    else if (hasCategory)
        kind = category;
    else
        return;

    switch (kind) {
    case ItemKind::Medication:
    case ItemKind::Immunization:
        addMedication(main, sectionIndex, kind);
        break;
    case ItemKind::Allergy:
        addAllergies(main, sectionIndex);
        break;
    case ItemKind::Problem:
        addProblems(main, sectionIndex);
        break;
    case ItemKind::Procedure:
        if (name == L("procedure") || name == L("observation") || name == L("act"))
            addProcedure(main, sectionIndex);
        break;
    case ItemKind::LabResult:
    case ItemKind::VitalSign:
        addResults(main, sectionIndex, kind);
        break;
    case ItemKind::Encounter:
        if (name == L("encounter"))
            addEncounter(main, sectionIndex);
        break;
    case ItemKind::Contact:
        break;
    }
}

void CdaExtractor::addMedication(int main, int sectionIndex, ItemKind kind)
{
    const int sa = m_tree.node(main).name == L("substanceAdministration")
        ? main
        : m_tree.findFirst(main, L("substanceAdministration"));
    if (sa == XmlTree::None)
        return;
    DocumentItem item;
    item.kind = kind;
    item.section = sectionIndex;
    const int product = m_tree.path(sa, { L("consumable"), L("manufacturedProduct") });
    const int material = m_tree.child(product, L("manufacturedMaterial"));
    const int code = m_tree.child(material, L("code"));
    item.code = coded(code);
    item.text = codeText(code);
    if (item.text.isEmpty())
        item.text = m_tree.text(m_tree.child(material, L("name")));
    if (item.text.isEmpty())
        item.text = item.code.displayName;
    if (item.text.isEmpty() && item.code.code.isEmpty())
        return;
    readTime(mainTime(sa), item.start, item.end);
    item.status = m_tree.attribute(m_tree.child(sa, L("statusCode")), L("code"));
    item.negated = m_tree.attribute(sa, L("negationInd")) == L("true");
    const int dose = m_tree.child(sa, L("doseQuantity"));
    if (dose != XmlTree::None && m_tree.hasAttribute(dose, L("value"))) {
        item.dose = m_tree.attribute(dose, L("value"));
        const QString unit = m_tree.attribute(dose, L("unit"));
        if (!unit.isEmpty() && unit != L("1"))
            item.dose += QLatin1Char(' ') + unit;
    }
    const int route = m_tree.child(sa, L("routeCode"));
    item.route = codeText(route);
    item.lotNumber = m_tree.text(m_tree.child(material, L("lotNumberText")));
    m_doc.items.append(item);
}

QString CdaExtractor::statusFromObservation(int from, const QSet<QString> &set) const
{
    const QList<int> found = findWithTemplate(from, L("observation"), set);
    for (int obs : found) {
        const QString text = codeText(m_tree.child(obs, L("value")));
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

void CdaExtractor::addAllergies(int main, int sectionIndex)
{
    QList<int> observations
        = findWithTemplate(main, L("observation"), allergyObservationTemplates());
    if (observations.isEmpty() && m_tree.node(main).name == L("observation"))
        observations.append(main);
    for (int obs : observations) {
        DocumentItem item;
        item.kind = ItemKind::Allergy;
        item.section = sectionIndex;
        const int entity
            = m_tree.path(obs, { L("participant"), L("participantRole"), L("playingEntity") });
        const int code = m_tree.child(entity, L("code"));
        item.code = coded(code);
        item.text = codeText(code);
        if (item.text.isEmpty())
            item.text = m_tree.text(m_tree.child(entity, L("name")));
        const int value = m_tree.child(obs, L("value"));
        item.valueCode = coded(value);
        if (item.text.isEmpty() && item.code.isEmpty())
            continue;
        readTime(mainTime(obs), item.start, item.end);
        item.negated = m_tree.attribute(obs, L("negationInd")) == L("true");
        item.status = statusFromObservation(obs, statusObservationTemplates());
        if (item.status.isEmpty() && main != obs)
            item.status = m_tree.attribute(m_tree.child(main, L("statusCode")), L("code"));
        for (int reaction : findWithTemplate(obs, L("observation"), reactionTemplates())) {
            if (reaction == obs)
                continue;
            const QString text = codeText(m_tree.child(reaction, L("value")));
            if (!text.isEmpty() && !item.reactions.contains(text))
                item.reactions.append(text);
        }
        for (int severity : findWithTemplate(obs, L("observation"), severityTemplates())) {
            item.severity = codeText(m_tree.child(severity, L("value")));
            if (!item.severity.isEmpty())
                break;
        }
        m_doc.items.append(item);
    }
}

void CdaExtractor::addProblems(int main, int sectionIndex)
{
    QList<int> observations
        = findWithTemplate(main, L("observation"), problemObservationTemplates());
    if (observations.isEmpty()) {
        // Older documents: the observation inside the concern act.
        const int obs = m_tree.node(main).name == L("observation")
            ? main
            : m_tree.findFirst(main, L("observation"));
        if (obs != XmlTree::None)
            observations.append(obs);
    }
    for (int obs : observations) {
        DocumentItem item;
        item.kind = ItemKind::Problem;
        item.section = sectionIndex;
        const int value = m_tree.child(obs, L("value"));
        item.code = coded(value);
        item.text = codeText(value);
        if (item.text.isEmpty())
            item.text = originalText(obs);
        if (item.text.isEmpty())
            item.text = m_tree.text(m_tree.child(obs, L("text")));
        if (item.text.isEmpty() && item.code.code.isEmpty())
            continue;
        item.valueCode = coded(m_tree.child(obs, L("code")));
        readTime(mainTime(obs), item.start, item.end);
        if (!item.start.isValid() && main != obs)
            readTime(mainTime(main), item.start, item.end);
        item.negated = m_tree.attribute(obs, L("negationInd")) == L("true");
        item.status = statusFromObservation(obs, statusObservationTemplates());
        if (item.status.isEmpty() && main != obs)
            item.status = m_tree.attribute(m_tree.child(main, L("statusCode")), L("code"));
        m_doc.items.append(item);
    }
}

void CdaExtractor::addProcedure(int main, int sectionIndex)
{
    DocumentItem item;
    item.kind = ItemKind::Procedure;
    item.section = sectionIndex;
    const int code = m_tree.child(main, L("code"));
    item.code = coded(code);
    item.text = codeText(code);
    if (item.text.isEmpty() && item.code.code.isEmpty())
        return;
    readTime(mainTime(main), item.start, item.end);
    item.status = m_tree.attribute(m_tree.child(main, L("statusCode")), L("code"));
    item.negated = m_tree.attribute(main, L("negationInd")) == L("true");
    const int assigned = m_tree.path(main, { L("performer"), L("assignedEntity") });
    item.performer = personName(m_tree.path(assigned, { L("assignedPerson"), L("name") }));
    if (item.performer.isEmpty())
        item.performer
            = m_tree.text(m_tree.path(assigned, { L("representedOrganization"), L("name") }));
    m_doc.items.append(item);
}

void CdaExtractor::readValue(int value, DocumentItem &item) const
{
    if (value == XmlTree::None || m_tree.hasAttribute(value, L("nullFlavor")))
        return;
    const QString type = m_tree.attribute(value, L("type"));
    if (type == L("PQ") || type == L("INT") || type == L("REAL")) {
        item.value = m_tree.attribute(value, L("value"));
        item.unit = m_tree.attribute(value, L("unit"));
        if (item.unit == L("1"))
            item.unit.clear();
    } else if (type == L("CD") || type == L("CE") || type == L("CV") || type == L("CO")) {
        item.valueCode = coded(value);
        item.value = codeText(value);
    } else if (type == L("IVL_PQ")) {
        const int low = m_tree.child(value, L("low"));
        const int high = m_tree.child(value, L("high"));
        const QString lowValue = m_tree.attribute(low, L("value"));
        const QString highValue = m_tree.attribute(high, L("value"));
        if (!lowValue.isEmpty() && !highValue.isEmpty())
            item.value = lowValue + QLatin1Char('-') + highValue;
        else if (!lowValue.isEmpty())
            item.value = QLatin1String(">=") + lowValue;
        else if (!highValue.isEmpty())
            item.value = QLatin1String("<=") + highValue;
        item.unit = m_tree.attribute(lowValue.isEmpty() ? high : low, L("unit"));
        if (item.unit == L("1"))
            item.unit.clear();
    } else {
        item.value = m_tree.text(value);
        if (item.value.isEmpty())
            item.value = m_tree.attribute(value, L("value"));
    }
}

void CdaExtractor::addResults(int main, int sectionIndex, ItemKind kind)
{
    QList<int> observations;
    QString panel;
    ClinicalDate panelStart;
    ClinicalDate panelEnd;
    if (m_tree.node(main).name == L("organizer")) {
        panel = codeText(m_tree.child(main, L("code")));
        readTime(mainTime(main), panelStart, panelEnd);
        for (int c = m_tree.firstChildElement(main); c != XmlTree::None;
             c = m_tree.nextSiblingElement(c)) {
            if (m_tree.node(c).name != L("component"))
                continue;
            const int obs = m_tree.child(c, L("observation"));
            if (obs != XmlTree::None)
                observations.append(obs);
        }
    } else if (m_tree.node(main).name == L("observation")) {
        observations.append(main);
    }
    const int group = m_groups++;
    for (int obs : observations) {
        if (m_tree.hasAttribute(obs, L("nullFlavor")))
            continue;
        DocumentItem item;
        item.kind = kind;
        item.section = sectionIndex;
        item.panel = panel;
        item.group = group;
        const int code = m_tree.child(obs, L("code"));
        item.code = coded(code);
        item.text = codeText(code);
        if (item.text.isEmpty())
            item.text = referencedText(m_tree.child(obs, L("text")));
        if (item.text.isEmpty() && item.code.code.isEmpty())
            continue;
        readTime(mainTime(obs), item.start, item.end);
        if (!item.start.isValid())
            item.start = panelStart;
        item.status = m_tree.attribute(m_tree.child(obs, L("statusCode")), L("code"));
        readValue(m_tree.child(obs, L("value")), item);
        item.interpretation
            = m_tree.attribute(m_tree.child(obs, L("interpretationCode")), L("code"));
        const int range = m_tree.path(obs, { L("referenceRange"), L("observationRange") });
        if (range != XmlTree::None) {
            const int rangeValue = m_tree.child(range, L("value"));
            if (rangeValue != XmlTree::None && !m_tree.hasAttribute(rangeValue, L("nullFlavor"))) {
                DocumentItem rangeItem;
                readValue(rangeValue, rangeItem);
                item.referenceRange = rangeItem.value;
                if (!rangeItem.unit.isEmpty())
                    item.referenceRange += QLatin1Char(' ') + rangeItem.unit;
            }
            if (item.referenceRange.isEmpty())
                item.referenceRange = referencedText(m_tree.child(range, L("text")));
        }
        if (kind == ItemKind::VitalSign)
            item.vital = item.code.family == L("regenstrief") ? vitalFromLoinc(item.code.code)
                                                              : VitalKind::Other;
        m_doc.items.append(item);
    }
}

void CdaExtractor::addEncounter(int main, int sectionIndex)
{
    DocumentItem item;
    item.kind = ItemKind::Encounter;
    item.section = sectionIndex;
    const int code = m_tree.child(main, L("code"));
    item.code = coded(code);
    item.text = codeText(code);
    if (item.text.isEmpty())
        item.text = originalText(main);
    if (item.text.isEmpty() && item.code.code.isEmpty())
        return;
    readTime(mainTime(main), item.start, item.end);
    item.status = m_tree.attribute(m_tree.child(main, L("statusCode")), L("code"));
    const int assigned = m_tree.path(main, { L("performer"), L("assignedEntity") });
    item.performer = personName(m_tree.path(assigned, { L("assignedPerson"), L("name") }));
    for (int c = m_tree.firstChildElement(main); c != XmlTree::None;
         c = m_tree.nextSiblingElement(c)) {
        if (m_tree.node(c).name == L("participant")
            && m_tree.attribute(c, L("typeCode")) == L("LOC")) {
            item.location = m_tree.text(
                m_tree.path(c, { L("participantRole"), L("playingEntity"), L("name") }));
            break;
        }
    }
    m_doc.items.append(item);
}

} // namespace hearth
