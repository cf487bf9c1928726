#pragma once

#include <QString>

#include <optional>

namespace hearth {

enum class MassUnit { Kilogram, Gram, Pound, Ounce, Stone };
enum class LengthUnit { Meter, Centimeter, Millimeter, Inch, Foot };
enum class GlucoseUnit { MillimolePerLiter, MilligramPerDeciliter };
enum class TemperatureUnit { Celsius, Fahrenheit };

// Conversions between the SI values HealthVault stores (kg, m, mmol/L, °C)
// and the units people type, with the unit symbols written in display
// values. Factors are the exact definitions (1 lb = 0.45359237 kg,
// 1 in = 0.0254 m); glucose uses its molar mass, 180.156 g/mol.
class Units
{
public:
    static constexpr double kMgPerDlPerMmolPerL = 18.0156;

    static double toKilograms(double value, MassUnit unit);
    static double fromKilograms(double kilograms, MassUnit unit);
    static double toMeters(double value, LengthUnit unit);
    static double fromMeters(double meters, LengthUnit unit);
    static double toMmolPerL(double value, GlucoseUnit unit);
    static double fromMmolPerL(double mmolPerL, GlucoseUnit unit);
    static double toCelsius(double value, TemperatureUnit unit);
    static double fromCelsius(double celsius, TemperatureUnit unit);

    // The symbol written in <display units="...">: "kg", "lb", "mg/dL", ...
    static QString symbol(MassUnit unit);
    static QString symbol(LengthUnit unit);
    static QString symbol(GlucoseUnit unit);
    static QString symbol(TemperatureUnit unit);

    // Reads a unit as found in display values ("lbs", "Pounds", "mg/dl",
    // "°F"); nullopt when it is not one of these units.
    static std::optional<MassUnit> massUnit(const QString &text);
    static std::optional<LengthUnit> lengthUnit(const QString &text);
    static std::optional<GlucoseUnit> glucoseUnit(const QString &text);
    static std::optional<TemperatureUnit> temperatureUnit(const QString &text);

    // The shortest text that reads back as the same double ("72.5", "160").
    static QString formatNumber(double value);
    // A value for people: at most decimals places, trailing zeros dropped.
    static QString formatRounded(double value, int decimals);
};

} // namespace hearth
