#pragma once

#include <QString>
#include <QUuid>

namespace hearth {
class XmlNode;
}

namespace hearth::vault {

// Checks the data-xml root of a thing against Hearth's definition of its
// type before the vault stores it (PutThings answers INVALID_XML otherwise):
// elements in order with their counts, numbers, booleans, ranges and
// enumerations, required attributes. The definitions cover the types that
// core/thing models with a typed class; other known types are checked by
// their root element only.
class DataXmlValidator
{
public:
    // True when typeId has element definitions here.
    static bool hasDefinition(const QUuid &typeId);
    // Empty when root is valid for typeId (or typeId has no definition);
    // else what is wrong, with the path of the element, e.g.
    // "weight/value/kg: \"heavy\" is not a number".
    static QString check(const QUuid &typeId, const XmlNode &root);
};

} // namespace hearth::vault
