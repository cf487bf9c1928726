#include "core/thing/Immunization.h"

namespace hearth {

QUuid Immunization::typeId()
{
    return QUuid::fromString(u"cd3587b5-b6e1-4565-ab3b-1c3ad45eb04f");
}

QList<QUuid> Immunization::olderTypeIds()
{
    return { QUuid::fromString(u"3d817dbe-af42-4a9d-a553-d1298b4d08fc") };
}

Immunization::Immunization()
    : TypedThing(typeId(), QStringLiteral("immunization"))
{ }

std::optional<Immunization> Immunization::fromThing(Thing thing)
{
    if (accepts(thing, olderTypeIds(), u"immunization")) {
        // Version 1 differs only in <manufacturer>, plain text there.
        XmlNode root = *thing.dataRoot();
        if (XmlNode *maker = root.child(u"manufacturer"))
            CodableValue(maker->text()).writeTo(*maker);
        upversion(thing, std::move(root), typeId());
    }
    if (!accepts(thing, { typeId() }, u"immunization"))
        return std::nullopt;
    return Immunization(std::move(thing));
}

const XmlOrder &Immunization::order() const
{
    static const XmlOrder order = {
        QLatin1String("name"),
        QLatin1String("administration-date"),
        QLatin1String("administrator"),
        QLatin1String("manufacturer"),
        QLatin1String("lot"),
        QLatin1String("route"),
        QLatin1String("expiration-date"),
        QLatin1String("sequence"),
        QLatin1String("anatomic-surface"),
        QLatin1String("adverse-event"),
        QLatin1String("consent"),
    };
    return order;
}

CodableValue Immunization::name() const
{
    return readValue<CodableValue>(u"name").value_or(CodableValue());
}

void Immunization::setName(const CodableValue &value)
{
    writeValue(QStringLiteral("name"), value);
}

std::optional<ApproxDateTime> Immunization::administrationDate() const
{
    return readValue<ApproxDateTime>(u"administration-date");
}

void Immunization::setAdministrationDate(const std::optional<ApproxDateTime> &value)
{
    writeValue(QStringLiteral("administration-date"), value);
}

std::optional<PersonInfo> Immunization::administrator() const
{
    return readValue<PersonInfo>(u"administrator");
}

void Immunization::setAdministrator(const std::optional<PersonInfo> &value)
{
    writeValue(QStringLiteral("administrator"), value);
}

std::optional<CodableValue> Immunization::manufacturer() const
{
    return readValue<CodableValue>(u"manufacturer");
}

void Immunization::setManufacturer(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("manufacturer"), value);
}

QString Immunization::lot() const
{
    return text(u"lot");
}

void Immunization::setLot(const QString &value)
{
    setText(QStringLiteral("lot"), value);
}

std::optional<CodableValue> Immunization::route() const
{
    return readValue<CodableValue>(u"route");
}

void Immunization::setRoute(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("route"), value);
}

std::optional<ApproxDate> Immunization::expirationDate() const
{
    return readValue<ApproxDate>(u"expiration-date");
}

void Immunization::setExpirationDate(const std::optional<ApproxDate> &value)
{
    writeValue(QStringLiteral("expiration-date"), value);
}

QString Immunization::sequence() const
{
    return text(u"sequence");
}

void Immunization::setSequence(const QString &value)
{
    setText(QStringLiteral("sequence"), value);
}

std::optional<CodableValue> Immunization::anatomicSurface() const
{
    return readValue<CodableValue>(u"anatomic-surface");
}

void Immunization::setAnatomicSurface(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("anatomic-surface"), value);
}

QString Immunization::adverseEvent() const
{
    return text(u"adverse-event");
}

void Immunization::setAdverseEvent(const QString &value)
{
    setText(QStringLiteral("adverse-event"), value);
}

QString Immunization::consent() const
{
    return text(u"consent");
}

void Immunization::setConsent(const QString &value)
{
    setText(QStringLiteral("consent"), value);
}

QString Immunization::summary() const
{
    const auto when = administrationDate();
    return when ? QStringLiteral("%1 %2").arg(name().text, when->toString()) : name().text;
}

} // namespace hearth
