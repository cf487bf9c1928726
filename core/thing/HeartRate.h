#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Heart rate (b81eb4a6-...): beats per minute at a time.
class HeartRate : public TypedThing
{
public:
    static QUuid typeId();
    HeartRate();
    static std::optional<HeartRate> fromThing(Thing thing);

    HealthDateTime when() const;
    void setWhen(const HealthDateTime &value);
    int beatsPerMinute() const;
    void setBeatsPerMinute(int value);
    std::optional<CodableValue> measurementMethod() const;
    void setMeasurementMethod(const std::optional<CodableValue> &value);
    std::optional<CodableValue> measurementConditions() const;
    void setMeasurementConditions(const std::optional<CodableValue> &value);
    std::optional<CodableValue> measurementFlags() const;
    void setMeasurementFlags(const std::optional<CodableValue> &value);

    // "72 bpm"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit HeartRate(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
