#pragma once

#include "core/documents/ClinicalDocument.h"
#include "core/thing/Thing.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hearth {

// Turns an imported document into things: the whole document as its thing
// type (CCD, CDA or CCR), and each chosen item as a typed thing (Medication,
// Allergy, Condition, Immunization, Procedure, LabTestResults, Weight,
// Height, BloodPressure, HeartRate, BloodOxygenSaturation, VitalSigns,
// Contact) whose common <source> names the document and whose
// <related-thing> points back to it. Encounters have no thing type here and
// are not converted.
class DocumentThings
{
public:
    // The document thing; `bytes` are the file as read (UTF-8 or UTF-16 with
    // a byte-order mark). Null when the bytes cannot be stored as data-xml.
    static std::optional<Thing> documentThing(
        const ClinicalDocument &document, const QByteArray &bytes, QString *error = nullptr);

    struct Converted
    {
        Thing thing;
        QList<int> items; // the document items it holds (a blood pressure holds two)
    };

    // Converts the items at `selected` (indices into document.items; all when
    // empty). `link` is the related-thing entry pointing at the stored
    // document thing (by thing id or client thing id). Items that have no
    // thing type, lack what the type requires (a weight without a day), or
    // are negated where the type cannot say so (a refused vaccine; only
    // allergies can), are left out; `skipped` receives their indices.
    static QList<Converted> itemThings(const ClinicalDocument &document, const QList<int> &selected,
        const RelatedThing &link, QList<int> *skipped = nullptr);

    // "C-CDA R2.1 CCD: Summary of care (Good Health Clinic, 2013-08-15)"
    static QString sourceText(const ClinicalDocument &document);

    // UCUM as documents write it ("[lb_av]", "[in_us]", "Cel") to the symbols
    // the unit tables read ("lb", "in", "°C").
    static QString plainUnit(const QString &unit);
};

} // namespace hearth
