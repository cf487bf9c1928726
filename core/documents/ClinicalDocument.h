#pragma once

#include "core/documents/ClinicalDate.h"
#include "core/documents/DocumentCode.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hearth {

// The kinds of discrete items Hearth extracts from a clinical document; each
// maps to one thing type once reconciled into a record.
enum class ItemKind {
    Medication,
    Allergy,
    Problem,
    Immunization,
    Procedure,
    LabResult,
    VitalSign,
    Encounter,
    Contact,
};

// Which vital sign a VitalSign item measures (from its LOINC code).
enum class VitalKind {
    None,
    Weight,
    Height,
    Systolic,
    Diastolic,
    HeartRate,
    Temperature,
    OxygenSaturation,
    RespiratoryRate,
    BodyMassIndex,
    HeadCircumference,
    Other,
};

// One extracted item, in a neutral shape shared by CDA and CCR. Fields that
// do not apply to the kind stay empty.
struct DocumentItem
{
    ItemKind kind = ItemKind::Medication;
    int section = -1; // index into ClinicalDocument::sections, -1 for header items
    QString text; // what a person reads: drug, allergen, problem, test or contact name
    DocumentCode code; // the concept: drug, allergen, problem, vaccine, test, vital, encounter type
    ClinicalDate start; // effective, onset, administration or measurement time
    ClinicalDate end; // stop / resolution date
    QString status; // e.g. "active", "completed", "resolved"
    bool negated = false; // "no known allergies", vaccine refused, ...

    // Measurements (results and vital signs).
    QString value;
    QString unit;
    DocumentCode valueCode; // coded result, problem type, allergy type
    QString referenceRange;
    QString interpretation; // e.g. "H", "L", "N"
    QString panel; // the result organizer / panel it belongs to
    VitalKind vital = VitalKind::None;
    int group = -1; // items measured together (a vital-signs organizer) share it

    // Medications and immunizations.
    QString dose;
    QString route;
    QString lotNumber;

    // Allergies.
    QStringList reactions;
    QString severity;

    // Encounters and procedures.
    QString performer;
    QString location;

    // Contacts (the author and custodian).
    QString role; // "author", "custodian"
    QString organization;
    QString address;
    QString telephone;
    QString email;
};

// One section of the document: its code and title, and the narrative block
// kept as XML (rendered by NarrativeRenderer) for reading.
struct DocumentSection
{
    DocumentCode code;
    QString title;
    ItemKind category = ItemKind::Contact; // Contact means "no extracted kind"
    bool hasCategory = false;
    bool nullFlavored = false; // the section says it has no information
    QString narrativeXml; // CDA <text> content or CCR text, as well-formed XML
};

// The document header.
struct DocumentHeader
{
    QString title;
    ClinicalDate date;
    QString patientGiven;
    QString patientFamily;
    QString patientName; // as displayed: "given family"
    ClinicalDate patientBirth;
    QString patientGender; // "F", "M", "UN" or the text the document has
    QString author; // person or organization that wrote it
    QString custodian;
    DocumentCode documentType;
    QString documentId;
};

// What kind of document it is, decided from the content.
enum class DocumentFormat { Cda, Ccr };

// The whole document in Hearth's neutral model.
struct ClinicalDocument
{
    DocumentFormat format = DocumentFormat::Cda;
    // What the content says it is: "C-CDA R2.1 CCD", "C-CDA R1.1 Referral Note",
    // "HITSP C32", "HL7 CCD", "CDA R2", "ASTM CCR".
    QString profile;
    // The HealthVault-style thing type to store the whole document as.
    enum class ThingKind { Ccd, Cda, Ccr } thingKind = ThingKind::Cda;
    DocumentHeader header;
    QList<DocumentSection> sections;
    QList<DocumentItem> items;
    // An unstructured body (nonXMLBody): its media type, and whether it is
    // carried inline (base64 or text) or referenced.
    QString unstructuredMediaType;
    bool unstructuredInline = false;

    int count(ItemKind kind) const;
};

// Lower-case English name of a kind, stable for golden files and logs.
QString itemKindName(ItemKind kind);
QString vitalKindName(VitalKind kind);

} // namespace hearth
