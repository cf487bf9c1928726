#pragma once

#include "core/store/StoreError.h"
#include "core/store/ThingBlobStore.h"
#include "core/thing/File.h"
#include "core/thing/PersonalImage.h"

#include <optional>

class QIODevice;

namespace hearth {

class Clock;
class Store;

// Adds any document, PDF or photo to a record as a File thing (its bytes the
// default blob, streamed into the store) and sets a record's personal
// picture (a Personal image thing the record points to).
class FileThings
{
public:
    static constexpr qint64 defaultMaxFileSize = qint64(2) * 1024 * 1024 * 1024;
    static constexpr qint64 maxPictureSize = qint64(20) * 1024 * 1024;

    FileThings(Store &store, const Clock &clock);

    void setMaxFileSize(qint64 bytes) { m_maxFileSize = bytes; }
    qint64 maxFileSize() const { return m_maxFileSize; }
    // Progress and cancel of the running add.
    ThingBlobStore &blobs() { return m_blobs; }

    // A new File thing in the record, named after the file, its content type
    // from the bytes. Larger than maxFileSize(): InvalidArgument, nothing
    // stored.
    std::optional<File> addFile(qint64 record, const QString &fileName, StoreError *error);
    // The record's picture from an image file (PNG, JPEG, ...); replaces the
    // one it had.
    std::optional<PersonalImage> setPersonalImage(
        qint64 record, const QString &fileName, StoreError *error);
    // The picture's bytes; false (error unset) when the record has none.
    bool readPersonalImage(qint64 record, QIODevice &sink, StoreError *error) const;

private:
    Store &m_store;
    const Clock &m_clock;
    ThingBlobStore m_blobs;
    qint64 m_maxFileSize = defaultMaxFileSize;
};

} // namespace hearth
