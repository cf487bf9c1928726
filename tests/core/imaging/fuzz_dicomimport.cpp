// libFuzzer target for the DICOM import path: the input is written to a file
// and imported as a DICOM file (header, hash, grouping) and rendered, or, when
// it starts like a zip, unpacked under small limits and imported. DCMTK
// itself is not instrumented; Hearth's code around it is.

#include "core/imaging/DicomFile.h"
#include "core/imaging/DicomImporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

// Bigger frames only cost time here; the size guard itself is tested elsewhere.
constexpr qint64 maxFuzzPixels = 1 << 22;

void renderAll(const hearth::DicomImportResult &result)
{
    for (const auto &study : result.studies) {
        for (const auto &series : study.series) {
            for (const auto &instance : series.instances) {
                hearth::DicomFile file;
                if (!file.open(instance.filePath) || !file.canDisplay())
                    continue;
                const auto &m = file.metadata();
                if (qint64(m.rows) * m.columns > maxFuzzPixels || m.frames > 64)
                    continue;
                file.render(0);
                file.render(file.frameCount() - 1, { 40, 400 });
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir work;
    const QString input = work.filePath(QStringLiteral("input"));
    const QString extract = work.filePath(QStringLiteral("extract"));
    {
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QDir(extract).removeRecursively();
    QDir().mkpath(extract);

    hearth::DicomImportLimits limits;
    limits.maxFiles = 16;
    limits.zip.maxEntries = 16;
    limits.zip.maxTotalBytes = 8 << 20;
    limits.zip.ratioFloorBytes = 1 << 20;
    hearth::DicomImporter importer(limits);
    renderAll(importer.import(input, extract));
    return 0;
}
