#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace hearth {

class Thing;

// What Hearth knows about one HealthVault thing type (from the official
// type reference and schemas).
struct ThingTypeInfo
{
    QUuid id;
    QString name;
    int version = 0; // 0 where the reference gives none
    QString rootElement;
    QString schemaFile; // in reference/healthvault/xsd/
    QString schemaNamespace; // target namespace of the type root
    // Child of the root that holds the effective date; empty when the type
    // has none and the created date stands in.
    QString effectiveDateElement;
    bool hasTypedClass = false; // a class in core/thing models it
};

// The thing types of HealthVault: ids, names, roots, schemas, how each gets
// its effective date and its one-line summary.
class ThingTypeRegistry
{
public:
    static const QList<ThingTypeInfo> &all();
    // Null when id is not a known type; ids compare case-insensitively.
    static const ThingTypeInfo *find(const QUuid &id);
    // The newest version of the type id belongs to (itself when newest).
    static const ThingTypeInfo *newestVersion(const QUuid &id);

    // The effective date by the type's rule (the "when" of a weight, the
    // onset of a condition, ...), else the created timestamp, else invalid.
    static QDateTime effectiveDate(const Thing &thing);
    // One line for lists: "72.5 kg", "120/80 mmHg", "Lisinopril 10 mg once
    // daily"; the type name for types without a typed class.
    static QString summary(const Thing &thing);
};

} // namespace hearth
