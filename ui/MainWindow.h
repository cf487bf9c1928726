#pragma once

#include "core/sync/SyncEngine.h"

#include <QDateTime>
#include <QMainWindow>
#include <QSet>

class QLabel;
class QStackedWidget;
class QUndoStack;

namespace hearth {
class Clock;
class RecordListModel;
class Settings;
class Store;
} // namespace hearth

namespace hearth::ui {

class ConflictDialog;
class EmergencyPage;
class ImagesPage;
class MeasurementsPage;
class Navigator;
class RecordSwitcher;
class StoreThingRepository;
class SummaryPage;
class ThingEditing;
class ThingListPage;
class VaultSession;

// The window a person keeps open: the record switcher and navigator on the
// left, the page of the chosen section on the right, sync state below.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Restores the window's geometry, last page and last record from
    // `settings`, and saves them there when the window closes. Without a
    // store the pages stay empty (self-test). Both must outlive the window.
    explicit MainWindow(Settings *settings, Store *store = nullptr, QWidget *parent = nullptr);

    Navigator *navigator() const { return m_navigator; }
    RecordSwitcher *recordSwitcher() const { return m_recordSwitcher; }
    QStackedWidget *content() const { return m_content; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ThingEditing *editing() const { return m_editing; }
    SummaryPage *summaryPage() const { return m_summary; }
    MeasurementsPage *measurementsPage() const { return m_measurements; }
    EmergencyPage *emergencyPage() const { return m_emergency; }
    ImagesPage *imagesPage() const { return m_images; }
    // The list page of a navigator page, or null (Summary, Measurements, Emergency).
    ThingListPage *listPage(int navigatorPage) const;

    // Shows the record with this store row id on every page.
    void showRecord(qint64 record);

    // File › Import document: asks for a file, then importFile.
    void importDocument();
    // Reads a CCD / C-CDA / CDA / CCR file, shows the review for the current
    // record and, when accepted, writes the checked items and the document
    // in one transaction. False when refused, cancelled or failed.
    bool importFile(const QString &path);
    QAction *importAction() const { return m_importAction; }
    // File › Export record: the export dialog for the current record.
    void exportRecord();
    QAction *exportAction() const { return m_exportAction; }

    // Adds the Vault menu for this session and shows its sync state in the
    // status bar. The session must outlive the window.
    void setVaultSession(VaultSession *session);
    VaultSession *vaultSession() const { return m_vault; }
    QMenu *vaultMenu() const { return m_vaultMenu; }
    // Reads the records and the page in view again after another store
    // connection (the sync thread) wrote, keeping the record, page and row.
    void reloadFromStore();
    // Shows the conflicts and the choice for each (the "N conflicts" link).
    void showConflicts();
    QLabel *conflictsLabel() const { return m_conflicts; }

signals:
    // The conflict dialog is about to be shown (tests drive it).
    void conflictDialogOpened(hearth::ui::ConflictDialog *dialog);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createPlaceholder(const QString &title);
    void createPages();
    void createMenus();
    void updateStatus();
    void updateSyncState();
    void refreshPage(int index);

    Settings *m_settings;
    Store *m_store;
    RecordSwitcher *m_recordSwitcher;
    Navigator *m_navigator;
    QStackedWidget *m_content;
    QLabel *m_syncState;
    QLabel *m_pending;
    QLabel *m_conflicts;
    VaultSession *m_vault = nullptr;
    QMenu *m_vaultMenu = nullptr;
    SyncEngine::State m_state = SyncEngine::State::Idle;
    SyncEngine::Progress m_progress;
    QDateTime m_lastSync;
    QString m_lastProblem;
    int m_nextTryMs = -1;
    QUndoStack *m_undoStack;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    RecordListModel *m_records = nullptr;
    StoreThingRepository *m_repository = nullptr;
    ThingEditing *m_editing = nullptr;
    SummaryPage *m_summary = nullptr;
    MeasurementsPage *m_measurements = nullptr;
    EmergencyPage *m_emergency = nullptr;
    ImagesPage *m_images = nullptr;
    QHash<int, ThingListPage *> m_lists;
    qint64 m_record = 0;
    qint64 m_measurementsRecord = 0;
    // Pages not yet filled with the current record.
    QSet<int> m_stalePages;
};

} // namespace hearth::ui
