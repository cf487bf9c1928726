#include "core/thing/PersonValues.h"

namespace hearth {

namespace {

void appendText(XmlNode &element, const char *name, const QString &text)
{
    element.appendChild(XmlNode(QString::fromLatin1(name))).setText(text);
}

void appendOptionalText(XmlNode &element, const char *name, const QString &text)
{
    if (!text.isEmpty())
        appendText(element, name, text);
}

std::optional<bool> readBool(const XmlNode &element, QStringView name)
{
    const XmlNode *node = element.child(name);
    if (!node)
        return std::nullopt;
    const QString text = node->text().trimmed();
    return text == u"true" || text == u"1";
}

void appendBool(XmlNode &element, const char *name, std::optional<bool> value)
{
    if (value)
        appendText(element, name, *value ? QStringLiteral("true") : QStringLiteral("false"));
}

std::optional<CodableValue> readCodable(const XmlNode &element, QStringView name)
{
    const XmlNode *node = element.child(name);
    return node ? std::optional<CodableValue>(CodableValue::read(*node)) : std::nullopt;
}

void appendCodable(XmlNode &element, const char *name, const std::optional<CodableValue> &value)
{
    if (value)
        value->writeTo(element.appendChild(XmlNode(QString::fromLatin1(name))));
}

} // namespace

PersonName PersonName::read(const XmlNode &element)
{
    PersonName result;
    result.full = element.childText(u"full");
    result.title = readCodable(element, u"title");
    result.first = element.childText(u"first");
    result.middle = element.childText(u"middle");
    result.last = element.childText(u"last");
    result.suffix = readCodable(element, u"suffix");
    return result;
}

void PersonName::writeTo(XmlNode &element) const
{
    element.children().clear();
    appendText(element, "full", full);
    appendCodable(element, "title", title);
    appendOptionalText(element, "first", first);
    appendOptionalText(element, "middle", middle);
    appendOptionalText(element, "last", last);
    appendCodable(element, "suffix", suffix);
}

PostalAddress PostalAddress::read(const XmlNode &element)
{
    PostalAddress result;
    result.description = element.childText(u"description");
    result.isPrimary = readBool(element, u"is-primary");
    for (const XmlNode *street : element.childElements(u"street"))
        result.street.append(street->text());
    result.city = element.childText(u"city");
    result.state = element.childText(u"state");
    result.postcode = element.childText(u"postcode");
    result.country = element.childText(u"country");
    result.county = element.childText(u"county");
    return result;
}

void PostalAddress::writeTo(XmlNode &element) const
{
    element.children().clear();
    appendOptionalText(element, "description", description);
    appendBool(element, "is-primary", isPrimary);
    for (const QString &line : street)
        appendText(element, "street", line);
    if (street.isEmpty())
        appendText(element, "street", QString());
    appendText(element, "city", city);
    appendOptionalText(element, "state", state);
    appendText(element, "postcode", postcode);
    appendText(element, "country", country);
    appendOptionalText(element, "county", county);
}

PhoneNumber PhoneNumber::read(const XmlNode &element)
{
    return { element.childText(u"description"), readBool(element, u"is-primary"),
        element.childText(u"number") };
}

void PhoneNumber::writeTo(XmlNode &element) const
{
    element.children().clear();
    appendOptionalText(element, "description", description);
    appendBool(element, "is-primary", isPrimary);
    appendText(element, "number", number);
}

EmailAddress EmailAddress::read(const XmlNode &element)
{
    return { element.childText(u"description"), readBool(element, u"is-primary"),
        element.childText(u"address") };
}

void EmailAddress::writeTo(XmlNode &element) const
{
    element.children().clear();
    appendOptionalText(element, "description", description);
    appendBool(element, "is-primary", isPrimary);
    appendText(element, "address", address);
}

ContactInfo ContactInfo::read(const XmlNode &element)
{
    ContactInfo result;
    for (const XmlNode *a : element.childElements(u"address"))
        result.addresses.append(PostalAddress::read(*a));
    for (const XmlNode *p : element.childElements(u"phone"))
        result.phones.append(PhoneNumber::read(*p));
    for (const XmlNode *e : element.childElements(u"email"))
        result.emails.append(EmailAddress::read(*e));
    return result;
}

void ContactInfo::writeTo(XmlNode &element) const
{
    element.children().clear();
    for (const PostalAddress &a : addresses)
        a.writeTo(element.appendChild(XmlNode(QStringLiteral("address"))));
    for (const PhoneNumber &p : phones)
        p.writeTo(element.appendChild(XmlNode(QStringLiteral("phone"))));
    for (const EmailAddress &e : emails)
        e.writeTo(element.appendChild(XmlNode(QStringLiteral("email"))));
}

PersonInfo PersonInfo::read(const XmlNode &element)
{
    PersonInfo result;
    if (const XmlNode *name = element.child(u"name"))
        result.name = PersonName::read(*name);
    result.organization = element.childText(u"organization");
    result.professionalTraining = element.childText(u"professional-training");
    result.id = element.childText(u"id");
    if (const XmlNode *contact = element.child(u"contact"))
        result.contact = ContactInfo::read(*contact);
    result.type = readCodable(element, u"type");
    return result;
}

void PersonInfo::writeTo(XmlNode &element) const
{
    element.children().clear();
    name.writeTo(element.appendChild(XmlNode(QStringLiteral("name"))));
    appendOptionalText(element, "organization", organization);
    appendOptionalText(element, "professional-training", professionalTraining);
    appendOptionalText(element, "id", id);
    if (contact)
        contact->writeTo(element.appendChild(XmlNode(QStringLiteral("contact"))));
    appendCodable(element, "type", type);
}

OrganizationInfo OrganizationInfo::read(const XmlNode &element)
{
    OrganizationInfo result;
    result.name = element.childText(u"name");
    if (const XmlNode *contact = element.child(u"contact"))
        result.contact = ContactInfo::read(*contact);
    result.type = readCodable(element, u"type");
    result.website = element.childText(u"website");
    return result;
}

void OrganizationInfo::writeTo(XmlNode &element) const
{
    element.children().clear();
    appendText(element, "name", name);
    if (contact)
        contact->writeTo(element.appendChild(XmlNode(QStringLiteral("contact"))));
    appendCodable(element, "type", type);
    appendOptionalText(element, "website", website);
}

} // namespace hearth
