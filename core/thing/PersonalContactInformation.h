#pragma once

#include "core/thing/PersonValues.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Personal contact information (162dd12d-...): the record owner's addresses,
// phones and emails; root <contact> holding a base.xsd contact.
class PersonalContactInformation : public TypedThing
{
public:
    static QUuid typeId();
    PersonalContactInformation();
    static std::optional<PersonalContactInformation> fromThing(Thing thing);

    ContactInfo contact() const;
    void setContact(const ContactInfo &value);

    // the first email, phone and city
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit PersonalContactInformation(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
