#include "core/thing/Contact.h"

namespace hearth {

QUuid Contact::typeId()
{
    return QUuid::fromString(u"25c94a9f-9d3d-4576-96dc-6791178a8143");
}

Contact::Contact()
    : TypedThing(typeId(), QStringLiteral("person"))
{ }

std::optional<Contact> Contact::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"person"))
        return std::nullopt;
    return Contact(std::move(thing));
}

const XmlOrder &Contact::order() const
{
    static const XmlOrder order = {
        QLatin1String("name"),
        QLatin1String("organization"),
        QLatin1String("professional-training"),
        QLatin1String("id"),
        QLatin1String("contact"),
        QLatin1String("type"),
    };
    return order;
}

PersonInfo Contact::person() const
{
    return PersonInfo::read(root());
}

void Contact::setPerson(const PersonInfo &person)
{
    person.writeTo(root());
}

QString Contact::summary() const
{
    const PersonInfo info = person();
    return info.organization.isEmpty()
        ? info.name.full
        : QStringLiteral("%1 (%2)").arg(info.name.full, info.organization);
}

} // namespace hearth
