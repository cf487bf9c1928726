#include "core/imaging/DicomStudyStore.h"

#include "core/Clock.h"
#include "core/imaging/DicomImporter.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

namespace hearth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::DicomStudyStore", text);
}

// Blob names are unique in a thing; the SOP instance UID is unique in an
// import (the importer drops a second file with the same one).
QString blobName(const DicomInstance &instance, int index, QSet<QString> &used)
{
    QString name = instance.sopInstanceUid.isEmpty()
        ? QStringLiteral("image-%1.dcm").arg(index)
        : instance.sopInstanceUid + QStringLiteral(".dcm");
    while (used.contains(name))
        name = QStringLiteral("image-%1-%2.dcm").arg(index).arg(used.size());
    used.insert(name);
    return name;
}

} // namespace

DicomStudyStore::DicomStudyStore(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_blobs(store)
{ }

void DicomStudyStore::setProgressHandler(std::function<void(qint64, qint64)> handler)
{
    m_progress = std::move(handler);
}

void DicomStudyStore::cancel()
{
    m_blobs.cancel();
}

std::optional<MedicalImageStudy> DicomStudyStore::store(
    qint64 record, const DicomStudy &study, StoreError *error)
{
    qint64 total = 0;
    for (const DicomSeries &series : study.series) {
        for (const DicomInstance &instance : series.instances)
            total += instance.size;
    }
    qint64 finished = 0;
    m_blobs.setProgressHandler([&](qint64 done) {
        if (m_progress)
            m_progress(finished + done, total);
    });

    MedicalImageStudy thing;
    const QDate date = study.date.isValid() ? study.date : m_clock.now().date();
    thing.setWhen(HealthDateTime(date,
        study.time.isValid() && study.date.isValid() ? std::optional<QTime>(study.time)
                                                     : std::nullopt));
    thing.setPatientName(study.patientName);
    thing.setDescription(study.description);
    thing.setStudyInstanceUid(study.studyInstanceUid);
    thing.setAccessionNumber(study.accessionNumber);

    const bool ok = m_store.transaction(
        [&] {
            QList<MedicalImageSeries> seriesList;
            QList<ThingBlob> blobs;
            QSet<QString> used;
            int index = 0;
            for (const DicomSeries &series : study.series) {
                MedicalImageSeries entry;
                entry.description = series.description;
                if (!series.modality.isEmpty())
                    entry.modality = CodableValue(series.modality);
                if (!series.bodyPartExamined.isEmpty())
                    entry.bodyPart = CodableValue(series.bodyPartExamined);
                entry.seriesInstanceUid = series.seriesInstanceUid;
                for (const DicomInstance &instance : series.instances) {
                    const QString name = blobName(instance, ++index, used);
                    std::optional<ThingBlob> blob
                        = m_blobs.putFile(instance.filePath, name, contentType(), error);
                    if (!blob) {
                        if (error->code != StoreError::Code::Cancelled)
                            error->message = tr("%1: %2").arg(instance.sourceName, error->message);
                        return false;
                    }
                    finished += instance.size;
                    entry.imageBlobNames.append(name);
                    blobs.append(*blob);
                }
                seriesList.append(entry);
            }
            if (seriesList.isEmpty()) {
                *error = { StoreError::Code::InvalidArgument, tr("The study has no images.") };
                return false;
            }
            thing.setSeries(seriesList);
            thing.thing().setBlobs(blobs);
            return m_blobs.saveThing(record, thing.thing(), m_clock.now(), error);
        },
        error);
    m_blobs.setProgressHandler({});
    m_blobs.resetCancel();
    return ok ? std::optional<MedicalImageStudy>(thing) : std::nullopt;
}

std::optional<DicomImportResult> DicomStudyStore::extract(
    const MedicalImageStudy &study, const QString &folder, StoreError *error)
{
    QStringList paths;
    QStringList names;
    int index = 0;
    for (const ThingBlob &blob : study.thing().blobs()) {
        if (blob.contentType != contentType())
            continue;
        const QString path = QDir(folder).filePath(QStringLiteral("%1.dcm").arg(++index));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = { StoreError::Code::Io,
                tr("The image could not be written: %1").arg(file.errorString()) };
            return std::nullopt;
        }
        if (!m_blobs.read(blob, file, error)) {
            file.remove();
            return std::nullopt;
        }
        paths.append(path);
        names.append(blob.name);
    }
    DicomImporter importer;
    DicomImportResult result = importer.importFiles(paths, names);
    if (!result.error.isEmpty()) {
        *error = { StoreError::Code::Damaged, result.error };
        return std::nullopt;
    }
    return result;
}

} // namespace hearth
