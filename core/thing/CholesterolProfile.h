#pragma once

#include "core/thing/HealthDate.h"
#include "core/thing/Measurements.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Cholesterol profile, version 2 (98f76958-...): LDL, HDL, total and
// triglycerides in mmol/L with display values.
class CholesterolProfile : public TypedThing
{
public:
    static QUuid typeId();
    CholesterolProfile();
    static std::optional<CholesterolProfile> fromThing(Thing thing);

    HealthDateTime when() const;
    void setWhen(const HealthDateTime &value);
    std::optional<ConcentrationValue> ldl() const;
    void setLdl(const std::optional<ConcentrationValue> &value);
    std::optional<ConcentrationValue> hdl() const;
    void setHdl(const std::optional<ConcentrationValue> &value);
    std::optional<ConcentrationValue> totalCholesterol() const;
    void setTotalCholesterol(const std::optional<ConcentrationValue> &value);
    std::optional<ConcentrationValue> triglyceride() const;
    void setTriglyceride(const std::optional<ConcentrationValue> &value);

    // "Total 5.2 mmol/L, LDL 3.1 mmol/L, HDL 1.3 mmol/L"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit CholesterolProfile(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
