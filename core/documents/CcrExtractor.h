#pragma once

#include "core/documents/ClinicalDocument.h"

#include <QHash>

namespace hearth {

class XmlTree;

// Turns an ASTM CCR (ContinuityOfCareRecord) element tree into the neutral
// ClinicalDocument model, following the HealthVault CCR input mappings for
// which element carries which value (DateTime types, actors, codes).
class CcrExtractor
{
public:
    CcrExtractor(const XmlTree &tree, int root);
    ClinicalDocument extract();

private:
    void readHeader();
    void readBody();
    int addSection(const QString &title, int element, bool hasCategory, ItemKind kind);
    void readProblem(int e, int section);
    void readAlert(int e, int section);
    void readMedication(int e, int section, ItemKind kind);
    void readProcedure(int e, int section);
    void readResult(int e, int section, ItemKind kind);
    void readEncounter(int e, int section);

    // The first Code under `element` (RxNorm/SNOMED/LOINC preferred over
    // local codes) with the element's Text as display name.
    DocumentCode describe(int element) const;
    // DateTime children: the one whose Type/Text is one of `types`
    // (lower-case), else the untyped one, else the first.
    ClinicalDate dateOf(int element, const QStringList &types, bool fallback = true) const;
    QString actorName(const QString &actorId) const;
    QString firstActorName(int element) const;
    QString textOf(int element, QLatin1String child) const;

    const XmlTree &m_tree;
    int m_root;
    ClinicalDocument m_doc;
    QHash<QString, int> m_actors;
    int m_groups = 0;
};

} // namespace hearth
