#pragma once

#include "core/documents/ClinicalDocument.h"

#include <QSet>

namespace hearth {

class XmlTree;

// Turns a CDA R2 ClinicalDocument element tree (C-CDA 1.1/2.1, HL7 CCD,
// HITSP C32, other CDA) into the neutral ClinicalDocument model. Entries are
// classified by their template ids, falling back on the section's LOINC code.
class CdaExtractor
{
public:
    CdaExtractor(const XmlTree &tree, int root);
    ClinicalDocument extract();

private:
    void readHeader();
    void readBody();
    void readSection(int section);
    void readEntry(int entry, int sectionIndex, bool hasCategory, ItemKind category);

    void addMedication(int main, int sectionIndex, ItemKind kind);
    void addAllergies(int main, int sectionIndex);
    void addProblems(int main, int sectionIndex);
    void addProcedure(int main, int sectionIndex);
    void addResults(int main, int sectionIndex, ItemKind kind);
    void addEncounter(int main, int sectionIndex);
    void addContact(int assigned, const QString &role, int person, int organization);

    QStringList templateIds(int element) const;
    bool hasTemplate(int element, const QSet<QString> &roots) const;
    // Descendant elements (including `from`) named `name` with one of the templates.
    QList<int> findWithTemplate(int from, QLatin1String name, const QSet<QString> &roots) const;
    DocumentCode coded(int codeElement) const;
    // What a person reads for a coded element: displayName, then the
    // original text (following a #reference into the narrative), then a
    // translation's displayName.
    QString codeText(int codeElement) const;
    QString originalText(int element) const;
    // Text of a <text> or <originalText>: the narrative element its
    // <reference value="#id"/> points to, else its own content.
    QString referencedText(int element) const;
    void readTime(int element, ClinicalDate &start, ClinicalDate &end) const;
    int mainTime(int element) const;
    QString personName(int nameElement) const;
    QString address(int addr) const;
    void telecoms(int parent, QString &phone, QString &email) const;
    void readValue(int valueElement, DocumentItem &item) const;
    QString statusFromObservation(int from, const QSet<QString> &roots) const;

    const XmlTree &m_tree;
    int m_root;
    ClinicalDocument m_doc;
    int m_groups = 0;
};

} // namespace hearth
