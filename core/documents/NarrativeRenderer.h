#pragma once

#include <QCoreApplication>
#include <QString>

namespace hearth {

struct ClinicalDocument;

// Renders clinical documents for reading: the CDA narrative block
// (paragraph, content, list, table, br, sub/sup, footnotes...) to a small,
// safe HTML vocabulary of Hearth's own, and a whole document to one HTML
// page (header, sections with their narrative, the extracted entries beside
// it). Everything from the document is escaped; no script, no link, no
// external stylesheet or image is ever emitted.
class NarrativeRenderer
{
    Q_DECLARE_TR_FUNCTIONS(hearth::NarrativeRenderer)

public:
    // `narrativeXml` as DocumentSection::narrativeXml holds it.
    static QString renderNarrative(const QString &narrativeXml);
    static QString renderDocument(const ClinicalDocument &document);
    static QString escape(const QString &text);
};

} // namespace hearth
