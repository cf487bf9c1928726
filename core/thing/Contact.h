#pragma once

#include "core/thing/PersonValues.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Contact (25c94a9f-..., "emergency or provider contact"): its root <person>
// is a base.xsd person.
class Contact : public TypedThing
{
public:
    static QUuid typeId();
    Contact();
    static std::optional<Contact> fromThing(Thing thing);

    PersonInfo person() const;
    void setPerson(const PersonInfo &person);

    // "Dr. Ada Smith (Clinic)"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit Contact(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
