#pragma once

#include "core/thing/XmlNode.h"

#include <QList>
#include <QString>

namespace hearth {

// One code of a codable value: the value in a vocabulary (type) of a
// family ("wc", "HL7", "Snomed"), optionally versioned (base.xsd coded-value).
struct CodedValue
{
    QString value;
    QString family;
    QString type;
    QString version;

    bool operator==(const CodedValue &other) const
    {
        return value == other.value && family == other.family && type == other.type
            && version == other.version;
    }
};

// Text as the person saw it plus any number of codes (base.xsd codable-value).
struct CodableValue
{
    QString text;
    QList<CodedValue> codes;

    CodableValue() = default;
    explicit CodableValue(QString text, QList<CodedValue> codes = {})
        : text(std::move(text))
        , codes(std::move(codes))
    { }

    bool isEmpty() const { return text.isEmpty() && codes.isEmpty(); }
    // The first code of this vocabulary type, or null.
    const CodedValue *code(const QString &type) const;

    static CodableValue read(const XmlNode &element);
    // Replaces the children of element by this value.
    void writeTo(XmlNode &element) const;

    bool operator==(const CodableValue &other) const
    {
        return text == other.text && codes == other.codes;
    }
};

} // namespace hearth
