#pragma once

#include "ui/charts/MeasurementKinds.h"
#include "ui/charts/MeasurementSeries.h"

#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QValueAxis;

namespace hearth::ui {

// A chart of one measurement over time: date range presets, the person's
// unit, normal-range bands, the value under the mouse, export as PNG.
// Blood pressure is drawn as a systolic/diastolic pair.
class MeasurementChart : public QWidget
{
    Q_OBJECT
public:
    // How far back from the latest measurement the chart looks.
    enum class Range { OneMonth, ThreeMonths, SixMonths, OneYear, FiveYears, All };
    Q_ENUM(Range)

    explicit MeasurementChart(QWidget *parent = nullptr);

    void setSeries(MeasurementSeries series);
    const MeasurementSeries &series() const { return m_series; }

    static QList<Range> ranges();
    static QString rangeName(Range range);
    Range range() const { return m_range; }
    void setRange(Range range);

    // The unit the values are shown in; an unknown symbol keeps the current unit.
    QString unitSymbol() const;
    void setUnitSymbol(const QString &symbol);

    // The points drawn for the current range (pairs count once).
    int visiblePointCount() const { return m_visibleCount; }
    // The value under the mouse as shown above the chart, or empty.
    QString hoverText() const;
    // Where a measurement taken at `when` with `value` (in the shown unit) is
    // drawn, in this widget's coordinates.
    QPoint positionOf(const QDateTime &when, double value) const;

    // Saves the chart as a PNG image; false when the file cannot be written.
    bool exportPng(const QString &path) const;

    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }

signals:
    void unitChanged(const QString &symbol);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyTheme();
    void showValueNear(const QPointF &widgetPos);
    void chooseExportFile();
    QString describe(const MeasurementPoint &point) const;
    ChartUnit currentUnit() const;

    MeasurementSeries m_series;
    Range m_range = Range::OneYear;
    int m_visibleFirst = 0;
    int m_visibleCount = 0;

    QComboBox *m_rangeChoice;
    QComboBox *m_unitChoice;
    QPushButton *m_export;
    QLabel *m_hover;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<QLineSeries *> m_lines;
    QList<QAreaSeries *> m_bands;
    QScatterSeries *m_marker;
};

} // namespace hearth::ui
