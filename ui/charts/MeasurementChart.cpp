#include "ui/charts/MeasurementChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPushButton>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hearth::ui {

namespace {

QDateTime rangeStart(MeasurementChart::Range range, const QDateTime &latest)
{
    switch (range) {
    case MeasurementChart::Range::OneMonth:
        return latest.addMonths(-1);
    case MeasurementChart::Range::ThreeMonths:
        return latest.addMonths(-3);
    case MeasurementChart::Range::SixMonths:
        return latest.addMonths(-6);
    case MeasurementChart::Range::OneYear:
        return latest.addYears(-1);
    case MeasurementChart::Range::FiveYears:
        return latest.addYears(-5);
    case MeasurementChart::Range::All:
        break;
    }
    return {};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

MeasurementChart::MeasurementChart(QWidget *parent)
    : QWidget(parent)
    , m_rangeChoice(new QComboBox)
    , m_unitChoice(new QComboBox)
    , m_export(new QPushButton(tr("Export as PNG…")))
    , m_hover(new QLabel)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart))
    , m_axisX(new QDateTimeAxis)
    , m_axisY(new QValueAxis)
    , m_marker(new QScatterSeries)
{
    setObjectName(QStringLiteral("measurementChart"));
    setAccessibleName(tr("Measurement chart"));

    m_rangeChoice->setObjectName(QStringLiteral("chartRange"));
    m_rangeChoice->setAccessibleName(tr("Date range"));
    for (Range range : ranges())
        m_rangeChoice->addItem(rangeName(range), int(range));
    m_rangeChoice->setCurrentIndex(int(ranges().indexOf(m_range)));
    connect(m_rangeChoice, &QComboBox::activated, this,
        [this](int index) { setRange(ranges().value(index, Range::All)); });

    m_unitChoice->setObjectName(QStringLiteral("chartUnit"));
    m_unitChoice->setAccessibleName(tr("Unit"));
    connect(m_unitChoice, &QComboBox::activated, this, [this] {
        rebuild();
        emit unitChanged(unitSymbol());
    });

    m_export->setObjectName(QStringLiteral("chartExport"));
    m_export->setAccessibleName(tr("Export the chart as a PNG image"));
    connect(m_export, &QPushButton::clicked, this, &MeasurementChart::chooseExportFile);

    m_hover->setObjectName(QStringLiteral("chartHoverValue"));
    m_hover->setAccessibleName(tr("Value under the mouse"));
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setAccessibleName(tr("Chart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->setMinimumSize(320, 220);

    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setLocalizeNumbers(true);
    m_marker->setMarkerSize(11);
    m_marker->setName(tr("Selected"));
    m_chart->addSeries(m_marker);

    auto *controls = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Range:"));
    rangeLabel->setBuddy(m_rangeChoice);
    rangeLabel->setAccessibleName(tr("Range"));
    auto *unitLabel = new QLabel(tr("&Unit:"));
    unitLabel->setBuddy(m_unitChoice);
    unitLabel->setAccessibleName(tr("Unit"));
    controls->addWidget(rangeLabel);
    controls->addWidget(m_rangeChoice);
    controls->addWidget(unitLabel);
    controls->addWidget(m_unitChoice);
    controls->addWidget(m_hover, 1);
    controls->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);

    applyTheme();
    setSeries({});
}

QList<MeasurementChart::Range> MeasurementChart::ranges()
{
    return { Range::OneMonth, Range::ThreeMonths, Range::SixMonths, Range::OneYear,
        Range::FiveYears, Range::All };
}

QString MeasurementChart::rangeName(Range range)
{
    switch (range) {
    case Range::OneMonth:
        return tr("1 month");
    case Range::ThreeMonths:
        return tr("3 months");
    case Range::SixMonths:
        return tr("6 months");
    case Range::OneYear:
        return tr("1 year");
    case Range::FiveYears:
        return tr("5 years");
    case Range::All:
        return tr("All");
    }
    return {};
}

void MeasurementChart::setSeries(MeasurementSeries series)
{
    const QString previousUnit = unitSymbol();
    const bool sameKind = series.kind == m_series.kind && m_unitChoice->count() > 0;
    m_series = std::move(series);
    std::stable_sort(m_series.points.begin(), m_series.points.end(),
        [](const MeasurementPoint &a, const MeasurementPoint &b) { return a.when < b.when; });

    m_unitChoice->clear();
    for (const ChartUnit &unit : MeasurementKinds::units(m_series.kind))
        m_unitChoice->addItem(unit.symbol);
    if (sameKind)
        m_unitChoice->setCurrentText(previousUnit);
    m_unitChoice->setEnabled(m_unitChoice->count() > 1);
    m_chart->setTitle(MeasurementKinds::title(m_series.kind));
    rebuild();
}

void MeasurementChart::setRange(Range range)
{
    m_range = range;
    m_rangeChoice->setCurrentIndex(int(ranges().indexOf(range)));
    rebuild();
}

QString MeasurementChart::unitSymbol() const
{
    return m_unitChoice->currentText();
}

void MeasurementChart::setUnitSymbol(const QString &symbol)
{
    const int index = m_unitChoice->findText(symbol);
    if (index < 0 || index == m_unitChoice->currentIndex())
        return;
    m_unitChoice->setCurrentIndex(index);
    rebuild();
}

ChartUnit MeasurementChart::currentUnit() const
{
    return MeasurementKinds::units(m_series.kind).value(m_unitChoice->currentIndex());
}

QString MeasurementChart::hoverText() const
{
    return m_hover->text();
}

void MeasurementChart::rebuild()
{
    for (QLineSeries *line : std::as_const(m_lines)) {
        m_chart->removeSeries(line);
        delete line;
    }
    m_lines.clear();
    for (QAreaSeries *band : std::as_const(m_bands)) {
        m_chart->removeSeries(band);
        delete band;
    }
    m_bands.clear();
    // Series are drawn in the order they were added: bands, lines, marker.
    m_chart->removeSeries(m_marker);
    m_marker->clear();
    m_hover->clear();

    const QList<MeasurementPoint> &points = m_series.points;
    m_visibleFirst = 0;
    if (!points.isEmpty() && m_range != Range::All) {
        const QDateTime start = rangeStart(m_range, points.constLast().when);
        m_visibleFirst
            = int(std::lower_bound(points.cbegin(), points.cend(), start,
                      [](const MeasurementPoint &p, const QDateTime &d) { return p.when < d; })
                - points.cbegin());
    }
    m_visibleCount = int(points.size()) - m_visibleFirst;

    const ChartUnit unit = currentUnit();
    const QStringList names = MeasurementKinds::valueNames(m_series.kind);
    const bool paired = MeasurementKinds::isPaired(m_series.kind);
    QList<QPointF> first;
    QList<QPointF> second;
    first.reserve(m_visibleCount);
    double low = qInf();
    double high = -qInf();
    for (int i = m_visibleFirst; i < points.size(); ++i) {
        const MeasurementPoint &p = points.at(i);
        const qreal x = qreal(p.when.toMSecsSinceEpoch());
        const double y = unit.fromBase(p.value);
        first.append({ x, y });
        low = std::min(low, y);
        high = std::max(high, y);
        if (paired && p.value2) {
            const double y2 = unit.fromBase(*p.value2);
            second.append({ x, y2 });
            low = std::min(low, y2);
            high = std::max(high, y2);
        }
    }

    QDateTime xMin;
    QDateTime xMax;
    if (m_visibleCount > 0) {
        xMin = points.at(m_visibleFirst).when;
        xMax = points.constLast().when;
        if (m_range != Range::All)
            xMin = std::min(xMin, rangeStart(m_range, xMax));
        if (xMin == xMax)
            xMin = xMin.addDays(-1);
    } else {
        xMax = QDateTime(QDate::currentDate(), QTime(0, 0));
        xMin = xMax.addMonths(-1);
        low = 0;
        high = 1;
    }

    // Bands widen the value axis only when the values come near them, so a
    // band never squeezes the line into a sliver.
    const QList<ReferenceRange> ranges = MeasurementKinds::referenceRanges(m_series.kind);
    const double margin = std::max((high - low) * 0.1, std::abs(high) * 0.02 + 0.5);
    double axisLow = low - margin;
    double axisHigh = high + margin;
    for (const ReferenceRange &range : ranges) {
        if (range.low)
            axisLow = std::min(axisLow, unit.fromBase(*range.low) - margin * 0.5);
        if (range.high)
            axisHigh = std::max(axisHigh, unit.fromBase(*range.high) + margin * 0.5);
    }
    if (m_visibleCount > 0)
        axisLow = std::max(axisLow, low - (high - low + margin) * 1.5);

    const bool dark = isDark(palette());
    const QList<QColor> lineColours = dark
        ? QList<QColor> { QColor(0x6c, 0xb4, 0xff), QColor(0xff, 0xa0, 0x6b) }
        : QList<QColor> { QColor(0x1f, 0x5f, 0xbf), QColor(0xc8, 0x4b, 0x11) };
    const QColor bandColour = dark ? QColor(80, 200, 120, 60) : QColor(40, 160, 80, 45);

    for (const ReferenceRange &range : ranges) {
        const double bandLow = range.low ? unit.fromBase(*range.low) : axisLow;
        const double bandHigh = range.high ? unit.fromBase(*range.high) : axisHigh;
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->append({ { qreal(xMin.toMSecsSinceEpoch()), bandHigh },
            { qreal(xMax.toMSecsSinceEpoch()), bandHigh } });
        lower->append({ { qreal(xMin.toMSecsSinceEpoch()), bandLow },
            { qreal(xMax.toMSecsSinceEpoch()), bandLow } });
        auto *band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        band->setName(range.label);
        band->setColor(bandColour);
        band->setBorderColor(Qt::transparent);
        m_chart->addSeries(band);
        band->attachAxis(m_axisX);
        band->attachAxis(m_axisY);
        m_bands.append(band);
    }

    QList<QList<QPointF>> values { first };
    if (paired)
        values.append(second);
    for (int i = 0; i < values.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(QStringLiteral("%1 (%2)").arg(names.value(i), unit.symbol));
        QPen pen(lineColours.value(i));
        pen.setWidthF(2);
        line->setPen(pen);
        line->setPointsVisible(m_visibleCount <= 60);
        line->replace(values.at(i));
        m_chart->addSeries(line);
        line->attachAxis(m_axisX);
        line->attachAxis(m_axisY);
        m_lines.append(line);
    }
    m_marker->setColor(dark ? Qt::white : Qt::black);
    m_chart->addSeries(m_marker);
    m_marker->attachAxis(m_axisX);
    m_marker->attachAxis(m_axisY);
    for (QLegendMarker *legend : m_chart->legend()->markers(m_marker))
        legend->setVisible(false);

    const qint64 days = xMin.daysTo(xMax);
    m_axisX->setFormat(days > 400 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    m_axisX->setTickCount(days > 60 ? 7 : 5);
    m_axisX->setRange(xMin, xMax);
    m_axisY->setRange(axisLow, axisHigh);
    m_axisY->setTickCount(6);
    m_axisY->setLabelFormat(unit.decimals > 0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    m_axisY->setTitleText(unit.symbol);
    m_axisY->applyNiceNumbers();

    if (m_visibleCount == 0)
        m_hover->setText(tr("No measurements in this range"));
}

void MeasurementChart::applyTheme()
{
    const bool dark = isDark(palette());
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().base());
    m_chart->setTitleBrush(palette().text());
    m_chart->legend()->setLabelColor(palette().color(QPalette::Text));
    for (QAbstractAxis *axis :
        { static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY) }) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().text());
    }
    m_view->setBackgroundBrush(palette().window());
}

void MeasurementChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        rebuild();
    }
    QWidget::changeEvent(event);
}

bool MeasurementChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseMove)
        showValueNear(static_cast<QMouseEvent *>(event)->position());
    return QWidget::eventFilter(watched, event);
}

void MeasurementChart::showValueNear(const QPointF &viewportPos)
{
    if (m_visibleCount == 0)
        return;
    const QPointF scenePos = m_view->mapToScene(viewportPos.toPoint());
    const QPointF value = m_chart->mapToValue(m_chart->mapFromScene(scenePos));
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(value.x()));
    const auto begin = m_series.points.cbegin() + m_visibleFirst;
    const auto end = m_series.points.cend();
    auto after = std::lower_bound(
        begin, end, when, [](const MeasurementPoint &p, const QDateTime &d) { return p.when < d; });
    auto nearest = after;
    if (after == end
        || (after != begin && (after - 1)->when.msecsTo(when) < when.msecsTo(after->when)))
        nearest = after - 1;

    const ChartUnit unit = currentUnit();
    m_marker->clear();
    const qreal x = qreal(nearest->when.toMSecsSinceEpoch());
    m_marker->append(x, unit.fromBase(nearest->value));
    if (nearest->value2)
        m_marker->append(x, unit.fromBase(*nearest->value2));
    m_hover->setText(describe(*nearest));
}

QString MeasurementChart::describe(const MeasurementPoint &point) const
{
    const ChartUnit unit = currentUnit();
    const QLocale locale;
    QString value = locale.toString(unit.fromBase(point.value), 'f', unit.decimals);
    if (point.value2)
        value
            += QLatin1Char('/') + locale.toString(unit.fromBase(*point.value2), 'f', unit.decimals);
    //: A measurement under the mouse: date, value and unit ("3 Mar 2024: 72.5 kg").
    return tr("%1: %2 %3")
        .arg(locale.toString(point.when.date(), QLocale::ShortFormat), value, unit.symbol);
}

QPoint MeasurementChart::positionOf(const QDateTime &when, double value) const
{
    const QPointF inChart = m_chart->mapToPosition(QPointF(qreal(when.toMSecsSinceEpoch()), value));
    const QPoint inViewport = m_view->mapFromScene(m_chart->mapToScene(inChart));
    return m_view->viewport()->mapTo(this, inViewport);
}

bool MeasurementChart::exportPng(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

void MeasurementChart::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    //: Default file name of an exported chart; %1 is the measurement, e.g. "Weight".
    const QString suggested = folder + QLatin1Char('/')
        + tr("%1 chart.png").arg(MeasurementKinds::title(m_series.kind));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportPng(path))
        m_hover->setText(tr("Could not save %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace hearth::ui
