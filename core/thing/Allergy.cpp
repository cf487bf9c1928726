#include "core/thing/Allergy.h"

namespace hearth {

QUuid Allergy::typeId()
{
    return QUuid::fromString(u"52bf9104-2c5e-4f1f-a66d-552ebcc53df7");
}

Allergy::Allergy()
    : TypedThing(typeId(), QStringLiteral("allergy"))
{ }

std::optional<Allergy> Allergy::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"allergy"))
        return std::nullopt;
    return Allergy(std::move(thing));
}

const XmlOrder &Allergy::order() const
{
    static const XmlOrder order = {
        QLatin1String("name"),
        QLatin1String("reaction"),
        QLatin1String("first-observed"),
        QLatin1String("allergen-type"),
        QLatin1String("allergen-code"),
        QLatin1String("treatment-provider"),
        QLatin1String("treatment"),
        QLatin1String("is-negated"),
    };
    return order;
}

CodableValue Allergy::name() const
{
    return readValue<CodableValue>(u"name").value_or(CodableValue());
}

void Allergy::setName(const CodableValue &value)
{
    writeValue(QStringLiteral("name"), value);
}

std::optional<CodableValue> Allergy::reaction() const
{
    return readValue<CodableValue>(u"reaction");
}

void Allergy::setReaction(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("reaction"), value);
}

std::optional<ApproxDateTime> Allergy::firstObserved() const
{
    return readValue<ApproxDateTime>(u"first-observed");
}

void Allergy::setFirstObserved(const std::optional<ApproxDateTime> &value)
{
    writeValue(QStringLiteral("first-observed"), value);
}

std::optional<CodableValue> Allergy::allergenType() const
{
    return readValue<CodableValue>(u"allergen-type");
}

void Allergy::setAllergenType(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("allergen-type"), value);
}

std::optional<CodableValue> Allergy::allergenCode() const
{
    return readValue<CodableValue>(u"allergen-code");
}

void Allergy::setAllergenCode(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("allergen-code"), value);
}

std::optional<PersonInfo> Allergy::treatmentProvider() const
{
    return readValue<PersonInfo>(u"treatment-provider");
}

void Allergy::setTreatmentProvider(const std::optional<PersonInfo> &value)
{
    writeValue(QStringLiteral("treatment-provider"), value);
}

std::optional<CodableValue> Allergy::treatment() const
{
    return readValue<CodableValue>(u"treatment");
}

void Allergy::setTreatment(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("treatment"), value);
}

std::optional<bool> Allergy::isNegated() const
{
    return boolean(u"is-negated");
}

void Allergy::setIsNegated(std::optional<bool> value)
{
    setBoolean(QStringLiteral("is-negated"), value);
}

QString Allergy::summary() const
{
    const auto how = reaction();
    if (!how || how->text.isEmpty())
        return name().text;
    return QStringLiteral("%1 (%2)").arg(name().text, how->text);
}

} // namespace hearth
