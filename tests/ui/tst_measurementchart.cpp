// Draws weight and blood pressure charts on the X display and checks what a
// person sees: the points of the chosen range, the unit, the normal-range
// bands, the value under the mouse and the exported PNG.

#include "tests/common/Screenshot.h"
#include "ui/charts/MeasurementChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using hearth::ui::MeasurementChart;
using hearth::ui::MeasurementKind;
using hearth::ui::MeasurementPoint;
using hearth::ui::MeasurementSeries;

namespace {

const QDateTime kLatest(QDate(2024, 6, 30), QTime(8, 0));

// A weight every day for two years, drifting from 80 kg down to 74 kg.
MeasurementSeries dailyWeights()
{
    MeasurementSeries series { MeasurementKind::Weight, {} };
    for (int day = 730; day >= 0; --day) {
        const double kg = 74 + 6 * day / 730.0 + 0.4 * std::sin(day / 5.0);
        series.points.append({ kLatest.addDays(-day), kg, std::nullopt });
    }
    return series;
}

// A blood pressure every week for a year, from 138/88 to 122/79.
MeasurementSeries weeklyBloodPressure()
{
    MeasurementSeries series { MeasurementKind::BloodPressure, {} };
    for (int week = 52; week >= 0; --week) {
        series.points.append(
            { kLatest.addDays(-7 * week), 122 + 16 * week / 52.0, 79 + 9 * week / 52.0 });
    }
    return series;
}

// True when a pixel within `radius` of `at` is close to `colour`.
bool colourNear(const QImage &image, QPoint at, const QColor &colour, int radius = 3)
{
    for (int dy = -radius; dy <= radius; ++dy) {
        for (int dx = -radius; dx <= radius; ++dx) {
            const QColor c = image.pixelColor(at + QPoint(dx, dy));
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                    + std::abs(c.blue() - colour.blue())
                < 60)
                return true;
        }
    }
    return false;
}

} // namespace

class TestMeasurementChart : public QObject
{
    Q_OBJECT
private slots:
    void rangePresetsChooseThePointsShown()
    {
        MeasurementChart chart;
        chart.setSeries(dailyWeights());
        chart.setRange(MeasurementChart::Range::All);
        QCOMPARE(chart.visiblePointCount(), 731);
        chart.setRange(MeasurementChart::Range::OneMonth);
        QCOMPARE(chart.visiblePointCount(), 32); // 30 May .. 30 June
        chart.setRange(MeasurementChart::Range::OneYear);
        QCOMPARE(chart.visiblePointCount(), 367); // a leap year, both ends included
        auto *range = chart.findChild<QComboBox *>(QStringLiteral("chartRange"));
        QCOMPARE(range->currentText(), QStringLiteral("1 year"));
        QCOMPARE(range->count(), MeasurementChart::ranges().size());
    }

    void unitOfThePersonsChoiceScalesTheAxis()
    {
        MeasurementChart chart;
        chart.setSeries(dailyWeights());
        chart.setRange(MeasurementChart::Range::OneMonth);
        auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).constFirst());
        QCOMPARE(axis->titleText(), QStringLiteral("kg"));
        QVERIFY2(
            axis->min() < 74.5 && axis->max() > 74.5, qPrintable(QString::number(axis->max())));

        QSignalSpy unitChanged(&chart, &MeasurementChart::unitChanged);
        auto *unit = chart.findChild<QComboBox *>(QStringLiteral("chartUnit"));
        QCOMPARE(unit->count(), 2);
        unit->setCurrentIndex(1);
        emit unit->activated(1);
        QCOMPARE(unitChanged.count(), 1);
        QCOMPARE(chart.unitSymbol(), QStringLiteral("lb"));
        QCOMPARE(axis->titleText(), QStringLiteral("lb"));
        // 74.5 kg is 164.2 lb.
        QVERIFY2(axis->min() < 164 && axis->max() > 165, qPrintable(QString::number(axis->min())));

        // The unit survives new data of the same kind.
        chart.setSeries(dailyWeights());
        QCOMPARE(chart.unitSymbol(), QStringLiteral("lb"));
    }

    void bloodPressureIsAPairWithBandsAndHover()
    {
        MeasurementChart chart;
        chart.resize(900, 520);
        const MeasurementSeries pressures = weeklyBloodPressure();
        chart.setSeries(pressures);
        chart.setRange(MeasurementChart::Range::OneYear);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));

        QList<QLineSeries *> lines;
        QList<QAreaSeries *> bands;
        for (QAbstractSeries *series : chart.chart()->series()) {
            if (auto *band = qobject_cast<QAreaSeries *>(series))
                bands.append(band);
            else if (series->type() == QAbstractSeries::SeriesTypeLine)
                lines.append(static_cast<QLineSeries *>(series));
        }
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0)->name(), QStringLiteral("Systolic (mmHg)"));
        QCOMPARE(lines.at(1)->name(), QStringLiteral("Diastolic (mmHg)"));
        QCOMPARE(lines.at(0)->count(), 53);
        QCOMPARE(bands.size(), 2);

        const QImage image = hearth::test::saveScreenshot(&chart, QStringLiteral("chart-bp"));
        QVERIFY(!image.isNull());
        const qreal ratio = image.devicePixelRatio();
        const auto pixel = [ratio](QPoint p) { return (QPointF(p) * ratio).toPoint(); };
        const MeasurementPoint &middle = pressures.points.at(26);
        // Both lines are drawn where their values are.
        QVERIFY(colourNear(
            image, pixel(chart.positionOf(middle.when, middle.value)), lines.at(0)->pen().color()));
        QVERIFY(colourNear(image, pixel(chart.positionOf(middle.when, *middle.value2)),
            lines.at(1)->pen().color()));
        // The systolic band (90-120) is green at 105 mmHg, the gap (80-90) is not.
        const QColor inBand = image.pixelColor(pixel(chart.positionOf(middle.when, 105)));
        QVERIFY2(inBand.green() > inBand.red() + 8 && inBand.green() > inBand.blue() + 8,
            qPrintable(inBand.name()));
        const QColor gap = image.pixelColor(pixel(chart.positionOf(middle.when, 85)));
        QVERIFY2(std::abs(gap.green() - gap.red()) < 8, qPrintable(gap.name()));

        // Hovering over a week shows its pair.
        const MeasurementPoint &latest = pressures.points.constLast();
        const QPoint at = chart.positionOf(latest.when, latest.value);
        // The move is sent again while waiting: with tests in parallel on one
        // X server, another test's window can take the pointer away once.
        const auto hover = [&] {
            QTest::mouseMove(
                chart.chartView()->viewport(), chart.chartView()->viewport()->mapFrom(&chart, at));
            return !chart.hoverText().isEmpty();
        };
        QTRY_VERIFY(hover());
        QVERIFY2(chart.hoverText().contains(QStringLiteral("122/79 mmHg")),
            qPrintable(chart.hoverText()));
        QVERIFY2(chart.hoverText().contains(
                     QLocale().toString(latest.when.date(), QLocale::ShortFormat)),
            qPrintable(chart.hoverText()));
    }

    void exportsAPng()
    {
        MeasurementChart chart;
        chart.resize(700, 420);
        chart.setSeries(dailyWeights());
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("weight.png"));
        QVERIFY(chart.exportPng(path));
        const QImage png(path);
        QVERIFY(!png.isNull());
        QVERIFY(png.width() >= 320 && png.height() >= 220);
        QVERIFY(hearth::test::distinctColours(png) > 10);
        hearth::test::saveScreenshot(&chart, QStringLiteral("chart-weight"));
        QVERIFY(!chart.exportPng(dir.filePath(QStringLiteral("missing/folder/weight.png"))));
    }

    void followsADarkPalette()
    {
        MeasurementChart chart;
        chart.resize(600, 360);
        chart.setSeries(weeklyBloodPressure());
        QPalette dark = chart.palette();
        dark.setColor(QPalette::Window, QColor(30, 30, 30));
        dark.setColor(QPalette::Base, QColor(20, 20, 20));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
        chart.setPalette(dark);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QImage image = hearth::test::saveScreenshot(&chart, QStringLiteral("chart-dark"));
        QVERIFY(chart.chart()->backgroundBrush().color().lightness() < 60);
        // Most of the picture is dark, and the lines are light enough to see.
        int darkPixels = 0;
        for (int y = 0; y < image.height(); y += 8) {
            for (int x = 0; x < image.width(); x += 8)
                darkPixels += QColor(image.pixel(x, y)).lightness() < 80;
        }
        QVERIFY(darkPixels > (image.width() / 8) * (image.height() / 8) / 2);
        QVERIFY(chart.chart()->series().size() >= 3);
    }

    void anEmptySeriesSaysSo()
    {
        MeasurementChart chart;
        chart.setSeries({ MeasurementKind::HeartRate, {} });
        QCOMPARE(chart.visiblePointCount(), 0);
        QCOMPARE(chart.hoverText(), QStringLiteral("No measurements in this range"));
        QCOMPARE(chart.unitSymbol(), QStringLiteral("bpm"));
    }
};

QTEST_MAIN(TestMeasurementChart)
#include "tst_measurementchart.moc"
