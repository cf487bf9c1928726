#include "core/thing/Medication.h"

#include <QStringList>

namespace hearth {

QUuid Medication::typeId()
{
    return QUuid::fromString(u"30cafccc-047d-4288-94ef-643571f7919d");
}

QList<QUuid> Medication::olderTypeIds()
{
    return { QUuid::fromString(u"5c5f1223-f63c-4464-870c-3e36ba471def") };
}

Medication::Medication()
    : TypedThing(typeId(), QStringLiteral("medication"))
{ }

std::optional<Medication> Medication::fromThing(Thing thing)
{
    if (accepts(thing, olderTypeIds(), u"medication"))
        upversion(thing, fromVersion1(*thing.dataRoot()), typeId());
    if (!accepts(thing, { typeId() }, u"medication"))
        return std::nullopt;
    return Medication(std::move(thing));
}

const XmlOrder &Medication::order() const
{
    static const XmlOrder order = {
        QLatin1String("name"),
        QLatin1String("generic-name"),
        QLatin1String("dose"),
        QLatin1String("strength"),
        QLatin1String("frequency"),
        QLatin1String("route"),
        QLatin1String("indication"),
        QLatin1String("date-started"),
        QLatin1String("date-discontinued"),
        QLatin1String("prescribed"),
        QLatin1String("prescription"),
    };
    return order;
}

CodableValue Medication::name() const
{
    return readValue<CodableValue>(u"name").value_or(CodableValue());
}

void Medication::setName(const CodableValue &value)
{
    writeValue(QStringLiteral("name"), value);
}

std::optional<CodableValue> Medication::genericName() const
{
    return readValue<CodableValue>(u"generic-name");
}

void Medication::setGenericName(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("generic-name"), value);
}

std::optional<GeneralMeasurement> Medication::dose() const
{
    return readValue<GeneralMeasurement>(u"dose");
}

void Medication::setDose(const std::optional<GeneralMeasurement> &value)
{
    writeValue(QStringLiteral("dose"), value);
}

std::optional<GeneralMeasurement> Medication::strength() const
{
    return readValue<GeneralMeasurement>(u"strength");
}

void Medication::setStrength(const std::optional<GeneralMeasurement> &value)
{
    writeValue(QStringLiteral("strength"), value);
}

std::optional<GeneralMeasurement> Medication::frequency() const
{
    return readValue<GeneralMeasurement>(u"frequency");
}

void Medication::setFrequency(const std::optional<GeneralMeasurement> &value)
{
    writeValue(QStringLiteral("frequency"), value);
}

std::optional<CodableValue> Medication::route() const
{
    return readValue<CodableValue>(u"route");
}

void Medication::setRoute(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("route"), value);
}

std::optional<CodableValue> Medication::indication() const
{
    return readValue<CodableValue>(u"indication");
}

void Medication::setIndication(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("indication"), value);
}

std::optional<ApproxDateTime> Medication::dateStarted() const
{
    return readValue<ApproxDateTime>(u"date-started");
}

void Medication::setDateStarted(const std::optional<ApproxDateTime> &value)
{
    writeValue(QStringLiteral("date-started"), value);
}

std::optional<ApproxDateTime> Medication::dateDiscontinued() const
{
    return readValue<ApproxDateTime>(u"date-discontinued");
}

void Medication::setDateDiscontinued(const std::optional<ApproxDateTime> &value)
{
    writeValue(QStringLiteral("date-discontinued"), value);
}

std::optional<CodableValue> Medication::prescribed() const
{
    return readValue<CodableValue>(u"prescribed");
}

void Medication::setPrescribed(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("prescribed"), value);
}

XmlNode Medication::fromVersion1(const XmlNode &old)
{
    Medication converted;
    converted.setName(CodableValue(old.childText(u"name")));
    if (const XmlNode *dose = old.child(u"dose-value")) {
        const QString amount = dose->childText(u"exact-dose");
        const XmlNode *unit = old.child(u"dose-unit");
        const QString unitText = unit ? unit->childText(u"text") : QString();
        GeneralMeasurement measurement(QStringList { amount, unitText }.join(u' ').trimmed());
        if (measurement.display.isEmpty())
            measurement.display = dose->childText(u"description");
        if (!amount.isEmpty() && unit)
            measurement.structured.append({ amount.toDouble(), CodableValue::read(*unit) });
        converted.setDose(measurement);
    }
    if (const XmlNode *strength = old.child(u"strength-value")) {
        const XmlNode *unit = old.child(u"strength-unit");
        GeneralMeasurement measurement(
            QStringList { strength->text(), unit ? unit->childText(u"text") : QString() }
                .join(u' ')
                .trimmed());
        if (unit)
            measurement.structured.append(
                { strength->text().toDouble(), CodableValue::read(*unit) });
        converted.setStrength(measurement);
    }
    if (const XmlNode *frequency = old.child(u"frequency"))
        converted.setFrequency(GeneralMeasurement(frequency->text()));
    if (const XmlNode *route = old.child(u"route"))
        converted.setRoute(CodableValue::read(*route));
    if (const XmlNode *indication = old.child(u"indication"))
        converted.setIndication(CodableValue(indication->text()));
    if (const XmlNode *started = old.child(u"date-prescribed"))
        converted.setDateStarted(ApproxDateTime::read(*started));
    if (const XmlNode *stopped = old.child(u"date-discontinued"))
        converted.setDateDiscontinued(ApproxDateTime::read(*stopped));
    if (old.childText(u"is-prescribed").trimmed() == u"true")
        converted.setPrescribed(CodableValue(QStringLiteral("Prescribed"),
            { { QStringLiteral("prescribed"), QStringLiteral("wc"),
                QStringLiteral("medication-prescribed"), QString() } }));
    return converted.root();
}

QString Medication::summary() const
{
    QStringList parts { name().text };
    const auto amount = strength() ? strength() : dose();
    if (amount && !amount->display.isEmpty())
        parts << amount->display;
    if (const auto often = frequency(); often && !often->display.isEmpty())
        parts << often->display;
    return parts.join(u' ');
}

} // namespace hearth
