#pragma once

#include <QDateTime>
#include <QList>

#include <optional>

namespace hearth::ui {

// The measurement types Hearth charts. Each has a base unit in which a
// series holds its values (see MeasurementKinds::baseUnit).
enum class MeasurementKind {
    Weight,
    Height,
    BloodPressure,
    BloodGlucose,
    HeartRate,
    BodyTemperature,
    Cholesterol,
    HbA1c,
    OxygenSaturation,
};

// One measurement: when it was taken and its value in the kind's base unit;
// value2 holds the second value of a pair (diastolic blood pressure).
struct MeasurementPoint
{
    QDateTime when;
    double value = 0;
    std::optional<double> value2;
};

// A plain time series for the chart, independent of the store: the caller
// reads things and hands over their dates and values, oldest first.
struct MeasurementSeries
{
    MeasurementKind kind = MeasurementKind::Weight;
    QList<MeasurementPoint> points;
};

} // namespace hearth::ui
