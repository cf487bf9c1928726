#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Basic demographic information, version 2 (3b3e6b16-...): gender, birth year,
// where the person lives; languages are kept as read.
class BasicDemographics : public TypedThing
{
public:
    static QUuid typeId();
    BasicDemographics();
    static std::optional<BasicDemographics> fromThing(Thing thing);

    // "m", "f" or "u".
    QString gender() const;
    void setGender(const QString &value);
    std::optional<int> birthYear() const;
    void setBirthYear(std::optional<int> value);
    std::optional<CodableValue> country() const;
    void setCountry(const std::optional<CodableValue> &value);
    QString postcode() const;
    void setPostcode(const QString &value);
    QString city() const;
    void setCity(const QString &value);
    std::optional<CodableValue> state() const;
    void setState(const std::optional<CodableValue> &value);
    std::optional<int> firstDayOfWeek() const;
    void setFirstDayOfWeek(std::optional<int> value);

    // "f, 1980, Seattle"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit BasicDemographics(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
