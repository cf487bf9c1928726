#pragma once

#include "core/thing/TypedThing.h"

namespace hearth {

// Plan (504d6c08-..., action plan): objectives toward a health aim.
class Plan : public TypedThing
{
public:
    static QUuid typeId();
    Plan();
    static std::optional<Plan> fromThing(Thing thing);

    QString name() const;
    void setName(const QString &value);
    QString description() const;
    void setDescription(const QString &value);
    // Archived, InProgress, Recommended or Completed.
    QString status() const;
    void setStatus(const QString &value);
    // Health, Sleep, Activity or Stress.
    QString category() const;
    void setCategory(const QString &value);

    // Appends an objective; state is Active, Inactive or Completed.
    void addObjective(
        const QUuid &id, const QString &name, const QString &description, const QString &state);
    QStringList objectiveNames() const;

    // the plan name
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit Plan(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
