#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/Measurements.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// HbA1C (62160199-...): glycated haemoglobin in mmol/mol with its display
// value (often a percentage).
class HbA1C : public TypedThing
{
public:
    static QUuid typeId();
    HbA1C();
    static std::optional<HbA1C> fromThing(Thing thing);

    HealthDateTime when() const;
    void setWhen(const HealthDateTime &value);
    HbA1CValue value() const;
    void setValue(const HbA1CValue &value);
    std::optional<CodableValue> assayMethod() const;
    void setAssayMethod(const std::optional<CodableValue> &value);
    QString deviceId() const;
    void setDeviceId(const QString &value);

    // "48 mmol/mol", "6.5 %"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit HbA1C(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
