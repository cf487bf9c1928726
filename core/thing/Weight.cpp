#include "core/thing/Weight.h"

namespace hearth {

QUuid Weight::typeId()
{
    return QUuid::fromString(u"3d34d87e-7fc1-4153-800f-f56592cb0d17");
}

Weight::Weight()
    : TypedThing(typeId(), QStringLiteral("weight"))
{ }

std::optional<Weight> Weight::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"weight"))
        return std::nullopt;
    return Weight(std::move(thing));
}

const XmlOrder &Weight::order() const
{
    static const XmlOrder order = { QLatin1String("when"), QLatin1String("value") };
    return order;
}

HealthDateTime Weight::when() const
{
    return readValue<HealthDateTime>(u"when").value_or(HealthDateTime());
}

void Weight::setWhen(const HealthDateTime &when)
{
    writeValue(QStringLiteral("when"), when);
}

WeightValue Weight::value() const
{
    return readValue<WeightValue>(u"value").value_or(WeightValue());
}

void Weight::setValue(const WeightValue &value)
{
    writeValue(QStringLiteral("value"), value);
}

QString Weight::summary() const
{
    return value().toString();
}

} // namespace hearth
