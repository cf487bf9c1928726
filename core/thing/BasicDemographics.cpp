#include "core/thing/BasicDemographics.h"

#include <QStringList>

namespace hearth {

QUuid BasicDemographics::typeId()
{
    return QUuid::fromString(u"3b3e6b16-eb69-483c-8d7e-dfe116ae6092");
}

BasicDemographics::BasicDemographics()
    : TypedThing(typeId(), QStringLiteral("basic"))
{ }

std::optional<BasicDemographics> BasicDemographics::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"basic"))
        return std::nullopt;
    return BasicDemographics(std::move(thing));
}

const XmlOrder &BasicDemographics::order() const
{
    static const XmlOrder order = {
        QLatin1String("gender"),
        QLatin1String("birthyear"),
        QLatin1String("country"),
        QLatin1String("postcode"),
        QLatin1String("city"),
        QLatin1String("state"),
        QLatin1String("firstdow"),
        QLatin1String("language"),
    };
    return order;
}

QString BasicDemographics::gender() const
{
    return text(u"gender");
}

void BasicDemographics::setGender(const QString &value)
{
    setText(QStringLiteral("gender"), value);
}

std::optional<int> BasicDemographics::birthYear() const
{
    return integer(u"birthyear");
}

void BasicDemographics::setBirthYear(std::optional<int> value)
{
    setInteger(QStringLiteral("birthyear"), value);
}

std::optional<CodableValue> BasicDemographics::country() const
{
    return readValue<CodableValue>(u"country");
}

void BasicDemographics::setCountry(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("country"), value);
}

QString BasicDemographics::postcode() const
{
    return text(u"postcode");
}

void BasicDemographics::setPostcode(const QString &value)
{
    setText(QStringLiteral("postcode"), value);
}

QString BasicDemographics::city() const
{
    return text(u"city");
}

void BasicDemographics::setCity(const QString &value)
{
    setText(QStringLiteral("city"), value);
}

std::optional<CodableValue> BasicDemographics::state() const
{
    return readValue<CodableValue>(u"state");
}

void BasicDemographics::setState(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("state"), value);
}

std::optional<int> BasicDemographics::firstDayOfWeek() const
{
    return integer(u"firstdow");
}

void BasicDemographics::setFirstDayOfWeek(std::optional<int> value)
{
    setInteger(QStringLiteral("firstdow"), value);
}

QString BasicDemographics::summary() const
{
    QStringList parts;
    if (!gender().isEmpty())
        parts << gender();
    if (const auto year = birthYear())
        parts << QString::number(*year);
    if (!city().isEmpty())
        parts << city();
    return parts.join(QStringLiteral(", "));
}

} // namespace hearth
