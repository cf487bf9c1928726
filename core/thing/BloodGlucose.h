#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/Measurements.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Blood glucose (879e7c04-...): the value in mmol/L with its display value,
// whole blood or plasma, and the context (fasting, after a meal).
class BloodGlucose : public TypedThing
{
public:
    static QUuid typeId();
    BloodGlucose();
    static std::optional<BloodGlucose> fromThing(Thing thing);

    HealthDateTime when() const;
    void setWhen(const HealthDateTime &value);
    BloodGlucoseValue value() const;
    void setValue(const BloodGlucoseValue &value);
    // Whole blood, plasma, ...
    CodableValue measurementType() const;
    void setMeasurementType(const CodableValue &value);
    std::optional<bool> outsideOperatingTemperature() const;
    void setOutsideOperatingTemperature(std::optional<bool> value);
    std::optional<bool> isControlTest() const;
    void setIsControlTest(std::optional<bool> value);
    // 1 (well below normal) to 5 (well above normal).
    std::optional<int> normalcy() const;
    void setNormalcy(std::optional<int> value);
    std::optional<CodableValue> measurementContext() const;
    void setMeasurementContext(const std::optional<CodableValue> &value);

    // "5.5 mmol/L", "99 mg/dL"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit BloodGlucose(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
