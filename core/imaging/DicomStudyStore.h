#pragma once

#include "core/imaging/DicomStudy.h"
#include "core/store/StoreError.h"
#include "core/store/ThingBlobStore.h"
#include "core/thing/MedicalImageStudy.h"

#include <atomic>
#include <functional>
#include <optional>

namespace hearth {

class Clock;
class Store;

// Keeps an imported DICOM study in a record: one Medical image study thing
// (v2) whose series name every image as a blob of the thing, the DICOM files
// streamed into the store chunk by chunk. All of it is one transaction: a
// failure or a cancel leaves nothing behind.
class DicomStudyStore
{
public:
    static QString contentType() { return QStringLiteral("application/dicom"); }

    DicomStudyStore(Store &store, const Clock &clock);

    // Bytes stored so far of all the study's files; on the storing thread.
    void setProgressHandler(std::function<void(qint64 done, qint64 total)> handler);
    // Stops a running store(); from any thread.
    void cancel();

    std::optional<MedicalImageStudy> store(
        qint64 record, const DicomStudy &study, StoreError *error);

    // Writes every image of a stored study into folder (the viewer reads
    // files) and reads them back as studies; files that fail their hash are
    // an error.
    std::optional<DicomImportResult> extract(
        const MedicalImageStudy &study, const QString &folder, StoreError *error);

private:
    Store &m_store;
    const Clock &m_clock;
    ThingBlobStore m_blobs;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace hearth
