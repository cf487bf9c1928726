#include "ui/pages/ImagesPage.h"

#include "core/Clock.h"
#include "core/imaging/DicomFile.h"
#include "core/imaging/DicomImporter.h"
#include "core/imaging/DicomStudyStore.h"
#include "core/store/FileThings.h"
#include "core/store/Store.h"
#include "core/store/ThingListModel.h"
#include "core/thing/File.h"
#include "core/thing/MedicalImageStudy.h"
#include "ui/imaging/DicomViewer.h"
#include "ui/pages/FilePreview.h"
#include "ui/pages/ThingTableModel.h"

#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTreeView>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

// A window with the viewer over a study's images copied out of the store;
// the copies go with the window.
class StudyWindow : public QDialog
{
public:
    StudyWindow(std::unique_ptr<QTemporaryDir> folder, QWidget *parent)
        : QDialog(parent)
        , m_folder(std::move(folder))
        , m_viewer(new DicomViewer(this))
    {
        setAttribute(Qt::WA_DeleteOnClose);
        setAccessibleName(ImagesPage::tr("Medical image study"));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_viewer);
        resize(1000, 700);
    }
    DicomViewer *viewer() const { return m_viewer; }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    DicomViewer *m_viewer;
};

} // namespace

ImagesPage::ImagesPage(Store *store, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_model(new ThingListModel(store, this))
    , m_table(new ThingTableModel(store, m_model, this))
    , m_view(new QTreeView)
    , m_preview(new FilePreview)
    , m_split(new QSplitter)
    , m_empty(new QLabel(tr("No images or files yet. Import a study from a CD, a folder or a "
                            "zip, or add any document or picture.")))
    , m_import(new QPushButton(tr("&Import a study...")))
    , m_add(new QPushButton(tr("&Add a file...")))
    , m_open(new QPushButton(tr("&Open")))
    , m_save(new QPushButton(tr("&Save a copy...")))
{
    const QString title = tr("Images and files");
    setAccessibleName(title);
    auto *heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setAccessibleName(tr("Page heading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    m_view->setModel(m_table);
    m_view->setRootIsDecorated(false);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Images and files"));
    m_view->header()->setSectionResizeMode(ThingTableModel::SummaryColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_empty->setObjectName(QStringLiteral("emptyNote"));
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No images or files"));
    m_import->setAccessibleName(tr("Import a study"));
    m_add->setAccessibleName(tr("Add a file"));
    m_open->setAccessibleName(tr("Open"));
    m_save->setAccessibleName(tr("Save a copy"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(buttons);
    layout->addWidget(m_empty, 1, Qt::AlignTop);
    m_split->setAccessibleName(tr("List and preview"));
    m_split->addWidget(m_view);
    m_split->addWidget(m_preview);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    layout->addWidget(m_split, 1);

    connect(m_import, &QPushButton::clicked, this, &ImagesPage::chooseStudy);
    connect(m_add, &QPushButton::clicked, this, &ImagesPage::chooseFile);
    connect(m_open, &QPushButton::clicked, this, &ImagesPage::openCurrent);
    connect(m_save, &QPushButton::clicked, this, &ImagesPage::saveCurrent);
    connect(m_view, &QTreeView::activated, this, &ImagesPage::openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ImagesPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ImagesPage::updatePreview);
    connect(m_table, &QAbstractItemModel::modelReset, this, &ImagesPage::updatePreview);
    connect(m_table, &QAbstractItemModel::rowsInserted, this, &ImagesPage::updateButtons);
    connect(m_table, &QAbstractItemModel::rowsRemoved, this, &ImagesPage::updateButtons);
    connect(m_table, &QAbstractItemModel::modelReset, this, &ImagesPage::updateButtons);
    setAcceptDrops(true);
    updateButtons();
}

ImagesPage::~ImagesPage() = default;

void ImagesPage::setRecord(qint64 record)
{
    m_record = record;
    ThingQuery query;
    query.record = record;
    query.types = { MedicalImageStudy::typeId(), File::typeId() };
    query.state = QStringLiteral("Active");
    m_table->setQuery(query);
    updateButtons();
}

int ImagesPage::rowCount() const
{
    return m_table->rowCount();
}

bool ImagesPage::importStudies(const QString &path)
{
    return importStudies(path, nullptr);
}

bool ImagesPage::importStudies(const QString &path, bool *foundImages)
{
    m_error.clear();
    if (foundImages)
        *foundImages = false;
    QTemporaryDir extract;
    DicomImporter importer;
    QProgressDialog progress(tr("Reading the images..."), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAccessibleName(tr("Import progress"));
    importer.setProgressHandler([&](int done, int total) {
        progress.setValue(total > 0 ? int(500LL * done / total) : 0);
        if (progress.wasCanceled())
            importer.cancel();
    });
    const DicomImportResult result = importer.import(path, extract.path());
    if (!result.succeeded()) {
        m_error
            = result.cancelled ? tr("The import was cancelled. Nothing was stored.") : result.error;
        return false;
    }
    if (result.studies.isEmpty()) {
        m_error = tr("No DICOM images were found there.");
        return false;
    }
    if (foundImages)
        *foundImages = true;
    // Each study is one transaction; a failure keeps the studies before it.
    DicomStudyStore studies(*m_store, m_clock);
    progress.setLabelText(tr("Storing the images..."));
    studies.setProgressHandler([&](qint64 done, qint64 total) {
        progress.setValue(500 + (total > 0 ? int(500 * done / total) : 0));
        if (progress.wasCanceled())
            studies.cancel();
    });
    int stored = 0;
    for (const DicomStudy &study : result.studies) {
        StoreError error;
        if (!studies.store(m_record, study, &error)) {
            m_error = stored == 0
                ? error.message
                : tr("%1 (%n earlier study/studies of this import were kept.)", nullptr, stored)
                      .arg(error.message);
            return false;
        }
        ++stored;
    }
    progress.setValue(1000);
    return true;
}

bool ImagesPage::addFile(const QString &path)
{
    m_error.clear();
    FileThings files(*m_store, m_clock);
    QProgressDialog progress(
        tr("Storing %1...").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAccessibleName(tr("Storing progress"));
    const qint64 size = QFileInfo(path).size();
    files.blobs().setProgressHandler([&](qint64 done) {
        progress.setValue(size > 0 ? int(1000 * done / size) : 0);
        if (progress.wasCanceled())
            files.blobs().cancel();
    });
    StoreError error;
    if (!files.addFile(m_record, path, &error)) {
        m_error = error.message;
        return false;
    }
    return true;
}

DicomViewer *ImagesPage::openStudy(int row)
{
    m_error.clear();
    const std::optional<Thing> thing = thingAt(row);
    std::optional<MedicalImageStudy> study
        = thing ? MedicalImageStudy::fromThing(*thing) : std::nullopt;
    if (!study) {
        m_error = tr("This entry is not a medical image study.");
        return nullptr;
    }
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid()) {
        m_error = folder->errorString();
        return nullptr;
    }
    DicomStudyStore studies(*m_store, m_clock);
    StoreError error;
    const std::optional<DicomImportResult> images = studies.extract(*study, folder->path(), &error);
    if (!images) {
        m_error = error.message;
        return nullptr;
    }
    auto *window = new StudyWindow(std::move(folder), this);
    window->setWindowTitle(study->summary());
    window->viewer()->setStudies(images->studies);
    window->show();
    return window->viewer();
}

bool ImagesPage::saveCopy(int row, const QString &target)
{
    m_error.clear();
    const std::optional<Thing> thing = thingAt(row);
    const std::optional<File> file = thing ? File::fromThing(*thing) : std::nullopt;
    if (!file) {
        m_error = tr("Only a file can be saved as a copy; open a study to save its images.");
        return false;
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly)) {
        m_error = out.errorString();
        return false;
    }
    ThingBlobStore blobs(*m_store);
    StoreError error;
    for (const ThingBlob &blob : file->thing().blobs()) {
        if (!blob.name.isEmpty())
            continue;
        if (!blobs.read(blob, out, &error)) {
            m_error = error.message;
            return false;
        }
        if (!out.commit()) {
            m_error = out.errorString();
            return false;
        }
        return true;
    }
    m_error = tr("This file has no content.");
    return false;
}

bool ImagesPage::addDropped(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir() || info.fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0
        || DicomFile().open(path))
        return importStudies(path, nullptr);
    if (info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0) {
        bool foundImages = false;
        if (importStudies(path, &foundImages) || foundImages)
            return m_error.isEmpty();
    }
    return addFile(path);
}

void ImagesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_store && m_record > 0 && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImagesPage::dropEvent(QDropEvent *event)
{
    QStringList problems;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && !addDropped(url.toLocalFile()))
            problems.append(m_error);
    }
    event->acceptProposedAction();
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Not added"), problems.join(QLatin1Char('\n')));
}

void ImagesPage::chooseStudy()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a study"), QString(), tr("DICOMDIR, zip or DICOM file (*)"));
    if (!path.isEmpty() && !importStudies(path))
        QMessageBox::warning(this, tr("Not imported"), m_error);
}

void ImagesPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a file"));
    if (!path.isEmpty() && !addFile(path))
        QMessageBox::warning(this, tr("Not added"), m_error);
}

void ImagesPage::openCurrent()
{
    const int row = currentRow();
    const std::optional<Thing> thing = thingAt(row);
    if (!thing)
        return;
    if (File::fromThing(*thing)) {
        saveCurrent();
        return;
    }
    if (!openStudy(row))
        QMessageBox::warning(this, tr("Cannot open"), m_error);
}

void ImagesPage::saveCurrent()
{
    const int row = currentRow();
    const std::optional<Thing> thing = thingAt(row);
    const std::optional<File> file = thing ? File::fromThing(*thing) : std::nullopt;
    if (!file)
        return;
    const QString target = QFileDialog::getSaveFileName(this, tr("Save a copy"), file->name());
    if (!target.isEmpty() && !saveCopy(row, target))
        QMessageBox::warning(this, tr("Not saved"), m_error);
}

void ImagesPage::updateButtons()
{
    const bool any = m_table->rowCount() > 0;
    m_empty->setVisible(!any);
    m_split->setVisible(any);
    const bool recordOpen = m_store && m_record > 0;
    m_import->setEnabled(recordOpen);
    m_add->setEnabled(recordOpen);
    const int row = currentRow();
    m_open->setEnabled(row >= 0);
    const std::optional<Thing> thing = row >= 0 ? thingAt(row) : std::nullopt;
    m_save->setEnabled(thing && File::fromThing(*thing).has_value());
}

void ImagesPage::updatePreview()
{
    const int row = currentRow();
    const std::optional<Thing> thing = row >= 0 ? thingAt(row) : std::nullopt;
    if (!thing) {
        m_preview->showNote(tr("Select a file to see it here."));
        return;
    }
    const std::optional<File> file = File::fromThing(*thing);
    if (!file) {
        m_preview->showNote(tr("A medical image study: Open shows it in the viewer."));
        return;
    }
    if (m_store)
        m_preview->showFile(ThingBlobStore(*m_store), *file);
}

std::optional<Thing> ImagesPage::thingAt(int row) const
{
    return m_table->thingAt(row);
}

int ImagesPage::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

} // namespace hearth::ui
