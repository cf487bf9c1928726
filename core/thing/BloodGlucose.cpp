#include "core/thing/BloodGlucose.h"

namespace hearth {

QUuid BloodGlucose::typeId()
{
    return QUuid::fromString(u"879e7c04-4e8a-4707-9ad3-b054df467ce4");
}

BloodGlucose::BloodGlucose()
    : TypedThing(typeId(), QStringLiteral("blood-glucose"))
{ }

std::optional<BloodGlucose> BloodGlucose::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"blood-glucose"))
        return std::nullopt;
    return BloodGlucose(std::move(thing));
}

const XmlOrder &BloodGlucose::order() const
{
    static const XmlOrder order = {
        QLatin1String("when"),
        QLatin1String("value"),
        QLatin1String("glucose-measurement-type"),
        QLatin1String("outside-operating-temp"),
        QLatin1String("is-control-test"),
        QLatin1String("normalcy"),
        QLatin1String("measurement-context"),
    };
    return order;
}

HealthDateTime BloodGlucose::when() const
{
    return readValue<HealthDateTime>(u"when").value_or(HealthDateTime());
}

void BloodGlucose::setWhen(const HealthDateTime &value)
{
    writeValue(QStringLiteral("when"), value);
}

BloodGlucoseValue BloodGlucose::value() const
{
    return readValue<BloodGlucoseValue>(u"value").value_or(BloodGlucoseValue());
}

void BloodGlucose::setValue(const BloodGlucoseValue &value)
{
    writeValue(QStringLiteral("value"), value);
}

CodableValue BloodGlucose::measurementType() const
{
    return readValue<CodableValue>(u"glucose-measurement-type").value_or(CodableValue());
}

void BloodGlucose::setMeasurementType(const CodableValue &value)
{
    writeValue(QStringLiteral("glucose-measurement-type"), value);
}

std::optional<bool> BloodGlucose::outsideOperatingTemperature() const
{
    return boolean(u"outside-operating-temp");
}

void BloodGlucose::setOutsideOperatingTemperature(std::optional<bool> value)
{
    setBoolean(QStringLiteral("outside-operating-temp"), value);
}

std::optional<bool> BloodGlucose::isControlTest() const
{
    return boolean(u"is-control-test");
}

void BloodGlucose::setIsControlTest(std::optional<bool> value)
{
    setBoolean(QStringLiteral("is-control-test"), value);
}

std::optional<int> BloodGlucose::normalcy() const
{
    return integer(u"normalcy");
}

void BloodGlucose::setNormalcy(std::optional<int> value)
{
    setInteger(QStringLiteral("normalcy"), value);
}

std::optional<CodableValue> BloodGlucose::measurementContext() const
{
    return readValue<CodableValue>(u"measurement-context");
}

void BloodGlucose::setMeasurementContext(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("measurement-context"), value);
}

QString BloodGlucose::summary() const
{
    return value().toString();
}

} // namespace hearth
