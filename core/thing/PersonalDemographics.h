#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/PersonValues.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Personal demographic information (92ba621e-...): name, birth date, blood type
// and the like.
class PersonalDemographics : public TypedThing
{
public:
    static QUuid typeId();
    PersonalDemographics();
    static std::optional<PersonalDemographics> fromThing(Thing thing);

    std::optional<PersonName> name() const;
    void setName(const std::optional<PersonName> &value);
    std::optional<HealthDateTime> birthDate() const;
    void setBirthDate(const std::optional<HealthDateTime> &value);
    std::optional<CodableValue> bloodType() const;
    void setBloodType(const std::optional<CodableValue> &value);
    std::optional<CodableValue> ethnicity() const;
    void setEthnicity(const std::optional<CodableValue> &value);
    QString ssn() const;
    void setSsn(const QString &value);
    std::optional<CodableValue> maritalStatus() const;
    void setMaritalStatus(const std::optional<CodableValue> &value);
    QString employmentStatus() const;
    void setEmploymentStatus(const QString &value);
    std::optional<bool> isDeceased() const;
    void setIsDeceased(std::optional<bool> value);
    std::optional<ApproxDateTime> dateOfDeath() const;
    void setDateOfDeath(const std::optional<ApproxDateTime> &value);
    std::optional<CodableValue> religion() const;
    void setReligion(const std::optional<CodableValue> &value);
    std::optional<bool> isVeteran() const;
    void setIsVeteran(std::optional<bool> value);
    std::optional<CodableValue> highestEducationLevel() const;
    void setHighestEducationLevel(const std::optional<CodableValue> &value);
    std::optional<bool> isDisabled() const;
    void setIsDisabled(std::optional<bool> value);
    QString organDonor() const;
    void setOrganDonor(const QString &value);

    // "Jane Doe, 1980-02-03"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit PersonalDemographics(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
