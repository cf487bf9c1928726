#include "core/thing/MedicationFill.h"

#include <QCoreApplication>

namespace hearth {

QUuid MedicationFill::typeId()
{
    return QUuid::fromString(u"167ecf6b-bb54-43f9-a473-507b334907e0");
}

MedicationFill::MedicationFill()
    : TypedThing(typeId(), QStringLiteral("medication-fill"))
{ }

std::optional<MedicationFill> MedicationFill::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"medication-fill"))
        return std::nullopt;
    return MedicationFill(std::move(thing));
}

const XmlOrder &MedicationFill::order() const
{
    static const XmlOrder order = {
        QLatin1String("name"),
        QLatin1String("date-filled"),
        QLatin1String("days-supply"),
        QLatin1String("next-refill-date"),
        QLatin1String("refills-left"),
        QLatin1String("pharmacy"),
        QLatin1String("prescription-number"),
        QLatin1String("lot-number"),
    };
    return order;
}

CodableValue MedicationFill::name() const
{
    return readValue<CodableValue>(u"name").value_or(CodableValue());
}

void MedicationFill::setName(const CodableValue &value)
{
    writeValue(QStringLiteral("name"), value);
}

std::optional<ApproxDateTime> MedicationFill::dateFilled() const
{
    return readValue<ApproxDateTime>(u"date-filled");
}

void MedicationFill::setDateFilled(const std::optional<ApproxDateTime> &value)
{
    writeValue(QStringLiteral("date-filled"), value);
}

std::optional<int> MedicationFill::daysSupply() const
{
    return integer(u"days-supply");
}

void MedicationFill::setDaysSupply(std::optional<int> value)
{
    setInteger(QStringLiteral("days-supply"), value);
}

std::optional<ApproxDate> MedicationFill::nextRefillDate() const
{
    return readValue<ApproxDate>(u"next-refill-date");
}

void MedicationFill::setNextRefillDate(const std::optional<ApproxDate> &value)
{
    writeValue(QStringLiteral("next-refill-date"), value);
}

std::optional<int> MedicationFill::refillsLeft() const
{
    return integer(u"refills-left");
}

void MedicationFill::setRefillsLeft(std::optional<int> value)
{
    setInteger(QStringLiteral("refills-left"), value);
}

std::optional<OrganizationInfo> MedicationFill::pharmacy() const
{
    return readValue<OrganizationInfo>(u"pharmacy");
}

void MedicationFill::setPharmacy(const std::optional<OrganizationInfo> &value)
{
    writeValue(QStringLiteral("pharmacy"), value);
}

QString MedicationFill::prescriptionNumber() const
{
    return text(u"prescription-number");
}

void MedicationFill::setPrescriptionNumber(const QString &value)
{
    setText(QStringLiteral("prescription-number"), value);
}

QString MedicationFill::lotNumber() const
{
    return text(u"lot-number");
}

void MedicationFill::setLotNumber(const QString &value)
{
    setText(QStringLiteral("lot-number"), value);
}

QString MedicationFill::summary() const
{
    const auto filled = dateFilled();
    if (!filled)
        return name().text;
    return QCoreApplication::translate("hearth::Thing", "%1 filled %2")
        .arg(name().text, filled->toString());
}

} // namespace hearth
