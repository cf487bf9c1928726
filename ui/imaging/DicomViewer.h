#pragma once

#include "core/imaging/DicomFile.h"
#include "core/imaging/DicomStudy.h"
#include "core/imaging/DicomWindow.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;
class QTimer;
class QToolButton;

namespace hearth::ui {

class DicomImageView;

// The medical image viewer: series thumbnails, the image with frame
// scrolling, window/level (drag and presets), zoom and pan, playback of
// multi-frame series, the study's details, and export of what is shown.
class DicomViewer : public QWidget
{
    Q_OBJECT
public:
    explicit DicomViewer(QWidget *parent = nullptr);

    // Shows the studies of an import (or of a stored study) and opens the first series.
    void setStudies(const QList<DicomStudy> &studies);

    int seriesCount() const { return int(m_series.size()); }
    int currentSeries() const { return m_currentSeries; }
    void showSeries(int index);

    // Frames of the current series: every frame of every instance, in order.
    int frameCount() const { return int(m_frames.size()); }
    int currentFrame() const { return m_currentFrame; }
    void showFrame(int index);

    DicomWindow window() const { return m_window; }
    // A window of width <= 0 goes back to the file's own (or min/max).
    void setWindow(const DicomWindow &window);
    double zoom() const;
    void setZoom(double zoom);
    bool isPlaying() const;
    void setPlaying(bool playing);

    QImage currentImage() const;
    // What the current frame cannot show, e.g. "Cannot display this encoding".
    QString displayProblem() const;
    // Saves the image as shown (window, not zoom) as PNG; false with a reason.
    bool exportCurrentImage(const QString &path, QString *error = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct SeriesRef
    {
        int study;
        int series;
    };
    struct FrameRef
    {
        int instance;
        int frame;
    };

    QWidget *createControls();
    QWidget *createDetails();
    void addThumbnail(const DicomStudy &study, const DicomSeries &series);
    const DicomSeries *series() const;
    void render();
    void updateDetails();
    void updateWindowLabel();
    void dragWindow(int dx, int dy);
    void presetChosen(int index);
    void exportClicked();
    void saveOriginalClicked();

    QList<DicomStudy> m_studies;
    QList<SeriesRef> m_series;
    QList<FrameRef> m_frames;
    int m_currentSeries = -1;
    int m_currentFrame = -1;
    DicomFile m_file;
    int m_fileInstance = -1;
    DicomWindow m_window;

    QListWidget *m_seriesList;
    DicomImageView *m_view;
    QLabel *m_problem;
    QComboBox *m_presets;
    QLabel *m_windowLabel;
    QSlider *m_frameSlider;
    QLabel *m_frameLabel;
    QToolButton *m_playButton;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomFit;
    QPushButton *m_exportButton;
    QPushButton *m_saveOriginalButton;
    QTimer *m_playTimer;
    QFormLayout *m_detailsLayout;
    QLabel *m_patient;
    QLabel *m_studyDate;
    QLabel *m_studyDescription;
    QLabel *m_modality;
    QLabel *m_bodyPart;
    QLabel *m_seriesDescription;
    QLabel *m_imageSize;
    QLabel *m_encoding;
};

} // namespace hearth::ui
