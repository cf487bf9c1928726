#include "core/thing/Condition.h"

namespace hearth {

QUuid Condition::typeId()
{
    return QUuid::fromString(u"7ea7a1f9-880b-4bd4-b593-f5660f20eda8");
}

Condition::Condition()
    : TypedThing(typeId(), QStringLiteral("condition"))
{ }

std::optional<Condition> Condition::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"condition"))
        return std::nullopt;
    return Condition(std::move(thing));
}

const XmlOrder &Condition::order() const
{
    static const XmlOrder order = {
        QLatin1String("name"),
        QLatin1String("onset-date"),
        QLatin1String("status"),
        QLatin1String("stop-date"),
        QLatin1String("stop-reason"),
    };
    return order;
}

CodableValue Condition::name() const
{
    return readValue<CodableValue>(u"name").value_or(CodableValue());
}

void Condition::setName(const CodableValue &value)
{
    writeValue(QStringLiteral("name"), value);
}

std::optional<ApproxDateTime> Condition::onsetDate() const
{
    return readValue<ApproxDateTime>(u"onset-date");
}

void Condition::setOnsetDate(const std::optional<ApproxDateTime> &value)
{
    writeValue(QStringLiteral("onset-date"), value);
}

std::optional<CodableValue> Condition::status() const
{
    return readValue<CodableValue>(u"status");
}

void Condition::setStatus(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("status"), value);
}

std::optional<ApproxDateTime> Condition::stopDate() const
{
    return readValue<ApproxDateTime>(u"stop-date");
}

void Condition::setStopDate(const std::optional<ApproxDateTime> &value)
{
    writeValue(QStringLiteral("stop-date"), value);
}

QString Condition::stopReason() const
{
    return text(u"stop-reason");
}

void Condition::setStopReason(const QString &value)
{
    setText(QStringLiteral("stop-reason"), value);
}

QString Condition::summary() const
{
    const auto state = status();
    if (!state || state->text.isEmpty())
        return name().text;
    return QStringLiteral("%1 (%2)").arg(name().text, state->text);
}

} // namespace hearth
