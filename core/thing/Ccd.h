#pragma once

#include "core/thing/TypedThing.h"

namespace hearth {

// Continuity of Care Document (9c48a2b8-...): an HL7 CDA document following
// the CCD template, stored whole as the data-xml root.
class Ccd : public TypedThing
{
public:
    static QUuid typeId();
    Ccd();
    static std::optional<Ccd> fromThing(Thing thing);

    // The whole document, as stored.
    QByteArray documentXml() const;

    // the document title, else "Continuity of Care Document"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit Ccd(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
