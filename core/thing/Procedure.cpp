#include "core/thing/Procedure.h"

namespace hearth {

QUuid Procedure::typeId()
{
    return QUuid::fromString(u"df4db479-a1ba-42a2-8714-2b083b88150f");
}

QList<QUuid> Procedure::olderTypeIds()
{
    return { QUuid::fromString(u"0a5f9a43-dc88-4e9f-890f-1f9159b76e7b") };
}

Procedure::Procedure()
    : TypedThing(typeId(), QStringLiteral("procedure"))
{ }

std::optional<Procedure> Procedure::fromThing(Thing thing)
{
    if (accepts(thing, olderTypeIds(), u"procedure"))
        upversion(thing, fromVersion1(*thing.dataRoot()), typeId());
    if (!accepts(thing, { typeId() }, u"procedure"))
        return std::nullopt;
    return Procedure(std::move(thing));
}

const XmlOrder &Procedure::order() const
{
    static const XmlOrder order = {
        QLatin1String("when"),
        QLatin1String("name"),
        QLatin1String("anatomic-location"),
        QLatin1String("primary-provider"),
        QLatin1String("secondary-provider"),
    };
    return order;
}

std::optional<ApproxDateTime> Procedure::when() const
{
    return readValue<ApproxDateTime>(u"when");
}

void Procedure::setWhen(const std::optional<ApproxDateTime> &value)
{
    writeValue(QStringLiteral("when"), value);
}

CodableValue Procedure::name() const
{
    return readValue<CodableValue>(u"name").value_or(CodableValue());
}

void Procedure::setName(const CodableValue &value)
{
    writeValue(QStringLiteral("name"), value);
}

std::optional<CodableValue> Procedure::anatomicLocation() const
{
    return readValue<CodableValue>(u"anatomic-location");
}

void Procedure::setAnatomicLocation(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("anatomic-location"), value);
}

std::optional<PersonInfo> Procedure::primaryProvider() const
{
    return readValue<PersonInfo>(u"primary-provider");
}

void Procedure::setPrimaryProvider(const std::optional<PersonInfo> &value)
{
    writeValue(QStringLiteral("primary-provider"), value);
}

std::optional<PersonInfo> Procedure::secondaryProvider() const
{
    return readValue<PersonInfo>(u"secondary-provider");
}

void Procedure::setSecondaryProvider(const std::optional<PersonInfo> &value)
{
    writeValue(QStringLiteral("secondary-provider"), value);
}

XmlNode Procedure::fromVersion1(const XmlNode &old)
{
    Procedure converted;
    if (const XmlNode *when = old.child(u"when")) {
        const HealthDateTime exact = HealthDateTime::read(*when);
        ApproxDateTime approx = ApproxDateTime::fromDate(exact.date, exact.time);
        approx.tz = exact.tz;
        converted.setWhen(approx);
    }
    const XmlNode *title = old.child(u"title");
    converted.setName(title ? CodableValue::read(*title) : CodableValue());
    if (const XmlNode *location = old.child(u"anatomic-location"))
        converted.setAnatomicLocation(CodableValue::read(*location));
    if (const XmlNode *provider = old.child(u"primary-provider"))
        converted.setPrimaryProvider(PersonInfo::read(*provider));
    if (const XmlNode *provider = old.child(u"secondary-provider"))
        converted.setSecondaryProvider(PersonInfo::read(*provider));
    return converted.root();
}

QString Procedure::summary() const
{
    const auto date = when();
    return date ? QStringLiteral("%1 %2").arg(name().text, date->toString()) : name().text;
}

} // namespace hearth
