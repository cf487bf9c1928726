#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/Measurements.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Medication, version 2 (30cafccc-...): name, dose, strength, frequency and
// route. fromThing also reads version 1 (5c5f1223-...) and turns it into
// version 2, keeping the version 1 XML in a common extension.
class Medication : public TypedThing
{
public:
    static QUuid typeId();
    // Earlier versions of the type that fromThing also reads.
    static QList<QUuid> olderTypeIds();
    Medication();
    static std::optional<Medication> fromThing(Thing thing);

    CodableValue name() const;
    void setName(const CodableValue &value);
    std::optional<CodableValue> genericName() const;
    void setGenericName(const std::optional<CodableValue> &value);
    std::optional<GeneralMeasurement> dose() const;
    void setDose(const std::optional<GeneralMeasurement> &value);
    std::optional<GeneralMeasurement> strength() const;
    void setStrength(const std::optional<GeneralMeasurement> &value);
    std::optional<GeneralMeasurement> frequency() const;
    void setFrequency(const std::optional<GeneralMeasurement> &value);
    std::optional<CodableValue> route() const;
    void setRoute(const std::optional<CodableValue> &value);
    std::optional<CodableValue> indication() const;
    void setIndication(const std::optional<CodableValue> &value);
    std::optional<ApproxDateTime> dateStarted() const;
    void setDateStarted(const std::optional<ApproxDateTime> &value);
    std::optional<ApproxDateTime> dateDiscontinued() const;
    void setDateDiscontinued(const std::optional<ApproxDateTime> &value);
    std::optional<CodableValue> prescribed() const;
    void setPrescribed(const std::optional<CodableValue> &value);

    // "Lisinopril 10 mg once daily": name, strength (or dose), frequency
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit Medication(Thing thing)
        : TypedThing(std::move(thing))
    { }
    static XmlNode fromVersion1(const XmlNode &old);
};

} // namespace hearth
