// Benchmarks of hearth_imaging, each reported with a baseline measured in
// the same run: re-rendering a 512x512 16-bit CT slice with a new window
// (against a plain loop over the same pixels), and importing a 1,000-file
// study (against reading the same files whole). Run from the release preset:
//   build/release/bin/bench_imaging [path to CT_small.dcm]

#include "core/imaging/DicomFile.h"
#include "core/imaging/DicomImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <vector>

namespace {

void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// CT_small (128x128) scaled up to 512x512, as a 16-bit CT slice.
bool writeLargeCt(const QString &source, const QString &target, std::vector<Uint16> &pixels)
{
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(source).constData()).bad())
        return false;
    DcmDataset *data = file.getDataset();
    const Uint16 *small = nullptr;
    unsigned long count = 0;
    if (data->findAndGetUint16Array(DCM_PixelData, small, &count).bad() || count != 128 * 128)
        return false;
    pixels.assign(512 * 512, 0);
    for (int y = 0; y < 512; ++y) {
        for (int x = 0; x < 512; ++x)
            pixels[size_t(y * 512 + x)] = small[(y / 4) * 128 + x / 4];
    }
    data->putAndInsertUint16(DCM_Rows, 512);
    data->putAndInsertUint16(DCM_Columns, 512);
    data->putAndInsertUint16Array(DCM_PixelData, pixels.data(), 512 * 512);
    return file.saveFile(QFile::encodeName(target).constData(), EXS_LittleEndianExplicit).good();
}

// A study of `count` files: the sample with new SOP instance UIDs, ten folders.
bool writeStudy(const QString &source, const QString &folder, int count)
{
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(source).constData()).bad())
        return false;
    file.loadAllDataIntoMemory();
    DcmDataset *data = file.getDataset();
    for (int i = 0; i < count; ++i) {
        const QString sub = QStringLiteral("%1/S%2").arg(folder).arg(i % 10);
        QDir().mkpath(sub);
        const QByteArray uid
            = QByteArrayLiteral("1.2.826.0.1.3680043.9.7133.1.") + QByteArray::number(i + 1);
        data->putAndInsertString(DCM_SOPInstanceUID, uid.constData());
        file.getMetaInfo()->putAndInsertString(DCM_MediaStorageSOPInstanceUID, uid.constData());
        data->putAndInsertString(DCM_InstanceNumber, QByteArray::number(i + 1).constData());
        const QString path = QStringLiteral("%1/IM%2").arg(sub).arg(i, 5, 10, QLatin1Char('0'));
        if (file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).bad())
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString sample = argc > 1
        ? QString::fromLocal8Bit(argv[1])
        : QStringLiteral(HEARTH_SHARED_DIR "/samples/dicom/CT_small.dcm");
    QTemporaryDir work;
    std::printf("hearth_imaging benchmarks (shared CPU: compare the ratios, not the times)\n");

    // 1. Window/level on a 512x512 16-bit CT slice.
    const QString ct = work.filePath(QStringLiteral("ct512.dcm"));
    std::vector<Uint16> pixels;
    if (!writeLargeCt(sample, ct, pixels)) {
        std::fprintf(stderr, "cannot make the 512x512 CT slice from %s\n", qPrintable(sample));
        return 1;
    }
    hearth::DicomFile file;
    if (!file.open(ct)) {
        std::fprintf(stderr, "%s\n", qPrintable(file.errorString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    QImage image = file.render(0, { 40, 400 });
    const double firstMs = timer.nsecsElapsed() / 1e6;
    const int rounds = 50;
    std::vector<double> renderMs;
    std::vector<double> baselineMs;
    volatile int sink = 0;
    for (int i = 0; i < rounds; ++i) {
        const hearth::DicomWindow window { -600.0 + i * 20, 400.0 + i * 30 };
        timer.restart();
        image = file.render(0, window);
        renderMs.push_back(timer.nsecsElapsed() / 1e6);
        sink = sink + (image.isNull() ? 1 : 0);

        // Baseline: the same pixels through a plain linear window into 8 bits.
        timer.restart();
        QImage plain(512, 512, QImage::Format_Grayscale8);
        const double low = window.center - window.width / 2;
        const double scale = 255.0 / window.width;
        for (int y = 0; y < 512; ++y) {
            uchar *row = plain.scanLine(y);
            for (int x = 0; x < 512; ++x) {
                const double v = (double(pixels[size_t(y * 512 + x)]) - 1024.0 - low) * scale;
                row[x] = uchar(v < 0 ? 0 : v > 255 ? 255 : v);
            }
        }
        baselineMs.push_back(timer.nsecsElapsed() / 1e6);
        sink = sink + plain.constBits()[0] * 0;
    }
    const double render = median(renderMs);
    const double baseline = median(baselineMs);
    std::printf("render 512x512 16-bit CT, first frame (decode + window): %.2f ms\n", firstMs);
    std::printf("render 512x512 16-bit CT, new window (median of %d): %.2f ms (target < 20 ms)\n",
        rounds, render);
    std::printf("  baseline plain window loop over the same pixels: %.2f ms, ratio %.2f\n",
        baseline, baseline > 0 ? render / baseline : 0);

    // 2. Import of a 1,000-file study.
    const QString study = work.filePath(QStringLiteral("study"));
    const int files = 1000;
    if (!writeStudy(sample, study, files)) {
        std::fprintf(stderr, "cannot write the study\n");
        return 1;
    }
    // Baseline first: it also brings every file into the page cache for both.
    timer.restart();
    qint64 bytes = 0;
    for (int i = 0; i < files; ++i) {
        QFile f(
            QStringLiteral("%1/S%2/IM%3").arg(study).arg(i % 10).arg(i, 5, 10, QLatin1Char('0')));
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll().size();
    }
    const double readMs = timer.nsecsElapsed() / 1e6;

    resetPeakMemory();
    const double before = peakMemoryMb();
    timer.restart();
    hearth::DicomImporter importer;
    const hearth::DicomImportResult result = importer.importFolder(study);
    const double importMs = timer.nsecsElapsed() / 1e6;
    const double peak = peakMemoryMb();
    if (!result.succeeded() || result.instanceCount() != files) {
        std::fprintf(stderr, "import failed: %s (%d files)\n", qPrintable(result.error),
            result.instanceCount());
        return 1;
    }
    std::printf("import %d files (%.1f MB, one series): %.0f ms (target < 10000 ms)\n", files,
        bytes / 1e6, importMs);
    std::printf("  peak RSS during import %.0f MB (process before: %.0f MB; target < 300 MB)\n",
        peak, before);
    std::printf("  baseline plain read of the same files: %.0f ms, ratio %.1f\n", readMs,
        readMs > 0 ? importMs / readMs : 0);
    return sink == 0 ? 0 : 1;
}
