#include "core/documents/Reconciler.h"

#include <QRegularExpression>

#include <algorithm>

namespace hearth {

namespace {

QString normalisedText(const QString &text)
{
    static const QRegularExpression punctuation(
        QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    return text.toLower().replace(punctuation, QStringLiteral(" ")).simplified();
}

QStringList nameWords(const QString &name)
{
    QStringList words = normalisedText(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::sort(words.begin(), words.end());
    return words;
}

// Numbers compare by value ("88.000" == "88"), anything else as text.
bool sameValue(const QString &a, const QString &b)
{
    bool okA = false;
    bool okB = false;
    const double x = a.trimmed().toDouble(&okA);
    const double y = b.trimmed().toDouble(&okB);
    if (okA && okB)
        return qFuzzyCompare(1.0 + x, 1.0 + y);
    return normalisedText(a) == normalisedText(b);
}

bool sameOptional(const QString &a, const QString &b)
{
    // A detail only one side has is not a difference: records often hold
    // less than the document.
    return a.isEmpty() || b.isEmpty() || normalisedText(a) == normalisedText(b);
}

} // namespace

bool Reconciler::sameIdentity(const DocumentItem &a, const DocumentItem &b)
{
    if (a.kind != b.kind)
        return false;
    if (a.kind == ItemKind::Contact)
        return normalisedText(a.text) == normalisedText(b.text)
            && normalisedText(a.organization) == normalisedText(b.organization);
    if (a.kind == ItemKind::VitalSign && a.vital != b.vital)
        return false;
    const bool sameConcept = a.code.sameCode(b.code)
        || (!a.text.isEmpty() && normalisedText(a.text) == normalisedText(b.text));
    return sameConcept && a.start.sameDay(b.start);
}

QStringList Reconciler::differences(const DocumentItem &a, const DocumentItem &b)
{
    QStringList fields;
    if (!a.value.isEmpty() && !b.value.isEmpty() && !sameValue(a.value, b.value))
        fields.append(QStringLiteral("value"));
    if (!sameOptional(a.unit, b.unit))
        fields.append(QStringLiteral("unit"));
    if (!sameOptional(a.status, b.status))
        fields.append(QStringLiteral("status"));
    if (a.end.isValid() && b.end.isValid() && !a.end.sameDay(b.end))
        fields.append(QStringLiteral("end"));
    if (!sameOptional(a.dose, b.dose))
        fields.append(QStringLiteral("dose"));
    if (!sameOptional(a.route, b.route))
        fields.append(QStringLiteral("route"));
    if (!sameOptional(a.severity, b.severity))
        fields.append(QStringLiteral("severity"));
    if (a.negated != b.negated)
        fields.append(QStringLiteral("negated"));
    if (a.kind == ItemKind::Contact) {
        if (!sameOptional(a.address, b.address))
            fields.append(QStringLiteral("address"));
        if (!sameOptional(a.telephone, b.telephone))
            fields.append(QStringLiteral("telephone"));
        if (!sameOptional(a.email, b.email))
            fields.append(QStringLiteral("email"));
    }
    return fields;
}

QList<ReconcileEntry> Reconciler::classify(
    const QList<DocumentItem> &record, const QList<DocumentItem> &document)
{
    QList<ReconcileEntry> entries;
    entries.reserve(document.size());
    for (int i = 0; i < document.size(); ++i) {
        const DocumentItem &item = document.at(i);
        ReconcileEntry entry;
        entry.item = i;
        // Prefer a match without differences, then the first one.
        for (int r = 0; r < record.size(); ++r) {
            if (!sameIdentity(item, record.at(r)))
                continue;
            const QStringList diff = differences(item, record.at(r));
            if (entry.match < 0 || (diff.isEmpty() && !entry.differences.isEmpty())) {
                entry.match = r;
                entry.differences = diff;
            }
            if (diff.isEmpty())
                break;
        }
        if (entry.match >= 0)
            entry.status
                = entry.differences.isEmpty() ? ReconcileStatus::Exists : ReconcileStatus::Differs;
        // The same item twice in one document (several sections list it) is
        // offered once.
        for (int j = 0; j < i; ++j) {
            if (sameIdentity(item, document.at(j)) && differences(item, document.at(j)).isEmpty()) {
                entry.duplicateOf = j;
                break;
            }
        }
        entries.append(entry);
    }
    return entries;
}

bool Reconciler::sameName(const QString &a, const QString &b)
{
    const QStringList x = nameWords(a);
    const QStringList y = nameWords(b);
    if (x.isEmpty() || y.isEmpty())
        return true;
    // Every word of the shorter name appears in the longer one, so a missing
    // middle name is not a mismatch but another first name is.
    const QStringList &shorter = x.size() <= y.size() ? x : y;
    const QStringList &longer = x.size() <= y.size() ? y : x;
    return std::all_of(
        shorter.begin(), shorter.end(), [&](const QString &w) { return longer.contains(w); });
}

QString Reconciler::patientMismatchWarning(const QString &recordName, const DocumentHeader &header)
{
    if (sameName(recordName, header.patientName))
        return QString();
    return tr("This document is about %1, but the record is %2's. Import it into this record "
              "only if it belongs there.")
        .arg(header.patientName, recordName);
}

} // namespace hearth
