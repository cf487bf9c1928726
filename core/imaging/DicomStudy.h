#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace hearth {

// The plain result of a DICOM import, before anything is stored: studies,
// their series and their instances (files) with where each file is and its
// SHA-256. The medical image study thing and the blob store consume it.
struct DicomInstance
{
    QString filePath; // the file to store (an extracted copy for a zip)
    QString sourceName; // the name the user knows: path in the folder, zip or CD
    qint64 size = 0;
    QByteArray sha256; // 32 raw bytes of the whole file
    QString sopInstanceUid;
    QString sopClassUid;
    QString transferSyntaxUid;
    int instanceNumber = 0;
    int frames = 0;
    int rows = 0;
    int columns = 0;
    bool displayable = false;
    QString displayProblem; // translated; empty when displayable
};

struct DicomSeries
{
    QString seriesInstanceUid;
    QString description;
    QString modality;
    QString bodyPartExamined;
    int number = 0;
    QList<DicomInstance> instances; // by instance number, then source name
};

struct DicomStudy
{
    QString studyInstanceUid;
    QString description;
    QDate date;
    QTime time;
    QString accessionNumber;
    QString patientName;
    QString patientId;
    QDate patientBirthDate;
    QString patientSex;
    QList<DicomSeries> series; // by series number, then description
};

// A file the import did not take, and why (translated).
struct DicomSkippedFile
{
    QString sourceName;
    QString reason;
};

struct DicomImportResult
{
    QList<DicomStudy> studies; // by date, then description
    QList<DicomSkippedFile> skipped;
    QString error; // translated; set when the import as a whole failed
    bool cancelled = false;

    bool succeeded() const { return error.isEmpty() && !cancelled; }
    int instanceCount() const
    {
        int count = 0;
        for (const DicomStudy &study : studies) {
            for (const DicomSeries &series : study.series)
                count += int(series.instances.size());
        }
        return count;
    }
};

} // namespace hearth
