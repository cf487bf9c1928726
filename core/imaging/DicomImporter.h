#pragma once

#include "core/imaging/DicomStudy.h"
#include "core/imaging/ZipExtractor.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace hearth {

struct DicomImportLimits
{
    int maxFiles = 100000; // files looked at in a folder, DICOMDIR or zip
    ZipLimits zip;
};

// Groups the DICOM files of a folder, a DICOMDIR (a patient CD) or a zip
// into studies, series and instances. Files are read one at a time, headers
// only, and hashed in chunks, so memory stays bounded whatever their size.
// Runs on any one thread; cancel() may be called from another.
class DicomImporter
{
    Q_DECLARE_TR_FUNCTIONS(hearth::DicomImporter)
public:
    explicit DicomImporter(DicomImportLimits limits = {});

    // Called with (steps done, steps in all) as the import goes on.
    void setProgressHandler(std::function<void(int, int)> progress)
    {
        m_progress = std::move(progress);
    }
    void cancel() { m_cancel = true; }

    // Picks the kind from path: a folder, a DICOMDIR, a zip (by its
    // signature) or one DICOM file. A zip is unpacked into extractFolder,
    // which must exist and which the caller removes after storing.
    DicomImportResult import(const QString &path, const QString &extractFolder);

    DicomImportResult importFolder(const QString &folder);
    DicomImportResult importDicomDir(const QString &dicomDirPath);
    DicomImportResult importZip(const QString &zipPath, const QString &extractFolder);
    // Files given with the names to show for them.
    DicomImportResult importFiles(const QStringList &paths, const QStringList &sourceNames);

    // The SHA-256 of a file, read in chunks; empty on a read error or cancel.
    static QByteArray sha256(const QString &path, const std::atomic_bool *cancel = nullptr);

private:
    void report(int done, int total) const;

    DicomImportLimits m_limits;
    std::function<void(int, int)> m_progress;
    std::atomic_bool m_cancel { false };
};

} // namespace hearth
