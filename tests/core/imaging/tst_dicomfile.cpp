// Opens and renders the real DICOM samples of /work/shared (every transfer
// syntax there) and compares each rendered frame with DCMTK's own dcm2pnm
// output of the same frame and window; the broken samples give clear errors.

#include "core/imaging/DicomFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using hearth::DicomFile;
using hearth::DicomWindow;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(HEARTH_SHARED_DIR "/samples/dicom/") + name;
}

// Reads a binary PGM (P5) or PPM (P6) with maxval 255, as dcm2pnm writes them.
QImage readPnm(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    QList<QByteArray> fields;
    int pos = 0;
    while (fields.size() < 4 && pos < data.size()) {
        while (pos < data.size() && QChar::isSpace(uchar(data.at(pos))))
            ++pos;
        if (pos < data.size() && data.at(pos) == '#') {
            while (pos < data.size() && data.at(pos) != '\n')
                ++pos;
            continue;
        }
        const int start = pos;
        while (pos < data.size() && !QChar::isSpace(uchar(data.at(pos))))
            ++pos;
        fields << data.mid(start, pos - start);
    }
    ++pos; // the single white-space byte before the samples
    if (fields.size() != 4 || fields.at(3) != "255")
        return {};
    const bool colour = fields.at(0) == "P6";
    const int width = fields.at(1).toInt();
    const int height = fields.at(2).toInt();
    const int rowBytes = width * (colour ? 3 : 1);
    if (data.size() - pos < qint64(rowBytes) * height)
        return {};
    QImage image(width, height, colour ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y)
        memcpy(image.scanLine(y), data.constData() + pos + qint64(y) * rowBytes, size_t(rowBytes));
    return image;
}

} // namespace

class TestDicomFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QFile::exists(sample(QStringLiteral("CT_small.dcm"))))
            QSKIP("the DICOM samples of HEARTH_SHARED_DIR are not here");
    }

    void readsTheHeader()
    {
        DicomFile file;
        QVERIFY2(file.open(sample(QStringLiteral("CT_small.dcm"))), qPrintable(file.errorString()));
        const auto &m = file.metadata();
        QCOMPARE(m.patientName, QStringLiteral("CompressedSamples, CT1"));
        QCOMPARE(m.patientId, QStringLiteral("1CT1"));
        QCOMPARE(m.modality, QStringLiteral("CT"));
        QCOMPARE(m.studyDate, QDate(2004, 1, 19));
        QCOMPARE(m.studyDescription, QStringLiteral("e+1"));
        QCOMPARE(m.studyInstanceUid, QStringLiteral("1.3.6.1.4.1.5962.1.2.1.20040119072730.12322"));
        QCOMPARE(
            m.seriesInstanceUid, QStringLiteral("1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322"));
        QCOMPARE(m.rows, 128);
        QCOMPARE(m.columns, 128);
        QCOMPARE(m.frames, 1);
        QCOMPARE(m.bitsStored, 16);
        QCOMPARE(m.transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));
        QVERIFY(m.hasFileMetaHeader);
        QVERIFY(file.canDisplay());
        QVERIFY(file.isMonochrome());
    }

    void readsMultiFrameAndBodyPart()
    {
        DicomFile file;
        QVERIFY(file.open(sample(QStringLiteral("emri_small.dcm"))));
        QCOMPARE(file.frameCount(), 10);
        QCOMPARE(file.metadata().bodyPartExamined, QStringLiteral("HEAD"));
        QCOMPARE(file.metadata().modality, QStringLiteral("MR"));
        // Frames differ: a multi-frame file is not its first frame ten times.
        const QImage first = file.render(0, { 600, 1200 });
        const QImage last = file.render(9, { 600, 1200 });
        QVERIFY(!first.isNull() && !last.isNull());
        QVERIFY(first != last);
        QVERIFY(file.render(10).isNull());
        QVERIFY(file.renderError().contains(QLatin1String("no frame 11")));
    }

    void decodesUtf8Names()
    {
        DicomFile file;
        QVERIFY(file.open(sample(QStringLiteral("SC_rgb_rle_2frame.dcm"))));
        QCOMPARE(file.metadata().patientName, QStringLiteral("Lestrade, G"));
        QCOMPARE(file.frameCount(), 2);
        QVERIFY(!file.isMonochrome());
    }

    void readsABareDataSet()
    {
        // An old ACR-NEMA style file without preamble, implicit VR.
        DicomFile file;
        QVERIFY2(
            file.open(sample(QStringLiteral("OT-PAL-8-face.dcm"))), qPrintable(file.errorString()));
        QVERIFY(!file.metadata().hasFileMetaHeader);
        QCOMPARE(file.metadata().photometricInterpretation, QStringLiteral("PALETTE COLOR"));
        QCOMPARE(file.metadata().studyDate, QDate(1996, 10, 29));
    }

    void rendersLikeDcm2pnm_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("frame");
        QTest::addColumn<DicomWindow>("window");
        const DicomWindow automatic;
        QTest::newRow("explicit LE, CT, soft tissue")
            << "CT_small.dcm" << 0 << DicomWindow { 40, 400 };
        QTest::newRow("explicit LE, CT, bone") << "CT_small.dcm" << 0 << DicomWindow { 300, 1500 };
        QTest::newRow("explicit LE, MR") << "MR_small.dcm" << 0 << DicomWindow { 1000, 2000 };
        QTest::newRow("implicit LE") << "MR_small_implicit.dcm" << 0 << DicomWindow { 1000, 2000 };
        QTest::newRow("explicit BE") << "MR_small_bigendian.dcm" << 0 << DicomWindow { 1000, 2000 };
        QTest::newRow("RLE") << "MR_small_RLE.dcm" << 0 << DicomWindow { 800, 1500 };
        QTest::newRow("JPEG-LS lossless")
            << "MR_small_jpeg_ls_lossless.dcm" << 0 << DicomWindow { 800, 1500 };
        QTest::newRow("JPEG extended 12-bit") << "JPEG-lossy.dcm" << 0 << automatic;
        QTest::newRow("JPEG lossless SV1")
            << "JPGLosslessP14SV1_1s_1f_8b.dcm" << 0 << DicomWindow { 128, 256 };
        QTest::newRow("JPEG baseline YBR colour") << "SC_rgb_jpeg_dcmtk.dcm" << 0 << automatic;
        QTest::newRow("RLE RGB frame 2") << "SC_rgb_rle_2frame.dcm" << 1 << automatic;
        QTest::newRow("deflated") << "image_dfl.dcm" << 0 << DicomWindow { 128, 256 };
        QTest::newRow("palette colour") << "OT-PAL-8-face.dcm" << 0 << automatic;
        QTest::newRow("enhanced MR frame 7") << "emri_small.dcm" << 6 << DicomWindow { 300, 700 };
        QTest::newRow("MONOCHROME1 CR from a CD")
            << "dicomdir/77654033/CR1/6154" << 0 << DicomWindow { 1024, 2048 };
    }
    void rendersLikeDcm2pnm()
    {
        QFETCH(QString, name);
        QFETCH(int, frame);
        QFETCH(DicomWindow, window);
        // dcm2pnm itself decodes no JPEG; its siblings dcmj2pnm (JPEG) and
        // dcml2pnm (JPEG-LS) are the same program with those codecs.
        const QString tool = name.contains(QLatin1String("jpeg_ls")) ? QStringLiteral("dcml2pnm")
            : name.contains(QLatin1String("JPEG")) || name.contains(QLatin1String("JPG"))
                || name.contains(QLatin1String("jpeg"))
            ? QStringLiteral("dcmj2pnm")
            : QStringLiteral("dcm2pnm");
        const QString dcm2pnm = QStandardPaths::findExecutable(tool);
        if (dcm2pnm.isEmpty())
            QSKIP("dcm2pnm and its siblings (Debian package dcmtk) are not installed");

        DicomFile file;
        QVERIFY2(file.open(sample(name)), qPrintable(file.errorString()));
        QVERIFY2(file.canDisplay(), qPrintable(file.displayProblem()));
        const QImage ours = file.render(frame, window);
        QVERIFY2(!ours.isNull(), qPrintable(file.renderError()));

        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("frame.pnm"));
        QStringList args { QStringLiteral("--frame"), QString::number(frame + 1) };
        if (file.isMonochrome()) {
            if (window.isAutomatic())
                window = file.appliedWindow();
            args << QStringLiteral("--set-window") << QString::number(window.center)
                 << QString::number(window.width);
        }
        args << QStringLiteral("--write-raw-pnm") << sample(name) << output;
        QProcess process;
        process.start(dcm2pnm, args);
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QImage theirs = readPnm(output);
        QVERIFY(!theirs.isNull());
        QCOMPARE(ours.size(), theirs.size());
        QCOMPARE(ours.format(), theirs.format());

        // Points spread over the frame, then every pixel.
        const int w = ours.width();
        const int h = ours.height();
        for (const QPoint &p : { QPoint(0, 0), QPoint(w / 2, h / 2), QPoint(w / 3, h / 4),
                 QPoint(w - 1, h - 1), QPoint(w / 4, 2 * h / 3), QPoint(3 * w / 4, h / 3) })
            QCOMPARE(ours.pixel(p), theirs.pixel(p));
        QCOMPARE(ours, theirs);

        // A frame that renders to one or two flat colours would make the comparison empty.
        QSet<QRgb> colours;
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x)
                colours.insert(ours.pixel(x, y));
        }
        QVERIFY2(colours.size() >= 4, qPrintable(QString::number(colours.size())));
    }

    void aNewWindowChangesTheRendering()
    {
        DicomFile file;
        QVERIFY(file.open(sample(QStringLiteral("CT_small.dcm"))));
        const QImage soft = file.render(0, { 40, 400 });
        const QImage bone = file.render(0, { 300, 1500 });
        QVERIFY(!soft.isNull() && soft != bone);
        QCOMPARE(file.appliedWindow(), (DicomWindow { 300, 1500 }));
        // Automatic: the file's own window, else min/max.
        QVERIFY(!file.render(0).isNull());
        QVERIFY(file.appliedWindow().width > 0);
    }

    void jpeg2000IsListedButNotDisplayed()
    {
        DicomFile file;
        QVERIFY2(file.open(sample(QStringLiteral("MR_small_jp2klossless.dcm"))),
            qPrintable(file.errorString()));
        QCOMPARE(file.metadata().modality, QStringLiteral("MR"));
        QCOMPARE(file.metadata().transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.4.90"));
        QVERIFY(!file.canDisplay());
        QVERIFY2(file.displayProblem().startsWith(QLatin1String("Cannot display this encoding")),
            qPrintable(file.displayProblem()));
        QVERIFY(file.displayProblem().contains(QLatin1String("JPEG 2000")));
        QVERIFY(file.render(0).isNull());
        QCOMPARE(file.renderError(), file.displayProblem());
    }

    void brokenFilesGiveClearErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<DicomFile::Error>("error");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated pixel data") << sample(QStringLiteral("MR_truncated.dcm"))
                                              << DicomFile::Error::Truncated << "incomplete";
        // CT_small without preamble and file meta header, explicit VR.
        QTest::newRow("no file meta header")
            << sample(QStringLiteral("no_meta.dcm")) << DicomFile::Error::NotDicom
            << "no DICOM file header";
        QTest::newRow("missing") << QStringLiteral("/nonexistent/x.dcm")
                                 << DicomFile::Error::CannotOpen << "cannot be opened";
    }
    void brokenFilesGiveClearErrors()
    {
        QFETCH(QString, path);
        QFETCH(DicomFile::Error, error);
        QFETCH(QString, message);
        DicomFile file;
        QVERIFY(!file.open(path));
        QCOMPARE(file.error(), error);
        QVERIFY2(file.errorString().contains(message), qPrintable(file.errorString()));
        QVERIFY(file.render(0).isNull());
    }

    void aTextFileNamedDcmIsNotDicom()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("letter.dcm"));
        QFile text(path);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("Dear Dr Smith,\nplease find the scans enclosed.\n").repeated(20));
        text.close();
        DicomFile file;
        QVERIFY(!file.open(path));
        QCOMPARE(file.error(), DicomFile::Error::NotDicom);
        QCOMPARE(file.errorString(),
            QStringLiteral("This is not a DICOM file: it has no DICOM file header."));
    }

    void survivesWhatMakesDcmtkThrow()
    {
        // Found by fuzz_dicomimport: DCMTK 3.6.7 throws std::out_of_range
        // while reading this DICOMDIR record.
        DicomFile file;
        QVERIFY(!file.open(QStringLiteral(
            HEARTH_SOURCE_DIR "/tests/core/imaging/data/dicomdir-record-throws.dcm")));
        QCOMPARE(file.error(), DicomFile::Error::Damaged);
        QVERIFY(file.errorString().contains(QLatin1String("damaged")));
    }

    void anRleSegmentOutsideItsFragmentIsNotDecoded()
    {
        // Found by fuzz_dicomimport: DCMTK 3.6.7 reads past the fragment
        // when an RLE segment offset points outside it.
        QFile sound(sample(QStringLiteral("SC_rgb_rle_2frame.dcm")));
        QVERIFY(sound.open(QIODevice::ReadOnly));
        QByteArray bytes = sound.readAll();
        // Three segments (R, G, B), the first at offset 64.
        const QByteArray header = QByteArray::fromHex("0300000040000000");
        const int secondFrame = int(bytes.indexOf(header, bytes.indexOf(header) + 1));
        QVERIFY(secondFrame > 0);
        const QByteArray farAway = QByteArray::fromHex("d04f4600");
        bytes.replace(secondFrame + 12, 4, farAway);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad-rle.dcm"));
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(bytes);
        damaged.close();

        DicomFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        QCOMPARE(file.metadata().frames, 2);
        QVERIFY(!file.canDisplay());
        QVERIFY2(file.displayProblem().contains(QLatin1String("damaged")),
            qPrintable(file.displayProblem()));
        QVERIFY(file.render(0).isNull());
        QVERIFY(file.render(1).isNull());

        // The untouched file still renders both frames.
        QVERIFY(file.open(sample(QStringLiteral("SC_rgb_rle_2frame.dcm"))));
        QVERIFY(file.canDisplay());
        QVERIFY(!file.render(1).isNull());
    }

    void aFileCutInTheHeaderIsTruncated()
    {
        QFile whole(sample(QStringLiteral("CT_small.dcm")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.dcm"));
        QFile cut(path);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(whole.read(700));
        cut.close();
        DicomFile file;
        QVERIFY(!file.open(path));
        QCOMPARE(file.error(), DicomFile::Error::Truncated);
    }
};

QTEST_GUILESS_MAIN(TestDicomFile)
#include "tst_dicomfile.moc"
