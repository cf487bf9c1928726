#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/Measurements.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// One vital-signs-results entry: a titled value with its unit.
struct VitalSignResult
{
    CodableValue title;
    std::optional<double> value;
    std::optional<CodableValue> unit;
};

// Vital signs (73822612-...): titled results at a time. HealthVault has no body
// temperature type; a temperature is a result coded "Tmp" (vital-statistics).
class VitalSigns : public TypedThing
{
public:
    static QUuid typeId();
    VitalSigns();
    static std::optional<VitalSigns> fromThing(Thing thing);

    HealthDateTime when() const;
    void setWhen(const HealthDateTime &value);
    QString site() const;
    void setSite(const QString &value);
    QString position() const;
    void setPosition(const QString &value);

    QList<VitalSignResult> results() const;
    void addResult(const VitalSignResult &result);
    // The first result coded as a temperature, in its unit (Celsius unless
    // the unit says Fahrenheit).
    std::optional<TemperatureValue> bodyTemperature() const;
    void setBodyTemperature(const TemperatureValue &temperature);

    // "Temperature 37.2 °C, Pulse 72"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit VitalSigns(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
