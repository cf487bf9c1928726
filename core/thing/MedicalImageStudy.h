#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/HealthDate.h"
#include "core/thing/PersonValues.h"
#include "core/thing/TypedThing.h"

namespace hearth {

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
