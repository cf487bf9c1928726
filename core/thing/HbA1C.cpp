#include "core/thing/HbA1C.h"

namespace hearth {

QUuid HbA1C::typeId()
{
    return QUuid::fromString(u"62160199-b80f-4905-a55a-ac4ba825ceae");
}

HbA1C::HbA1C()
    : TypedThing(typeId(), QStringLiteral("HbA1C"))
{ }

std::optional<HbA1C> HbA1C::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"HbA1C"))
        return std::nullopt;
    return HbA1C(std::move(thing));
}

const XmlOrder &HbA1C::order() const
{
    static const XmlOrder order = {
        QLatin1String("when"),
        QLatin1String("value"),
        QLatin1String("HbA1C-assay-method"),
        QLatin1String("device-id"),
    };
    return order;
}

HealthDateTime HbA1C::when() const
{
    return readValue<HealthDateTime>(u"when").value_or(HealthDateTime());
}

void HbA1C::setWhen(const HealthDateTime &value)
{
    writeValue(QStringLiteral("when"), value);
}

HbA1CValue HbA1C::value() const
{
    return readValue<HbA1CValue>(u"value").value_or(HbA1CValue());
}

void HbA1C::setValue(const HbA1CValue &value)
{
    writeValue(QStringLiteral("value"), value);
}

std::optional<CodableValue> HbA1C::assayMethod() const
{
    return readValue<CodableValue>(u"HbA1C-assay-method");
}

void HbA1C::setAssayMethod(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("HbA1C-assay-method"), value);
}

QString HbA1C::deviceId() const
{
    return text(u"device-id");
}

void HbA1C::setDeviceId(const QString &value)
{
    setText(QStringLiteral("device-id"), value);
}

QString HbA1C::summary() const
{
    return value().toString();
}

} // namespace hearth
