#pragma once

#include <QByteArray>
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
    // The same definition as an XML Schema document whose root element is in
    // namespace (the type's schema namespace; its descendants unqualified,
    // as in HealthVault's schemas), for GetThingType's xsd section. Attributes
    // the definition does not name are allowed, as check() allows them. Empty
    // when typeId has no definition.
    static QByteArray schema(const QUuid &typeId, const QString &targetNamespace);
};

} // namespace hearth::vault
