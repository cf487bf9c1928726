#pragma once

#include "core/thing/XmlNode.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace hearth {

// Why a piece of thing XML was rejected, and where (1-based line and column
// of the input; 0 when the input was refused before reading).
struct ThingError
{
    QString message;
    qint64 line = 0;
    qint64 column = 0;

    QString toString() const;
};

// Reads XML into XmlNode trees with QXmlStreamReader. It never processes a
// DTD (a DOCTYPE is an error), never resolves entities other than the five
// predefined ones, refuses input above kMaxBytes before reading it, and
// refuses nesting deeper than kMaxDepth. A <date> with y, m and d children
// must be a real calendar day.
class XmlParser
{
public:
    // 32 MiB: above any thing HealthVault accepted inline (its requests and
    // responses were capped at a few MB); bigger content goes in streamed blobs.
    static constexpr qsizetype kMaxBytes = 32 * 1024 * 1024;
    static constexpr int kMaxDepth = 256;

    // A document with one root element (an optional XML declaration, BOM and
    // comments around it are allowed).
    static std::optional<XmlNode> parseDocument(QByteArrayView xml, ThingError *error);
    // Zero or more sibling elements, e.g. the content of <data-xml> (type
    // root plus <common>). Comments and whitespace between them are kept.
    static std::optional<std::vector<XmlNode>> parseFragment(QByteArrayView xml, ThingError *error);
};

} // namespace hearth
