#pragma once

#include "core/documents/ClinicalDocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace hearth {

// Writes a record's items as an HL7 C-CDA R2.1 Continuity of Care Document
// that validates against the CDA R2 schema and that CdaExtractor reads back
// into the same items: one section per chosen kind, each with a narrative
// table and coded entries (RxNorm, SNOMED CT, LOINC, CVX, ICD... as the items
// carry them). A chosen kind without items is written as an empty section
// (nullFlavor "NI", "No information").
class CcdWriter
{
public:
    // `content` holds the header (patient, author) and the items; only items
    // of the kinds in `sections` are written, in the order of `sections`.
    // `now` is the document's time.
    static QByteArray write(
        const ClinicalDocument &content, const QList<ItemKind> &sections, const QDateTime &now);

    // The LOINC code written for a vital sign the record keeps without one
    // (weight, height, blood pressure, ...); empty for VitalKind::Other.
    static DocumentCode vitalCode(VitalKind kind);
};

} // namespace hearth
