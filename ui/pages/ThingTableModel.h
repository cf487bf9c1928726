#pragma once

#include "core/store/StoreRows.h"
#include "core/thing/Thing.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QPointer>

namespace hearth {
class Store;
class ThingListModel;
} // namespace hearth

namespace hearth::ui {

// Columns over the store's lazily loading thing list: date, the one-line
// summary and the type. Summaries are read from the store only for the
// rows a view asks for, and cached.
class ThingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, SummaryColumn, TypeColumn, ColumnCount };
    // Whether the entry is current: a medication not stopped, a condition
    // not resolved; true for types without such a notion.
    static constexpr int CurrentRole = Qt::UserRole + 100;
    static constexpr int ThingIdRole = Qt::UserRole + 101;
    static constexpr int SortRole = Qt::UserRole + 102;

    ThingTableModel(Store *store, ThingListModel *source, QObject *parent = nullptr);

    ThingListModel *source() const { return m_source; }
    // Lists the things of `query` (through the source model) and loads its
    // first page. Until the first query the model is empty and fetches
    // nothing: a page without a record must not read every record's things.
    void setQuery(const ThingQuery &query);
    // The full thing of a row, read from the store.
    std::optional<Thing> thingAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Rows never have children: a tree view then skips asking for them for
    // every loaded row each time it lays the list out.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static bool isCurrent(const Thing &thing);

private:
    struct Cached
    {
        QString summary;
        bool current = true;
    };
    // Rows read together when a view asks for one not yet summarized: about
    // what a list shows at once.
    static constexpr int summaryBatch = 32;
    static Cached *summarize(const Thing &thing);
    void loadSummaries(int first) const;
    const Cached &cached(int row) const;

    QPointer<Store> m_store;
    ThingListModel *m_source;
    bool m_hasQuery = false;
    mutable QCache<qint64, Cached> m_cache { 4000 };
};

} // namespace hearth::ui
