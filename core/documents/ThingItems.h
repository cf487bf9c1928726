#pragma once

#include "core/documents/ClinicalDocument.h"

#include <QList>
#include <QUuid>

namespace hearth {

class Thing;

// Reads the things a record already holds back into the neutral DocumentItem
// shape, so the Reconciler can compare them with an incoming document's
// items. The inverse of DocumentThings::itemThings for the fields the
// reconciler compares (kind, code, text, dates, value, unit, status, dose,
// route, negation, contact details).
class ThingItems
{
public:
    // The thing types that hold items a document can bring.
    static QList<QUuid> types();
    // The items one thing holds: none for other types, two for a blood
    // pressure, one per result for lab results and vital signs.
    static QList<DocumentItem> fromThing(const Thing &thing);
    // A copy of the item in the form both sides are compared in: weights,
    // heights and temperatures in SI units, units implied by the kind
    // dropped, oxygen saturation in percent, the vital-signs kinds that share
    // one thing type (respiratory rate, BMI, head circumference, other) as
    // one kind.
    static DocumentItem comparable(const DocumentItem &item);
};

} // namespace hearth
