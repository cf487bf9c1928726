#include "core/thing/Units.h"

#include <QLocale>

namespace hearth {

namespace {

double massFactor(MassUnit unit)
{
    switch (unit) {
    case MassUnit::Kilogram:
        return 1.0;
    case MassUnit::Gram:
        return 0.001;
    case MassUnit::Pound:
        return 0.45359237;
    case MassUnit::Ounce:
        return 0.45359237 / 16.0;
    case MassUnit::Stone:
        return 0.45359237 * 14.0;
    }
    return 1.0;
}

double lengthFactor(LengthUnit unit)
{
    switch (unit) {
    case LengthUnit::Meter:
        return 1.0;
    case LengthUnit::Centimeter:
        return 0.01;
    case LengthUnit::Millimeter:
        return 0.001;
    case LengthUnit::Inch:
        return 0.0254;
    case LengthUnit::Foot:
        return 0.3048;
    }
    return 1.0;
}

QString normalized(const QString &text)
{
    return text.trimmed().toLower().remove(u' ').remove(u'.');
}

} // namespace

double Units::toKilograms(double value, MassUnit unit)
{
    return value * massFactor(unit);
}

double Units::fromKilograms(double kilograms, MassUnit unit)
{
    return kilograms / massFactor(unit);
}

double Units::toMeters(double value, LengthUnit unit)
{
    return value * lengthFactor(unit);
}

double Units::fromMeters(double meters, LengthUnit unit)
{
    return meters / lengthFactor(unit);
}

double Units::toMmolPerL(double value, GlucoseUnit unit)
{
    return unit == GlucoseUnit::MilligramPerDeciliter ? value / kMgPerDlPerMmolPerL : value;
}

double Units::fromMmolPerL(double mmolPerL, GlucoseUnit unit)
{
    return unit == GlucoseUnit::MilligramPerDeciliter ? mmolPerL * kMgPerDlPerMmolPerL : mmolPerL;
}

double Units::toCelsius(double value, TemperatureUnit unit)
{
    return unit == TemperatureUnit::Fahrenheit ? (value - 32.0) * 5.0 / 9.0 : value;
}

double Units::fromCelsius(double celsius, TemperatureUnit unit)
{
    return unit == TemperatureUnit::Fahrenheit ? celsius * 9.0 / 5.0 + 32.0 : celsius;
}

QString Units::symbol(MassUnit unit)
{
    switch (unit) {
    case MassUnit::Kilogram:
        return QStringLiteral("kg");
    case MassUnit::Gram:
        return QStringLiteral("g");
    case MassUnit::Pound:
        return QStringLiteral("lb");
    case MassUnit::Ounce:
        return QStringLiteral("oz");
    case MassUnit::Stone:
        return QStringLiteral("st");
    }
    return {};
}

QString Units::symbol(LengthUnit unit)
{
    switch (unit) {
    case LengthUnit::Meter:
        return QStringLiteral("m");
    case LengthUnit::Centimeter:
        return QStringLiteral("cm");
    case LengthUnit::Millimeter:
        return QStringLiteral("mm");
    case LengthUnit::Inch:
        return QStringLiteral("in");
    case LengthUnit::Foot:
        return QStringLiteral("ft");
    }
    return {};
}

QString Units::symbol(GlucoseUnit unit)
{
    return unit == GlucoseUnit::MilligramPerDeciliter ? QStringLiteral("mg/dL")
                                                      : QStringLiteral("mmol/L");
}

QString Units::symbol(TemperatureUnit unit)
{
    return unit == TemperatureUnit::Fahrenheit ? QStringLiteral("°F") : QStringLiteral("°C");
}

std::optional<MassUnit> Units::massUnit(const QString &text)
{
    const QString unit = normalized(text);
    if (unit == u"kg" || unit == u"kgs" || unit == u"kilogram" || unit == u"kilograms")
        return MassUnit::Kilogram;
    if (unit == u"g" || unit == u"gram" || unit == u"grams")
        return MassUnit::Gram;
    if (unit == u"lb" || unit == u"lbs" || unit == u"pound" || unit == u"pounds")
        return MassUnit::Pound;
    if (unit == u"oz" || unit == u"ounce" || unit == u"ounces")
        return MassUnit::Ounce;
    if (unit == u"st" || unit == u"stone" || unit == u"stones")
        return MassUnit::Stone;
    return std::nullopt;
}

std::optional<LengthUnit> Units::lengthUnit(const QString &text)
{
    const QString unit = normalized(text);
    if (unit == u"m" || unit == u"meter" || unit == u"meters" || unit == u"metre")
        return LengthUnit::Meter;
    if (unit == u"cm" || unit == u"centimeter" || unit == u"centimeters")
        return LengthUnit::Centimeter;
    if (unit == u"mm" || unit == u"millimeter" || unit == u"millimeters")
        return LengthUnit::Millimeter;
    if (unit == u"in" || unit == u"inch" || unit == u"inches" || unit == u"\"")
        return LengthUnit::Inch;
    if (unit == u"ft" || unit == u"foot" || unit == u"feet" || unit == u"'")
        return LengthUnit::Foot;
    return std::nullopt;
}

std::optional<GlucoseUnit> Units::glucoseUnit(const QString &text)
{
    const QString unit = normalized(text);
    if (unit == u"mmol/l" || unit == u"mmolperl")
        return GlucoseUnit::MillimolePerLiter;
    if (unit == u"mg/dl" || unit == u"mgperdl")
        return GlucoseUnit::MilligramPerDeciliter;
    return std::nullopt;
}

std::optional<TemperatureUnit> Units::temperatureUnit(const QString &text)
{
    const QString unit = normalized(text).remove(u'°');
    if (unit == u"c" || unit == u"celsius")
        return TemperatureUnit::Celsius;
    if (unit == u"f" || unit == u"fahrenheit")
        return TemperatureUnit::Fahrenheit;
    return std::nullopt;
}

QString Units::formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString Units::formatRounded(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text == u"-0" ? QStringLiteral("0") : text;
}

} // namespace hearth
