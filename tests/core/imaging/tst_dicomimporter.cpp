// Imports the patient-CD sample (DICOMDIR and folder), a zip of it, and the
// hostile cases: zip bombs (declared and lying sizes), too many entries, a
// 2 GB file, cancel. Memory is measured as the peak RSS of the import.

#include "core/imaging/DicomImporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <zip.h>

using hearth::DicomImporter;
using hearth::DicomImportLimits;
using hearth::DicomImportResult;

namespace {

QString samples()
{
    return QStringLiteral(HEARTH_SHARED_DIR "/samples/dicom");
}

// Peak resident memory since resetPeakMemory(), from /proc (Linux >= 4.0).
void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}
qint64 peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

// A libzip source of `size` zero bytes, made on the fly, for zip bombs that
// never exist whole in memory.
struct Zeros
{
    qint64 size;
    qint64 offset = 0;
};
zip_int64_t zerosCallback(void *state, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto *zeros = static_cast<Zeros *>(state);
    switch (command) {
    case ZIP_SOURCE_OPEN:
        zeros->offset = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const qint64 n = qMin<qint64>(qint64(length), zeros->size - zeros->offset);
        std::memset(data, 0, size_t(n));
        zeros->offset += n;
        return n;
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *stat = static_cast<zip_stat_t *>(data);
        zip_stat_init(stat);
        stat->size = zip_uint64_t(zeros->size);
        stat->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_FREE:
        delete zeros;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
            ZIP_SOURCE_STAT, ZIP_SOURCE_FREE, ZIP_SOURCE_ERROR, -1);
    default:
        return 0;
    }
}

// Writes a zip with the given files (name in the zip -> path on disk) and
// zero-filled entries (name -> size).
bool writeZip(const QString &path, const QList<QPair<QString, QString>> &files,
    const QList<QPair<QString, qint64>> &zeros = {})
{
    int error = 0;
    zip_t *archive
        = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const auto &[name, source] : files) {
        zip_source_t *data = zip_source_file(archive, QFile::encodeName(source).constData(), 0, -1);
        if (!data || zip_file_add(archive, name.toUtf8().constData(), data, ZIP_FL_OVERWRITE) < 0)
            return false;
    }
    for (const auto &[name, size] : zeros) {
        zip_source_t *data = zip_source_function(archive, zerosCallback, new Zeros { size });
        const zip_int64_t index
            = data ? zip_file_add(archive, name.toUtf8().constData(), data, ZIP_FL_OVERWRITE) : -1;
        if (index < 0)
            return false;
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 1);
    }
    return zip_close(archive) == 0;
}

QList<QPair<QString, QString>> cdFiles()
{
    QList<QPair<QString, QString>> files;
    const QDir root(samples() + QStringLiteral("/dicomdir"));
    QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files << qMakePair(root.relativeFilePath(path), path);
    }
    return files;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files);
}

} // namespace

class TestDicomImporter : public QObject
{
    Q_OBJECT
private:
    static void checkPatientCd(const DicomImportResult &result)
    {
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.instanceCount(), 31);
        QCOMPARE(result.studies.size(), 6);
        int series = 0;
        QSet<QString> patients;
        QSet<QString> uids;
        for (const auto &study : result.studies) {
            series += int(study.series.size());
            patients.insert(study.patientId);
            for (const auto &s : study.series) {
                QVERIFY(!s.seriesInstanceUid.isEmpty());
                QVERIFY(!s.modality.isEmpty());
                for (const auto &instance : s.instances) {
                    uids.insert(instance.sopInstanceUid);
                    QVERIFY(instance.displayable);
                    QFile file(instance.filePath);
                    QVERIFY(file.open(QIODevice::ReadOnly));
                    QCOMPARE(instance.size, file.size());
                    QCOMPARE(instance.sha256,
                        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
                }
                // Instances come in instance-number order.
                for (int i = 1; i < s.instances.size(); ++i)
                    QVERIFY(
                        s.instances.at(i - 1).instanceNumber <= s.instances.at(i).instanceNumber);
            }
        }
        QCOMPARE(series, 13);
        QCOMPARE(
            patients, (QSet<QString> { QStringLiteral("77654033"), QStringLiteral("98890234") }));
        QCOMPARE(uids.size(), 31);
        // Studies come in date order.
        for (int i = 1; i < result.studies.size(); ++i)
            QVERIFY(result.studies.at(i - 1).date <= result.studies.at(i).date);
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(samples() + QStringLiteral("/dicomdir/DICOMDIR")))
            QSKIP("the DICOM samples of HEARTH_SHARED_DIR are not here");
    }

    void importsAPatientCdThroughItsDicomDir()
    {
        DicomImporter importer;
        QList<QPair<int, int>> steps;
        importer.setProgressHandler(
            [&steps](int done, int total) { steps << qMakePair(done, total); });
        QTemporaryDir unused;
        const DicomImportResult result
            = importer.import(samples() + QStringLiteral("/dicomdir/DICOMDIR"), unused.path());
        checkPatientCd(result);
        QVERIFY(result.skipped.isEmpty());
        QCOMPARE(steps.size(), 31);
        QCOMPARE(steps.last(), qMakePair(31, 31));
        // Source names are the CD's own paths.
        QVERIFY(result.studies.first().series.first().instances.first().sourceName.contains(
            QLatin1Char('/')));
    }

    void importsTheSameCdAsAFolder()
    {
        DicomImporter importer;
        checkPatientCd(importer.importFolder(samples() + QStringLiteral("/dicomdir")));
    }

    void aDicomDirIsMatchedWithoutRegardToCase()
    {
        // CDs list upper-case ids; copied to disk the names may be lower case.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(samples() + QStringLiteral("/dicomdir/DICOMDIR"),
            dir.filePath(QStringLiteral("DICOMDIR"))));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("77654033/cr1")));
        QVERIFY(QFile::copy(samples() + QStringLiteral("/dicomdir/77654033/CR1/6154"),
            dir.filePath(QStringLiteral("77654033/cr1/6154"))));
        DicomImporter importer;
        const DicomImportResult result
            = importer.importDicomDir(dir.filePath(QStringLiteral("DICOMDIR")));
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.instanceCount(), 1);
        QCOMPARE(result.skipped.size(), 30);
        QVERIFY(result.skipped.first().reason.contains(QLatin1String("missing")));
    }

    void sortsOutTheSampleFolder()
    {
        DicomImporter importer;
        const DicomImportResult result = importer.importFolder(samples());
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        // 16 files at the top: 2 broken, and MR_small in six encodings that
        // share their UIDs, so one is kept and five are the same image; the
        // CD's 31 below.
        QCOMPARE(result.instanceCount(), 9 + 31);
        QHash<QString, QString> reasons;
        for (const auto &skipped : result.skipped)
            reasons.insert(skipped.sourceName, skipped.reason);
        QVERIFY(reasons.value(QStringLiteral("MR_truncated.dcm"))
                    .contains(QLatin1String("incomplete")));
        QVERIFY(reasons.value(QStringLiteral("no_meta.dcm"))
                    .contains(QLatin1String("not a DICOM file")));
        QCOMPARE(reasons.value(QStringLiteral("MR_small_RLE.dcm")),
            QStringLiteral("The same image as MR_small.dcm."));
        int duplicates = 0;
        for (const auto &skipped : result.skipped)
            duplicates += skipped.reason.startsWith(QLatin1String("The same image as")) ? 1 : 0;
        QCOMPARE(duplicates, 5);
        QCOMPARE(result.skipped.size(), 7);
    }

    void keepsAFileItCannotDisplay()
    {
        QTemporaryDir unused;
        DicomImporter importer;
        const DicomImportResult result = importer.import(
            samples() + QStringLiteral("/MR_small_jp2klossless.dcm"), unused.path());
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.instanceCount(), 1);
        const auto &series = result.studies.first().series.first();
        QCOMPARE(series.modality, QStringLiteral("MR"));
        const auto &instance = series.instances.first();
        QVERIFY(!instance.displayable);
        QVERIFY(instance.displayProblem.startsWith(QLatin1String("Cannot display this encoding")));
        QCOMPARE(instance.sha256.size(), 32);
        QCOMPARE(instance.transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.4.90"));
    }

    void importsAZip()
    {
        QTemporaryDir work;
        const QString zipPath = work.filePath(QStringLiteral("cd.zip"));
        auto files = cdFiles();
        const QString readme = work.filePath(QStringLiteral("README.TXT"));
        QFile text(readme);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Insert the CD and run VIEWER.EXE\n");
        text.close();
        files << qMakePair(QStringLiteral("README.TXT"), readme);
        QVERIFY(writeZip(zipPath, files));

        QTemporaryDir extract;
        DicomImporter importer;
        int lastDone = 0;
        int lastTotal = 0;
        importer.setProgressHandler([&](int done, int total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        });
        const DicomImportResult result = importer.import(zipPath, extract.path());
        checkPatientCd(result);
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(result.skipped.size(), 1);
        QCOMPARE(result.skipped.first().sourceName, QStringLiteral("README.TXT"));
        // Every instance is a file in the extract folder; nothing else stays.
        QCOMPARE(filesIn(extract.path()).size(), 31);
        for (const auto &study : result.studies) {
            for (const auto &series : study.series) {
                for (const auto &instance : series.instances)
                    QVERIFY(instance.filePath.startsWith(extract.path() + QLatin1Char('/')));
            }
        }
    }

    void refusesAZipBombFromItsHeaders()
    {
        QTemporaryDir work;
        const QString zipPath = work.filePath(QStringLiteral("bomb.zip"));
        QVERIFY(
            writeZip(zipPath, cdFiles().mid(0, 2), { { QStringLiteral("IMG0001"), 256LL << 20 } }));
        QVERIFY(QFileInfo(zipPath).size() < 8 << 20);
        QTemporaryDir extract;
        resetPeakMemory();
        const qint64 before = peakMemoryMb();
        DicomImporter importer;
        const DicomImportResult result = importer.importZip(zipPath, extract.path());
        QVERIFY(!result.succeeded());
        QVERIFY2(result.error.contains(QLatin1String("zip bomb")), qPrintable(result.error));
        QVERIFY(result.studies.isEmpty());
        QVERIFY(filesIn(extract.path()).isEmpty());
        QVERIFY2(
            peakMemoryMb() - before < 64, qPrintable(QString::number(peakMemoryMb() - before)));
    }

    void stopsAZipWhoseHeadersLie()
    {
        // A 4 MB entry of zeros whose headers claim 1,000 bytes: the limit
        // holds on what is inflated.
        QTemporaryDir work;
        const QString zipPath = work.filePath(QStringLiteral("liar.zip"));
        QVERIFY(writeZip(zipPath, {}, { { QStringLiteral("IMG0001"), 4LL << 20 } }));
        QFile file(zipPath);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const quint32 lie = 1000;
        const auto patch = [&bytes, lie](int at) {
            for (int i = 0; i < 4; ++i)
                bytes[at + i] = char((lie >> (8 * i)) & 0xff);
        };
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        patch(22); // local header: uncompressed size
        const int central = int(bytes.indexOf(QByteArrayLiteral("PK\x01\x02")));
        QVERIFY(central > 0);
        patch(central + 24); // central directory: uncompressed size
        file.seek(0);
        file.write(bytes);
        file.close();

        QTemporaryDir extract;
        DicomImporter importer;
        const DicomImportResult result = importer.importZip(zipPath, extract.path());
        QVERIFY(!result.succeeded());
        QVERIFY2(result.error.contains(QLatin1String("zip bomb"))
                || result.error.contains(QLatin1String("cannot")),
            qPrintable(result.error));
        QVERIFY(filesIn(extract.path()).isEmpty());
    }

    void refusesTooManyEntries()
    {
        QTemporaryDir work;
        const QString zipPath = work.filePath(QStringLiteral("many.zip"));
        QVERIFY(writeZip(zipPath, cdFiles().mid(0, 6)));
        DicomImportLimits limits;
        limits.zip.maxEntries = 5;
        DicomImporter importer(limits);
        QTemporaryDir extract;
        const DicomImportResult result = importer.importZip(zipPath, extract.path());
        QVERIFY2(result.error.contains(QLatin1String("too many files")), qPrintable(result.error));
    }

    void refusesTooMuchInAll()
    {
        QTemporaryDir work;
        const QString zipPath = work.filePath(QStringLiteral("big.zip"));
        QVERIFY(writeZip(zipPath, cdFiles().mid(0, 2),
            { { QStringLiteral("a"), 3 << 20 }, { QStringLiteral("b"), 3 << 20 } }));
        DicomImportLimits limits;
        limits.zip.maxTotalBytes = 4 << 20;
        DicomImporter importer(limits);
        QTemporaryDir extract;
        const DicomImportResult result = importer.importZip(zipPath, extract.path());
        QVERIFY2(result.error.contains(QLatin1String("too large")), qPrintable(result.error));
        QVERIFY(filesIn(extract.path()).isEmpty());
    }

    void aTwoGigabyteFileIsNeverReadWhole()
    {
        // MR_small followed by 2 GB of trailing padding (FFFC,FFFC), sparse on disk.
        QTemporaryDir work;
        const QString path = work.filePath(QStringLiteral("huge.dcm"));
        QVERIFY(QFile::copy(samples() + QStringLiteral("/MR_small.dcm"), path));
        QFile file(path);
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(file.open(QIODevice::ReadWrite | QIODevice::Append));
        const quint32 padding = 2000000000u;
        QByteArray element("\xfc\xff\xfc\xff"
                           "OB\0\0",
            8);
        for (int i = 0; i < 4; ++i)
            element.append(char((padding >> (8 * i)) & 0xff));
        file.write(element);
        const qint64 size = file.size() + padding;
        file.close();
        QVERIFY(QFile::resize(path, size));

        resetPeakMemory();
        const qint64 before = peakMemoryMb();
        DicomImporter importer;
        const DicomImportResult result
            = importer.importFiles({ path }, { QStringLiteral("huge.dcm") });
        QVERIFY2(result.succeeded(), qPrintable(result.error));
        QCOMPARE(result.instanceCount(), 1);
        const auto &instance = result.studies.first().series.first().instances.first();
        QCOMPARE(instance.size, size);
        QCOMPARE(instance.sha256.size(), 32);
        QVERIFY2(
            peakMemoryMb() - before < 64, qPrintable(QString::number(peakMemoryMb() - before)));
    }

    void cancelStopsTheImport()
    {
        DicomImporter importer;
        int calls = 0;
        importer.setProgressHandler([&](int, int) {
            if (++calls == 3)
                importer.cancel();
        });
        const DicomImportResult result
            = importer.importFolder(samples() + QStringLiteral("/dicomdir"));
        QVERIFY(result.cancelled);
        QVERIFY(!result.succeeded());
        QVERIFY(result.studies.isEmpty());
        QCOMPARE(calls, 3);
    }

    void aFileThatIsNotAZipNorDicomIsSkipped()
    {
        QTemporaryDir work;
        const QString path = work.filePath(QStringLiteral("scan.dcm"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        DicomImporter importer;
        const DicomImportResult result = importer.import(path, work.path());
        QVERIFY(result.succeeded());
        QCOMPARE(result.instanceCount(), 0);
        QCOMPARE(result.skipped.size(), 1);
        QVERIFY(result.skipped.first().reason.contains(QLatin1String("not a DICOM file")));
    }
};

QTEST_GUILESS_MAIN(TestDicomImporter)
#include "tst_dicomimporter.moc"
