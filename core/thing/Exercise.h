#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/Measurements.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Exercise, version 2 (85a21ddb-...): an activity with its distance and
// duration in minutes; details and segments are kept as read.
class Exercise : public TypedThing
{
public:
    static QUuid typeId();
    Exercise();
    static std::optional<Exercise> fromThing(Thing thing);

    ApproxDateTime when() const;
    void setWhen(const ApproxDateTime &value);
    CodableValue activity() const;
    void setActivity(const CodableValue &value);
    QString title() const;
    void setTitle(const QString &value);
    std::optional<LengthValue> distance() const;
    void setDistance(const std::optional<LengthValue> &value);
    std::optional<double> durationMinutes() const;
    void setDurationMinutes(std::optional<double> value);

    // "Running, 30 min, 5 km"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit Exercise(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
