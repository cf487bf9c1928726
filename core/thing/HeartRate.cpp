#include "core/thing/HeartRate.h"

#include <QCoreApplication>

namespace hearth {

QUuid HeartRate::typeId()
{
    return QUuid::fromString(u"b81eb4a6-6eac-4292-ae93-3872d6870994");
}

HeartRate::HeartRate()
    : TypedThing(typeId(), QStringLiteral("heart-rate"))
{ }

std::optional<HeartRate> HeartRate::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"heart-rate"))
        return std::nullopt;
    return HeartRate(std::move(thing));
}

const XmlOrder &HeartRate::order() const
{
    static const XmlOrder order = {
        QLatin1String("when"),
        QLatin1String("value"),
        QLatin1String("measurement-method"),
        QLatin1String("measurement-conditions"),
        QLatin1String("measurement-flags"),
    };
    return order;
}

HealthDateTime HeartRate::when() const
{
    return readValue<HealthDateTime>(u"when").value_or(HealthDateTime());
}

void HeartRate::setWhen(const HealthDateTime &value)
{
    writeValue(QStringLiteral("when"), value);
}

int HeartRate::beatsPerMinute() const
{
    return integer(u"value").value_or(int());
}

void HeartRate::setBeatsPerMinute(int value)
{
    setInteger(QStringLiteral("value"), value);
}

std::optional<CodableValue> HeartRate::measurementMethod() const
{
    return readValue<CodableValue>(u"measurement-method");
}

void HeartRate::setMeasurementMethod(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("measurement-method"), value);
}

std::optional<CodableValue> HeartRate::measurementConditions() const
{
    return readValue<CodableValue>(u"measurement-conditions");
}

void HeartRate::setMeasurementConditions(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("measurement-conditions"), value);
}

std::optional<CodableValue> HeartRate::measurementFlags() const
{
    return readValue<CodableValue>(u"measurement-flags");
}

void HeartRate::setMeasurementFlags(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("measurement-flags"), value);
}

QString HeartRate::summary() const
{
    return QCoreApplication::translate("hearth::Thing", "%1 bpm").arg(beatsPerMinute());
}

} // namespace hearth
