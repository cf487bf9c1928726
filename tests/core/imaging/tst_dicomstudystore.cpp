// Stores the patient-CD sample's studies in a real encrypted store: one
// medical image study thing per study with every DICOM file as a blob, read
// back byte for byte; a file gone midway and a cancel leave nothing behind.

#include "core/Clock.h"
#include "core/imaging/DicomImporter.h"
#include "core/imaging/DicomStudyStore.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"
#include "core/store/ThingBlobStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

QString samples()
{
    return QStringLiteral(HEARTH_SHARED_DIR "/samples/dicom");
}

qint64 count(const Store &store, const QString &table)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A copy of the patient CD folder, so a test may delete a file of it.
bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target))
            return false;
    }
    return true;
}

} // namespace

class TestDicomStudyStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        if (!QFile::exists(samples() + QStringLiteral("/dicomdir/DICOMDIR")))
            QSKIP("the DICOM samples of HEARTH_SHARED_DIR are not here");
        m_dir.reset(new QTemporaryDir);
        StoreError error;
        m_store = Store::open(
            m_dir->filePath(QStringLiteral("s.db")), KeyMaterial::randomKey(), m_clock, &error);
        QVERIFY2(m_store, qPrintable(error.message));
        RecordRow r;
        r.recordId = QUuid::createUuid();
        r.personId = QUuid::createUuid();
        r.personName = QStringLiteral("Ann");
        r.displayName = QStringLiteral("Ann");
        r.access = RecordRow::Access::Custodian;
        m_record = m_store->putRecord(r, &error).value_or(0);
        QVERIFY(m_record > 0);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void everyStudyBecomesAThingWithItsFilesAsBlobs()
    {
        DicomImporter importer;
        const DicomImportResult imported
            = importer.importDicomDir(samples() + QStringLiteral("/dicomdir/DICOMDIR"));
        QVERIFY(imported.succeeded());
        QCOMPARE(imported.studies.size(), 6);

        DicomStudyStore studies(*m_store, m_clock);
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        studies.setProgressHandler([&](qint64 done, qint64 total) {
            QVERIFY(done > lastDone || total != lastTotal);
            lastDone = done;
            lastTotal = total;
        });
        QList<MedicalImageStudy> stored;
        for (const DicomStudy &study : imported.studies) {
            StoreError error;
            std::optional<MedicalImageStudy> thing = studies.store(m_record, study, &error);
            QVERIFY2(thing, qPrintable(error.message));
            QCOMPARE(lastDone, lastTotal); // the last report is the whole study
            stored.append(*thing);
        }
        QCOMPARE(count(*m_store, QStringLiteral("blobs")), qint64(imported.instanceCount()));
        QCOMPARE(count(*m_store, QStringLiteral("outbound")), qint64(6));
        ThingQuery query;
        query.record = m_record;
        query.types = { MedicalImageStudy::typeId() };
        QCOMPARE(m_store->countThings(query), qint64(6));

        ThingBlobStore blobs(*m_store);
        for (int s = 0; s < imported.studies.size(); ++s) {
            const DicomStudy &study = imported.studies.at(s);
            StoreError error;
            std::optional<Thing> loaded = m_store->loadThing(stored.at(s).thing().id(), &error);
            QVERIFY2(loaded, qPrintable(error.message));
            std::optional<MedicalImageStudy> typed = MedicalImageStudy::fromThing(*loaded);
            QVERIFY(typed);
            QCOMPARE(typed->studyInstanceUid(), study.studyInstanceUid);
            QCOMPARE(typed->when().date, study.date);
            const QList<MedicalImageSeries> series = typed->series();
            QCOMPARE(series.size(), study.series.size());
            const QList<ThingBlob> thingBlobs = loaded->blobs();
            for (int i = 0; i < series.size(); ++i) {
                QCOMPARE(series.at(i).seriesInstanceUid, study.series.at(i).seriesInstanceUid);
                QCOMPARE(series.at(i).imageBlobNames.size(), study.series.at(i).instances.size());
                for (int k = 0; k < series.at(i).imageBlobNames.size(); ++k) {
                    const DicomInstance &instance = study.series.at(i).instances.at(k);
                    const QString name = series.at(i).imageBlobNames.at(k);
                    auto blob = std::find_if(thingBlobs.begin(), thingBlobs.end(),
                        [&](const ThingBlob &b) { return b.name == name; });
                    QVERIFY(blob != thingBlobs.end());
                    QCOMPARE(blob->contentLength, instance.size);
                    QCOMPARE(blob->hashAlgorithm, QStringLiteral("SHA256Block"));
                    QBuffer sink;
                    sink.open(QIODevice::WriteOnly);
                    QVERIFY2(blobs.read(*blob, sink, &error), qPrintable(error.message));
                    QCOMPARE(QCryptographicHash::hash(sink.data(), QCryptographicHash::Sha256),
                        instance.sha256);
                    // One file is one block: SHA256Block is the hash of its hash.
                    QCOMPARE(blob->hash,
                        QString::fromLatin1(
                            QCryptographicHash::hash(instance.sha256, QCryptographicHash::Sha256)
                                .toBase64()));
                }
            }
        }
        QVERIFY(m_store->integrityProblems().isEmpty());
    }

    void aFileGoneMidwayLeavesNothing()
    {
        QTemporaryDir copy;
        QVERIFY(copyTree(samples() + QStringLiteral("/dicomdir"), copy.path()));
        DicomImporter importer;
        const DicomImportResult imported
            = importer.importDicomDir(copy.filePath(QStringLiteral("DICOMDIR")));
        QVERIFY(imported.succeeded());
        const DicomStudy *big = nullptr;
        for (const DicomStudy &study : imported.studies) {
            if (!big || study.series.size() > big->series.size())
                big = &study;
        }
        QVERIFY(big->series.size() > 1);
        // The last file disappears after the import found it.
        QVERIFY(QFile::remove(big->series.last().instances.last().filePath));

        DicomStudyStore studies(*m_store, m_clock);
        StoreError error;
        QVERIFY(!studies.store(m_record, *big, &error));
        QCOMPARE(error.code, StoreError::Code::Io);
        QVERIFY(error.message.contains(big->series.last().instances.last().sourceName));
        expectNothingStored();
    }

    void cancelLeavesNothing()
    {
        DicomImporter importer;
        const DicomImportResult imported
            = importer.importFolder(samples() + QStringLiteral("/dicomdir"));
        QVERIFY(imported.succeeded());
        const DicomStudy &study = imported.studies.first();
        DicomStudyStore studies(*m_store, m_clock);
        int reports = 0;
        studies.setProgressHandler([&](qint64, qint64) {
            if (++reports == 1)
                studies.cancel();
        });
        StoreError error;
        QVERIFY(!studies.store(m_record, study, &error));
        QCOMPARE(error.code, StoreError::Code::Cancelled);
        expectNothingStored();
        // The store object works again after a cancel.
        studies.setProgressHandler({});
        QVERIFY2(studies.store(m_record, study, &error), qPrintable(error.message));
    }

    void extractGivesTheViewerTheSameImages()
    {
        DicomImporter importer;
        const DicomImportResult imported
            = importer.importDicomDir(samples() + QStringLiteral("/dicomdir/DICOMDIR"));
        QVERIFY(imported.succeeded());
        const DicomStudy &study = imported.studies.last();
        DicomStudyStore studies(*m_store, m_clock);
        StoreError error;
        std::optional<MedicalImageStudy> thing = studies.store(m_record, study, &error);
        QVERIFY2(thing, qPrintable(error.message));
        QTemporaryDir folder;
        std::optional<DicomImportResult> back = studies.extract(*thing, folder.path(), &error);
        QVERIFY2(back, qPrintable(error.message));
        QCOMPARE(back->studies.size(), 1);
        QSet<QByteArray> before;
        for (const DicomSeries &s : study.series) {
            for (const DicomInstance &i : s.instances)
                before.insert(i.sha256);
        }
        QCOMPARE(back->instanceCount(), int(before.size()));
        QCOMPARE(back->studies.first().studyInstanceUid, study.studyInstanceUid);
        for (const DicomSeries &s : back->studies.first().series) {
            for (const DicomInstance &i : s.instances)
                QVERIFY(before.contains(i.sha256));
        }
    }

private:
    void expectNothingStored()
    {
        QCOMPARE(count(*m_store, QStringLiteral("things")), qint64(0));
        QCOMPARE(count(*m_store, QStringLiteral("blobs")), qint64(0));
        QCOMPARE(count(*m_store, QStringLiteral("blob_chunks")), qint64(0));
        QCOMPARE(count(*m_store, QStringLiteral("outbound")), qint64(0));
        QVERIFY(m_store->integrityProblems().isEmpty());
    }

    FixedClock m_clock { QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_record = 0;
};

QTEST_GUILESS_MAIN(TestDicomStudyStore)
#include "tst_dicomstudystore.moc"
