#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Condition (7ea7a1f9-...): a diagnosis with onset, status and end.
class Condition : public TypedThing
{
public:
    static QUuid typeId();
    Condition();
    static std::optional<Condition> fromThing(Thing thing);

    CodableValue name() const;
    void setName(const CodableValue &value);
    std::optional<ApproxDateTime> onsetDate() const;
    void setOnsetDate(const std::optional<ApproxDateTime> &value);
    std::optional<CodableValue> status() const;
    void setStatus(const std::optional<CodableValue> &value);
    std::optional<ApproxDateTime> stopDate() const;
    void setStopDate(const std::optional<ApproxDateTime> &value);
    QString stopReason() const;
    void setStopReason(const QString &value);

    // "Asthma (active)"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit Condition(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
