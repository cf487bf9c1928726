#include "core/store/FileThings.h"

#include "core/Clock.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace hearth {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::FileThings", text);
}

} // namespace

FileThings::FileThings(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
    , m_blobs(store)
{ }

std::optional<File> FileThings::addFile(qint64 record, const QString &fileName, StoreError *error)
{
    const QFileInfo info(fileName);
    if (!info.isFile()) {
        *error = { StoreError::Code::Io, tr("\"%1\" is not a file.").arg(info.fileName()) };
        return std::nullopt;
    }
    if (info.size() > m_maxFileSize) {
        const QLocale locale;
        *error = { StoreError::Code::InvalidArgument,
            tr("\"%1\" is %2; Hearth keeps files up to %3.")
                .arg(info.fileName(), locale.formattedDataSize(info.size()),
                    locale.formattedDataSize(m_maxFileSize)) };
        return std::nullopt;
    }
    const QString mimeType = QMimeDatabase().mimeTypeForFile(info).name();
    File file;
    const bool ok = m_store.transaction(
        [&] {
            const std::optional<ThingBlob> blob
                = m_blobs.putFile(fileName, QString(), mimeType, error);
            if (!blob)
                return false;
            file.setName(info.fileName());
            file.setSize(blob->contentLength);
            file.setContentType(CodableValue(mimeType));
            file.thing().setBlobs({ *blob });
            return m_blobs.saveThing(record, file.thing(), m_clock.now(), error);
        },
        error);
    return ok ? std::optional<File>(file) : std::nullopt;
}

std::optional<PersonalImage> FileThings::setPersonalImage(
    qint64 record, const QString &fileName, StoreError *error)
{
    std::optional<RecordRow> row = m_store.record(record);
    if (!row) {
        *error = { StoreError::Code::InvalidArgument, tr("The record is not in the store.") };
        return std::nullopt;
    }
    const QFileInfo info(fileName);
    const QString mimeType = QMimeDatabase().mimeTypeForFile(info).name();
    if (!info.isFile() || !mimeType.startsWith(QLatin1String("image/"))) {
        *error = { StoreError::Code::InvalidArgument,
            tr("\"%1\" is not a picture.").arg(info.fileName()) };
        return std::nullopt;
    }
    if (info.size() > maxPictureSize) {
        const QLocale locale;
        *error = { StoreError::Code::InvalidArgument,
            tr("The picture is %1; a record's picture can be up to %2.")
                .arg(locale.formattedDataSize(info.size()),
                    locale.formattedDataSize(maxPictureSize)) };
        return std::nullopt;
    }
    PersonalImage image;
    if (!row->pictureThingId.isNull()) {
        StoreError ignored;
        if (std::optional<Thing> old = m_store.loadThing(row->pictureThingId, &ignored)) {
            if (std::optional<PersonalImage> typed = PersonalImage::fromThing(*old))
                image = *typed;
        }
    }
    const bool ok = m_store.transaction(
        [&] {
            const std::optional<ThingBlob> blob
                = m_blobs.putFile(fileName, QString(), mimeType, error);
            if (!blob)
                return false;
            image.thing().setBlobs({ *blob });
            if (!m_blobs.saveThing(record, image.thing(), m_clock.now(), error))
                return false;
            row->pictureThingId = image.thing().id();
            return m_store.putRecord(*row, error).has_value();
        },
        error);
    return ok ? std::optional<PersonalImage>(image) : std::nullopt;
}

bool FileThings::readPersonalImage(qint64 record, QIODevice &sink, StoreError *error) const
{
    const std::optional<RecordRow> row = m_store.record(record);
    if (!row || row->pictureThingId.isNull())
        return false;
    const std::optional<Thing> thing = m_store.loadThing(row->pictureThingId, error);
    if (!thing)
        return false;
    const std::optional<PersonalImage> image = PersonalImage::fromThing(*thing);
    if (!image)
        return false;
    return m_blobs.read(image->image(), sink, error);
}

} // namespace hearth
