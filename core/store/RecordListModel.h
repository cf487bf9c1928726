#pragma once

#include "core/store/StoreRows.h"

#include <QAbstractListModel>
#include <QPointer>

namespace hearth {

class Store;

// The records the account can see, in the order they were added, loaded a
// page at a time; new and changed records arrive as inserts and changes.
class RecordListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        PersonIdRole,
        PersonNameRole,
        RelationshipRole,
        AccessRole,
        PictureThingRole,
        RowIdRole,
    };
    static constexpr int pageSize = 50;

    explicit RecordListModel(Store *store, QObject *parent = nullptr);

    const RecordRow &recordAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // Reads the loaded records again after another connection (the sync
    // thread) wrote: removed rows go, changed rows change, new ones are
    // appended, so a view keeps its current row.
    void refresh();
    void fetchMore(const QModelIndex &parent) override;

private:
    void onAdded(qint64 id);
    void onChanged(qint64 id);

    QPointer<Store> m_store;
    QList<RecordRow> m_rows;
    bool m_exhausted = false;
    bool m_changing = false;
};

} // namespace hearth
