#include "ui/pages/ThingTableModel.h"

#include "core/store/Store.h"
#include "core/store/ThingListModel.h"
#include "core/thing/Condition.h"
#include "core/thing/Medication.h"
#include "core/thing/ThingTypeRegistry.h"
#include "ui/editors/ThingEditing.h"

#include <QLocale>

#include <algorithm>

namespace hearth::ui {

ThingTableModel::ThingTableModel(Store *store, ThingListModel *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_source(source)
{
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        beginResetModel();
        m_cache.clear();
    });
    connect(source, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this](const QModelIndex &, int first, int last) { beginInsertRows({}, first, last); });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) { beginRemoveRows({}, first, last); });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this,
        [this](const QModelIndex &, int first, int last, const QModelIndex &, int to) {
            beginMoveRows({}, first, last, {}, to);
        });
    connect(source, &QAbstractItemModel::rowsMoved, this, [this] { endMoveRows(); });
    connect(source, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) {
            for (int row = from.row(); row <= to.row(); ++row)
                m_cache.remove(m_source->thingAt(row).id);
            emit dataChanged(index(from.row(), 0), index(to.row(), ColumnCount - 1));
        });
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
        [this] { emit layoutAboutToBeChanged(); });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] { emit layoutChanged(); });
}

int ThingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->rowCount();
}

int ThingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ThingTableModel::setQuery(const ThingQuery &query)
{
    m_hasQuery = true;
    m_source->setQuery(query);
    if (m_source->canFetchMore({}))
        m_source->fetchMore({});
}

bool ThingTableModel::canFetchMore(const QModelIndex &parent) const
{
    return m_hasQuery && !parent.isValid() && m_source->canFetchMore({});
}

void ThingTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_source->fetchMore({});
}

std::optional<Thing> ThingTableModel::thingAt(int row) const
{
    if (!m_store || row < 0 || row >= m_source->rowCount())
        return std::nullopt;
    const std::optional<ThingRow> stored = m_store->thing(m_source->thingAt(row).thingId);
    return stored ? Thing::fromXml(stored->xml) : std::nullopt;
}

bool ThingTableModel::isCurrent(const Thing &thing)
{
    if (const auto medication = Medication::fromThing(thing)) {
        const auto stopped = medication->dateDiscontinued();
        return !stopped || stopped->isEmpty();
    }
    if (const auto condition = Condition::fromThing(thing)) {
        const auto stopped = condition->stopDate();
        const QString status
            = condition->status() ? condition->status()->text.toLower() : QString();
        return (!stopped || stopped->isEmpty()) && !status.contains(QLatin1String("resolved"))
            && !status.contains(QLatin1String("inactive"));
    }
    return true;
}

ThingTableModel::Cached *ThingTableModel::summarize(const Thing &thing)
{
    auto *entry = new Cached;
    entry->summary = ThingTypeRegistry::summary(thing);
    entry->current = isCurrent(thing);
    return entry;
}

void ThingTableModel::loadSummaries(int first) const
{
    if (!m_store || !m_hasQuery)
        return;
    const int count = std::min(summaryBatch, m_source->rowCount() - first);
    QDateTime afterDate;
    qint64 afterId = 0;
    if (first > 0) {
        afterDate = m_source->thingAt(first - 1).effectiveDate;
        afterId = m_source->thingAt(first - 1).id;
    }
    const QList<ThingRow> rows
        = m_store->things(m_source->query(), afterDate, afterId, count, true);
    for (const ThingRow &stored : rows) {
        if (const std::optional<Thing> thing = Thing::fromXml(stored.xml))
            m_cache.insert(stored.id, summarize(*thing));
    }
}

const ThingTableModel::Cached &ThingTableModel::cached(int row) const
{
    const qint64 id = m_source->thingAt(row).id;
    if (Cached *hit = m_cache.object(id))
        return *hit;
    // The store lists the query's things in the model's order, so the rows
    // from here on come in one query rather than one query each.
    loadSummaries(row);
    if (Cached *hit = m_cache.object(id))
        return *hit;
    const std::optional<Thing> thing = thingAt(row);
    m_cache.insert(id, thing ? summarize(*thing) : new Cached);
    return *m_cache.object(id);
}

QVariant ThingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ThingRow &row = m_source->thingAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(row.effectiveDate.date(), QLocale::ShortFormat);
        case SummaryColumn:
            return cached(index.row()).summary;
        case TypeColumn:
            return ThingEditing::typeTitle(row.typeId);
        }
        break;
    case SortRole:
        return index.column() == DateColumn ? QVariant(row.effectiveDate) : data(index);
    case CurrentRole:
        return cached(index.row()).current;
    case ThingIdRole:
        return row.thingId;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags ThingTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemNeverHasChildren;
}

QVariant ThingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SummaryColumn:
        return tr("Entry");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

} // namespace hearth::ui
