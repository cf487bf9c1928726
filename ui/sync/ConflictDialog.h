#pragma once

#include "core/store/StoreRows.h"
#include "core/sync/SyncEngine.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace hearth {
class Store;
}

namespace hearth::ui {

class VaultSession;

// The things changed both here and on the vault: each conflict with both
// versions side by side, and the choice to keep mine, keep theirs or keep
// both. The choice runs on the sync thread; the list follows when it is done.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(Store *store, VaultSession *session, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *keepBothButton() const { return m_keepBoth; }
    // Open conflicts shown.
    int count() const { return int(m_conflicts.size()); }
    const QList<Conflict> &conflicts() const { return m_conflicts; }

    // Reads the open conflicts again, keeping the current one when it is
    // still open.
    void reload();

private:
    void showCurrent();
    void decide(hearth::SyncEngine::Resolution resolution);
    QString describe(const QByteArray &xml) const;

    Store *m_store;
    VaultSession *m_session;
    QList<Conflict> m_conflicts;
    QListWidget *m_list;
    QLabel *m_mine;
    QLabel *m_theirs;
    QLabel *m_status;
    QPushButton *m_keepMine;
    QPushButton *m_keepTheirs;
    QPushButton *m_keepBoth;
    bool m_waiting = false;
};

} // namespace hearth::ui
