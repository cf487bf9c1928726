#pragma once

#include "core/store/StoreRows.h"

#include <QAbstractListModel>
#include <QPointer>

#include <deque>

namespace hearth {

class Store;

// The things of a query, newest first, loaded a page at a time as a view
// scrolls (canFetchMore/fetchMore); store changes arrive as row inserts,
// changes and removals, not resets.
class ThingListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ThingIdRole = Qt::UserRole + 1,
        TypeIdRole,
        RecordRole,
        StateRole,
        EffectiveDateRole,
        UpdatedDateRole,
        Value1Role,
        Value2Role,
        VersionStampRole,
    };
    static constexpr int pageSize = 100;

    explicit ThingListModel(Store *store, QObject *parent = nullptr);

    // A new filter is a new list: this one resets.
    void setQuery(const ThingQuery &query);
    ThingQuery query() const { return m_query; }
    const ThingRow &thingAt(int row) const { return m_rows[std::size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void onAdded(const ThingRow &row);
    void onChanged(const ThingRow &row);
    void onRemoved(qint64 id);
    int indexOfId(qint64 id) const;
    // Where a row belongs in the sort order of the loaded rows.
    int insertPosition(const ThingRow &row) const;

    QPointer<Store> m_store;
    ThingQuery m_query;
    // A deque, not a QList: appending a page never moves the rows already
    // loaded (a list of ~100,000 rows copied itself whole while a view
    // scrolled).
    std::deque<ThingRow> m_rows;
    bool m_exhausted = false;
    bool m_changing = false;
};

} // namespace hearth
