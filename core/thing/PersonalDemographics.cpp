#include "core/thing/PersonalDemographics.h"

namespace hearth {

QUuid PersonalDemographics::typeId()
{
    return QUuid::fromString(u"92ba621e-66b3-4a01-bd73-74844aed4f5b");
}

PersonalDemographics::PersonalDemographics()
    : TypedThing(typeId(), QStringLiteral("personal"))
{ }

std::optional<PersonalDemographics> PersonalDemographics::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"personal"))
        return std::nullopt;
    return PersonalDemographics(std::move(thing));
}

const XmlOrder &PersonalDemographics::order() const
{
    static const XmlOrder order = {
        QLatin1String("name"),
        QLatin1String("birthdate"),
        QLatin1String("blood-type"),
        QLatin1String("ethnicity"),
        QLatin1String("ssn"),
        QLatin1String("marital-status"),
        QLatin1String("employment-status"),
        QLatin1String("is-deceased"),
        QLatin1String("date-of-death"),
        QLatin1String("religion"),
        QLatin1String("is-veteran"),
        QLatin1String("highest-education-level"),
        QLatin1String("is-disabled"),
        QLatin1String("organ-donor"),
    };
    return order;
}

std::optional<PersonName> PersonalDemographics::name() const
{
    return readValue<PersonName>(u"name");
}

void PersonalDemographics::setName(const std::optional<PersonName> &value)
{
    writeValue(QStringLiteral("name"), value);
}

std::optional<HealthDateTime> PersonalDemographics::birthDate() const
{
    return readValue<HealthDateTime>(u"birthdate");
}

void PersonalDemographics::setBirthDate(const std::optional<HealthDateTime> &value)
{
    writeValue(QStringLiteral("birthdate"), value);
}

std::optional<CodableValue> PersonalDemographics::bloodType() const
{
    return readValue<CodableValue>(u"blood-type");
}

void PersonalDemographics::setBloodType(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("blood-type"), value);
}

std::optional<CodableValue> PersonalDemographics::ethnicity() const
{
    return readValue<CodableValue>(u"ethnicity");
}

void PersonalDemographics::setEthnicity(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("ethnicity"), value);
}

QString PersonalDemographics::ssn() const
{
    return text(u"ssn");
}

void PersonalDemographics::setSsn(const QString &value)
{
    setText(QStringLiteral("ssn"), value);
}

std::optional<CodableValue> PersonalDemographics::maritalStatus() const
{
    return readValue<CodableValue>(u"marital-status");
}

void PersonalDemographics::setMaritalStatus(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("marital-status"), value);
}

QString PersonalDemographics::employmentStatus() const
{
    return text(u"employment-status");
}

void PersonalDemographics::setEmploymentStatus(const QString &value)
{
    setText(QStringLiteral("employment-status"), value);
}

std::optional<bool> PersonalDemographics::isDeceased() const
{
    return boolean(u"is-deceased");
}

void PersonalDemographics::setIsDeceased(std::optional<bool> value)
{
    setBoolean(QStringLiteral("is-deceased"), value);
}

std::optional<ApproxDateTime> PersonalDemographics::dateOfDeath() const
{
    return readValue<ApproxDateTime>(u"date-of-death");
}

void PersonalDemographics::setDateOfDeath(const std::optional<ApproxDateTime> &value)
{
    writeValue(QStringLiteral("date-of-death"), value);
}

std::optional<CodableValue> PersonalDemographics::religion() const
{
    return readValue<CodableValue>(u"religion");
}

void PersonalDemographics::setReligion(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("religion"), value);
}

std::optional<bool> PersonalDemographics::isVeteran() const
{
    return boolean(u"is-veteran");
}

void PersonalDemographics::setIsVeteran(std::optional<bool> value)
{
    setBoolean(QStringLiteral("is-veteran"), value);
}

std::optional<CodableValue> PersonalDemographics::highestEducationLevel() const
{
    return readValue<CodableValue>(u"highest-education-level");
}

void PersonalDemographics::setHighestEducationLevel(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("highest-education-level"), value);
}

std::optional<bool> PersonalDemographics::isDisabled() const
{
    return boolean(u"is-disabled");
}

void PersonalDemographics::setIsDisabled(std::optional<bool> value)
{
    setBoolean(QStringLiteral("is-disabled"), value);
}

QString PersonalDemographics::organDonor() const
{
    return text(u"organ-donor");
}

void PersonalDemographics::setOrganDonor(const QString &value)
{
    setText(QStringLiteral("organ-donor"), value);
}

QString PersonalDemographics::summary() const
{
    const QString who = name() ? name()->full : QString();
    const auto born = birthDate();
    return born ? QStringLiteral("%1, %2").arg(who, born->date.toString(Qt::ISODate)) : who;
}

} // namespace hearth
