#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/Units.h"
#include "core/thing/XmlNode.h"

#include <QList>
#include <QString>

#include <optional>

namespace hearth {

// base.xsd display-value: the number and unit as the person entered them,
// kept next to the SI value so "160 lb" shows back as "160 lb". valueText is
// the number exactly as written.
struct DisplayValue
{
    double value = 0;
    QString valueText;
    QString units;
    QString unitsCode;
    QString text;

    DisplayValue() = default;
    DisplayValue(double value, QString units, QString unitsCode = {});

    QString toString() const; // text if given, else "160 lb"
    static DisplayValue read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// A value in its SI unit plus the optional display value (weight-value,
// length-value, blood-glucose-value, temperature-value, ...). siElement is
// the element that holds the number: "kg", "m", "mmolPerL", "celsius".
struct SiMeasurement
{
    double si = 0;
    std::optional<DisplayValue> display;

    // What to show: the display value when present, else the SI value with
    // its unit rounded to decimals.
    QString toString(const QString &siUnit, int decimals) const;
    static SiMeasurement read(const XmlNode &element, QStringView siElement);
    void writeTo(XmlNode &element, const QString &siElement) const;
};

// base.xsd weight-value (kg).
struct WeightValue : SiMeasurement
{
    static WeightValue fromUnit(double value, MassUnit unit);
    double kilograms() const { return si; }
    double in(MassUnit unit) const { return Units::fromKilograms(si, unit); }
    QString toString() const { return SiMeasurement::toString(QStringLiteral("kg"), 1); }
    static WeightValue read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// base.xsd length-value (m).
struct LengthValue : SiMeasurement
{
    static LengthValue fromUnit(double value, LengthUnit unit);
    double meters() const { return si; }
    double in(LengthUnit unit) const { return Units::fromMeters(si, unit); }
    QString toString() const { return SiMeasurement::toString(QStringLiteral("m"), 2); }
    static LengthValue read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// base.xsd blood-glucose-value (mmol/L).
struct BloodGlucoseValue : SiMeasurement
{
    static BloodGlucoseValue fromUnit(double value, GlucoseUnit unit);
    double mmolPerL() const { return si; }
    double in(GlucoseUnit unit) const { return Units::fromMmolPerL(si, unit); }
    QString toString() const { return SiMeasurement::toString(QStringLiteral("mmol/L"), 1); }
    static BloodGlucoseValue read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// base.xsd temperature-value (°C).
struct TemperatureValue : SiMeasurement
{
    static TemperatureValue fromUnit(double value, TemperatureUnit unit);
    double celsius() const { return si; }
    double in(TemperatureUnit unit) const { return Units::fromCelsius(si, unit); }
    QString toString() const { return SiMeasurement::toString(QStringLiteral("°C"), 1); }
    static TemperatureValue read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// base.xsd concentration-value (mmol/L), e.g. cholesterol.
struct ConcentrationValue : SiMeasurement
{
    double mmolPerL() const { return si; }
    QString toString() const { return SiMeasurement::toString(QStringLiteral("mmol/L"), 2); }
    static ConcentrationValue read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// HbA1C.2.xsd HbA1CValue (mmol/mol).
struct HbA1CValue : SiMeasurement
{
    QString toString() const { return SiMeasurement::toString(QStringLiteral("mmol/mol"), 0); }
    static HbA1CValue read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// base.xsd structured-measurement: a number with coded units.
struct StructuredMeasurement
{
    double value = 0;
    CodableValue units;

    static StructuredMeasurement read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// base.xsd general-measurement: free text ("10 mg") plus structured parts.
struct GeneralMeasurement
{
    QString display;
    QList<StructuredMeasurement> structured;

    GeneralMeasurement() = default;
    explicit GeneralMeasurement(QString display, QList<StructuredMeasurement> structured = {})
        : display(std::move(display))
        , structured(std::move(structured))
    { }

    static GeneralMeasurement read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

} // namespace hearth
