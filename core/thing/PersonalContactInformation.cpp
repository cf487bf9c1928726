#include "core/thing/PersonalContactInformation.h"

#include <QStringList>

namespace hearth {

QUuid PersonalContactInformation::typeId()
{
    return QUuid::fromString(u"162dd12d-9859-4a66-b75f-96760d67072b");
}

PersonalContactInformation::PersonalContactInformation()
    : TypedThing(typeId(), QStringLiteral("contact"))
{ }

std::optional<PersonalContactInformation> PersonalContactInformation::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"contact"))
        return std::nullopt;
    return PersonalContactInformation(std::move(thing));
}

const XmlOrder &PersonalContactInformation::order() const
{
    static const XmlOrder order = {
        QLatin1String("contact"),
    };
    return order;
}

ContactInfo PersonalContactInformation::contact() const
{
    return readValue<ContactInfo>(u"contact").value_or(ContactInfo());
}

void PersonalContactInformation::setContact(const ContactInfo &value)
{
    writeValue(QStringLiteral("contact"), value);
}

QString PersonalContactInformation::summary() const
{
    const ContactInfo info = contact();
    QStringList parts;
    if (!info.emails.isEmpty())
        parts << info.emails.first().address;
    if (!info.phones.isEmpty())
        parts << info.phones.first().number;
    if (!info.addresses.isEmpty())
        parts << info.addresses.first().city;
    return parts.join(QStringLiteral(", "));
}

} // namespace hearth
