#pragma once

#include <QString>

namespace hearth {

// A code from a clinical vocabulary as a document carries it (code + code
// system OID or CCR coding-system name), with the HealthVault-style family
// and vocabulary names that Hearth stores in a codable value.
struct DocumentCode
{
    QString code;
    QString codeSystem; // OID in CDA, the CodingSystem text in CCR
    QString codeSystemName; // as the document names it, may be empty
    QString displayName;
    QString version;
    QString family; // e.g. "RxNorm", "Snomed", "regenstrief", "icd", "HL7"
    QString vocabulary; // e.g. "RxNorm Active Medicines", "SnomedComplete", "LOINC"

    bool isEmpty() const { return code.isEmpty() && displayName.isEmpty(); }
    // Short human name of the code system for display ("RxNorm", "LOINC", ...).
    QString systemLabel() const;
    // True when both carry the same code in the same vocabulary family.
    bool sameCode(const DocumentCode &other) const;

    // Builds a coded value and fills family/vocabulary from the code system.
    static DocumentCode make(const QString &code, const QString &codeSystem,
        const QString &codeSystemName, const QString &displayName,
        const QString &version = QString());
    // The code as a codable value stores it (value, family, vocabulary type):
    // a known family and vocabulary keep them, an OID or code-system name
    // as the type is looked up, anything else stays the code system.
    static DocumentCode fromStored(
        const QString &value, const QString &family, const QString &type, const QString &text);
};

// What Hearth knows of a code system, looked up by OID or by a CCR name.
struct CodeSystemInfo
{
    const char *label = nullptr;
    const char *family = nullptr;
    const char *vocabulary = nullptr;
};

// Returns the known code system for an OID ("2.16.840.1.113883.6.88") or a
// name ("RXNORM", "SNOMED CT", "ICD9CM"); label is null when unknown.
CodeSystemInfo lookupCodeSystem(const QString &oidOrName);

} // namespace hearth
