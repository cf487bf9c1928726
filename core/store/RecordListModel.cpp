#include "core/store/RecordListModel.h"

#include "core/store/Store.h"

namespace hearth {

RecordListModel::RecordListModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(store, &Store::recordAdded, this, &RecordListModel::onAdded);
    connect(store, &Store::recordChanged, this, &RecordListModel::onChanged);
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.displayName;
    case Qt::ToolTipRole:
        return row.relationship.isEmpty()
            ? row.displayName
            : QStringLiteral("%1 (%2)").arg(row.displayName, row.relationship);
    case RecordIdRole:
        return row.recordId;
    case PersonIdRole:
        return row.personId;
    case PersonNameRole:
        return row.personName;
    case RelationshipRole:
        return row.relationship;
    case AccessRole:
        return int(row.access);
    case PictureThingRole:
        return row.pictureThingId;
    case RowIdRole:
        return row.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RecordIdRole, "recordId");
    names.insert(PersonIdRole, "personId");
    names.insert(PersonNameRole, "personName");
    names.insert(RelationshipRole, "relationship");
    names.insert(AccessRole, "access");
    names.insert(PictureThingRole, "pictureThing");
    names.insert(RowIdRole, "rowId");
    return names;
}

// Listeners (views, QAbstractItemModelTester) may ask for more rows from
// inside a change's signals; a page loaded then would interleave with the
// change, so fetching waits until the change is complete.
bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && !m_exhausted && !m_changing;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    const QList<RecordRow> page = m_store->records(after, pageSize);
    if (page.size() < pageSize)
        m_exhausted = true;
    if (page.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
    m_changing = false;
}

void RecordListModel::onAdded(qint64 id)
{
    // Row ids grow, so a new record belongs at the end; until the end is
    // loaded, fetchMore brings it.
    if (!m_exhausted || !m_store)
        return;
    const auto row = m_store->record(id);
    if (!row)
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(*row);
    endInsertRows();
    m_changing = false;
}

void RecordListModel::onChanged(qint64 id)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id != id)
            continue;
        if (const auto row = m_store->record(id)) {
            m_rows[i] = *row;
            emit dataChanged(index(i), index(i));
        }
        return;
    }
}

void RecordListModel::refresh()
{
    if (!m_store)
        return;
    // A household has a handful of records: all of them are read. Row ids
    // only grow, so both lists are in the same order and this is a merge.
    QList<RecordRow> now;
    for (QList<RecordRow> page = m_store->records(0, pageSize); !page.isEmpty();
         page = m_store->records(page.constLast().id, pageSize))
        now.append(page);
    m_exhausted = true;
    m_changing = true;
    int i = 0;
    for (const RecordRow &row : std::as_const(now)) {
        while (i < m_rows.size() && m_rows.at(i).id < row.id) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
        if (i < m_rows.size() && m_rows.at(i).id == row.id) {
            m_rows[i] = row;
            emit dataChanged(index(i), index(i));
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, row);
            endInsertRows();
        }
        ++i;
    }
    if (i < m_rows.size()) {
        beginRemoveRows({}, i, int(m_rows.size()) - 1);
        m_rows.remove(i, m_rows.size() - i);
        endRemoveRows();
    }
    m_changing = false;
}

} // namespace hearth
