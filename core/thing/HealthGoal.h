#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Health goal (dad8bb47-...): a named goal with dates; ranges and recurrence
// are kept as read.
class HealthGoal : public TypedThing
{
public:
    static QUuid typeId();
    HealthGoal();
    static std::optional<HealthGoal> fromThing(Thing thing);

    CodableValue name() const;
    void setName(const CodableValue &value);
    QString description() const;
    void setDescription(const QString &value);
    std::optional<ApproxDateTime> startDate() const;
    void setStartDate(const std::optional<ApproxDateTime> &value);
    std::optional<ApproxDateTime> endDate() const;
    void setEndDate(const std::optional<ApproxDateTime> &value);

    // the goal name
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit HealthGoal(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
