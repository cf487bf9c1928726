#pragma once

#include "ui/charts/MeasurementSeries.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hearth::ui {

// A unit a measurement can be shown in: its symbol and how to get there from
// the kind's base unit (value * factor + offset).
struct ChartUnit
{
    QString symbol;
    double factor = 1;
    double offset = 0;
    int decimals = 1;

    double fromBase(double base) const { return base * factor + offset; }
    double toBase(double shown) const { return (shown - offset) / factor; }
};

// A normal range in the kind's base unit; a missing bound means the range is
// open on that side ("below 5.2 mmol/L").
struct ReferenceRange
{
    QString label;
    std::optional<double> low;
    std::optional<double> high;
};

// What Hearth knows about each measurement kind: its name, base unit, the
// units a person may choose and the normal ranges drawn as bands. The ranges
// are common adult ranges for orientation, not a diagnosis.
class MeasurementKinds
{
    Q_DECLARE_TR_FUNCTIONS(hearth::ui::MeasurementKinds)
public:
    static QList<MeasurementKind> all();
    static QString title(MeasurementKind kind);
    // The names of the charted values: one, or two for a pair.
    static QStringList valueNames(MeasurementKind kind);
    static bool isPaired(MeasurementKind kind) { return kind == MeasurementKind::BloodPressure; }
    // The unit a series holds its values in: the SI unit HealthVault stores
    // (kg, m, mmol/L, °C) or the customary one (mmHg, bpm, %).
    static QString baseSymbol(MeasurementKind kind);
    // The units to choose from, metric first, each relative to the base unit.
    static QList<ChartUnit> units(MeasurementKind kind);
    // One range per charted value (empty when no normal range is known).
    static QList<ReferenceRange> referenceRanges(MeasurementKind kind);
};

} // namespace hearth::ui
