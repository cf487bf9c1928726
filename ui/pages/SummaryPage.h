#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;
class QGridLayout;

namespace hearth {
class Store;
}

namespace hearth::ui {

// The first page: latest vitals with their trend, current medications,
// allergies, active conditions and the newest entries of the record.
class SummaryPage : public QWidget
{
    Q_OBJECT
public:
    explicit SummaryPage(Store *store, QWidget *parent = nullptr);
    void setRecord(qint64 record);

    QListWidget *vitals() const { return m_vitals; }
    QListWidget *medications() const { return m_medications; }
    QListWidget *allergies() const { return m_allergies; }
    QListWidget *conditions() const { return m_conditions; }
    QListWidget *recent() const { return m_recent; }

private:
    void reload();
    QListWidget *addSection(const QString &title, const QString &objectName, int row, int column);

    Store *m_store;
    qint64 m_record = 0;
    QGridLayout *m_grid;
    QListWidget *m_vitals;
    QListWidget *m_medications;
    QListWidget *m_allergies;
    QListWidget *m_conditions;
    QListWidget *m_recent;
    QTimer *m_refresh;
};

} // namespace hearth::ui
