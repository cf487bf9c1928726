#include "ui/charts/MeasurementKinds.h"

#include "core/thing/Units.h"

namespace hearth::ui {

namespace {

// Total cholesterol: 1 mmol/L is 38.67 mg/dL (molar mass 386.65 g/mol).
constexpr double kCholesterolMgPerDlPerMmolPerL = 38.67;

} // namespace

QList<MeasurementKind> MeasurementKinds::all()
{
    return { MeasurementKind::Weight, MeasurementKind::Height, MeasurementKind::BloodPressure,
        MeasurementKind::BloodGlucose, MeasurementKind::HeartRate, MeasurementKind::BodyTemperature,
        MeasurementKind::Cholesterol, MeasurementKind::HbA1c, MeasurementKind::OxygenSaturation };
}

QString MeasurementKinds::title(MeasurementKind kind)
{
    switch (kind) {
    case MeasurementKind::Weight:
        return tr("Weight");
    case MeasurementKind::Height:
        return tr("Height");
    case MeasurementKind::BloodPressure:
        return tr("Blood pressure");
    case MeasurementKind::BloodGlucose:
        return tr("Blood glucose");
    case MeasurementKind::HeartRate:
        return tr("Heart rate");
    case MeasurementKind::BodyTemperature:
        return tr("Body temperature");
    case MeasurementKind::Cholesterol:
        return tr("Cholesterol");
    case MeasurementKind::HbA1c:
        return tr("HbA1c");
    case MeasurementKind::OxygenSaturation:
        return tr("Oxygen saturation");
    }
    return {};
}

QStringList MeasurementKinds::valueNames(MeasurementKind kind)
{
    if (kind == MeasurementKind::BloodPressure)
        return { tr("Systolic"), tr("Diastolic") };
    return { title(kind) };
}

QString MeasurementKinds::baseSymbol(MeasurementKind kind)
{
    if (kind == MeasurementKind::Height)
        return Units::symbol(LengthUnit::Meter);
    return units(kind).constFirst().symbol;
}

QList<ChartUnit> MeasurementKinds::units(MeasurementKind kind)
{
    switch (kind) {
    case MeasurementKind::Weight:
        return { { Units::symbol(MassUnit::Kilogram), 1, 0, 1 },
            { Units::symbol(MassUnit::Pound), Units::fromKilograms(1, MassUnit::Pound), 0, 1 } };
    case MeasurementKind::Height:
        return { { Units::symbol(LengthUnit::Centimeter),
                     Units::fromMeters(1, LengthUnit::Centimeter), 0, 0 },
            { Units::symbol(LengthUnit::Inch), Units::fromMeters(1, LengthUnit::Inch), 0, 1 } };
    case MeasurementKind::BloodPressure:
        return { { QStringLiteral("mmHg"), 1, 0, 0 } };
    case MeasurementKind::BloodGlucose:
        return { { Units::symbol(GlucoseUnit::MillimolePerLiter), 1, 0, 1 },
            { Units::symbol(GlucoseUnit::MilligramPerDeciliter), Units::kMgPerDlPerMmolPerL, 0,
                0 } };
    case MeasurementKind::HeartRate:
        return { { tr("bpm"), 1, 0, 0 } };
    case MeasurementKind::BodyTemperature:
        return { { Units::symbol(TemperatureUnit::Celsius), 1, 0, 1 },
            { Units::symbol(TemperatureUnit::Fahrenheit), 1.8, 32, 1 } };
    case MeasurementKind::Cholesterol:
        return { { Units::symbol(GlucoseUnit::MillimolePerLiter), 1, 0, 1 },
            { Units::symbol(GlucoseUnit::MilligramPerDeciliter), kCholesterolMgPerDlPerMmolPerL, 0,
                0 } };
    case MeasurementKind::HbA1c:
    case MeasurementKind::OxygenSaturation:
        return { { QStringLiteral("%"), 1, 0, 1 } };
    }
    return { { QString(), 1, 0, 1 } };
}

QList<ReferenceRange> MeasurementKinds::referenceRanges(MeasurementKind kind)
{
    switch (kind) {
    case MeasurementKind::BloodPressure:
        return { { tr("Normal systolic"), 90.0, 120.0 }, { tr("Normal diastolic"), 60.0, 80.0 } };
    case MeasurementKind::BloodGlucose:
        return { { tr("Normal fasting glucose"), 3.9, 5.6 } };
    case MeasurementKind::HeartRate:
        return { { tr("Normal resting heart rate"), 60.0, 100.0 } };
    case MeasurementKind::BodyTemperature:
        return { { tr("Normal body temperature"), 36.1, 37.2 } };
    case MeasurementKind::Cholesterol:
        return { { tr("Desirable cholesterol"), std::nullopt, 5.2 } };
    case MeasurementKind::HbA1c:
        return { { tr("Normal HbA1c"), std::nullopt, 5.7 } };
    case MeasurementKind::OxygenSaturation:
        return { { tr("Normal oxygen saturation"), 95.0, 100.0 } };
    case MeasurementKind::Weight:
    case MeasurementKind::Height:
        break;
    }
    return {};
}

} // namespace hearth::ui
