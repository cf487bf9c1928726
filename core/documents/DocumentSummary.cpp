#include "core/documents/DocumentSummary.h"

#include "core/documents/ClinicalDocument.h"

#include <QStringList>

namespace hearth::DocumentSummary {

namespace {

const ItemKind kKinds[] = {
    ItemKind::Medication,
    ItemKind::Allergy,
    ItemKind::Problem,
    ItemKind::Immunization,
    ItemKind::Procedure,
    ItemKind::LabResult,
    ItemKind::VitalSign,
    ItemKind::Encounter,
    ItemKind::Contact,
};

QString quoted(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('"'), QLatin1Char('\''));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

QString codeText(const DocumentCode &code)
{
    if (code.code.isEmpty())
        return QString();
    return code.systemLabel() + QLatin1Char(':') + code.code;
}

void field(QStringList &parts, const char *name, const QString &value)
{
    if (!value.isEmpty())
        parts.append(QLatin1String(name) + QLatin1Char('=') + value);
}

QString itemLine(const DocumentItem &item)
{
    QStringList parts;
    parts.append(itemKindName(item.kind) + QLatin1Char(':'));
    parts.append(quoted(item.text));
    field(parts, "code", codeText(item.code));
    field(parts, "role", item.role);
    field(parts, "vital", vitalKindName(item.vital));
    field(parts, "start", item.start.toIso());
    field(parts, "end", item.end.toIso());
    field(parts, "status", item.status);
    if (item.negated)
        parts.append(QStringLiteral("negated"));
    if (!item.value.isEmpty())
        parts.append(QStringLiteral("value=")
            + quoted(item.unit.isEmpty() ? item.value : item.value + QLatin1Char(' ') + item.unit));
    field(parts, "value-code", codeText(item.valueCode));
    if (!item.referenceRange.isEmpty())
        parts.append(QStringLiteral("range=") + quoted(item.referenceRange));
    field(parts, "flag", item.interpretation);
    if (!item.panel.isEmpty())
        parts.append(QStringLiteral("panel=") + quoted(item.panel));
    if (!item.dose.isEmpty())
        parts.append(QStringLiteral("dose=") + quoted(item.dose));
    if (!item.route.isEmpty())
        parts.append(QStringLiteral("route=") + quoted(item.route));
    field(parts, "lot", item.lotNumber);
    if (!item.reactions.isEmpty())
        parts.append(
            QStringLiteral("reactions=") + quoted(item.reactions.join(QLatin1String("; "))));
    if (!item.severity.isEmpty())
        parts.append(QStringLiteral("severity=") + quoted(item.severity));
    if (!item.performer.isEmpty())
        parts.append(QStringLiteral("performer=") + quoted(item.performer));
    if (!item.location.isEmpty())
        parts.append(QStringLiteral("location=") + quoted(item.location));
    if (!item.organization.isEmpty() && item.organization != item.text)
        parts.append(QStringLiteral("organization=") + quoted(item.organization));
    if (!item.address.isEmpty())
        parts.append(QStringLiteral("address=") + quoted(item.address));
    field(parts, "phone", item.telephone);
    field(parts, "email", item.email);
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString counts(const ClinicalDocument &document)
{
    QStringList parts;
    for (ItemKind kind : kKinds) {
        const int n = document.count(kind);
        if (n > 0)
            parts.append(itemKindName(kind) + QLatin1Char(' ') + QString::number(n));
    }
    return parts.isEmpty() ? QStringLiteral("no items") : parts.join(QLatin1String(", "));
}

QString full(const ClinicalDocument &document)
{
    QStringList lines;
    const DocumentHeader &h = document.header;
    lines.append(QStringLiteral("format: ")
        + (document.format == DocumentFormat::Cda ? QStringLiteral("CDA") : QStringLiteral("CCR")));
    lines.append(QStringLiteral("profile: ") + document.profile);
    static const char *const thingNames[] = { "CCD", "CDA", "CCR" };
    lines.append(
        QStringLiteral("thing-type: ") + QLatin1String(thingNames[int(document.thingKind)]));
    lines.append(QStringLiteral("title: ") + h.title);
    lines.append(QStringLiteral("date: ") + h.date.toIso());
    lines.append(QStringLiteral("type: ") + codeText(h.documentType));
    lines.append(QStringLiteral("patient: ") + quoted(h.patientName) + QStringLiteral(" given=")
        + quoted(h.patientGiven) + QStringLiteral(" family=") + quoted(h.patientFamily)
        + QStringLiteral(" birth=") + h.patientBirth.toIso() + QStringLiteral(" gender=")
        + h.patientGender);
    lines.append(QStringLiteral("author: ") + h.author);
    lines.append(QStringLiteral("custodian: ") + h.custodian);
    if (!document.unstructuredMediaType.isEmpty()) {
        lines.append(QStringLiteral("unstructured-body: ") + document.unstructuredMediaType
            + (document.unstructuredInline ? QStringLiteral(" inline")
                                           : QStringLiteral(" referenced")));
    }
    lines.append(QStringLiteral("counts: ") + counts(document));
    lines.append(QStringLiteral("sections: ") + QString::number(document.sections.size()));
    for (int i = 0; i < document.sections.size(); ++i) {
        const DocumentSection &s = document.sections.at(i);
        int n = 0;
        for (const DocumentItem &item : document.items) {
            if (item.section == i)
                ++n;
        }
        QString line = QStringLiteral("  section ") + QString::number(i) + QLatin1Char(' ')
            + (s.code.code.isEmpty() ? QStringLiteral("-") : s.code.code) + QLatin1Char(' ')
            + quoted(s.title);
        if (s.hasCategory)
            line += QLatin1Char(' ') + itemKindName(s.category);
        line += QStringLiteral(" items=") + QString::number(n);
        if (s.nullFlavored)
            line += QStringLiteral(" no-information");
        lines.append(line);
    }
    lines.append(QStringLiteral("items:"));
    for (const DocumentItem &item : document.items)
        lines.append(QStringLiteral("  ") + itemLine(item));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace hearth::DocumentSummary
