#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/PersonValues.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Immunization, version 2 (cd3587b5-...): a vaccine given, when and by whom.
// fromThing also reads version 1 (3d817dbe-...) and turns it into version 2.
class Immunization : public TypedThing
{
public:
    static QUuid typeId();
    // Earlier versions of the type that fromThing also reads.
    static QList<QUuid> olderTypeIds();
    Immunization();
    static std::optional<Immunization> fromThing(Thing thing);

    CodableValue name() const;
    void setName(const CodableValue &value);
    std::optional<ApproxDateTime> administrationDate() const;
    void setAdministrationDate(const std::optional<ApproxDateTime> &value);
    std::optional<PersonInfo> administrator() const;
    void setAdministrator(const std::optional<PersonInfo> &value);
    std::optional<CodableValue> manufacturer() const;
    void setManufacturer(const std::optional<CodableValue> &value);
    QString lot() const;
    void setLot(const QString &value);
    std::optional<CodableValue> route() const;
    void setRoute(const std::optional<CodableValue> &value);
    std::optional<ApproxDate> expirationDate() const;
    void setExpirationDate(const std::optional<ApproxDate> &value);
    QString sequence() const;
    void setSequence(const QString &value);
    std::optional<CodableValue> anatomicSurface() const;
    void setAnatomicSurface(const std::optional<CodableValue> &value);
    QString adverseEvent() const;
    void setAdverseEvent(const QString &value);
    QString consent() const;
    void setConsent(const QString &value);

    // "Tetanus 2005-01-01"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit Immunization(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
