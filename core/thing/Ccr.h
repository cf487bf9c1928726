#pragma once

#include "core/thing/TypedThing.h"

namespace hearth {

// Continuity of Care Record (1e1ccbfc-...): an ASTM CCR document stored whole
// as the data-xml root (namespace urn:astm-org:CCR).
class Ccr : public TypedThing
{
public:
    static QUuid typeId();
    Ccr();
    static std::optional<Ccr> fromThing(Thing thing);

    // The whole document, as stored.
    QByteArray documentXml() const;

    // "Continuity of Care Record 2008-05-06"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit Ccr(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
