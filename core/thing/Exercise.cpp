#include "core/thing/Exercise.h"

#include "core/thing/Units.h"

#include <QCoreApplication>
#include <QStringList>

namespace hearth {

QUuid Exercise::typeId()
{
    return QUuid::fromString(u"85a21ddb-db20-4c65-8d30-33c899ccf612");
}

Exercise::Exercise()
    : TypedThing(typeId(), QStringLiteral("exercise"))
{ }

std::optional<Exercise> Exercise::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"exercise"))
        return std::nullopt;
    return Exercise(std::move(thing));
}

const XmlOrder &Exercise::order() const
{
    static const XmlOrder order = {
        QLatin1String("when"),
        QLatin1String("activity"),
        QLatin1String("title"),
        QLatin1String("distance"),
        QLatin1String("duration"),
        QLatin1String("detail"),
        QLatin1String("segment"),
    };
    return order;
}

ApproxDateTime Exercise::when() const
{
    return readValue<ApproxDateTime>(u"when").value_or(ApproxDateTime());
}

void Exercise::setWhen(const ApproxDateTime &value)
{
    writeValue(QStringLiteral("when"), value);
}

CodableValue Exercise::activity() const
{
    return readValue<CodableValue>(u"activity").value_or(CodableValue());
}

void Exercise::setActivity(const CodableValue &value)
{
    writeValue(QStringLiteral("activity"), value);
}

QString Exercise::title() const
{
    return text(u"title");
}

void Exercise::setTitle(const QString &value)
{
    setText(QStringLiteral("title"), value);
}

std::optional<LengthValue> Exercise::distance() const
{
    return readValue<LengthValue>(u"distance");
}

void Exercise::setDistance(const std::optional<LengthValue> &value)
{
    writeValue(QStringLiteral("distance"), value);
}

std::optional<double> Exercise::durationMinutes() const
{
    return number(u"duration");
}

void Exercise::setDurationMinutes(std::optional<double> value)
{
    setNumber(QStringLiteral("duration"), value);
}

QString Exercise::summary() const
{
    QStringList parts { activity().text };
    if (const auto minutes = durationMinutes())
        parts << QCoreApplication::translate("hearth::Thing", "%1 min")
                     .arg(Units::formatRounded(*minutes, 0));
    if (const auto length = distance())
        parts << length->toString();
    return parts.join(QStringLiteral(", "));
}

} // namespace hearth
