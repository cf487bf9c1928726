// Shows real DICOM samples in the viewer on the X display: named controls,
// frames by keys and wheel, window/level by drag and presets, zoom, playback,
// export, the JPEG 2000 message; keeps a screenshot under build/<preset>/screenshots/.

#include "core/imaging/DicomImporter.h"
#include "ui/imaging/DicomImageView.h"
#include "ui/imaging/DicomViewer.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using hearth::DicomImporter;
using hearth::DicomImportResult;
using hearth::DicomWindow;
using hearth::ui::DicomImageView;
using hearth::ui::DicomViewer;

namespace {

QString samples()
{
    return QStringLiteral(HEARTH_SHARED_DIR "/samples/dicom");
}

DicomImportResult importSamples(const QString &path)
{
    QTemporaryDir unused;
    DicomImporter importer;
    return importer.import(path, unused.path());
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestDicomViewer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFile::exists(samples() + QStringLiteral("/CT_small.dcm")))
            QSKIP("the DICOM samples of HEARTH_SHARED_DIR are not here");
    }

    void showsACtSeriesAndSavesAScreenshot()
    {
        const DicomImportResult imported = importSamples(samples());
        QVERIFY2(imported.succeeded(), qPrintable(imported.error));
        DicomViewer viewer;
        viewer.resize(1280, 760);
        viewer.setStudies(imported.studies);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        int series = 0;
        for (const auto &study : imported.studies)
            series += int(study.series.size());
        QCOMPARE(viewer.seriesCount(), series);
        // CT_small is the CT series whose study is "e+1".
        for (int i = 0; i < viewer.seriesCount(); ++i) {
            viewer.showSeries(i);
            if (viewer.findChild<QLabel *>(QStringLiteral("detailStudy"))->text()
                == QLatin1String("e+1"))
                break;
        }
        QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("detailPatient"))->text(),
            QStringLiteral("CompressedSamples, CT1"));
        QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("detailModality"))->text(),
            QStringLiteral("CT"));
        viewer.setWindow({ 40, 400 });
        QCOMPARE(viewer.findChild<QComboBox *>(QStringLiteral("windowPreset"))->currentText(),
            QStringLiteral("Soft tissue"));
        QTest::qWait(50);

        for (const char *name : { "seriesList", "dicomImage", "windowPreset", "windowValues",
                 "frameSlider", "frameNumber", "playButton", "zoomIn", "zoomOut", "zoomFit",
                 "exportButton", "saveOriginalButton", "metadataPanel", "detailPatient",
                 "detailStudyDate", "detailModality", "detailBodyPart", "detailSeries" }) {
            auto *widget = viewer.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget, name);
            QVERIFY2(widget->isVisible(), name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        QVERIFY(viewer.displayProblem().isEmpty());

        const QImage screenshot = viewer.grab().toImage();
        QDir().mkpath(QStringLiteral(HEARTH_BINARY_DIR "/screenshots"));
        QVERIFY(screenshot.save(QStringLiteral(HEARTH_BINARY_DIR "/screenshots/dicomviewer.png")));
        QVERIFY(distinctColours(screenshot) > 50);
        // The image area shows the CT slice, not a black box.
        auto *view = viewer.findChild<DicomImageView *>(QStringLiteral("dicomImage"));
        const QImage shown = view->grab().toImage();
        QVERIFY2(distinctColours(shown) > 30, qPrintable(QString::number(distinctColours(shown))));
    }

    void scrollsFramesWithKeysAndWheel()
    {
        DicomViewer viewer;
        viewer.setStudies(importSamples(samples() + QStringLiteral("/emri_small.dcm")).studies);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.frameCount(), 10);
        QCOMPARE(viewer.currentFrame(), 0);
        auto *view = viewer.findChild<DicomImageView *>(QStringLiteral("dicomImage"));
        view->setFocus();
        const QImage first = viewer.currentImage();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(viewer.currentFrame(), 1);
        QVERIFY(viewer.currentImage() != first);
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(viewer.currentFrame(), 9);
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(viewer.currentFrame(), 0);

        const QPoint centre = view->rect().center();
        QWheelEvent down(centre, view->mapToGlobal(centre), {}, { 0, -240 }, Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &down);
        QCOMPARE(viewer.currentFrame(), 2);
        QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("frameNumber"))->text(),
            QStringLiteral("3 of 10"));
    }

    void playsAMultiFrameImage()
    {
        DicomViewer viewer;
        viewer.setStudies(importSamples(samples() + QStringLiteral("/emri_small.dcm")).studies);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        auto *play = viewer.findChild<QToolButton *>(QStringLiteral("playButton"));
        QVERIFY(play->isEnabled());
        play->click();
        QVERIFY(viewer.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(viewer.currentFrame() >= 3, 3000);
        play->click();
        QVERIFY(!viewer.isPlaying());
    }

    void windowLevelByDragAndPreset()
    {
        DicomViewer viewer;
        viewer.setStudies(importSamples(samples() + QStringLiteral("/CT_small.dcm")).studies);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.setWindow({ 40, 400 });
        const QImage soft = viewer.currentImage();
        auto *view = viewer.findChild<DicomImageView *>(QStringLiteral("dicomImage"));
        const QPoint start = view->rect().center();
        QTest::mousePress(view, Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, start + QPoint(60, -30),
            view->mapToGlobal(start + QPoint(60, -30)), Qt::NoButton, Qt::LeftButton,
            Qt::NoModifier);
        QApplication::sendEvent(view, &move);
        QTest::mouseRelease(view, Qt::LeftButton, {}, start + QPoint(60, -30));
        // Wider to the right, lower centre upwards; the preset becomes "Custom".
        QVERIFY(viewer.window().width > 400);
        QVERIFY(viewer.window().center < 40);
        QCOMPARE(viewer.findChild<QComboBox *>(QStringLiteral("windowPreset"))->currentText(),
            QStringLiteral("Custom"));
        QVERIFY(viewer.currentImage() != soft);

        auto *presets = viewer.findChild<QComboBox *>(QStringLiteral("windowPreset"));
        presets->setCurrentIndex(3);
        emit presets->activated(3);
        QCOMPARE(viewer.window(), (DicomWindow { 300, 1500 }));
        QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("windowValues"))->text(),
            QStringLiteral("C 300 W 1500"));

        // Another series starts from its own window again.
        viewer.showSeries(0);
        QVERIFY(viewer.window().isAutomatic());
        QCOMPARE(presets->currentIndex(), 0);
    }

    void zoomsAndExports()
    {
        DicomViewer viewer;
        viewer.setStudies(importSamples(samples() + QStringLiteral("/CT_small.dcm")).studies);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        const double fit = viewer.zoom();
        viewer.findChild<QToolButton *>(QStringLiteral("zoomIn"))->click();
        QVERIFY(viewer.zoom() > fit);
        viewer.findChild<QToolButton *>(QStringLiteral("zoomFit"))->click();
        QCOMPARE(viewer.zoom(), fit);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("slice.png"));
        QString error;
        QVERIFY2(viewer.exportCurrentImage(path, &error), qPrintable(error));
        const QImage exported(path);
        QCOMPARE(exported.size(), QSize(128, 128));
        QCOMPARE(exported.convertToFormat(QImage::Format_Grayscale8),
            viewer.currentImage().convertToFormat(QImage::Format_Grayscale8));
    }

    void saysWhenItCannotDisplayAnEncoding()
    {
        DicomViewer viewer;
        viewer.setStudies(
            importSamples(samples() + QStringLiteral("/MR_small_jp2klossless.dcm")).studies);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY2(viewer.displayProblem().startsWith(QLatin1String("Cannot display this encoding")),
            qPrintable(viewer.displayProblem()));
        QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("displayProblem"))->isVisible());
        QVERIFY(!viewer.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
        QVERIFY(viewer.findChild<QPushButton *>(QStringLiteral("saveOriginalButton"))->isEnabled());
        QCOMPARE(viewer.findChild<QLabel *>(QStringLiteral("detailModality"))->text(),
            QStringLiteral("MR"));
        QVERIFY(!viewer.exportCurrentImage(QStringLiteral("/tmp/never.png")));
    }
};

QTEST_MAIN(TestDicomViewer)
#include "tst_dicomviewer.moc"
