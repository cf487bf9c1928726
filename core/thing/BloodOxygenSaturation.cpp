#include "core/thing/BloodOxygenSaturation.h"

#include "core/thing/Units.h"

#include <QCoreApplication>

namespace hearth {

QUuid BloodOxygenSaturation::typeId()
{
    return QUuid::fromString(u"3a54f95f-03d8-4f62-815f-f691fc94a500");
}

BloodOxygenSaturation::BloodOxygenSaturation()
    : TypedThing(typeId(), QStringLiteral("blood-oxygen-saturation"))
{ }

std::optional<BloodOxygenSaturation> BloodOxygenSaturation::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"blood-oxygen-saturation"))
        return std::nullopt;
    return BloodOxygenSaturation(std::move(thing));
}

const XmlOrder &BloodOxygenSaturation::order() const
{
    static const XmlOrder order = {
        QLatin1String("when"),
        QLatin1String("value"),
        QLatin1String("measurement-method"),
        QLatin1String("measurement-flags"),
    };
    return order;
}

HealthDateTime BloodOxygenSaturation::when() const
{
    return readValue<HealthDateTime>(u"when").value_or(HealthDateTime());
}

void BloodOxygenSaturation::setWhen(const HealthDateTime &value)
{
    writeValue(QStringLiteral("when"), value);
}

double BloodOxygenSaturation::fraction() const
{
    return number(u"value").value_or(double());
}

void BloodOxygenSaturation::setFraction(double value)
{
    setNumber(QStringLiteral("value"), value);
}

std::optional<CodableValue> BloodOxygenSaturation::measurementMethod() const
{
    return readValue<CodableValue>(u"measurement-method");
}

void BloodOxygenSaturation::setMeasurementMethod(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("measurement-method"), value);
}

std::optional<CodableValue> BloodOxygenSaturation::measurementFlags() const
{
    return readValue<CodableValue>(u"measurement-flags");
}

void BloodOxygenSaturation::setMeasurementFlags(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("measurement-flags"), value);
}

QString BloodOxygenSaturation::summary() const
{
    return QCoreApplication::translate("hearth::Thing", "%1 %")
        .arg(Units::formatRounded(fraction() * 100, 1));
}

} // namespace hearth
