#pragma once

#include <QString>

namespace hearth {

struct ClinicalDocument;

// A stable, readable text summary of an imported document: header, sections
// with their extracted counts, and one line of key fields per item. The
// golden files under tests/data/documents are in this format, and the
// command-line import prints its counts line.
namespace DocumentSummary {

QString full(const ClinicalDocument &document);
// "medication 3, allergy 2, problem 4, ..." (kinds with items only).
QString counts(const ClinicalDocument &document);

} // namespace DocumentSummary

} // namespace hearth
