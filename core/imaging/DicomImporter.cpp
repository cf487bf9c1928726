#include "core/imaging/DicomImporter.h"

#include "core/Logging.h"
#include "core/imaging/DicomFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <exception>
#include <memory>
#include <openssl/evp.h>
#include <vector>

namespace hearth {

namespace {

const QString mediaStorageDirectoryClass = QStringLiteral("1.2.840.10008.1.3.10");

// Enough to tell a DICOM file (or a bare data set) from anything else.
bool looksLikeDicom(const QByteArray &head)
{
    if (head.size() >= 132 && head.mid(128, 4) == QByteArrayLiteral("DICM"))
        return true;
    if (head.size() < 8)
        return false;
    const int group = quint8(head.at(0)) | (quint8(head.at(1)) << 8);
    return group == 0x0002 || group == 0x0008;
}

// Finds name in folder ignoring case and an ISO 9660 ";1" version, as CD
// file systems present DICOMDIR's upper-case ids in any case.
QString findEntry(const QDir &folder, const QString &name)
{
    if (QFileInfo::exists(folder.filePath(name)))
        return folder.filePath(name);
    const QStringList entries = folder.entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const QString bare = entry.section(QLatin1Char(';'), 0, 0);
        if (bare.compare(name, Qt::CaseInsensitive) == 0
            || (bare.endsWith(QLatin1Char('.'))
                && bare.chopped(1).compare(name, Qt::CaseInsensitive) == 0))
            return folder.filePath(entry);
    }
    return {};
}

} // namespace

DicomImporter::DicomImporter(DicomImportLimits limits)
    : m_limits(limits)
{ }

void DicomImporter::report(int done, int total) const
{
    if (m_progress)
        m_progress(done, total);
}

QByteArray DicomImporter::sha256(const QString &path, const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
        EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return {};
    std::vector<char> buffer(1 << 20);
    for (;;) {
        if (cancel && cancel->load())
            return {};
        const qint64 got = file.read(buffer.data(), qint64(buffer.size()));
        if (got < 0)
            return {};
        if (got == 0)
            break;
        if (EVP_DigestUpdate(context.get(), buffer.data(), size_t(got)) != 1)
            return {};
    }
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char *>(digest.data()), &length)
        != 1)
        return {};
    digest.truncate(int(length));
    return digest;
}

DicomImportResult DicomImporter::import(const QString &path, const QString &extractFolder)
{
    const QFileInfo info(path);
    if (info.isDir())
        return importFolder(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        DicomImportResult result;
        result.error = tr("Cannot open %1: %2").arg(info.fileName(), file.errorString());
        return result;
    }
    const QByteArray head = file.read(ZipExtractor::headBytes);
    file.close();
    if (head.startsWith(QByteArrayLiteral("PK\x03\x04"))
        || head.startsWith(QByteArrayLiteral("PK\x05\x06")))
        return importZip(path, extractFolder);
    if (info.fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0)
        return importDicomDir(path);
    return importFiles({ path }, { info.fileName() });
}

DicomImportResult DicomImporter::importFolder(const QString &folder)
{
    DicomImportResult result;
    QStringList paths;
    QStringList names;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (paths.size() >= m_limits.maxFiles) {
            result.error
                = tr("This folder holds too many files (more than %1).").arg(m_limits.maxFiles);
            return result;
        }
        if (m_cancel) {
            result.cancelled = true;
            return result;
        }
        if (it.fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0)
            continue; // the index; the files it lists are in the folder too
        paths << path;
        names << root.relativeFilePath(path);
    }
    // Same order on every file system.
    std::vector<int> order(size_t(paths.size()));
    for (int i = 0; i < paths.size(); ++i)
        order[size_t(i)] = i;
    std::sort(
        order.begin(), order.end(), [&names](int a, int b) { return names.at(a) < names.at(b); });
    QStringList sortedPaths;
    QStringList sortedNames;
    for (int i : order) {
        sortedPaths << paths.at(i);
        sortedNames << names.at(i);
    }
    return importFiles(sortedPaths, sortedNames);
}

DicomImportResult DicomImporter::importDicomDir(const QString &dicomDirPath)
{
    DicomImportResult result;
    DicomFile index;
    if (!index.open(dicomDirPath)) {
        result.error = tr("This DICOMDIR cannot be read: %1").arg(index.errorString());
        return result;
    }
    DcmFileFormat format;
    const QByteArray localPath = QFile::encodeName(dicomDirPath);
    DcmSequenceOfItems *records = nullptr;
    bool loaded = false;
    try {
        loaded = format.loadFile(localPath.constData()).good()
            && format.getDataset()->findAndGetSequence(DCM_DirectoryRecordSequence, records).good()
            && records;
    } catch (const std::exception &) {
        loaded = false; // DCMTK can throw on hostile input; DicomFile says more
    }
    if (!loaded) {
        result.error = tr("This file is not a DICOMDIR: it lists no files.");
        return result;
    }

    const QDir root = QFileInfo(dicomDirPath).absoluteDir();
    const QString rootPath = root.canonicalPath();
    QStringList paths;
    QStringList names;
    QSet<QString> seen;
    const unsigned long count = records->card();
    for (unsigned long i = 0; i < count; ++i) {
        if (m_cancel) {
            result.cancelled = true;
            return result;
        }
        DcmItem *record = records->getItem(i);
        OFString fileId;
        if (!record || record->findAndGetOFStringArray(DCM_ReferencedFileID, fileId).bad())
            continue;
        const QString id = QString::fromLatin1(fileId.c_str()).trimmed();
        if (id.isEmpty())
            continue;
        if (paths.size() >= m_limits.maxFiles) {
            result.error
                = tr("This DICOMDIR lists too many files (more than %1).").arg(m_limits.maxFiles);
            return result;
        }
        const QStringList parts = id.split(QLatin1Char('\\'));
        QString path;
        QDir folder = root;
        bool safe = true;
        for (int p = 0; p < parts.size() && safe; ++p) {
            const QString part = parts.at(p).trimmed();
            safe = !part.isEmpty() && part != QLatin1String(".") && part != QLatin1String("..")
                && !part.contains(QLatin1Char('/'));
            if (!safe)
                break;
            path = findEntry(folder, part);
            if (path.isEmpty())
                break;
            if (p + 1 < parts.size())
                folder = QDir(path);
        }
        const QString name = parts.join(QLatin1Char('/'));
        if (!safe) {
            result.skipped << DicomSkippedFile { name,
                tr("The DICOMDIR points outside its folder.") };
            continue;
        }
        const QString canonical = path.isEmpty() ? QString() : QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || !QFileInfo(canonical).isFile()) {
            result.skipped << DicomSkippedFile { name,
                tr("The DICOMDIR lists this file, but it is missing.") };
            continue;
        }
        if (!canonical.startsWith(rootPath + QLatin1Char('/'))) {
            result.skipped << DicomSkippedFile { name,
                tr("The DICOMDIR points outside its folder.") };
            continue;
        }
        if (seen.contains(canonical))
            continue;
        seen.insert(canonical);
        paths << canonical;
        names << name;
    }
    if (paths.isEmpty() && result.skipped.isEmpty()) {
        result.error = tr("This DICOMDIR lists no files.");
        return result;
    }
    DicomImportResult files = importFiles(paths, names);
    files.skipped = result.skipped + files.skipped;
    return files;
}

DicomImportResult DicomImporter::importZip(const QString &zipPath, const QString &extractFolder)
{
    DicomImportResult result;
    ZipLimits zipLimits = m_limits.zip;
    zipLimits.maxEntries = qMin(zipLimits.maxEntries, m_limits.maxFiles);
    ZipExtractor extractor(zipLimits);
    extractor.setCancelFlag(&m_cancel);
    // Unpacking is the first half of the work, reading the second.
    extractor.setProgressHandler([this](int done, int total) { report(done, 2 * total); });
    if (!extractor.extract(zipPath, extractFolder, looksLikeDicom)) {
        result.cancelled = extractor.wasCancelled();
        if (!result.cancelled)
            result.error = extractor.errorString();
        return result;
    }
    QStringList paths;
    QStringList names;
    const QList<ZipExtractor::Entry> entries = extractor.entries();
    for (const ZipExtractor::Entry &entry : entries) {
        if (QFileInfo(entry.name).fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive)
            == 0) {
            QFile::remove(entry.extractedPath);
            continue;
        }
        paths << entry.extractedPath;
        names << entry.name;
    }
    // Reading follows unpacking: steps go on from the number of entries.
    const int unpacked = extractor.entryCount();
    auto progress = m_progress;
    m_progress = [progress, unpacked](int done, int total) {
        if (progress)
            progress(unpacked + done, unpacked + total);
    };
    result = importFiles(paths, names);
    m_progress = progress;
    const QStringList unreadable = extractor.unreadable();
    for (const QString &name : unreadable)
        result.skipped << DicomSkippedFile { name, tr("This file in the zip cannot be unpacked.") };
    const QStringList rejected = extractor.rejected();
    for (const QString &name : rejected)
        result.skipped << DicomSkippedFile { name, tr("This is not a DICOM file.") };
    // Extracted files that the result does not use are not kept.
    QSet<QString> used;
    for (const DicomStudy &study : std::as_const(result.studies)) {
        for (const DicomSeries &series : study.series) {
            for (const DicomInstance &instance : series.instances)
                used.insert(instance.filePath);
        }
    }
    for (const QString &path : std::as_const(paths)) {
        if (!used.contains(path))
            QFile::remove(path);
    }
    return result;
}

DicomImportResult DicomImporter::importFiles(
    const QStringList &paths, const QStringList &sourceNames)
{
    DicomImportResult result;
    if (paths.size() > m_limits.maxFiles) {
        result.error = tr("Too many files (more than %1).").arg(m_limits.maxFiles);
        return result;
    }
    QHash<QString, int> studyIndex;
    QHash<QString, QHash<QString, int>> seriesIndex;
    QHash<QString, QString> instanceSource; // SOP instance UID -> first source name
    const int total = int(paths.size());
    for (int i = 0; i < total; ++i) {
        if (m_cancel) {
            result.cancelled = true;
            result.studies.clear();
            return result;
        }
        const QString &path = paths.at(i);
        const QString name = sourceNames.value(i, QFileInfo(path).fileName());
        DicomFile file;
        if (!file.open(path)) {
            result.skipped << DicomSkippedFile { name, file.errorString() };
            report(i + 1, total);
            continue;
        }
        const DicomMetadata &m = file.metadata();
        if (m.sopClassUid == mediaStorageDirectoryClass) {
            report(i + 1, total);
            continue;
        }
        if (!m.sopInstanceUid.isEmpty() && instanceSource.contains(m.sopInstanceUid)) {
            result.skipped << DicomSkippedFile { name,
                tr("The same image as %1.").arg(instanceSource.value(m.sopInstanceUid)) };
            report(i + 1, total);
            continue;
        }
        DicomInstance instance;
        instance.filePath = path;
        instance.sourceName = name;
        instance.size = QFileInfo(path).size();
        instance.sha256 = sha256(path, &m_cancel);
        if (instance.sha256.isEmpty()) {
            if (m_cancel) {
                result.cancelled = true;
                result.studies.clear();
                return result;
            }
            result.skipped << DicomSkippedFile { name, tr("The file cannot be read to the end.") };
            report(i + 1, total);
            continue;
        }
        instance.sopInstanceUid = m.sopInstanceUid;
        instance.sopClassUid = m.sopClassUid;
        instance.transferSyntaxUid = m.transferSyntaxUid;
        instance.instanceNumber = m.instanceNumber;
        instance.frames = m.frames;
        instance.rows = m.rows;
        instance.columns = m.columns;
        instance.displayable = file.canDisplay();
        instance.displayProblem = file.displayProblem();
        if (!m.sopInstanceUid.isEmpty())
            instanceSource.insert(m.sopInstanceUid, name);

        auto studyIt = studyIndex.find(m.studyInstanceUid);
        if (studyIt == studyIndex.end()) {
            DicomStudy study;
            study.studyInstanceUid = m.studyInstanceUid;
            study.description = m.studyDescription;
            study.date = m.studyDate;
            study.time = m.studyTime;
            study.accessionNumber = m.accessionNumber;
            study.patientName = m.patientName;
            study.patientId = m.patientId;
            study.patientBirthDate = m.patientBirthDate;
            study.patientSex = m.patientSex;
            result.studies << study;
            studyIt = studyIndex.insert(m.studyInstanceUid, int(result.studies.size()) - 1);
        }
        DicomStudy &study = result.studies[*studyIt];
        QHash<QString, int> &seriesOfStudy = seriesIndex[m.studyInstanceUid];
        auto seriesIt = seriesOfStudy.find(m.seriesInstanceUid);
        if (seriesIt == seriesOfStudy.end()) {
            DicomSeries series;
            series.seriesInstanceUid = m.seriesInstanceUid;
            series.description = m.seriesDescription;
            series.modality = m.modality;
            series.bodyPartExamined = m.bodyPartExamined;
            series.number = m.seriesNumber;
            study.series << series;
            seriesIt = seriesOfStudy.insert(m.seriesInstanceUid, int(study.series.size()) - 1);
        }
        study.series[*seriesIt].instances << instance;
        report(i + 1, total);
    }

    for (DicomStudy &study : result.studies) {
        for (DicomSeries &series : study.series) {
            std::stable_sort(series.instances.begin(), series.instances.end(),
                [](const DicomInstance &a, const DicomInstance &b) {
                    return a.instanceNumber != b.instanceNumber
                        ? a.instanceNumber < b.instanceNumber
                        : a.sourceName < b.sourceName;
                });
        }
        std::stable_sort(study.series.begin(), study.series.end(),
            [](const DicomSeries &a, const DicomSeries &b) {
                return a.number != b.number ? a.number < b.number : a.description < b.description;
            });
    }
    std::stable_sort(
        result.studies.begin(), result.studies.end(), [](const DicomStudy &a, const DicomStudy &b) {
            return a.date != b.date ? a.date < b.date : a.description < b.description;
        });
    qCDebug(lcImaging, "import grouped %d files into %d studies, %d skipped",
        result.instanceCount(), int(result.studies.size()), int(result.skipped.size()));
    return result;
}

} // namespace hearth
