#include "core/thing/HealthGoal.h"

namespace hearth {

QUuid HealthGoal::typeId()
{
    return QUuid::fromString(u"dad8bb47-9ad0-4f09-a020-0ff051d1d0f7");
}

HealthGoal::HealthGoal()
    : TypedThing(typeId(), QStringLiteral("health-goal"))
{ }

std::optional<HealthGoal> HealthGoal::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"health-goal"))
        return std::nullopt;
    return HealthGoal(std::move(thing));
}

const XmlOrder &HealthGoal::order() const
{
    static const XmlOrder order = {
        QLatin1String("name"),
        QLatin1String("description"),
        QLatin1String("start-date"),
        QLatin1String("end-date"),
        QLatin1String("associated-type-info"),
        QLatin1String("target-range"),
        QLatin1String("goal-additional-ranges"),
        QLatin1String("recurrence"),
    };
    return order;
}

CodableValue HealthGoal::name() const
{
    return readValue<CodableValue>(u"name").value_or(CodableValue());
}

void HealthGoal::setName(const CodableValue &value)
{
    writeValue(QStringLiteral("name"), value);
}

QString HealthGoal::description() const
{
    return text(u"description");
}

void HealthGoal::setDescription(const QString &value)
{
    setText(QStringLiteral("description"), value);
}

std::optional<ApproxDateTime> HealthGoal::startDate() const
{
    return readValue<ApproxDateTime>(u"start-date");
}

void HealthGoal::setStartDate(const std::optional<ApproxDateTime> &value)
{
    writeValue(QStringLiteral("start-date"), value);
}

std::optional<ApproxDateTime> HealthGoal::endDate() const
{
    return readValue<ApproxDateTime>(u"end-date");
}

void HealthGoal::setEndDate(const std::optional<ApproxDateTime> &value)
{
    writeValue(QStringLiteral("end-date"), value);
}

QString HealthGoal::summary() const
{
    return name().text;
}

} // namespace hearth
