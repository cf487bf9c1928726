#include "core/thing/Height.h"

namespace hearth {

QUuid Height::typeId()
{
    return QUuid::fromString(u"40750a6a-89b2-455c-bd8d-b420a4cb500b");
}

Height::Height()
    : TypedThing(typeId(), QStringLiteral("height"))
{ }

std::optional<Height> Height::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"height"))
        return std::nullopt;
    return Height(std::move(thing));
}

const XmlOrder &Height::order() const
{
    static const XmlOrder order = { QLatin1String("when"), QLatin1String("value") };
    return order;
}

HealthDateTime Height::when() const
{
    return readValue<HealthDateTime>(u"when").value_or(HealthDateTime());
}

void Height::setWhen(const HealthDateTime &when)
{
    writeValue(QStringLiteral("when"), when);
}

LengthValue Height::value() const
{
    return readValue<LengthValue>(u"value").value_or(LengthValue());
}

void Height::setValue(const LengthValue &value)
{
    writeValue(QStringLiteral("value"), value);
}

QString Height::summary() const
{
    return value().toString();
}

} // namespace hearth
