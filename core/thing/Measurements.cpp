#include "core/thing/Measurements.h"

namespace hearth {

DisplayValue::DisplayValue(double value, QString units, QString unitsCode)
    : value(value)
    , valueText(Units::formatNumber(value))
    , units(std::move(units))
    , unitsCode(std::move(unitsCode))
{ }

QString DisplayValue::toString() const
{
    if (!text.isEmpty())
        return text;
    const QString number = valueText.isEmpty() ? Units::formatNumber(value) : valueText;
    return units.isEmpty() ? number : number + u' ' + units;
}

DisplayValue DisplayValue::read(const XmlNode &element)
{
    DisplayValue result;
    result.valueText = element.text().trimmed();
    result.value = result.valueText.toDouble();
    result.units = element.attribute(u"units");
    result.unitsCode = element.attribute(u"units-code");
    result.text = element.attribute(u"text");
    return result;
}

void DisplayValue::writeTo(XmlNode &element) const
{
    element.attributes().clear();
    element.setAttribute(QStringLiteral("units"), units);
    if (!unitsCode.isEmpty())
        element.setAttribute(QStringLiteral("units-code"), unitsCode);
    if (!text.isEmpty())
        element.setAttribute(QStringLiteral("text"), text);
    element.setText(valueText.isEmpty() ? Units::formatNumber(value) : valueText);
}

QString SiMeasurement::toString(const QString &siUnit, int decimals) const
{
    if (display)
        return display->toString();
    return Units::formatRounded(si, decimals) + u' ' + siUnit;
}

SiMeasurement SiMeasurement::read(const XmlNode &element, QStringView siElement)
{
    SiMeasurement result;
    result.si = element.childText(siElement).trimmed().toDouble();
    if (const XmlNode *display = element.child(u"display"))
        result.display = DisplayValue::read(*display);
    return result;
}

void SiMeasurement::writeTo(XmlNode &element, const QString &siElement) const
{
    element.children().clear();
    element.appendChild(XmlNode(siElement)).setText(Units::formatNumber(si));
    if (display)
        display->writeTo(element.appendChild(XmlNode(QStringLiteral("display"))));
}

WeightValue WeightValue::fromUnit(double value, MassUnit unit)
{
    WeightValue result;
    result.si = Units::toKilograms(value, unit);
    result.display = DisplayValue(value, Units::symbol(unit), Units::symbol(unit));
    return result;
}

WeightValue WeightValue::read(const XmlNode &element)
{
    WeightValue result;
    static_cast<SiMeasurement &>(result) = SiMeasurement::read(element, u"kg");
    return result;
}

void WeightValue::writeTo(XmlNode &element) const
{
    SiMeasurement::writeTo(element, QStringLiteral("kg"));
}

LengthValue LengthValue::fromUnit(double value, LengthUnit unit)
{
    LengthValue result;
    result.si = Units::toMeters(value, unit);
    result.display = DisplayValue(value, Units::symbol(unit), Units::symbol(unit));
    return result;
}

LengthValue LengthValue::read(const XmlNode &element)
{
    LengthValue result;
    static_cast<SiMeasurement &>(result) = SiMeasurement::read(element, u"m");
    return result;
}

void LengthValue::writeTo(XmlNode &element) const
{
    SiMeasurement::writeTo(element, QStringLiteral("m"));
}

BloodGlucoseValue BloodGlucoseValue::fromUnit(double value, GlucoseUnit unit)
{
    BloodGlucoseValue result;
    result.si = Units::toMmolPerL(value, unit);
    result.display = DisplayValue(value, Units::symbol(unit), Units::symbol(unit));
    return result;
}

BloodGlucoseValue BloodGlucoseValue::read(const XmlNode &element)
{
    BloodGlucoseValue result;
    static_cast<SiMeasurement &>(result) = SiMeasurement::read(element, u"mmolPerL");
    return result;
}

void BloodGlucoseValue::writeTo(XmlNode &element) const
{
    SiMeasurement::writeTo(element, QStringLiteral("mmolPerL"));
}

TemperatureValue TemperatureValue::fromUnit(double value, TemperatureUnit unit)
{
    TemperatureValue result;
    result.si = Units::toCelsius(value, unit);
    result.display = DisplayValue(value, Units::symbol(unit));
    return result;
}

TemperatureValue TemperatureValue::read(const XmlNode &element)
{
    TemperatureValue result;
    static_cast<SiMeasurement &>(result) = SiMeasurement::read(element, u"celsius");
    return result;
}

void TemperatureValue::writeTo(XmlNode &element) const
{
    SiMeasurement::writeTo(element, QStringLiteral("celsius"));
}

ConcentrationValue ConcentrationValue::read(const XmlNode &element)
{
    ConcentrationValue result;
    static_cast<SiMeasurement &>(result) = SiMeasurement::read(element, u"mmolPerL");
    return result;
}

void ConcentrationValue::writeTo(XmlNode &element) const
{
    SiMeasurement::writeTo(element, QStringLiteral("mmolPerL"));
}

HbA1CValue HbA1CValue::read(const XmlNode &element)
{
    HbA1CValue result;
    static_cast<SiMeasurement &>(result) = SiMeasurement::read(element, u"mmol-per-mol");
    return result;
}

void HbA1CValue::writeTo(XmlNode &element) const
{
    SiMeasurement::writeTo(element, QStringLiteral("mmol-per-mol"));
}

StructuredMeasurement StructuredMeasurement::read(const XmlNode &element)
{
    StructuredMeasurement result;
    result.value = element.childText(u"value").trimmed().toDouble();
    if (const XmlNode *units = element.child(u"units"))
        result.units = CodableValue::read(*units);
    return result;
}

void StructuredMeasurement::writeTo(XmlNode &element) const
{
    element.children().clear();
    element.appendChild(XmlNode(QStringLiteral("value"))).setText(Units::formatNumber(value));
    units.writeTo(element.appendChild(XmlNode(QStringLiteral("units"))));
}

GeneralMeasurement GeneralMeasurement::read(const XmlNode &element)
{
    GeneralMeasurement result;
    result.display = element.childText(u"display");
    for (const XmlNode *s : element.childElements(u"structured"))
        result.structured.append(StructuredMeasurement::read(*s));
    return result;
}

void GeneralMeasurement::writeTo(XmlNode &element) const
{
    element.children().clear();
    element.appendChild(XmlNode(QStringLiteral("display"))).setText(display);
    for (const StructuredMeasurement &s : structured)
        s.writeTo(element.appendChild(XmlNode(QStringLiteral("structured"))));
}

} // namespace hearth
