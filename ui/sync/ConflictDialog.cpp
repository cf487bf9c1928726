#include "ui/sync/ConflictDialog.h"

#include "core/store/Store.h"
#include "core/thing/Thing.h"
#include "core/thing/ThingTypeRegistry.h"
#include "ui/editors/ThingEditing.h"
#include "ui/signin/VaultSession.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearth::ui {

ConflictDialog::ConflictDialog(Store *store, VaultSession *session, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_mine(new QLabel(this))
    , m_theirs(new QLabel(this))
    , m_status(new QLabel(this))
    , m_keepMine(new QPushButton(tr("Keep &mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep &theirs"), this))
    , m_keepBoth(new QPushButton(tr("Keep &both"), this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Conflicts"));
    setAccessibleName(tr("Conflicts"));

    auto *intro
        = new QLabel(tr("These entries were changed on this computer and in the vault. "
                        "Choose which version to keep; nothing is overwritten until you do."),
            this);
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setAccessibleName(tr("About conflicts"));
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Conflicting entries"));

    auto *mineTitle = new QLabel(tr("On this computer (mine)"), this);
    mineTitle->setObjectName(QStringLiteral("conflictMineTitle"));
    mineTitle->setAccessibleName(tr("Mine"));
    auto *theirsTitle = new QLabel(tr("In the vault (theirs)"), this);
    theirsTitle->setObjectName(QStringLiteral("conflictTheirsTitle"));
    theirsTitle->setAccessibleName(tr("Theirs"));
    for (QLabel *label : { mineTitle, theirsTitle }) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    m_mine->setObjectName(QStringLiteral("conflictMine"));
    m_mine->setAccessibleName(tr("My version"));
    m_theirs->setObjectName(QStringLiteral("conflictTheirs"));
    m_theirs->setAccessibleName(tr("The vault's version"));
    for (QLabel *label : { m_mine, m_theirs }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_status->setObjectName(QStringLiteral("conflictStatus"));
    m_status->setAccessibleName(tr("Conflict status"));
    m_status->setWordWrap(true);

    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepMine->setAccessibleName(tr("Keep my version"));
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    m_keepTheirs->setAccessibleName(tr("Keep the vault's version"));
    m_keepBoth->setObjectName(QStringLiteral("keepBoth"));
    m_keepBoth->setAccessibleName(tr("Keep both versions"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("conflictButtons"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepTheirs, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepBoth, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this,
        [this] { decide(SyncEngine::Resolution::KeepMine); });
    connect(m_keepTheirs, &QPushButton::clicked, this,
        [this] { decide(SyncEngine::Resolution::KeepTheirs); });
    connect(m_keepBoth, &QPushButton::clicked, this,
        [this] { decide(SyncEngine::Resolution::KeepBoth); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictDialog::showCurrent);
    connect(m_session, &VaultSession::syncFinished, this, [this](bool ok, const QString &message) {
        if (!m_waiting)
            return;
        m_waiting = false;
        m_status->setText(ok ? QString() : message);
        reload();
    });

    auto *versions = new QGridLayout;
    versions->addWidget(mineTitle, 0, 0);
    versions->addWidget(theirsTitle, 0, 1);
    versions->addWidget(m_mine, 1, 0);
    versions->addWidget(m_theirs, 1, 1);
    versions->setColumnStretch(0, 1);
    versions->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(versions);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 420);
    reload();
}

QString ConflictDialog::describe(const QByteArray &xml) const
{
    if (xml.isEmpty())
        return tr("Deleted");
    const std::optional<Thing> thing = Thing::fromXml(xml);
    if (!thing)
        return tr("(cannot be read)");
    const QString when = thing->effectiveDate().isValid()
        ? QLocale().toString(thing->effectiveDate().toLocalTime(), QLocale::ShortFormat)
        : QString();
    return QStringLiteral("%1\n%2\n%3")
        .arg(ThingEditing::typeTitle(thing->typeId()), ThingTypeRegistry::summary(*thing), when)
        .trimmed();
}

void ConflictDialog::reload()
{
    const qint64 current = m_list->currentRow() >= 0 && m_list->currentRow() < m_conflicts.size()
        ? m_conflicts.at(m_list->currentRow()).id
        : 0;
    m_conflicts.clear();
    QHash<qint64, QString> recordNames;
    for (qint64 after = 0;;) {
        const QList<RecordRow> page = m_store->records(after, 100);
        if (page.isEmpty())
            break;
        for (const RecordRow &record : page) {
            recordNames.insert(record.id, record.displayName);
            m_conflicts += m_store->conflicts(record.id);
        }
        after = page.constLast().id;
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = m_conflicts.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const Conflict &conflict = m_conflicts.at(i);
        const QByteArray &either
            = conflict.localXml.isEmpty() ? conflict.remoteXml : conflict.localXml;
        const std::optional<Thing> thing = Thing::fromXml(either);
        const QString title = thing ? ThingEditing::typeTitle(thing->typeId()) : tr("Entry");
        const QString summary = thing ? ThingTypeRegistry::summary(*thing) : QString();
        m_list->addItem(summary.isEmpty()
                ? tr("%1 in %2").arg(title, recordNames.value(conflict.record))
                : tr("%1 in %2: %3").arg(title, recordNames.value(conflict.record), summary));
        if (conflict.id == current)
            select = i;
    }
    m_list->setCurrentRow(select);
    showCurrent();
}

void ConflictDialog::showCurrent()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_conflicts.size();
    m_mine->setText(valid ? describe(m_conflicts.at(row).localXml) : QString());
    m_theirs->setText(valid ? describe(m_conflicts.at(row).remoteXml) : QString());
    const bool canDecide = valid && !m_waiting && m_session->isSignedIn();
    m_keepMine->setEnabled(canDecide);
    m_keepTheirs->setEnabled(canDecide);
    // Keeping both of a deletion and a change is the change alone.
    m_keepBoth->setEnabled(canDecide && !m_conflicts.at(row).localXml.isEmpty()
        && !m_conflicts.at(row).remoteXml.isEmpty());
    if (m_conflicts.isEmpty() && m_status->text().isEmpty())
        m_status->setText(tr("No conflicts left."));
}

void ConflictDialog::decide(SyncEngine::Resolution resolution)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size() || m_waiting)
        return;
    m_waiting = true;
    m_status->setText(tr("Saving your choice..."));
    showCurrent();
    m_session->resolve(m_conflicts.at(row).id, resolution);
}

} // namespace hearth::ui
