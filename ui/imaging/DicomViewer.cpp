#include "ui/imaging/DicomViewer.h"

#include "ui/imaging/DicomImageView.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {
constexpr int thumbnailSize = 96;
constexpr int playIntervalMs = 100;

QLabel *detailLabel(const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QToolButton *toolButton(const QString &objectName, const QString &text, const QString &name)
{
    auto *button = new QToolButton;
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(name);
    button->setAccessibleName(name);
    return button;
}
} // namespace

DicomViewer::DicomViewer(QWidget *parent)
    : QWidget(parent)
    , m_seriesList(new QListWidget)
    , m_view(new DicomImageView)
    , m_problem(new QLabel)
    , m_playTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dicomViewer"));
    setAccessibleName(tr("Medical image viewer"));

    m_seriesList->setObjectName(QStringLiteral("seriesList"));
    m_seriesList->setAccessibleName(tr("Series"));
    m_seriesList->setViewMode(QListView::ListMode);
    m_seriesList->setIconSize(QSize(thumbnailSize, thumbnailSize));
    m_seriesList->setMinimumWidth(thumbnailSize + 140);
    m_seriesList->setWordWrap(true);
    connect(m_seriesList, &QListWidget::currentRowChanged, this, &DicomViewer::showSeries);

    m_view->setObjectName(QStringLiteral("dicomImage"));
    m_view->setAccessibleName(tr("Image"));
    connect(m_view, &DicomImageView::windowDragged, this, &DicomViewer::dragWindow);
    connect(m_view, &DicomImageView::frameStepRequested, this,
        [this](int steps) { showFrame(m_currentFrame + steps); });

    m_problem->setObjectName(QStringLiteral("displayProblem"));
    m_problem->setAccessibleName(tr("Display problem"));
    m_problem->setWordWrap(true);
    m_problem->setAlignment(Qt::AlignCenter);
    m_problem->hide();

    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_view, 1);
    centreLayout->addWidget(m_problem);
    centreLayout->addWidget(createControls());

    auto *splitter = new QSplitter;
    splitter->addWidget(m_seriesList);
    splitter->addWidget(centre);
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_playTimer->setInterval(playIntervalMs);
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        if (m_frames.size() > 1)
            showFrame((m_currentFrame + 1) % int(m_frames.size()));
    });
    showSeries(-1);
}

QWidget *DicomViewer::createControls()
{
    auto *controls = new QWidget;
    controls->setObjectName(QStringLiteral("viewerControls"));
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(4, 4, 4, 4);

    m_presets = new QComboBox;
    m_presets->setObjectName(QStringLiteral("windowPreset"));
    m_presets->setAccessibleName(tr("Window preset"));
    m_presets->addItem(tr("From the image"));
    for (const DicomWindowPreset &preset : DicomWindowPreset::all())
        m_presets->addItem(DicomWindowPreset::name(preset.kind));
    m_presets->addItem(tr("Custom"));
    connect(m_presets, QOverload<int>::of(&QComboBox::activated), this, &DicomViewer::presetChosen);
    row->addWidget(m_presets);

    m_windowLabel = new QLabel;
    m_windowLabel->setObjectName(QStringLiteral("windowValues"));
    m_windowLabel->setAccessibleName(tr("Window centre and width"));
    row->addWidget(m_windowLabel);

    m_frameSlider = new QSlider(Qt::Horizontal);
    m_frameSlider->setObjectName(QStringLiteral("frameSlider"));
    m_frameSlider->setAccessibleName(tr("Frame"));
    connect(m_frameSlider, &QSlider::valueChanged, this, &DicomViewer::showFrame);
    row->addWidget(m_frameSlider, 1);

    m_frameLabel = new QLabel;
    m_frameLabel->setObjectName(QStringLiteral("frameNumber"));
    m_frameLabel->setAccessibleName(tr("Frame number"));
    row->addWidget(m_frameLabel);

    m_playButton = toolButton(QStringLiteral("playButton"), tr("Play"), tr("Play the frames"));
    m_playButton->setCheckable(true);
    connect(m_playButton, &QToolButton::toggled, this, &DicomViewer::setPlaying);
    row->addWidget(m_playButton);

    m_zoomOut = toolButton(QStringLiteral("zoomOut"), QStringLiteral("−"), tr("Zoom out"));
    m_zoomIn = toolButton(QStringLiteral("zoomIn"), QStringLiteral("+"), tr("Zoom in"));
    m_zoomFit = toolButton(QStringLiteral("zoomFit"), tr("Fit"), tr("Fit to the window"));
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { setZoom(zoom() * 0.8); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { setZoom(zoom() * 1.25); });
    connect(m_zoomFit, &QToolButton::clicked, m_view, &DicomImageView::fitToWindow);
    row->addWidget(m_zoomOut);
    row->addWidget(m_zoomIn);
    row->addWidget(m_zoomFit);

    m_exportButton = new QPushButton(tr("Export this image as PNG…"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setAccessibleName(tr("Export this image as PNG"));
    connect(m_exportButton, &QPushButton::clicked, this, &DicomViewer::exportClicked);
    row->addWidget(m_exportButton);

    m_saveOriginalButton = new QPushButton(tr("Save the DICOM file…"));
    m_saveOriginalButton->setObjectName(QStringLiteral("saveOriginalButton"));
    m_saveOriginalButton->setAccessibleName(tr("Save the DICOM file"));
    connect(m_saveOriginalButton, &QPushButton::clicked, this, &DicomViewer::saveOriginalClicked);
    row->addWidget(m_saveOriginalButton);
    return controls;
}

QWidget *DicomViewer::createDetails()
{
    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("metadataPanel"));
    panel->setAccessibleName(tr("Image details"));
    panel->setMinimumWidth(220);
    m_detailsLayout = new QFormLayout(panel);
    m_patient = detailLabel(QStringLiteral("detailPatient"), tr("Patient"));
    m_studyDate = detailLabel(QStringLiteral("detailStudyDate"), tr("Study date"));
    m_studyDescription = detailLabel(QStringLiteral("detailStudy"), tr("Study"));
    m_modality = detailLabel(QStringLiteral("detailModality"), tr("Modality"));
    m_bodyPart = detailLabel(QStringLiteral("detailBodyPart"), tr("Body part"));
    m_seriesDescription = detailLabel(QStringLiteral("detailSeries"), tr("Series"));
    m_imageSize = detailLabel(QStringLiteral("detailImageSize"), tr("Image size"));
    m_encoding = detailLabel(QStringLiteral("detailEncoding"), tr("Encoding"));
    m_detailsLayout->addRow(tr("Patient"), m_patient);
    m_detailsLayout->addRow(tr("Study date"), m_studyDate);
    m_detailsLayout->addRow(tr("Study"), m_studyDescription);
    m_detailsLayout->addRow(tr("Modality"), m_modality);
    m_detailsLayout->addRow(tr("Body part"), m_bodyPart);
    m_detailsLayout->addRow(tr("Series"), m_seriesDescription);
    m_detailsLayout->addRow(tr("Image size"), m_imageSize);
    m_detailsLayout->addRow(tr("Encoding"), m_encoding);
    return panel;
}

void DicomViewer::setStudies(const QList<DicomStudy> &studies)
{
    setPlaying(false);
    m_studies = studies;
    m_series.clear();
    {
        const QSignalBlocker blocker(m_seriesList);
        m_seriesList->clear();
    }
    for (int s = 0; s < m_studies.size(); ++s) {
        for (int r = 0; r < m_studies.at(s).series.size(); ++r) {
            if (m_studies.at(s).series.at(r).instances.isEmpty())
                continue;
            m_series << SeriesRef { s, r };
            addThumbnail(m_studies.at(s), m_studies.at(s).series.at(r));
        }
    }
    if (m_series.isEmpty())
        showSeries(-1);
    else
        m_seriesList->setCurrentRow(0);
}

void DicomViewer::addThumbnail(const DicomStudy &study, const DicomSeries &series)
{
    QPixmap pixmap(thumbnailSize, thumbnailSize);
    pixmap.fill(Qt::black);
    const DicomInstance &middle = series.instances.at(series.instances.size() / 2);
    DicomFile file;
    if (middle.displayable && file.open(middle.filePath)) {
        const QImage image = file.render(file.frameCount() / 2);
        if (!image.isNull()) {
            QPainter painter(&pixmap);
            const QImage scaled = image.scaled(
                thumbnailSize, thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            painter.drawImage((thumbnailSize - scaled.width()) / 2,
                (thumbnailSize - scaled.height()) / 2, scaled);
        }
    }
    const QString description = series.description.isEmpty()
        ? (study.description.isEmpty() ? tr("Series %1").arg(series.number) : study.description)
        : series.description;
    const int count = int(series.instances.size());
    const QString images = count == 1 ? tr("1 image") : tr("%1 images").arg(count);
    auto *item = new QListWidgetItem(
        QIcon(pixmap), QStringLiteral("%1\n%2, %3").arg(description, series.modality, images));
    item->setData(Qt::AccessibleTextRole, description);
    m_seriesList->addItem(item);
}

const DicomSeries *DicomViewer::series() const
{
    if (m_currentSeries < 0 || m_currentSeries >= m_series.size())
        return nullptr;
    const SeriesRef &ref = m_series.at(m_currentSeries);
    return &m_studies.at(ref.study).series.at(ref.series);
}

void DicomViewer::showSeries(int index)
{
    m_currentSeries = (index >= 0 && index < m_series.size()) ? index : -1;
    // A window chosen for one series (a CT preset) means nothing for the next (an MR).
    m_window = {};
    m_presets->setCurrentIndex(0);
    m_frames.clear();
    m_fileInstance = -1;
    m_file = DicomFile();
    if (const DicomSeries *s = series()) {
        for (int i = 0; i < s->instances.size(); ++i) {
            for (int f = 0; f < qMax(1, s->instances.at(i).frames); ++f)
                m_frames << FrameRef { i, f };
        }
    }
    if (m_seriesList->currentRow() != m_currentSeries) {
        const QSignalBlocker blocker(m_seriesList);
        m_seriesList->setCurrentRow(m_currentSeries);
    }
    {
        const QSignalBlocker blocker(m_frameSlider);
        m_frameSlider->setRange(0, qMax(0, int(m_frames.size()) - 1));
        m_frameSlider->setValue(0);
    }
    m_frameSlider->setEnabled(m_frames.size() > 1);
    m_playButton->setEnabled(m_frames.size() > 1);
    if (m_frames.size() <= 1)
        setPlaying(false);
    m_currentFrame = -1;
    showFrame(0);
}

void DicomViewer::showFrame(int index)
{
    if (m_frames.isEmpty()) {
        m_currentFrame = -1;
        render();
        return;
    }
    index = qBound(0, index, int(m_frames.size()) - 1);
    if (index == m_currentFrame)
        return;
    m_currentFrame = index;
    if (m_frameSlider->value() != index) {
        const QSignalBlocker blocker(m_frameSlider);
        m_frameSlider->setValue(index);
    }
    render();
}

void DicomViewer::render()
{
    const DicomSeries *s = series();
    if (!s || m_currentFrame < 0) {
        m_view->setImage({});
        m_problem->setText(tr("No images to show."));
        m_problem->show();
        m_frameLabel->clear();
        updateDetails();
        updateWindowLabel();
        return;
    }
    const FrameRef ref = m_frames.at(m_currentFrame);
    const DicomInstance &instance = s->instances.at(ref.instance);
    QString problem;
    if (ref.instance != m_fileInstance) {
        m_fileInstance = ref.instance;
        if (!m_file.open(instance.filePath))
            problem = m_file.errorString();
        updateDetails();
    }
    QImage image;
    if (problem.isEmpty()) {
        image = m_file.render(ref.frame, m_window);
        problem = m_file.renderError();
    }
    m_view->setImage(image);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_exportButton->setEnabled(!image.isNull());
    m_saveOriginalButton->setEnabled(true);
    const bool mono = m_file.isMonochrome() && !image.isNull();
    m_presets->setEnabled(mono);
    m_frameLabel->setText(tr("%1 of %2").arg(m_currentFrame + 1).arg(m_frames.size()));
    updateWindowLabel();
}

void DicomViewer::updateDetails()
{
    const QLocale locale;
    const DicomMetadata &m = m_file.metadata();
    const bool open = m_fileInstance >= 0 && m_file.error() == DicomFile::Error::None;
    const auto orDash
        = [](const QString &text) { return text.isEmpty() ? QStringLiteral("–") : text; };
    m_patient->setText(open ? orDash(m.patientName) : QString());
    m_studyDate->setText(open
            ? orDash(m.studyDate.isValid() ? locale.toString(m.studyDate, QLocale::ShortFormat)
                                           : QString())
            : QString());
    m_studyDescription->setText(open ? orDash(m.studyDescription) : QString());
    m_modality->setText(open ? orDash(m.modality) : QString());
    m_bodyPart->setText(open ? orDash(m.bodyPartExamined) : QString());
    m_seriesDescription->setText(open ? orDash(m.seriesDescription) : QString());
    m_imageSize->setText(open && m.columns > 0
            ? (m.frames == 1 ? tr("%1 × %2, 1 frame").arg(m.columns).arg(m.rows)
                             : tr("%1 × %2, %3 frames").arg(m.columns).arg(m.rows).arg(m.frames))
            : QString());
    m_encoding->setText(open ? orDash(m.transferSyntaxName) : QString());
}

void DicomViewer::updateWindowLabel()
{
    const bool mono = m_presets->isEnabled();
    const DicomWindow shown = m_file.appliedWindow();
    m_windowLabel->setText(
        mono ? tr("C %1 W %2").arg(qRound(shown.center)).arg(qRound(shown.width)) : QString());
}

void DicomViewer::setWindow(const DicomWindow &window)
{
    m_window = window;
    const QList<DicomWindowPreset> presets = DicomWindowPreset::all();
    int row = window.isAutomatic() ? 0 : int(presets.size()) + 1;
    for (int i = 0; i < presets.size(); ++i) {
        if (!window.isAutomatic() && presets.at(i).window == window)
            row = i + 1;
    }
    m_presets->setCurrentIndex(row);
    render();
}

void DicomViewer::presetChosen(int index)
{
    const QList<DicomWindowPreset> presets = DicomWindowPreset::all();
    if (index == 0)
        setWindow({});
    else if (index <= presets.size())
        setWindow(presets.at(index - 1).window);
}

void DicomViewer::dragWindow(int dx, int dy)
{
    if (!m_presets->isEnabled())
        return;
    // Start from what is shown, and move faster in wide windows.
    DicomWindow window = m_window.isAutomatic() ? m_file.appliedWindow() : m_window;
    const double step = qMax(1.0, window.width / 256.0);
    window.width = qMax(1.0, window.width + dx * step);
    window.center += dy * step;
    setWindow(window);
}

double DicomViewer::zoom() const
{
    return m_view->zoom();
}

void DicomViewer::setZoom(double zoom)
{
    m_view->setZoom(zoom);
}

bool DicomViewer::isPlaying() const
{
    return m_playTimer->isActive();
}

void DicomViewer::setPlaying(bool playing)
{
    playing = playing && m_frames.size() > 1;
    if (playing)
        m_playTimer->start();
    else
        m_playTimer->stop();
    const QSignalBlocker blocker(m_playButton);
    m_playButton->setChecked(playing);
    m_playButton->setText(playing ? tr("Pause") : tr("Play"));
}

QImage DicomViewer::currentImage() const
{
    return m_view->image();
}

QString DicomViewer::displayProblem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool DicomViewer::exportCurrentImage(const QString &path, QString *error)
{
    const QImage image = currentImage();
    if (image.isNull()) {
        if (error)
            *error = tr("There is no image to export.");
        return false;
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("The image cannot be saved to %1.").arg(path);
        return false;
    }
    return true;
}

void DicomViewer::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export this image as PNG"), tr("image.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCurrentImage(path, &error))
        QMessageBox::warning(this, tr("Export this image as PNG"), error);
}

void DicomViewer::saveOriginalClicked()
{
    const DicomSeries *s = series();
    if (!s || m_currentFrame < 0)
        return;
    const DicomInstance &instance = s->instances.at(m_frames.at(m_currentFrame).instance);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the DICOM file"), tr("image.dcm"), tr("DICOM files (*.dcm)"));
    if (path.isEmpty())
        return;
    QFile::remove(path);
    if (!QFile::copy(instance.filePath, path))
        QMessageBox::warning(
            this, tr("Save the DICOM file"), tr("The file cannot be saved to %1.").arg(path));
}

void DicomViewer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        showFrame(m_currentFrame + 1);
        break;
    case Qt::Key_Up:
    case Qt::Key_Left:
        showFrame(m_currentFrame - 1);
        break;
    case Qt::Key_PageDown:
        showFrame(m_currentFrame + 10);
        break;
    case Qt::Key_PageUp:
        showFrame(m_currentFrame - 10);
        break;
    case Qt::Key_Home:
        showFrame(0);
        break;
    case Qt::Key_End:
        showFrame(int(m_frames.size()) - 1);
        break;
    case Qt::Key_Space:
        setPlaying(!isPlaying());
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(zoom() * 1.25);
        break;
    case Qt::Key_Minus:
        setZoom(zoom() * 0.8);
        break;
    case Qt::Key_0:
        m_view->fitToWindow();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace hearth::ui
