#pragma once

#include "core/thing/TypedThing.h"

namespace hearth {

// Clinical Document Architecture (1ed1cba6-...): any HL7 CDA document, stored
// whole as the data-xml root.
class Cda : public TypedThing
{
public:
    static QUuid typeId();
    Cda();
    static std::optional<Cda> fromThing(Thing thing);

    // The whole document, as stored.
    QByteArray documentXml() const;

    // the document title, else "Clinical document"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit Cda(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
