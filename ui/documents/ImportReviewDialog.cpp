#include "ui/documents/ImportReviewDialog.h"

#include "core/documents/DocumentThings.h"
#include "ui/documents/DocumentView.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

constexpr int kItemRole = Qt::UserRole + 1;

QString groupTitle(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Medication:
        return ImportReviewDialog::tr("Medications");
    case ItemKind::Allergy:
        return ImportReviewDialog::tr("Allergies");
    case ItemKind::Problem:
        return ImportReviewDialog::tr("Problems and conditions");
    case ItemKind::Immunization:
        return ImportReviewDialog::tr("Immunizations");
    case ItemKind::Procedure:
        return ImportReviewDialog::tr("Procedures");
    case ItemKind::LabResult:
        return ImportReviewDialog::tr("Lab results");
    case ItemKind::VitalSign:
        return ImportReviewDialog::tr("Vital signs");
    case ItemKind::Encounter:
        return ImportReviewDialog::tr("Encounters");
    case ItemKind::Contact:
        return ImportReviewDialog::tr("Contacts");
    }
    return QString();
}

QString fieldName(const QString &field)
{
    if (field == QLatin1String("value"))
        return ImportReviewDialog::tr("value");
    if (field == QLatin1String("unit"))
        return ImportReviewDialog::tr("unit");
    if (field == QLatin1String("status"))
        return ImportReviewDialog::tr("status");
    if (field == QLatin1String("end"))
        return ImportReviewDialog::tr("end date");
    if (field == QLatin1String("dose"))
        return ImportReviewDialog::tr("dose");
    if (field == QLatin1String("route"))
        return ImportReviewDialog::tr("route");
    if (field == QLatin1String("severity"))
        return ImportReviewDialog::tr("severity");
    if (field == QLatin1String("negated"))
        return ImportReviewDialog::tr("whether it applies");
    if (field == QLatin1String("address"))
        return ImportReviewDialog::tr("address");
    if (field == QLatin1String("telephone"))
        return ImportReviewDialog::tr("telephone");
    if (field == QLatin1String("email"))
        return ImportReviewDialog::tr("e-mail");
    return field;
}

QString dateText(const ClinicalDate &date)
{
    return date.toIso().left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
}

QString details(const DocumentItem &item)
{
    QStringList parts;
    const auto add = [&parts](const QString &text) {
        if (!text.isEmpty())
            parts << text;
    };
    switch (item.kind) {
    case ItemKind::LabResult:
    case ItemKind::VitalSign:
        add((item.value + QLatin1Char(' ') + item.unit).trimmed());
        add(item.interpretation);
        break;
    case ItemKind::Medication:
    case ItemKind::Immunization:
        add(item.dose);
        add(item.route);
        break;
    case ItemKind::Allergy:
        add(item.reactions.join(QLatin1String(", ")));
        add(item.severity);
        break;
    case ItemKind::Contact:
        add(item.role);
        add(item.organization);
        break;
    case ItemKind::Problem:
    case ItemKind::Procedure:
    case ItemKind::Encounter:
        add(item.performer);
        break;
    }
    add(item.status);
    if (!item.code.code.isEmpty())
        add(item.code.systemLabel() + QLatin1Char(' ') + item.code.code);
    return parts.join(QStringLiteral(" \u00B7 "));
}

} // namespace

ImportReviewDialog::ImportReviewDialog(const DocumentImport::Review &review, QWidget *parent)
    : QDialog(parent)
    , m_review(review)
    , m_banner(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_view(new DocumentView(this))
    , m_import(new QPushButton(this))
    , m_selectNew(new QPushButton(tr("Check &new items"), this))
    , m_selectNone(new QPushButton(tr("Check n&one"), this))
{
    setWindowTitle(tr("Import %1").arg(review.document.profile));
    setAccessibleName(tr("Review the import"));

    const DocumentHeader &header = review.document.header;
    QStringList about;
    if (!header.patientName.isEmpty())
        about << tr("about %1").arg(header.patientName);
    if (!header.author.isEmpty())
        about << tr("from %1").arg(header.author);
    if (header.date.isValid())
        about << tr("dated %1").arg(dateText(header.date));
    auto *summary = new QLabel(
        QStringLiteral("<b>%1</b><br>%2")
            .arg((header.title.isEmpty() ? review.document.profile : header.title).toHtmlEscaped(),
                about.join(QLatin1String(", ")).toHtmlEscaped()),
        this);
    summary->setTextFormat(Qt::RichText);
    summary->setWordWrap(true);
    summary->setAccessibleName(tr("Document"));

    m_banner->setObjectName(QStringLiteral("patientBanner"));
    m_banner->setWordWrap(true);
    m_banner->setText(review.patientWarning);
    m_banner->setAccessibleName(tr("Warning about the patient"));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0b300; "
                       "border-radius: 3px; padding: 6px; }"));
    m_banner->setVisible(!review.patientWarning.isEmpty());

    m_tree->setObjectName(QStringLiteral("itemTree"));
    m_tree->setAccessibleName(tr("Items in the document"));
    m_tree->header()->setAccessibleName(tr("Columns"));
    m_tree->setHeaderLabels({ tr("Item"), tr("Date"), tr("Details"), tr("In the record") });
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DetailsColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->resizeSection(DetailsColumn, 260);

    m_view->setDocument(review.document);
    m_tabs->addTab(m_tree, tr("I&tems"));
    m_tabs->addTab(m_view, tr("&Document"));
    m_tabs->setAccessibleName(tr("Items or document"));

    m_import->setDefault(true);
    m_import->setAccessibleName(tr("Import the checked items"));
    m_selectNew->setAccessibleName(tr("Check the new items"));
    m_selectNone->setAccessibleName(tr("Uncheck all items"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel the import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_selectNew, &QPushButton::clicked, this, [this] { setSelected(m_review.newItems()); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { setSelected({}); });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] { updateImportButton(); });

    auto *row = new QHBoxLayout;
    row->addWidget(m_selectNew);
    row->addWidget(m_selectNone);
    row->addStretch();
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(row);

    fill();
    setSelected(m_review.newItems());
    resize(900, 620);
    m_tree->setFocus();
}

void ImportReviewDialog::fill()
{
    const ClinicalDocument &document = m_review.document;
    // What no thing type can hold (encounters, refusals, half a blood pressure).
    QList<int> all;
    for (int i = 0; i < document.items.size(); ++i)
        all.append(i);
    QList<int> notImportable;
    DocumentThings::itemThings(document, all, RelatedThing(), &notImportable);

    m_items = QList<QTreeWidgetItem *>(document.items.size(), nullptr);
    const QSignalBlocker blocker(m_tree);
    // One group per kind, in the model's kind order; items in document order.
    QMap<int, QTreeWidgetItem *> groups;
    for (const DocumentItem &item : document.items)
        groups.insert(int(item.kind), nullptr);
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        auto *group = new QTreeWidgetItem(m_tree);
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(ItemColumn);
        bold.setBold(true);
        group->setFont(ItemColumn, bold);
        it.value() = group;
    }
    for (int i = 0; i < document.items.size(); ++i) {
        const DocumentItem &item = document.items.at(i);
        const ReconcileEntry entry = m_review.entries.value(i);
        auto *row = new QTreeWidgetItem(groups.value(int(item.kind)));
        row->setData(ItemColumn, kItemRole, i);
        QString text = item.text.isEmpty() ? item.code.displayName : item.text;
        if (item.negated)
            text = tr("Not: %1").arg(text);
        row->setText(ItemColumn, text);
        row->setText(DateColumn, dateText(item.start));
        row->setText(DetailsColumn, details(item));

        QString status;
        bool checkable = true;
        if (notImportable.contains(i)) {
            status = item.kind == ItemKind::Encounter ? tr("Not kept (no place in a record)")
                : item.negated                        ? tr("Not kept (says it was not given)")
                                                      : tr("Not kept (incomplete)");
            checkable = false;
        } else if (entry.duplicateOf >= 0) {
            status = tr("Listed twice; once is enough");
            checkable = false;
        } else if (entry.status == ReconcileStatus::Exists) {
            status = tr("Already there");
            checkable = false;
        } else if (entry.status == ReconcileStatus::Differs) {
            QStringList fields;
            for (const QString &field : entry.differences)
                fields << fieldName(field);
            status = tr("Differs: %1").arg(fields.join(QLatin1String(", ")));
            row->setToolTip(StatusColumn,
                tr("The record has this item with another %1. Checking it adds the document's "
                   "version beside it.")
                    .arg(fields.join(QLatin1String(", "))));
        } else {
            status = tr("New");
        }
        row->setText(StatusColumn, status);
        if (checkable) {
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            row->setCheckState(ItemColumn, Qt::Unchecked);
        } else {
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            for (int c = 0; c < m_tree->columnCount(); ++c)
                row->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        m_items[i] = row;
    }
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        it.value()->setText(ItemColumn,
            tr("%1 (%2)").arg(groupTitle(ItemKind(it.key()))).arg(it.value()->childCount()));
    }
    m_tree->expandAll();
    if (QTreeWidgetItem *first = m_tree->topLevelItem(0))
        m_tree->setCurrentItem(first->child(0) ? first->child(0) : first);
}

QList<int> ImportReviewDialog::selected() const
{
    QList<int> items;
    for (int i = 0; i < m_items.size(); ++i) {
        const QTreeWidgetItem *row = m_items.at(i);
        if (row && (row->flags() & Qt::ItemIsUserCheckable)
            && row->checkState(ItemColumn) == Qt::Checked)
            items.append(i);
    }
    return items;
}

void ImportReviewDialog::setSelected(const QList<int> &items)
{
    {
        const QSignalBlocker blocker(m_tree);
        for (int i = 0; i < m_items.size(); ++i) {
            QTreeWidgetItem *row = m_items.at(i);
            if (row && (row->flags() & Qt::ItemIsUserCheckable))
                row->setCheckState(ItemColumn, items.contains(i) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateImportButton();
}

void ImportReviewDialog::updateImportButton()
{
    const int count = int(selected().size());
    m_import->setText(tr("&Import %n item(s)", nullptr, count));
    // With nothing checked, accepting still keeps the document itself,
    // unless it is already in the record.
    m_import->setEnabled(count > 0 || m_review.existingDocument.isNull());
}

} // namespace hearth::ui
