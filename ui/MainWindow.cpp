#include "ui/MainWindow.h"

#include "core/Clock.h"
#include "core/Settings.h"
#include "core/documents/DocumentImport.h"
#include "core/documents/DocumentImporter.h"
#include "core/store/RecordListModel.h"
#include "core/store/Store.h"
#include "core/thing/Allergy.h"
#include "core/thing/Ccd.h"
#include "core/thing/Ccr.h"
#include "core/thing/Cda.h"
#include "core/thing/Condition.h"
#include "core/thing/Contact.h"
#include "core/thing/Exercise.h"
#include "core/thing/File.h"
#include "core/thing/HealthGoal.h"
#include "core/thing/Immunization.h"
#include "core/thing/LabTestResults.h"
#include "core/thing/MedicalImageStudy.h"
#include "core/thing/Medication.h"
#include "core/thing/Plan.h"
#include "core/thing/Procedure.h"
#include "core/thing/SleepJournalAm.h"
#include "core/thing/Task.h"
#include "ui/Navigator.h"
#include "ui/RecordSwitcher.h"
#include "ui/documents/ExportDialog.h"
#include "ui/documents/ImportReviewDialog.h"
#include "ui/editors/StoreThingRepository.h"
#include "ui/editors/ThingEditing.h"
#include "ui/pages/EmergencyPage.h"
#include "ui/pages/ImagesPage.h"
#include "ui/pages/MeasurementsPage.h"
#include "ui/pages/SummaryPage.h"
#include "ui/pages/ThingListPage.h"
#include "ui/signin/VaultSession.h"
#include "ui/sync/ConflictDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace hearth::ui {

MainWindow::MainWindow(Settings *settings, Store *store, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_store(store)
    , m_recordSwitcher(new RecordSwitcher)
    , m_navigator(new Navigator)
    , m_content(new QStackedWidget)
    , m_syncState(new QLabel)
    , m_pending(new QLabel)
    , m_conflicts(new QLabel)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Hearth"));
    setAccessibleName(tr("Hearth"));

    auto *sidebar = new QWidget;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAccessibleName(tr("Sidebar"));
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->addWidget(m_recordSwitcher);
    sidebarLayout->addWidget(m_navigator, 1);

    m_content->setObjectName(QStringLiteral("content"));
    m_content->setAccessibleName(tr("Content"));
    createPages();
    connect(m_navigator, &Navigator::pageChanged, this, [this](Navigator::Page page) {
        refreshPage(int(page));
        m_content->setCurrentIndex(int(page));
    });

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setAccessibleName(tr("Main area"));
    splitter->addWidget(sidebar);
    splitter->addWidget(m_content);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 240, 760 });
    setCentralWidget(splitter);
    // Documents dropped on the window are imported like File › Import.
    setAcceptDrops(store != nullptr);

    m_syncState->setObjectName(QStringLiteral("syncState"));
    m_syncState->setAccessibleName(tr("Sync state"));
    m_syncState->setText(tr("On this computer only"));
    m_pending->setObjectName(QStringLiteral("pendingChanges"));
    m_pending->setAccessibleName(tr("Changes waiting"));
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    // "N conflicts" is a link to the dialog that resolves them.
    m_conflicts->setTextInteractionFlags(
        Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_conflicts, &QLabel::linkActivated, this, &MainWindow::showConflicts);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->setAccessibleName(tr("Status"));
    statusBar()->addPermanentWidget(m_pending);
    statusBar()->addPermanentWidget(m_conflicts);
    statusBar()->addPermanentWidget(m_syncState);
    createMenus();

    resize(1000, 680);
    restoreGeometry(m_settings->value(settings::windowGeometry));
    const int lastPage = m_settings->value(settings::lastPage);
    if (lastPage >= 0 && lastPage < Navigator::pages().size())
        m_navigator->setCurrentPage(Navigator::pages().at(lastPage));

    if (m_store) {
        m_records = new RecordListModel(m_store, this);
        connect(m_recordSwitcher, &RecordSwitcher::recordChanged, this, &MainWindow::showRecord);
        m_recordSwitcher->setModel(m_records);
        m_recordSwitcher->setStore(m_store);
        const qint64 last = m_settings->value(settings::lastRecordId).toLongLong();
        if (last > 0)
            m_recordSwitcher->setCurrentRecord(last);
        // The switcher has announced its record already unless it had none.
        if (m_record != m_recordSwitcher->currentRecord())
            showRecord(m_recordSwitcher->currentRecord());
        connect(m_store, &Store::thingAdded, this, &MainWindow::updateStatus);
        connect(m_store, &Store::thingChanged, this, &MainWindow::updateStatus);
        connect(m_store, &Store::thingRemoved, this, &MainWindow::updateStatus);
        connect(m_repository, &ThingRepository::failed, this, [this](const QString &message) {
            QMessageBox::warning(this, tr("Not saved"), message);
        });
    }
    updateStatus();
}

void MainWindow::createPages()
{
    if (m_store) {
        m_repository = new StoreThingRepository(m_store, Clock::system(), this);
        m_editing = new ThingEditing(m_repository, m_undoStack, this);
    }
    const auto list = [this](Navigator::Page page, QList<QUuid> types) -> QWidget * {
        auto *widget = new ThingListPage(Navigator::title(page), types, m_store, m_editing);
        m_lists.insert(int(page), widget);
        return widget;
    };
    for (Navigator::Page page : Navigator::pages()) {
        if (!m_store) {
            m_content->addWidget(createPlaceholder(Navigator::title(page)));
            continue;
        }
        QWidget *widget = nullptr;
        switch (page) {
        case Navigator::Page::Summary:
            widget = m_summary = new SummaryPage(m_store);
            break;
        case Navigator::Page::Measurements:
            widget = m_measurements = new MeasurementsPage(m_store, m_editing);
            break;
        case Navigator::Page::Medications:
            widget = list(page, QList<QUuid> { Medication::typeId() } + Medication::olderTypeIds());
            break;
        case Navigator::Page::Allergies:
            widget = list(page, { Allergy::typeId() });
            break;
        case Navigator::Page::Conditions:
            widget = list(page, { Condition::typeId() });
            break;
        case Navigator::Page::Immunizations:
            widget = list(
                page, QList<QUuid> { Immunization::typeId() } + Immunization::olderTypeIds());
            break;
        case Navigator::Page::Procedures:
            widget = list(page, QList<QUuid> { Procedure::typeId() } + Procedure::olderTypeIds());
            break;
        case Navigator::Page::LabResults:
            widget = list(page, { LabTestResults::typeId() });
            break;
        case Navigator::Page::ExerciseAndSleep:
            widget = list(page, { Exercise::typeId(), SleepJournalAm::typeId() });
            break;
        case Navigator::Page::Documents:
            widget = list(page, { File::typeId(), Ccd::typeId(), Ccr::typeId(), Cda::typeId() });
            break;
        case Navigator::Page::Images:
            widget = m_images = new ImagesPage(m_store, Clock::system());
            break;
        case Navigator::Page::Contacts:
            widget = list(page, { Contact::typeId() });
            break;
        case Navigator::Page::GoalsAndPlans:
            widget = list(page, { HealthGoal::typeId(), Plan::typeId(), Task::typeId() });
            break;
        case Navigator::Page::EmergencyProfile:
            widget = m_emergency = new EmergencyPage(m_store);
            break;
        }
        m_content->addWidget(widget);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_importAction = file->addAction(tr("&Import document..."), this, &MainWindow::importDocument);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setEnabled(m_store != nullptr);
    m_exportAction = file->addAction(tr("&Export record..."), this, &MainWindow::exportRecord);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setEnabled(m_store != nullptr);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *sections = go->addAction(tr("&Sections"), this, [this] { m_navigator->setFocus(); });
    sections->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *records = go->addAction(
        tr("&Records"), this, [this] { m_recordSwitcher->recordList()->setFocus(); });
    records->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *page
        = go->addAction(tr("&Page"), this, [this] { m_content->currentWidget()->setFocus(); });
    page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
}

void MainWindow::importDocument()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a clinical document"),
        QString(), tr("Clinical documents (*.xml *.ccd *.cda *.ccr *.XML);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool MainWindow::importFile(const QString &path)
{
    if (!m_store || m_record <= 0)
        return false;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    QByteArray bytes;
    const bool tooLarge = file.size() > DocumentImporter::Options().maxBytes;
    if (!tooLarge && file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    const ImportResult read = tooLarge || !file.isOpen() ? DocumentImporter::readFile(path)
                                                         : DocumentImporter::read(bytes);
    if (!read.ok()) {
        QMessageBox::warning(this, tr("Import %1").arg(name), read.message);
        return false;
    }
    DocumentImport import(*m_store, Clock::system());
    StoreError error;
    const std::optional<DocumentImport::Review> review
        = import.review(m_record, read.document, bytes, &error);
    if (!review) {
        QMessageBox::warning(this, tr("Import %1").arg(name), error.message);
        return false;
    }
    ImportReviewDialog dialog(*review, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const std::optional<DocumentImport::Outcome> outcome
        = import.accept(*review, dialog.selected(), &error);
    if (!outcome) {
        QMessageBox::warning(
            this, tr("Import %1").arg(name), tr("Nothing was imported: %1").arg(error.message));
        return false;
    }
    statusBar()->showMessage(
        tr("Imported %n item(s) from %1.", nullptr, int(outcome->imported.size())).arg(name),
        10000);
    return true;
}

void MainWindow::exportRecord()
{
    if (!m_store || m_record <= 0)
        return;
    ExportDialog dialog(*m_store, Clock::system(), m_record, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.notice(), 10000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (m_store && !urls.isEmpty()
        && std::all_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    event->acceptProposedAction();
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls)
        importFile(url.toLocalFile());
}

ThingListPage *MainWindow::listPage(int navigatorPage) const
{
    return m_lists.value(navigatorPage);
}

void MainWindow::showRecord(qint64 record)
{
    if (!m_store || record <= 0)
        return;
    m_record = record;
    // Edits of one record are not undone in another.
    m_undoStack->clear();
    m_repository->setRecord(record);
    // Only the page in view is filled now; the others when they are opened,
    // so switching costs one page, not fourteen.
    m_stalePages.clear();
    for (int page = 0; page < m_content->count(); ++page)
        m_stalePages.insert(page);
    refreshPage(m_content->currentIndex());
    if (m_recordSwitcher->currentRecord() != record)
        m_recordSwitcher->setCurrentRecord(record);
    updateStatus();
}

void MainWindow::refreshPage(int index)
{
    if (!m_store || m_record <= 0 || !m_stalePages.remove(index))
        return;
    QWidget *page = m_content->widget(index);
    if (auto *list = qobject_cast<ThingListPage *>(page)) {
        // Same record: the page is stale because the store changed under it.
        if (list->record() == m_record)
            list->reload();
        else
            list->setRecord(m_record);
    } else if (page == m_summary)
        m_summary->setRecord(m_record);
    else if (page == m_measurements) {
        const bool sameRecord = m_measurementsRecord == m_record;
        m_measurements->setRecord(m_record);
        if (sameRecord) {
            const auto lists = m_measurements->findChildren<ThingListPage *>();
            for (ThingListPage *list : lists)
                list->reload();
        }
        m_measurementsRecord = m_record;
    } else if (page == m_emergency)
        m_emergency->setRecord(m_record);
    else if (page == m_images)
        m_images->setRecord(m_record);
}

void MainWindow::updateStatus()
{
    if (!m_store) {
        m_pending->clear();
        m_conflicts->clear();
        return;
    }
    const int pending = int(m_store->pendingChanges(100000).size());
    m_pending->setText(
        pending == 0 ? tr("No changes waiting") : tr("%n change(s) waiting", nullptr, pending));
    int conflicts = 0;
    for (int row = 0; m_records && row < m_records->rowCount(); ++row)
        conflicts += int(m_store->conflicts(m_records->recordAt(row).id).size());
    m_conflicts->setText(conflicts > 0
            ? QStringLiteral("<a href=\"#conflicts\">%1</a>")
                  .arg(tr("%n conflict(s)", nullptr, conflicts).toHtmlEscaped())
            : QString());
    m_conflicts->setVisible(conflicts > 0);
}

void MainWindow::setVaultSession(VaultSession *session)
{
    m_vault = session;
    m_vaultMenu = menuBar()->addMenu(tr("&Vault"));
    m_vaultMenu->setObjectName(QStringLiteral("vaultMenu"));
    m_vaultMenu->setAccessibleName(tr("Vault"));
    session->addActions(m_vaultMenu);
    connect(session, &VaultSession::signedInChanged, this, [this](bool signedIn) {
        m_state = SyncEngine::State::Idle;
        m_lastSync = {};
        m_lastProblem.clear();
        if (!signedIn)
            m_progress = {};
        updateSyncState();
    });
    connect(session, &VaultSession::stateChanged, this, [this](SyncEngine::State state, int, int) {
        m_state = state;
        if (state == SyncEngine::State::Syncing)
            m_progress = {};
        updateSyncState();
        updateStatus();
    });
    connect(session, &VaultSession::progressChanged, this,
        [this](const SyncEngine::Progress &progress) {
            m_progress = progress;
            updateSyncState();
        });
    connect(session, &VaultSession::syncFinished, this,
        [this](bool ok, const QString &message, int nextDelayMs) {
            if (ok)
                m_lastSync = QDateTime::currentDateTime();
            m_lastProblem = message;
            m_nextTryMs = nextDelayMs;
            updateSyncState();
        });
    connect(session, &VaultSession::storeChanged, this, &MainWindow::reloadFromStore);
    updateSyncState();
}

void MainWindow::showConflicts()
{
    if (!m_store || !m_vault)
        return;
    ConflictDialog dialog(m_store, m_vault, this);
    emit conflictDialogOpened(&dialog);
    dialog.exec();
    updateStatus();
}

void MainWindow::updateSyncState()
{
    QString text;
    QString tip;
    if (!m_vault || !m_vault->isSignedIn()) {
        text = tr("On this computer only");
    } else {
        const QString last = m_lastSync.isValid()
            ? QLocale().toString(m_lastSync.time(), QLocale::ShortFormat)
            : QString();
        switch (m_state) {
        case SyncEngine::State::Idle:
            text = tr("Connecting to the vault...");
            break;
        case SyncEngine::State::Syncing:
            text = m_progress.recordCount > 0
                ? tr("Syncing record %1 of %2: %n item(s) received", nullptr,
                    int(qMin<qint64>(m_progress.things, INT_MAX)))
                      .arg(qMin(m_progress.records + 1, m_progress.recordCount))
                      .arg(m_progress.recordCount)
                : tr("Syncing...");
            break;
        case SyncEngine::State::UpToDate:
        case SyncEngine::State::ChangesWaiting:
        case SyncEngine::State::Conflicts:
            text = last.isEmpty() ? tr("Up to date") : tr("Up to date, last sync %1").arg(last);
            break;
        case SyncEngine::State::Offline:
            text = m_nextTryMs > 0
                ? tr("Offline: the vault cannot be reached, next try in %n second(s)", nullptr,
                    (m_nextTryMs + 999) / 1000)
                : tr("Offline: the vault cannot be reached");
            tip = m_lastProblem;
            break;
        case SyncEngine::State::Failed:
            text = tr("Sync failed");
            tip = m_lastProblem;
            break;
        }
        if (!last.isEmpty() && tip.isEmpty())
            tip = tr("Last sync at %1").arg(last);
    }
    m_syncState->setText(text);
    m_syncState->setToolTip(tip);
}

void MainWindow::reloadFromStore()
{
    if (!m_store)
        return;
    m_records->refresh();
    const qint64 current = m_recordSwitcher->currentRecord();
    if (current != m_record && current > 0) {
        showRecord(current); // the record in view was deleted
    } else if (m_record > 0) {
        for (int page = 0; page < m_content->count(); ++page)
            m_stalePages.insert(page);
        refreshPage(m_content->currentIndex());
    }
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(settings::windowGeometry, saveGeometry());
    m_settings->setValue(settings::lastPage, int(m_navigator->currentPage()));
    if (m_record > 0)
        m_settings->setValue(settings::lastRecordId, QString::number(m_record));
    QMainWindow::closeEvent(event);
}

QWidget *MainWindow::createPlaceholder(const QString &title)
{
    auto *page = new QWidget;
    page->setAccessibleName(title);
    auto *heading = new QLabel(title, page);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setAccessibleName(tr("Page heading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading);
    layout->addStretch(1);
    return page;
}

} // namespace hearth::ui
