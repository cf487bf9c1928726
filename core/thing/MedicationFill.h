#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/PersonValues.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Medication fill (167ecf6b-...): a pharmacy filling a prescription.
class MedicationFill : public TypedThing
{
public:
    static QUuid typeId();
    MedicationFill();
    static std::optional<MedicationFill> fromThing(Thing thing);

    CodableValue name() const;
    void setName(const CodableValue &value);
    std::optional<ApproxDateTime> dateFilled() const;
    void setDateFilled(const std::optional<ApproxDateTime> &value);
    std::optional<int> daysSupply() const;
    void setDaysSupply(std::optional<int> value);
    std::optional<ApproxDate> nextRefillDate() const;
    void setNextRefillDate(const std::optional<ApproxDate> &value);
    std::optional<int> refillsLeft() const;
    void setRefillsLeft(std::optional<int> value);
    std::optional<OrganizationInfo> pharmacy() const;
    void setPharmacy(const std::optional<OrganizationInfo> &value);
    QString prescriptionNumber() const;
    void setPrescriptionNumber(const QString &value);
    QString lotNumber() const;
    void setLotNumber(const QString &value);

    // "Amoxicillin filled 2005-01-01"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit MedicationFill(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
