#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/PersonValues.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Procedure, version 2 (df4db479-...): what was done, where on the body, by
// whom. fromThing also reads version 1 (0a5f9a43-...) as version 2.
class Procedure : public TypedThing
{
public:
    static QUuid typeId();
    // Earlier versions of the type that fromThing also reads.
    static QList<QUuid> olderTypeIds();
    Procedure();
    static std::optional<Procedure> fromThing(Thing thing);

    std::optional<ApproxDateTime> when() const;
    void setWhen(const std::optional<ApproxDateTime> &value);
    CodableValue name() const;
    void setName(const CodableValue &value);
    std::optional<CodableValue> anatomicLocation() const;
    void setAnatomicLocation(const std::optional<CodableValue> &value);
    std::optional<PersonInfo> primaryProvider() const;
    void setPrimaryProvider(const std::optional<PersonInfo> &value);
    std::optional<PersonInfo> secondaryProvider() const;
    void setSecondaryProvider(const std::optional<PersonInfo> &value);

    // "Appendectomy 2005-01-01"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit Procedure(Thing thing)
        : TypedThing(std::move(thing))
    { }
    static XmlNode fromVersion1(const XmlNode &old);
};

} // namespace hearth
