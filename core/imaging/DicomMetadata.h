#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace hearth {

// What Hearth reads from one DICOM file's header: who and what it shows and
// how its pixels are stored. Strings are decoded from the file's character set.
struct DicomMetadata
{
    QString patientName;
    QString patientId;
    QDate patientBirthDate;
    QString patientSex;

    QString studyInstanceUid;
    QString studyDescription;
    QDate studyDate;
    QTime studyTime;
    QString accessionNumber;

    QString seriesInstanceUid;
    QString seriesDescription;
    int seriesNumber = 0;
    QString modality;
    QString bodyPartExamined;

    QString sopClassUid;
    QString sopInstanceUid;
    int instanceNumber = 0;

    int rows = 0;
    int columns = 0;
    int frames = 0; // 0 when the file has no pixel data
    int bitsAllocated = 0;
    int bitsStored = 0;
    int samplesPerPixel = 0;
    QString photometricInterpretation;

    QString transferSyntaxUid;
    QString transferSyntaxName;
    bool hasFileMetaHeader = false;
};

} // namespace hearth
