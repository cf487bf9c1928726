#pragma once

#include "core/thing/HealthDate.h"
#include "core/thing/Measurements.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Height (40750a6a-...): when and the value in m with its display value.
class Height : public TypedThing
{
public:
    static QUuid typeId();
    Height();
    static std::optional<Height> fromThing(Thing thing);

    HealthDateTime when() const;
    void setWhen(const HealthDateTime &when);
    LengthValue value() const;
    void setValue(const LengthValue &value);

    QString summary() const; // "1.8 m", "70 in"

protected:
    const XmlOrder &order() const override;

private:
    explicit Height(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
