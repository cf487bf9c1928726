#include "core/thing/Task.h"

namespace hearth {

QUuid Task::typeId()
{
    return QUuid::fromString(u"6184d61f-4846-4219-b675-b61de85860d1");
}

Task::Task()
    : TypedThing(typeId(), QStringLiteral("task"))
{ }

std::optional<Task> Task::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"task"))
        return std::nullopt;
    return Task(std::move(thing));
}

const XmlOrder &Task::order() const
{
    static const XmlOrder order = {
        QLatin1String("date-started"),
        QLatin1String("name"),
        QLatin1String("short-description"),
        QLatin1String("long-description"),
        QLatin1String("is-reminder-enabled"),
        QLatin1String("status"),
        QLatin1String("task-key"),
        QLatin1String("type"),
        QLatin1String("schedules"),
        QLatin1String("tracking-policy"),
        QLatin1String("associated-objective-ids"),
    };
    return order;
}

HealthDateTime Task::dateStarted() const
{
    return readValue<HealthDateTime>(u"date-started").value_or(HealthDateTime());
}

void Task::setDateStarted(const HealthDateTime &value)
{
    writeValue(QStringLiteral("date-started"), value);
}

QString Task::name() const
{
    return text(u"name");
}

void Task::setName(const QString &value)
{
    setText(QStringLiteral("name"), value);
}

QString Task::shortDescription() const
{
    return text(u"short-description");
}

void Task::setShortDescription(const QString &value)
{
    setText(QStringLiteral("short-description"), value);
}

QString Task::longDescription() const
{
    return text(u"long-description");
}

void Task::setLongDescription(const QString &value)
{
    setText(QStringLiteral("long-description"), value);
}

std::optional<bool> Task::isReminderEnabled() const
{
    return boolean(u"is-reminder-enabled");
}

void Task::setIsReminderEnabled(std::optional<bool> value)
{
    setBoolean(QStringLiteral("is-reminder-enabled"), value);
}

QString Task::status() const
{
    return text(u"status");
}

void Task::setStatus(const QString &value)
{
    setText(QStringLiteral("status"), value);
}

QString Task::summary() const
{
    return name();
}

} // namespace hearth
