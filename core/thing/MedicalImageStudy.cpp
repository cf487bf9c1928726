#include "core/thing/MedicalImageStudy.h"

#include <QCoreApplication>

namespace hearth {

QUuid MedicalImageStudy::typeId()
{
    return QUuid::fromString(u"cdfc0a9b-6d3b-4d16-afa8-02b86d621a8d");
}

MedicalImageStudy::MedicalImageStudy()
    : TypedThing(typeId(), QStringLiteral("medical-image-study"))
{ }

std::optional<MedicalImageStudy> MedicalImageStudy::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"medical-image-study"))
        return std::nullopt;
    return MedicalImageStudy(std::move(thing));
}

const XmlOrder &MedicalImageStudy::order() const
{
    static const XmlOrder order = {
        QLatin1String("when"),
        QLatin1String("patient-name"),
        QLatin1String("description"),
        QLatin1String("series"),
        QLatin1String("reason"),
        QLatin1String("preview-blob-name"),
        QLatin1String("key-images"),
        QLatin1String("study-instance-uid"),
        QLatin1String("referring-physician"),
        QLatin1String("accession-number"),
    };
    return order;
}

HealthDateTime MedicalImageStudy::when() const
{
    return readValue<HealthDateTime>(u"when").value_or(HealthDateTime());
}

void MedicalImageStudy::setWhen(const HealthDateTime &value)
{
    writeValue(QStringLiteral("when"), value);
}

QString MedicalImageStudy::patientName() const
{
    return text(u"patient-name");
}

void MedicalImageStudy::setPatientName(const QString &value)
{
    setText(QStringLiteral("patient-name"), value);
}

QString MedicalImageStudy::description() const
{
    return text(u"description");
}

void MedicalImageStudy::setDescription(const QString &value)
{
    setText(QStringLiteral("description"), value);
}

std::optional<CodableValue> MedicalImageStudy::reason() const
{
    return readValue<CodableValue>(u"reason");
}

void MedicalImageStudy::setReason(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("reason"), value);
}

QString MedicalImageStudy::previewBlobName() const
{
    return text(u"preview-blob-name");
}

void MedicalImageStudy::setPreviewBlobName(const QString &value)
{
    setText(QStringLiteral("preview-blob-name"), value);
}

QString MedicalImageStudy::studyInstanceUid() const
{
    return text(u"study-instance-uid");
}

void MedicalImageStudy::setStudyInstanceUid(const QString &value)
{
    setText(QStringLiteral("study-instance-uid"), value);
}

std::optional<PersonInfo> MedicalImageStudy::referringPhysician() const
{
    return readValue<PersonInfo>(u"referring-physician");
}

void MedicalImageStudy::setReferringPhysician(const std::optional<PersonInfo> &value)
{
    writeValue(QStringLiteral("referring-physician"), value);
}

QString MedicalImageStudy::accessionNumber() const
{
    return text(u"accession-number");
}

void MedicalImageStudy::setAccessionNumber(const QString &value)
{
    setText(QStringLiteral("accession-number"), value);
}

int MedicalImageStudy::seriesCount() const
{
    return int(root().childElements(u"series").size());
}

namespace {

const XmlOrder kSeriesOrder = {
    QLatin1String("acquisition-datetime"),
    QLatin1String("description"),
    QLatin1String("images"),
    QLatin1String("institution-name"),
    QLatin1String("modality"),
    QLatin1String("body-part"),
    QLatin1String("preview-blob-name"),
    QLatin1String("series-instance-uid"),
};

} // namespace

QList<MedicalImageSeries> MedicalImageStudy::series() const
{
    QList<MedicalImageSeries> result;
    for (const XmlNode *node : root().childElements(u"series")) {
        MedicalImageSeries series;
        if (const XmlNode *when = node->child(u"acquisition-datetime"))
            series.acquired = HealthDateTime::read(*when);
        series.description = node->childText(u"description");
        for (const XmlNode *image : node->childElements(u"images"))
            series.imageBlobNames.append(image->childText(u"image-blob-name"));
        if (const XmlNode *modality = node->child(u"modality"))
            series.modality = CodableValue::read(*modality);
        if (const XmlNode *part = node->child(u"body-part"))
            series.bodyPart = CodableValue::read(*part);
        series.seriesInstanceUid = node->childText(u"series-instance-uid");
        result.append(series);
    }
    return result;
}

void MedicalImageStudy::setSeries(const QList<MedicalImageSeries> &series)
{
    root().removeChildren(u"series");
    for (const MedicalImageSeries &one : series) {
        XmlNode node(QStringLiteral("series"));
        if (one.acquired)
            one.acquired->writeTo(
                node.insertChild(XmlNode(QStringLiteral("acquisition-datetime")), kSeriesOrder));
        if (!one.description.isEmpty())
            node.setChildText(QStringLiteral("description"), one.description, kSeriesOrder);
        for (const QString &name : one.imageBlobNames) {
            XmlNode &image = node.insertChild(XmlNode(QStringLiteral("images")), kSeriesOrder);
            image.appendChild(XmlNode(QStringLiteral("image-blob-name"))).setText(name);
        }
        if (one.modality)
            one.modality->writeTo(
                node.insertChild(XmlNode(QStringLiteral("modality")), kSeriesOrder));
        if (one.bodyPart)
            one.bodyPart->writeTo(
                node.insertChild(XmlNode(QStringLiteral("body-part")), kSeriesOrder));
        if (!one.seriesInstanceUid.isEmpty())
            node.setChildText(
                QStringLiteral("series-instance-uid"), one.seriesInstanceUid, kSeriesOrder);
        root().insertChild(std::move(node), order());
    }
}

QString MedicalImageStudy::summary() const
{
    const QString what = description().isEmpty()
        ? QCoreApplication::translate("hearth::Thing", "Medical image study")
        : description();
    return QStringLiteral("%1 %2").arg(what, when().date.toString(Qt::ISODate));
}

} // namespace hearth
