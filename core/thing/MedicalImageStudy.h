#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/PersonValues.h"
#include "core/thing/TypedThing.h"

#include <QStringList>

namespace hearth {

// One <series> of a medical image study v2: its images are named blobs of
// the thing (image-blob-name), one per DICOM file.
struct MedicalImageSeries
{
    std::optional<HealthDateTime> acquired;
    QString description;
    QStringList imageBlobNames;
    std::optional<CodableValue> modality;
    std::optional<CodableValue> bodyPart;
    QString seriesInstanceUid;
};

// Medical image study, version 2 (cdfc0a9b-...): a DICOM study whose images are
// named blobs of the thing; series are kept as read.
class MedicalImageStudy : public TypedThing
{
public:
    static QUuid typeId();
    MedicalImageStudy();
    static std::optional<MedicalImageStudy> fromThing(Thing thing);

    HealthDateTime when() const;
    void setWhen(const HealthDateTime &value);
    QString patientName() const;
    void setPatientName(const QString &value);
    QString description() const;
    void setDescription(const QString &value);
    std::optional<CodableValue> reason() const;
    void setReason(const std::optional<CodableValue> &value);
    QString previewBlobName() const;
    void setPreviewBlobName(const QString &value);
    QString studyInstanceUid() const;
    void setStudyInstanceUid(const QString &value);
    std::optional<PersonInfo> referringPhysician() const;
    void setReferringPhysician(const std::optional<PersonInfo> &value);
    QString accessionNumber() const;
    void setAccessionNumber(const QString &value);

    int seriesCount() const;
    QList<MedicalImageSeries> series() const;
    // Replaces every series (the schema wants at least one).
    void setSeries(const QList<MedicalImageSeries> &series);

    // "CT chest 2012-03-04"
    QString summary() const;

protected:
    const XmlOrder &order() const override;

private:
    explicit MedicalImageStudy(Thing thing)
        : TypedThing(std::move(thing))
    { }
};

} // namespace hearth
