#include "core/documents/DocumentCode.h"

#include <QHash>

namespace hearth {

namespace {

struct KnownSystem
{
    const char *oid;
    const char *names; // '|'-separated lower-case names used by CCR and codeSystemName
    CodeSystemInfo info;
};

// The vocabularies that clinical documents use for the items Hearth extracts.
// Families and vocabularies follow the HealthVault vocabulary catalogue where
// it has one (RxNorm, Snomed, regenstrief/LOINC, icd/icd9cm, HL7/vaccines-cvx).
const KnownSystem kSystems[] = {
    { "2.16.840.1.113883.6.88", "rxnorm|rx norm",
        { "RxNorm", "RxNorm", "RxNorm Active Medicines" } },
    { "2.16.840.1.113883.6.96", "snomed ct|snomedct|snomed-ct|snomed|sct",
        { "SNOMED CT", "Snomed", "SnomedComplete" } },
    { "2.16.840.1.113883.6.1", "loinc", { "LOINC", "regenstrief", "LOINC" } },
    { "2.16.840.1.113883.6.103", "icd9|icd9cm|icd-9-cm|icd-9|icd9-cm",
        { "ICD-9-CM", "icd", "icd9cm" } },
    { "2.16.840.1.113883.6.104", "icd-9-cm procedures|icd9pcs",
        { "ICD-9-CM procedures", "icd", "icd9cm-procedures" } },
    { "2.16.840.1.113883.6.90", "icd10cm|icd-10-cm|icd10-cm", { "ICD-10-CM", "icd", "icd10cm" } },
    { "2.16.840.1.113883.6.3", "icd10|icd-10", { "ICD-10", "icd", "icd10" } },
    { "2.16.840.1.113883.6.4", "icd10pcs|icd-10-pcs", { "ICD-10-PCS", "icd", "icd10pcs" } },
    { "2.16.840.1.113883.12.292", "cvx", { "CVX", "HL7", "vaccines-cvx" } },
    // The CVX OID that HITSP C32 documents used before 12.292.
    { "2.16.840.1.113883.6.59", "", { "CVX", "HL7", "vaccines-cvx" } },
    { "2.16.840.1.113883.12.227", "mvx", { "MVX", "HL7", "vaccine-manufacturers-mvx" } },
    { "2.16.840.1.113883.6.69", "ndc", { "NDC", "FDA", "NDC" } },
    { "2.16.840.1.113883.6.12", "cpt|cpt-4|cpt4", { "CPT-4", "AMA", "CPT" } },
    { "2.16.840.1.113883.6.285", "hcpcs", { "HCPCS", "CMS", "HCPCS" } },
    { "2.16.840.1.113883.4.9", "unii", { "UNII", "FDA", "UNII" } },
    { "2.16.840.1.113883.3.26.1.1", "nci thesaurus|ncit|nci",
        { "NCI Thesaurus", "NCI", "NCI Thesaurus" } },
    { "2.16.840.1.113883.6.8", "ucum", { "UCUM", "UCUM", "UCUM" } },
    { "2.16.840.1.113883.5.4", "actcode", { "HL7 ActCode", "HL7", "ActCode" } },
    { "2.16.840.1.113883.5.1", "administrativegender|hl7 administrativegender",
        { "HL7 AdministrativeGender", "HL7", "AdministrativeGender" } },
    { "2.16.840.1.113883.5.83", "observationinterpretation",
        { "HL7 ObservationInterpretation", "HL7", "ObservationInterpretation" } },
    { "2.16.840.1.113883.5.112", "routeofadministration",
        { "HL7 RouteOfAdministration", "HL7", "RouteOfAdministration" } },
    { "2.16.840.1.113883.6.238", "cdc race and ethnicity|race & ethnicity - cdc",
        { "CDC Race and Ethnicity", "CDC", "Race and Ethnicity" } },
    { "2.16.840.1.113883.6.101", "nucc|nucc health care provider taxonomy",
        { "NUCC provider taxonomy", "NUCC", "Provider Taxonomy" } },
    { "2.16.840.1.113883.6.259", "healthcareservicelocation|hsloc",
        { "HL7 HealthcareServiceLocation", "HL7", "HealthcareServiceLocation" } },
    { "1.2.840.10008.2.16.4", "dcm|dicom", { "DICOM", "dicom", "DCM" } },
};

QString normalisedName(const QString &name)
{
    return name.trimmed().toLower();
}

} // namespace

CodeSystemInfo lookupCodeSystem(const QString &oidOrName)
{
    static const auto index = [] {
        QHash<QString, const CodeSystemInfo *> map;
        for (const KnownSystem &s : kSystems) {
            map.insert(QString::fromLatin1(s.oid), &s.info);
            const QStringList names = QString::fromLatin1(s.names).split(QLatin1Char('|'));
            for (const QString &n : names) {
                if (!n.isEmpty())
                    map.insert(n, &s.info);
            }
        }
        return map;
    }();
    if (oidOrName.trimmed().isEmpty())
        return CodeSystemInfo();
    auto it = index.constFind(oidOrName);
    if (it == index.constEnd())
        it = index.constFind(normalisedName(oidOrName));
    return it == index.constEnd() ? CodeSystemInfo() : **it;
}

QString DocumentCode::systemLabel() const
{
    const CodeSystemInfo info = lookupCodeSystem(codeSystem);
    if (info.label)
        return QString::fromLatin1(info.label);
    if (!codeSystemName.isEmpty())
        return codeSystemName;
    return codeSystem;
}

bool DocumentCode::sameCode(const DocumentCode &other) const
{
    if (code.isEmpty() || other.code.isEmpty())
        return false;
    if (code.compare(other.code, Qt::CaseInsensitive) != 0)
        return false;
    if (!vocabulary.isEmpty() || !other.vocabulary.isEmpty())
        return family == other.family && vocabulary == other.vocabulary;
    return codeSystem == other.codeSystem;
}

DocumentCode DocumentCode::make(const QString &code, const QString &codeSystem,
    const QString &codeSystemName, const QString &displayName, const QString &version)
{
    DocumentCode value;
    value.code = code.trimmed();
    value.codeSystem = codeSystem.trimmed();
    value.codeSystemName = codeSystemName.trimmed();
    value.displayName = displayName.simplified();
    value.version = version.trimmed();
    CodeSystemInfo info = lookupCodeSystem(value.codeSystem);
    if (!info.label && !value.codeSystemName.isEmpty())
        info = lookupCodeSystem(value.codeSystemName);
    if (info.label) {
        value.family = QString::fromLatin1(info.family);
        value.vocabulary = QString::fromLatin1(info.vocabulary);
    }
    return value;
}

DocumentCode DocumentCode::fromStored(
    const QString &value, const QString &family, const QString &type, const QString &text)
{
    for (const KnownSystem &s : kSystems) {
        if (family == QLatin1String(s.info.family) && type == QLatin1String(s.info.vocabulary))
            return make(value, QString::fromLatin1(s.oid), QString(), text);
    }
    if (lookupCodeSystem(type).label)
        return make(value, type, QString(), text);
    DocumentCode code;
    code.code = value.trimmed();
    code.codeSystem = type;
    code.codeSystemName = family;
    code.displayName = text.simplified();
    return code;
}

} // namespace hearth
