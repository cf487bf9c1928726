#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/PersonValues.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Allergy (52bf9104-...): what the person reacts to and how.
class Allergy : public TypedThing
{
public:
    static QUuid typeId();
    Allergy();
    static std::optional<Allergy> fromThing(Thing thing);

    CodableValue name() const;
    void setName(const CodableValue &value);
    std::optional<CodableValue> reaction() const;
    void setReaction(const std::optional<CodableValue> &value);
    std::optional<ApproxDateTime> firstObserved() const;
    void setFirstObserved(const std::optional<ApproxDateTime> &value);
    std::optional<CodableValue> allergenType() const;
    void setAllergenType(const std::optional<CodableValue> &value);
    std::optional<CodableValue> allergenCode() const;
    void setAllergenCode(const std::optional<CodableValue> &value);
    std::optional<PersonInfo> treatmentProvider() const;
    void setTreatmentProvider(const std::optional<PersonInfo> &value);
    std::optional<CodableValue> treatment() const;
    void setTreatment(const std::optional<CodableValue> &value);
    // True when the person is known not to have this allergy.
    std::optional<bool> isNegated() const;
    void setIsNegated(std::optional<bool> value);

    // "Penicillin (hives)"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit Allergy(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
