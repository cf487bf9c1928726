#include "ui/pages/HistoryDialog.h"

#include "core/store/Store.h"
#include "core/thing/ThingTypeRegistry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

QStringList describe(const Thing &thing, const QDateTime &stored)
{
    const auto audit = thing.updated() ? thing.updated() : thing.created();
    const QDateTime when = audit && audit->timestamp.isValid() ? audit->timestamp : stored;
    QString who = audit ? audit->personName : QString();
    QString app = audit ? audit->appName : QString();
    if (who.isEmpty())
        who = HistoryDialog::tr("You");
    if (app.isEmpty())
        app = QStringLiteral("Hearth");
    return { QLocale().toString(when.toLocalTime(), QLocale::ShortFormat), who, app,
        ThingTypeRegistry::summary(thing) };
}

} // namespace

HistoryDialog::HistoryDialog(Store *store, const Thing &current, QWidget *parent)
    : QDialog(parent)
    , m_versions(new QTreeWidget)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of “%1”").arg(ThingTypeRegistry::summary(current)));
    setAccessibleName(windowTitle());
    m_versions->setObjectName(QStringLiteral("historyList"));
    m_versions->setAccessibleName(tr("Versions"));
    m_versions->setRootIsDecorated(false);
    m_versions->setHeaderLabels({ tr("Changed"), tr("By"), tr("With"), tr("Entry") });
    m_versions->header()->setStretchLastSection(true);

    const std::optional<ThingRow> now = store->thing(current.id());
    auto *top
        = new QTreeWidgetItem(m_versions, describe(current, now ? now->updatedDate : QDateTime()));
    top->setText(3, tr("%1 (current)").arg(top->text(3)));
    QList<ThingRow> earlier = store->history(current.id());
    std::reverse(earlier.begin(), earlier.end());
    for (const ThingRow &row : std::as_const(earlier)) {
        if (const auto thing = Thing::fromXml(row.xml))
            new QTreeWidgetItem(m_versions, describe(*thing, row.updatedDate));
    }
    m_versions->setColumnCount(4);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_versions);
    layout->addWidget(buttons);
    resize(640, 320);
}

} // namespace hearth::ui
