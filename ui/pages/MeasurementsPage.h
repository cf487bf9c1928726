#pragma once

#include "ui/charts/MeasurementSeries.h"

#include <QUuid>
#include <QWidget>

class QListWidget;
class QTimer;
class QStackedWidget;

namespace hearth {
class Store;
}

namespace hearth::ui {

class MeasurementChart;
class ThingEditing;
class ThingListPage;

// Measurements: pick a kind, see its chart above the list of entries.
class MeasurementsPage : public QWidget
{
    Q_OBJECT
public:
    MeasurementsPage(Store *store, ThingEditing *editing, QWidget *parent = nullptr);

    void setRecord(qint64 record);
    void setKind(MeasurementKind kind);
    MeasurementKind kind() const;
    MeasurementChart *chart() const { return m_chart; }
    QListWidget *kinds() const { return m_kinds; }

    // The kinds the store indexes a value for, with their thing type.
    static QList<QPair<MeasurementKind, QUuid>> chartedKinds();
    // The series of one kind for a record, oldest first, from the store.
    static MeasurementSeries load(Store *store, qint64 record, MeasurementKind kind);
    // The measure name under which the person's unit is kept ("weight").
    static QString unitKey(MeasurementKind kind);

private:
    void reload();

    Store *m_store;
    ThingEditing *m_editing;
    qint64 m_record = 0;
    QListWidget *m_kinds;
    MeasurementChart *m_chart;
    QList<ThingListPage *> m_lists;
    QStackedWidget *m_listStack;
    QTimer *m_refresh;
};

} // namespace hearth::ui
