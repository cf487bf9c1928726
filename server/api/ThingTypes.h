#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace hearth::vault {

// The HealthVault thing types the vault knows (type id, name, data-xml root
// element), from the docs' type index.
struct ThingTypeInfo
{
    QUuid id;
    QString name;
    QString root; // empty: any root (e.g. the base type)
};

class ThingTypes
{
public:
    // Nullptr for a type id the vault does not know.
    static const ThingTypeInfo *find(const QUuid &id);
    // Every known type, in the order of the docs' type index.
    static const QList<ThingTypeInfo> &all();
};

} // namespace hearth::vault
