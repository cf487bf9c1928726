#pragma once

#include "core/thing/HealthDate.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Blood pressure (ca3c57f4-...): systolic and diastolic in mmHg, optional
// pulse and irregular heartbeat.
class BloodPressure : public TypedThing
{
public:
    static QUuid typeId();
    BloodPressure();
    static std::optional<BloodPressure> fromThing(Thing thing);

    HealthDateTime when() const;
    void setWhen(const HealthDateTime &when);
    int systolic() const;
    void setSystolic(int mmHg);
    int diastolic() const;
    void setDiastolic(int mmHg);
    std::optional<int> pulse() const;
    void setPulse(std::optional<int> beatsPerMinute);
    std::optional<bool> irregularHeartbeat() const;
    void setIrregularHeartbeat(std::optional<bool> irregular);

    QString summary() const; // "120/80 mmHg"

protected:
    const XmlOrder &order() const override;

private:
    explicit BloodPressure(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
