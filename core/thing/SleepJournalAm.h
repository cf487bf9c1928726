#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/TypedThing.h"

namespace hearth {

// Sleep session, morning journal (11c52484-...): bed and wake times, minutes
// asleep and to fall asleep, how rested the person woke.
class SleepJournalAm : public TypedThing
{
public:
    static QUuid typeId();
    SleepJournalAm();
    static std::optional<SleepJournalAm> fromThing(Thing thing);

    HealthDateTime when() const;
    void setWhen(const HealthDateTime &value);
    int sleepMinutes() const;
    void setSleepMinutes(int value);
    int settlingMinutes() const;
    void setSettlingMinutes(int value);
    std::optional<CodableValue> medications() const;
    void setMedications(const std::optional<CodableValue> &value);
    // 1 wide awake, 2 tired, 3 sleepy.
    int wakeState() const;
    void setWakeState(int value);
    std::optional<int> timesWokenUp() const;
    void setTimesWokenUp(std::optional<int> value);

    QTime bedTime() const;
    void setBedTime(const QTime &time);
    QTime wakeTime() const;
    void setWakeTime(const QTime &time);

    // "7 h 30 min asleep"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit SleepJournalAm(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
