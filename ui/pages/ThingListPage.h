#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace hearth {
class Store;
class ThingListModel;
} // namespace hearth

namespace hearth::ui {

class ThingEditing;
class ThingTableModel;

// A navigator page that lists the things of some types for the current
// record: sortable columns, a date range, current/past, free-text search
// across the record, and New / Edit / Delete / History.
class ThingListPage : public QWidget
{
    Q_OBJECT
public:
    ThingListPage(const QString &title, const QList<QUuid> &types, Store *store,
        ThingEditing *editing, QWidget *parent = nullptr);

    void setRecord(qint64 record);
    qint64 record() const { return m_record; }
    // Queries the store again (another connection wrote) and keeps the
    // current row and the scroll position where it can.
    void reload();
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *rangeField() const { return m_range; }
    QComboBox *statusField() const { return m_status; }
    // Rows shown after filtering (loaded so far).
    int visibleRows() const;

public slots:
    void createNew();
    void editCurrent();
    void deleteCurrent();
    void showHistory();

private:
    void requery();
    int currentSourceRow() const;

    QList<QUuid> m_types;
    Store *m_store;
    ThingEditing *m_editing;
    qint64 m_record = 0;
    ThingListModel *m_model;
    ThingTableModel *m_table;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_range;
    QComboBox *m_status;
    QTreeView *m_view;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_history;
};

} // namespace hearth::ui
