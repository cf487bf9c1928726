#include "core/thing/CholesterolProfile.h"

#include <QCoreApplication>
#include <QStringList>

namespace hearth {

QUuid CholesterolProfile::typeId()
{
    return QUuid::fromString(u"98f76958-e34f-459b-a760-83c1699add38");
}

CholesterolProfile::CholesterolProfile()
    : TypedThing(typeId(), QStringLiteral("cholesterol-profile"))
{ }

std::optional<CholesterolProfile> CholesterolProfile::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"cholesterol-profile"))
        return std::nullopt;
    return CholesterolProfile(std::move(thing));
}

const XmlOrder &CholesterolProfile::order() const
{
    static const XmlOrder order = {
        QLatin1String("when"),
        QLatin1String("ldl"),
        QLatin1String("hdl"),
        QLatin1String("total-cholesterol"),
        QLatin1String("triglyceride"),
    };
    return order;
}

HealthDateTime CholesterolProfile::when() const
{
    return readValue<HealthDateTime>(u"when").value_or(HealthDateTime());
}

void CholesterolProfile::setWhen(const HealthDateTime &value)
{
    writeValue(QStringLiteral("when"), value);
}

std::optional<ConcentrationValue> CholesterolProfile::ldl() const
{
    return readValue<ConcentrationValue>(u"ldl");
}

void CholesterolProfile::setLdl(const std::optional<ConcentrationValue> &value)
{
    writeValue(QStringLiteral("ldl"), value);
}

std::optional<ConcentrationValue> CholesterolProfile::hdl() const
{
    return readValue<ConcentrationValue>(u"hdl");
}

void CholesterolProfile::setHdl(const std::optional<ConcentrationValue> &value)
{
    writeValue(QStringLiteral("hdl"), value);
}

std::optional<ConcentrationValue> CholesterolProfile::totalCholesterol() const
{
    return readValue<ConcentrationValue>(u"total-cholesterol");
}

void CholesterolProfile::setTotalCholesterol(const std::optional<ConcentrationValue> &value)
{
    writeValue(QStringLiteral("total-cholesterol"), value);
}

std::optional<ConcentrationValue> CholesterolProfile::triglyceride() const
{
    return readValue<ConcentrationValue>(u"triglyceride");
}

void CholesterolProfile::setTriglyceride(const std::optional<ConcentrationValue> &value)
{
    writeValue(QStringLiteral("triglyceride"), value);
}

QString CholesterolProfile::summary() const
{
    QStringList parts;
    if (const auto total = totalCholesterol())
        parts << QCoreApplication::translate("hearth::Thing", "Total %1").arg(total->toString());
    if (const auto value = ldl())
        parts << QCoreApplication::translate("hearth::Thing", "LDL %1").arg(value->toString());
    if (const auto value = hdl())
        parts << QCoreApplication::translate("hearth::Thing", "HDL %1").arg(value->toString());
    if (const auto value = triglyceride())
        parts << QCoreApplication::translate("hearth::Thing", "Triglycerides %1")
                     .arg(value->toString());
    return parts.join(QStringLiteral(", "));
}

} // namespace hearth
