#include "core/thing/SleepJournalAm.h"

#include <QCoreApplication>

namespace hearth {

QUuid SleepJournalAm::typeId()
{
    return QUuid::fromString(u"11c52484-7f1a-11db-aeac-87d355d89593");
}

SleepJournalAm::SleepJournalAm()
    : TypedThing(typeId(), QStringLiteral("sleep-am"))
{ }

std::optional<SleepJournalAm> SleepJournalAm::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"sleep-am"))
        return std::nullopt;
    return SleepJournalAm(std::move(thing));
}

const XmlOrder &SleepJournalAm::order() const
{
    static const XmlOrder order = {
        QLatin1String("when"),
        QLatin1String("bed-time"),
        QLatin1String("wake-time"),
        QLatin1String("sleep-minutes"),
        QLatin1String("settling-minutes"),
        QLatin1String("awakening"),
        QLatin1String("medications"),
        QLatin1String("wake-state"),
        QLatin1String("times-woken-up"),
        QLatin1String("average-resting-hr"),
        QLatin1String("calories-burned"),
        QLatin1String("awake-minutes"),
        QLatin1String("sleep-phase-summary-group"),
    };
    return order;
}

HealthDateTime SleepJournalAm::when() const
{
    return readValue<HealthDateTime>(u"when").value_or(HealthDateTime());
}

void SleepJournalAm::setWhen(const HealthDateTime &value)
{
    writeValue(QStringLiteral("when"), value);
}

int SleepJournalAm::sleepMinutes() const
{
    return integer(u"sleep-minutes").value_or(int());
}

void SleepJournalAm::setSleepMinutes(int value)
{
    setInteger(QStringLiteral("sleep-minutes"), value);
}

int SleepJournalAm::settlingMinutes() const
{
    return integer(u"settling-minutes").value_or(int());
}

void SleepJournalAm::setSettlingMinutes(int value)
{
    setInteger(QStringLiteral("settling-minutes"), value);
}

std::optional<CodableValue> SleepJournalAm::medications() const
{
    return readValue<CodableValue>(u"medications");
}

void SleepJournalAm::setMedications(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("medications"), value);
}

int SleepJournalAm::wakeState() const
{
    return integer(u"wake-state").value_or(int());
}

void SleepJournalAm::setWakeState(int value)
{
    setInteger(QStringLiteral("wake-state"), value);
}

std::optional<int> SleepJournalAm::timesWokenUp() const
{
    return integer(u"times-woken-up");
}

void SleepJournalAm::setTimesWokenUp(std::optional<int> value)
{
    setInteger(QStringLiteral("times-woken-up"), value);
}

QTime SleepJournalAm::bedTime() const
{
    const XmlNode *node = root().child(u"bed-time");
    return node ? readHealthTime(*node) : QTime();
}

void SleepJournalAm::setBedTime(const QTime &time)
{
    writeHealthTime(root().ensureChild(QStringLiteral("bed-time"), order()), time);
}

QTime SleepJournalAm::wakeTime() const
{
    const XmlNode *node = root().child(u"wake-time");
    return node ? readHealthTime(*node) : QTime();
}

void SleepJournalAm::setWakeTime(const QTime &time)
{
    writeHealthTime(root().ensureChild(QStringLiteral("wake-time"), order()), time);
}

QString SleepJournalAm::summary() const
{
    const int minutes = sleepMinutes();
    return QCoreApplication::translate("hearth::Thing", "%1 h %2 min asleep")
        .arg(minutes / 60)
        .arg(minutes % 60);
}

} // namespace hearth
