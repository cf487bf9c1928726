#include "ui/pages/ThingListPage.h"

#include "core/store/Store.h"
#include "core/store/ThingListModel.h"
#include "ui/documents/DocumentDialog.h"
#include "ui/editors/ThingEditing.h"
#include "ui/pages/HistoryDialog.h"
#include "ui/pages/ThingTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

enum class Status { All, Current, Past };

// Filters on "current" and sorts on the real date, over the loaded rows.
class ListProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    Status status = Status::All;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (status == Status::All)
            return true;
        const bool current
            = sourceModel()->index(row, 0, parent).data(ThingTableModel::CurrentRole).toBool();
        return status == Status::Current ? current : !current;
    }
};

} // namespace

ThingListPage::ThingListPage(const QString &title, const QList<QUuid> &types, Store *store,
    ThingEditing *editing, QWidget *parent)
    : QWidget(parent)
    , m_types(types)
    , m_store(store)
    , m_editing(editing)
    , m_model(new ThingListModel(store, this))
    , m_table(new ThingTableModel(store, m_model, this))
    , m_proxy(new ListProxy(this))
    , m_search(new QLineEdit)
    , m_range(new QComboBox)
    , m_status(new QComboBox)
    , m_view(new QTreeView)
    , m_new(new QPushButton(tr("&New…")))
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_delete(new QPushButton(tr("&Delete")))
    , m_history(new QPushButton(tr("&History…")))
{
    setAccessibleName(title);
    auto *heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setAccessibleName(tr("Page heading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_range->setObjectName(QStringLiteral("dateRange"));
    m_range->setAccessibleName(tr("Date range"));
    m_range->addItem(tr("Any time"), 0);
    m_range->addItem(tr("Last month"), 1);
    m_range->addItem(tr("Last 3 months"), 3);
    m_range->addItem(tr("Last year"), 12);
    m_range->addItem(tr("Last 5 years"), 60);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Current or past"));
    m_status->addItem(tr("Current and past"), int(Status::All));
    m_status->addItem(tr("Current only"), int(Status::Current));
    m_status->addItem(tr("Past only"), int(Status::Past));

    m_proxy->setSourceModel(m_table);
    m_proxy->setSortRole(ThingTableModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_view->setObjectName(QStringLiteral("thingList"));
    m_view->setAccessibleName(tr("Entries"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setModel(m_proxy);
    // The store already lists newest first: no sorting until a heading is
    // clicked, so a long list loads without re-sorting every page.
    m_view->header()->setSortIndicator(-1, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setSectionResizeMode(ThingTableModel::SummaryColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setAccessibleName(tr("Columns"));
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ThingListPage::deleteCurrent);

    m_new->setObjectName(QStringLiteral("newButton"));
    m_new->setAccessibleName(tr("New entry"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_edit->setAccessibleName(tr("Edit the selected entry"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setAccessibleName(tr("Delete the selected entry"));
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setAccessibleName(tr("Earlier versions of the selected entry"));

    QList<QUuid> editable;
    for (const QUuid &type : types) {
        if (ThingEditing::canEdit(type))
            editable.append(type);
    }
    if (editable.size() > 1) {
        auto *menu = new QMenu(m_new);
        menu->setAccessibleName(tr("Type of the new entry"));
        for (const QUuid &type : editable) {
            menu->addAction(ThingEditing::typeTitle(type), this,
                [this, type] { m_editing->create(type, window()); });
        }
        m_new->setMenu(menu);
    } else {
        connect(m_new, &QPushButton::clicked, this, &ThingListPage::createNew);
    }
    m_new->setEnabled(!editable.isEmpty());
    connect(m_edit, &QPushButton::clicked, this, &ThingListPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ThingListPage::deleteCurrent);
    connect(m_history, &QPushButton::clicked, this, &ThingListPage::showHistory);
    connect(m_view, &QTreeView::activated, this, &ThingListPage::editCurrent);
    connect(m_search, &QLineEdit::textChanged, this, &ThingListPage::requery);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ThingListPage::requery);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<ListProxy *>(m_proxy)->status = Status(m_status->currentData().toInt());
        m_proxy->invalidate();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_range);
    filters->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_history);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_view);
}

void ThingListPage::setRecord(qint64 record)
{
    if (record == m_record)
        return;
    m_record = record;
    requery();
}

void ThingListPage::requery()
{
    ThingQuery query;
    query.record = m_record;
    query.types = m_types;
    query.state = QStringLiteral("Active");
    query.text = m_search->text().trimmed();
    const int months = m_range->currentData().toInt();
    if (months > 0)
        query.from = QDateTime(QDate::currentDate().addMonths(-months), QTime(0, 0));
    m_table->setQuery(query);
}

void ThingListPage::reload()
{
    const QVariant current = m_view->currentIndex().data(ThingTableModel::ThingIdRole);
    const int scrolled = m_view->verticalScrollBar()->value();
    requery();
    if (current.isValid()) {
        const QModelIndexList found = m_proxy->match(
            m_proxy->index(0, 0), ThingTableModel::ThingIdRole, current, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_view->setCurrentIndex(found.first());
    }
    m_view->verticalScrollBar()->setValue(scrolled);
}

int ThingListPage::visibleRows() const
{
    return m_proxy->rowCount();
}

int ThingListPage::currentSourceRow() const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    return index.isValid() ? index.row() : -1;
}

void ThingListPage::createNew()
{
    for (const QUuid &type : std::as_const(m_types)) {
        if (ThingEditing::canEdit(type)) {
            m_editing->create(type, window());
            return;
        }
    }
}

void ThingListPage::editCurrent()
{
    if (const auto thing = m_table->thingAt(currentSourceRow())) {
        // A stored clinical document opens for reading, not as fields.
        if (DocumentDialog::isDocument(*thing))
            DocumentDialog::open(*thing, window());
        else
            m_editing->edit(*thing, window());
    }
}

void ThingListPage::deleteCurrent()
{
    if (const auto thing = m_table->thingAt(currentSourceRow()))
        m_editing->remove(*thing, window());
}

void ThingListPage::showHistory()
{
    if (const auto thing = m_table->thingAt(currentSourceRow())) {
        auto *dialog = new HistoryDialog(m_store, *thing, window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}

} // namespace hearth::ui
