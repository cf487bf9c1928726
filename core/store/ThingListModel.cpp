#include "core/store/ThingListModel.h"

#include "core/store/Store.h"

#include <algorithm>
#include <iterator>

namespace hearth {
namespace {

// Newest first; the row id breaks ties so the order is total and matches
// the store's ORDER BY effective_date DESC, id DESC.
bool sortsBefore(const ThingRow &a, const ThingRow &b)
{
    if (a.effectiveDate != b.effectiveDate)
        return a.effectiveDate > b.effectiveDate;
    return a.id > b.id;
}

QVariant optionalVariant(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

ThingListModel::ThingListModel(Store *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(store, &Store::thingAdded, this, &ThingListModel::onAdded);
    connect(store, &Store::thingChanged, this, &ThingListModel::onChanged);
    connect(store, &Store::thingRemoved, this, [this](qint64 id, qint64) { onRemoved(id); });
}

void ThingListModel::setQuery(const ThingQuery &query)
{
    m_changing = true;
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
    m_changing = false;
}

int ThingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ThingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ThingRow &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return row.searchText;
    case ThingIdRole:
        return row.thingId;
    case TypeIdRole:
        return row.typeId;
    case RecordRole:
        return row.record;
    case StateRole:
        return row.state;
    case EffectiveDateRole:
        return row.effectiveDate;
    case UpdatedDateRole:
        return row.updatedDate;
    case Value1Role:
        return optionalVariant(row.value1);
    case Value2Role:
        return optionalVariant(row.value2);
    case VersionStampRole:
        return row.versionStamp;
    default:
        return {};
    }
}

QHash<int, QByteArray> ThingListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ThingIdRole, "thingId");
    names.insert(TypeIdRole, "typeId");
    names.insert(RecordRole, "record");
    names.insert(StateRole, "state");
    names.insert(EffectiveDateRole, "effectiveDate");
    names.insert(UpdatedDateRole, "updatedDate");
    names.insert(Value1Role, "value1");
    names.insert(Value2Role, "value2");
    names.insert(VersionStampRole, "versionStamp");
    return names;
}

// Listeners (views, QAbstractItemModelTester) may ask for more rows from
// inside a change's signals; a page loaded then would interleave with the
// change, so fetching waits until the change is complete.
bool ThingListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && !m_exhausted && !m_changing;
}

void ThingListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QDateTime afterDate = m_rows.empty() ? QDateTime() : m_rows.back().effectiveDate;
    const qint64 afterId = m_rows.empty() ? 0 : m_rows.back().id;
    QList<ThingRow> page = m_store->things(m_query, afterDate, afterId, pageSize);
    if (page.size() < pageSize)
        m_exhausted = true;
    if (page.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.insert(
        m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
    m_changing = false;
}

int ThingListModel::indexOfId(qint64 id) const
{
    const auto it = std::find_if(
        m_rows.cbegin(), m_rows.cend(), [id](const ThingRow &row) { return row.id == id; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int ThingListModel::insertPosition(const ThingRow &row) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, sortsBefore);
    return int(it - m_rows.cbegin());
}

void ThingListModel::onAdded(const ThingRow &row)
{
    if (!m_query.matches(row))
        return;
    const int position = insertPosition(row);
    // Past the loaded rows it arrives with a later fetchMore.
    if (position == int(m_rows.size()) && !m_exhausted)
        return;
    m_changing = true;
    beginInsertRows({}, position, position);
    m_rows.insert(m_rows.begin() + position, row);
    endInsertRows();
    m_changing = false;
}

void ThingListModel::onChanged(const ThingRow &row)
{
    const int current = indexOfId(row.id);
    if (current < 0) {
        onAdded(row);
        return;
    }
    if (!m_query.matches(row)) {
        onRemoved(row.id);
        return;
    }
    const bool staysInPlace = (current == 0 || !sortsBefore(row, m_rows[std::size_t(current - 1)]))
        && (current == int(m_rows.size()) - 1
            || sortsBefore(row, m_rows[std::size_t(current + 1)]));
    if (staysInPlace) {
        m_rows[std::size_t(current)] = row;
        const QModelIndex changed = index(current);
        emit dataChanged(changed, changed);
        return;
    }
    onRemoved(row.id);
    onAdded(row);
}

void ThingListModel::onRemoved(qint64 id)
{
    const int current = indexOfId(id);
    if (current < 0)
        return;
    m_changing = true;
    beginRemoveRows({}, current, current);
    m_rows.erase(m_rows.begin() + current);
    endRemoveRows();
    m_changing = false;
}

} // namespace hearth
