#pragma once

#include "core/documents/ClinicalDocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace hearth {

// Writes a record's items as an ASTM CCR (E2369-05) that validates against
// the CCR schema and that CcrExtractor reads back into the same items: the
// patient as an actor, one body section per chosen kind, codes as
// Code/Value/CodingSystem. CCR sections cannot be empty, so a chosen kind
// without items is left out. Negated allergies (CCR cannot say "not") and
// immunization lot numbers (no element for them) are not written.
class CcrWriter
{
public:
    // As CcdWriter::write; `skipped`, when given, receives the indices of
    // items of the chosen kinds that a CCR cannot hold.
    static QByteArray write(const ClinicalDocument &content, const QList<ItemKind> &sections,
        const QDateTime &now, QList<int> *skipped = nullptr);
};

} // namespace hearth
