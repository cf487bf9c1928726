#include "ui/pages/MeasurementsPage.h"

#include "core/store/Store.h"
#include "core/thing/BloodGlucose.h"
#include "core/thing/BloodPressure.h"
#include "core/thing/Height.h"
#include "core/thing/Weight.h"
#include "ui/charts/MeasurementChart.h"
#include "ui/charts/MeasurementKinds.h"
#include "ui/pages/ThingListPage.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>

namespace hearth::ui {

QList<QPair<MeasurementKind, QUuid>> MeasurementsPage::chartedKinds()
{
    return { { MeasurementKind::Weight, Weight::typeId() },
        { MeasurementKind::BloodPressure, BloodPressure::typeId() },
        { MeasurementKind::Height, Height::typeId() },
        { MeasurementKind::BloodGlucose, BloodGlucose::typeId() } };
}

MeasurementSeries MeasurementsPage::load(Store *store, qint64 record, MeasurementKind kind)
{
    MeasurementSeries series { kind, {} };
    QUuid type;
    for (const auto &entry : chartedKinds()) {
        if (entry.first == kind)
            type = entry.second;
    }
    // Every point, whatever the range: the chart's range presets choose
    // among them. The series table holds the active things with a value,
    // oldest first, without reading the things themselves.
    const QDateTime first(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime last(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
    const QList<SeriesPoint> points = store->series(record, type, first, last);
    series.points.reserve(points.size());
    for (const SeriesPoint &point : points)
        series.points.append({ point.when, point.value, point.value2 });
    return series;
}

MeasurementsPage::MeasurementsPage(Store *store, ThingEditing *editing, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_editing(editing)
    , m_kinds(new QListWidget)
    , m_chart(new MeasurementChart)
    , m_listStack(new QStackedWidget)
    , m_refresh(new QTimer(this))
{
    setAccessibleName(tr("Measurements"));
    m_kinds->setObjectName(QStringLiteral("measurementKinds"));
    m_kinds->setAccessibleName(tr("Kinds of measurement"));
    m_listStack->setAccessibleName(tr("Entries of the measurement"));
    for (const auto &entry : chartedKinds()) {
        m_kinds->addItem(MeasurementKinds::title(entry.first));
        auto *list = new ThingListPage(
            MeasurementKinds::title(entry.first), { entry.second }, store, editing);
        m_lists.append(list);
        m_listStack->addWidget(list);
    }
    m_kinds->setMaximumWidth(m_kinds->sizeHintForColumn(0) + 24);
    // The unit is the person's choice, kept per person and measurement.
    connect(m_chart, &MeasurementChart::unitChanged, this, [this](const QString &symbol) {
        if (const auto record = m_store->record(m_record)) {
            StoreError error;
            m_store->setPreferredUnit(record->personId, unitKey(kind()), symbol, &error);
        }
    });
    connect(m_kinds, &QListWidget::currentRowChanged, this, [this](int row) {
        m_listStack->setCurrentIndex(row);
        reload();
    });

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(100);
    connect(m_refresh, &QTimer::timeout, this, &MeasurementsPage::reload);
    connect(store, &Store::thingAdded, m_refresh, qOverload<>(&QTimer::start));
    connect(store, &Store::thingChanged, m_refresh, qOverload<>(&QTimer::start));
    connect(store, &Store::thingRemoved, m_refresh, qOverload<>(&QTimer::start));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_listStack);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_kinds);
    layout->addWidget(splitter, 1);
    m_kinds->setCurrentRow(0);
}

void MeasurementsPage::setRecord(qint64 record)
{
    m_record = record;
    for (ThingListPage *list : std::as_const(m_lists))
        list->setRecord(record);
    reload();
}

MeasurementKind MeasurementsPage::kind() const
{
    return chartedKinds().value(std::max(0, m_kinds->currentRow())).first;
}

void MeasurementsPage::setKind(MeasurementKind kind)
{
    for (int i = 0; i < chartedKinds().size(); ++i) {
        if (chartedKinds().at(i).first == kind)
            m_kinds->setCurrentRow(i);
    }
}

QString MeasurementsPage::unitKey(MeasurementKind kind)
{
    switch (kind) {
    case MeasurementKind::Weight:
        return QStringLiteral("weight");
    case MeasurementKind::Height:
        return QStringLiteral("height");
    case MeasurementKind::BloodPressure:
        return QStringLiteral("blood-pressure");
    case MeasurementKind::BloodGlucose:
        return QStringLiteral("blood-glucose");
    case MeasurementKind::HeartRate:
        return QStringLiteral("heart-rate");
    case MeasurementKind::BodyTemperature:
        return QStringLiteral("body-temperature");
    case MeasurementKind::Cholesterol:
        return QStringLiteral("cholesterol");
    case MeasurementKind::HbA1c:
        return QStringLiteral("hba1c");
    case MeasurementKind::OxygenSaturation:
        return QStringLiteral("oxygen-saturation");
    }
    return {};
}

void MeasurementsPage::reload()
{
    if (m_record <= 0)
        return;
    m_chart->setSeries(load(m_store, m_record, kind()));
    if (const auto record = m_store->record(m_record)) {
        const QString unit = m_store->preferredUnit(record->personId, unitKey(kind()));
        m_chart->setUnitSymbol(
            unit.isEmpty() ? MeasurementKinds::units(kind()).constFirst().symbol : unit);
    }
}

} // namespace hearth::ui
