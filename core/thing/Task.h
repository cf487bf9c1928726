#pragma once

#include "core/thing/HealthDate.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Task (6184d61f-...): a step of a plan; schedules and tracking policy are
// kept as read.
class Task : public TypedThing
{
public:
    static QUuid typeId();
    Task();
    static std::optional<Task> fromThing(Thing thing);

    HealthDateTime dateStarted() const;
    void setDateStarted(const HealthDateTime &value);
    QString name() const;
    void setName(const QString &value);
    QString shortDescription() const;
    void setShortDescription(const QString &value);
    QString longDescription() const;
    void setLongDescription(const QString &value);
    std::optional<bool> isReminderEnabled() const;
    void setIsReminderEnabled(std::optional<bool> value);
    // Archived, InProgress, Recommended or Completed.
    QString status() const;
    void setStatus(const QString &value);

    // the task name
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit Task(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
