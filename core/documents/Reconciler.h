#pragma once

#include "core/documents/ClinicalDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace hearth {

// How an item of an imported document relates to what the record has.
enum class ReconcileStatus {
    New, // nothing like it in the record
    Exists, // same code (or text) and date, and the same details
    Differs, // same code (or text) and date, but other details differ
};

struct ReconcileEntry
{
    int item = -1; // index into the document's items
    ReconcileStatus status = ReconcileStatus::New;
    int match = -1; // index into the record's items, -1 when none
    int duplicateOf = -1; // an earlier document item it repeats, -1 when none
    QStringList differences; // field names that differ: "value", "status", ...
};

// Decides, for the review before an import lands, which items of a document
// are new, already in the record, or differ from it; and warns when the
// document is for another person than the record. Pure logic: the record's
// items come in the same neutral shape as the document's.
class Reconciler
{
    Q_DECLARE_TR_FUNCTIONS(hearth::Reconciler)

public:
    static QList<ReconcileEntry> classify(
        const QList<DocumentItem> &record, const QList<DocumentItem> &document);

    // True when the two describe the same thing (kind, code or text, date).
    static bool sameIdentity(const DocumentItem &a, const DocumentItem &b);
    // Names of the detail fields that differ between two same-identity items.
    static QStringList differences(const DocumentItem &a, const DocumentItem &b);

    // Word-wise, order- and case-insensitive comparison of person names
    // ("JONES, Alice" matches "Alice Jones"); an empty name matches anything.
    static bool sameName(const QString &a, const QString &b);
    // Empty when the document's patient matches the record's name; else a
    // sentence for the user, who then chooses.
    static QString patientMismatchWarning(const QString &recordName, const DocumentHeader &header);
};

} // namespace hearth
