#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Blood oxygen saturation (3a54f95f-...): SpO2 as a fraction (0.97 is 97 %).
class BloodOxygenSaturation : public TypedThing
{
public:
    static QUuid typeId();
    BloodOxygenSaturation();
    static std::optional<BloodOxygenSaturation> fromThing(Thing thing);

    HealthDateTime when() const;
    void setWhen(const HealthDateTime &value);
    // 0 to 1.
    double fraction() const;
    void setFraction(double value);
    std::optional<CodableValue> measurementMethod() const;
    void setMeasurementMethod(const std::optional<CodableValue> &value);
    std::optional<CodableValue> measurementFlags() const;
    void setMeasurementFlags(const std::optional<CodableValue> &value);

    // "97 %"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit BloodOxygenSaturation(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
