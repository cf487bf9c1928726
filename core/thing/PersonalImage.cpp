#include "core/thing/PersonalImage.h"

#include <QCoreApplication>

namespace hearth {

QUuid PersonalImage::typeId()
{
    return QUuid::fromString(u"a5294488-f865-4ce3-92fa-187cd3b58930");
}

PersonalImage::PersonalImage()
    : TypedThing(typeId(), QStringLiteral("personal-image"))
{ }

std::optional<PersonalImage> PersonalImage::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"personal-image"))
        return std::nullopt;
    return PersonalImage(std::move(thing));
}

const XmlOrder &PersonalImage::order() const
{
    static const XmlOrder order = {};
    return order;
}

ThingBlob PersonalImage::image() const
{
    for (const ThingBlob &blob : thing().blobs()) {
        if (blob.name.isEmpty())
            return blob;
    }
    return {};
}

void PersonalImage::setImage(const QByteArray &data, const QString &mimeType)
{
    ThingBlob blob;
    blob.contentType = mimeType;
    blob.inlineData = data;
    blob.hasInlineData = true;
    blob.contentLength = data.size();
    thing().setBlobs({ blob });
}

QString PersonalImage::summary() const
{
    return QCoreApplication::translate("hearth::Thing", "Personal picture");
}

} // namespace hearth
