#include "core/thing/BloodPressure.h"

#include <QCoreApplication>

namespace hearth {

QUuid BloodPressure::typeId()
{
    return QUuid::fromString(u"ca3c57f4-f4c1-4e15-be67-0a3caf5414ed");
}

BloodPressure::BloodPressure()
    : TypedThing(typeId(), QStringLiteral("blood-pressure"))
{ }

std::optional<BloodPressure> BloodPressure::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"blood-pressure"))
        return std::nullopt;
    return BloodPressure(std::move(thing));
}

const XmlOrder &BloodPressure::order() const
{
    static const XmlOrder order = { QLatin1String("when"), QLatin1String("systolic"),
        QLatin1String("diastolic"), QLatin1String("pulse"), QLatin1String("irregular-heartbeat") };
    return order;
}

HealthDateTime BloodPressure::when() const
{
    return readValue<HealthDateTime>(u"when").value_or(HealthDateTime());
}

void BloodPressure::setWhen(const HealthDateTime &when)
{
    writeValue(QStringLiteral("when"), when);
}

int BloodPressure::systolic() const
{
    return integer(u"systolic").value_or(0);
}

void BloodPressure::setSystolic(int mmHg)
{
    setInteger(QStringLiteral("systolic"), mmHg);
}

int BloodPressure::diastolic() const
{
    return integer(u"diastolic").value_or(0);
}

void BloodPressure::setDiastolic(int mmHg)
{
    setInteger(QStringLiteral("diastolic"), mmHg);
}

std::optional<int> BloodPressure::pulse() const
{
    return integer(u"pulse");
}

void BloodPressure::setPulse(std::optional<int> beatsPerMinute)
{
    setInteger(QStringLiteral("pulse"), beatsPerMinute);
}

std::optional<bool> BloodPressure::irregularHeartbeat() const
{
    return boolean(u"irregular-heartbeat");
}

void BloodPressure::setIrregularHeartbeat(std::optional<bool> irregular)
{
    setBoolean(QStringLiteral("irregular-heartbeat"), irregular);
}

QString BloodPressure::summary() const
{
    return QCoreApplication::translate("hearth::Thing", "%1/%2 mmHg")
        .arg(systolic())
        .arg(diastolic());
}

} // namespace hearth
