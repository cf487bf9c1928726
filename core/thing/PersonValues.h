#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/XmlNode.h"

#include <QList>
#include <QString>

#include <optional>

namespace hearth {

// base.xsd name: the full name as shown, with optional parts.
struct PersonName
{
    QString full;
    std::optional<CodableValue> title;
    QString first;
    QString middle;
    QString last;
    std::optional<CodableValue> suffix;

    static PersonName read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// base.xsd address.
struct PostalAddress
{
    QString description;
    std::optional<bool> isPrimary;
    QStringList street;
    QString city;
    QString state;
    QString postcode;
    QString country;
    QString county;

    static PostalAddress read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// base.xsd phone and email: a number or address with a description.
struct PhoneNumber
{
    QString description;
    std::optional<bool> isPrimary;
    QString number;

    static PhoneNumber read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

struct EmailAddress
{
    QString description;
    std::optional<bool> isPrimary;
    QString address;

    static EmailAddress read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// base.xsd contact: addresses, phones and emails.
struct ContactInfo
{
    QList<PostalAddress> addresses;
    QList<PhoneNumber> phones;
    QList<EmailAddress> emails;

    bool isEmpty() const { return addresses.isEmpty() && phones.isEmpty() && emails.isEmpty(); }
    static ContactInfo read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// base.xsd person: a provider, an emergency contact, an administrator.
struct PersonInfo
{
    PersonName name;
    QString organization;
    QString professionalTraining;
    QString id;
    std::optional<ContactInfo> contact;
    std::optional<CodableValue> type;

    static PersonInfo read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// base.xsd Organization: a lab, a pharmacy, a practice.
struct OrganizationInfo
{
    QString name;
    std::optional<ContactInfo> contact;
    std::optional<CodableValue> type;
    QString website;

    static OrganizationInfo read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

} // namespace hearth
