#include "core/thing/File.h"

#include <QLocale>

namespace hearth {

QUuid File::typeId()
{
    return QUuid::fromString(u"bd0403c5-4ae2-4b0e-a8db-1888678e4528");
}

File::File()
    : TypedThing(typeId(), QStringLiteral("file"))
{ }

std::optional<File> File::fromThing(Thing thing)
{
    if (!accepts(thing, { typeId() }, u"file"))
        return std::nullopt;
    return File(std::move(thing));
}

const XmlOrder &File::order() const
{
    static const XmlOrder order = {
        QLatin1String("name"),
        QLatin1String("size"),
        QLatin1String("content-type"),
    };
    return order;
}

QString File::name() const
{
    return text(u"name");
}

void File::setName(const QString &value)
{
    setText(QStringLiteral("name"), value);
}

std::optional<CodableValue> File::contentType() const
{
    return readValue<CodableValue>(u"content-type");
}

void File::setContentType(const std::optional<CodableValue> &value)
{
    writeValue(QStringLiteral("content-type"), value);
}

QByteArray File::content() const
{
    for (const ThingBlob &blob : thing().blobs()) {
        if (blob.name.isEmpty())
            return blob.inlineData;
    }
    return {};
}

void File::setContent(const QString &fileName, const QByteArray &data, const QString &mimeType)
{
    setName(fileName);
    setSize(qint64(data.size()));
    setContentType(CodableValue(mimeType));
    ThingBlob blob;
    blob.contentType = mimeType;
    blob.inlineData = data;
    blob.hasInlineData = true;
    blob.contentLength = data.size();
    QList<ThingBlob> blobs = thing().blobs();
    blobs.removeIf([](const ThingBlob &b) { return b.name.isEmpty(); });
    blobs.prepend(blob);
    thing().setBlobs(blobs);
}

qint64 File::size() const
{
    return text(u"size").trimmed().toLongLong();
}

void File::setSize(qint64 bytes)
{
    root().setChildText(QStringLiteral("size"), QString::number(bytes), order());
}

QString File::summary() const
{
    return QStringLiteral("%1 (%2)").arg(name(), QLocale::c().formattedDataSize(size()));
}

} // namespace hearth
