#pragma once

#include "core/thing/HealthDate.h"
#include "core/thing/Measurements.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Weight (3d34d87e-...): when and the value in kg with its display value.
class Weight : public TypedThing
{
public:
    static QUuid typeId();
    Weight();
    static std::optional<Weight> fromThing(Thing thing);

    HealthDateTime when() const;
    void setWhen(const HealthDateTime &when);
    WeightValue value() const;
    void setValue(const WeightValue &value);

    QString summary() const; // "72.5 kg", "160 lb"

protected:
    const XmlOrder &order() const override;

private:
    explicit Weight(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
