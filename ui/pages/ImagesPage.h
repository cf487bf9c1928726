#pragma once

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;

namespace hearth {
class Clock;
class Store;
class Thing;
class ThingListModel;
} // namespace hearth

namespace hearth::ui {

class DicomViewer;
class FilePreview;
class ThingTableModel;

// The "Images and files" page: the record's medical image studies and
// files. Imports a DICOM study (folder, DICOMDIR, zip) into the store, adds
// any file, opens a study in the viewer from its stored blobs and saves a
// copy of a file; the selected file is previewed beside the list.
class ImagesPage : public QWidget
{
    Q_OBJECT
public:
    ImagesPage(Store *store, const Clock &clock, QWidget *parent = nullptr);
    ~ImagesPage() override;

    void setRecord(qint64 record);
    QTreeView *view() const { return m_view; }
    // Shows the selected file beside the list.
    FilePreview *preview() const { return m_preview; }
    int rowCount() const;

    // Each returns false with errorString() set; the buttons show it.
    bool importStudies(const QString &path);
    bool addFile(const QString &path);
    // Opens the study of the row in a viewer window (closed and its
    // temporary copies removed with it); the viewer, or null.
    DicomViewer *openStudy(int row);
    bool saveCopy(int row, const QString &target);
    // What a drop does with one path: a folder, a DICOMDIR or a DICOM file
    // is imported as studies, a zip too when it holds DICOM images; anything
    // else is added as a file.
    bool addDropped(const QString &path);
    QString errorString() const { return m_error; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool importStudies(const QString &path, bool *foundImages);
    void chooseStudy();
    void chooseFile();
    void openCurrent();
    void saveCurrent();
    void updateButtons();
    void updatePreview();
    std::optional<Thing> thingAt(int row) const;
    int currentRow() const;

    Store *m_store;
    const Clock &m_clock;
    qint64 m_record = 0;
    QString m_error;
    ThingListModel *m_model;
    ThingTableModel *m_table;
    QTreeView *m_view;
    FilePreview *m_preview;
    QSplitter *m_split;
    QLabel *m_empty;
    QPushButton *m_import;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_save;
};

} // namespace hearth::ui
