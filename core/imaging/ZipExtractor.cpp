#include "core/imaging/ZipExtractor.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>

#include <memory>
#include <vector>
#include <zip.h>

namespace hearth {

namespace {

struct ArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct EntryCloser
{
    void operator()(zip_file_t *entry) const { zip_fclose(entry); }
};

constexpr qint64 chunkBytes = 256 * 1024;

} // namespace

ZipExtractor::ZipExtractor(ZipLimits limits)
    : m_limits(limits)
{ }

bool ZipExtractor::fail(const QString &message)
{
    for (const Entry &entry : std::as_const(m_entries))
        QFile::remove(entry.extractedPath);
    m_entries.clear();
    m_errorString = message;
    return false;
}

bool ZipExtractor::extract(const QString &zipPath, const QString &destination, const Filter &filter)
{
    m_entries.clear();
    m_rejected.clear();
    m_unreadable.clear();
    m_errorString.clear();
    m_cancelled = false;
    m_entryCount = 0;

    int code = 0;
    const QByteArray localPath = QFile::encodeName(zipPath);
    std::unique_ptr<zip_t, ArchiveCloser> archive(
        zip_open(localPath.constData(), ZIP_RDONLY, &code));
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return fail(tr("This zip file cannot be read (%1).").arg(reason));
    }

    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0 || count > m_limits.maxEntries)
        return fail(tr("This zip file holds too many files (%1; at most %2 are accepted).")
                        .arg(count)
                        .arg(m_limits.maxEntries));
    m_entryCount = int(count);

    // What the central directory claims, checked before inflating anything.
    qint64 claimedTotal = 0;
    qint64 compressedTotal = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0)
            continue;
        const qint64 size = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0;
        const qint64 compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : 0;
        claimedTotal += size;
        compressedTotal += compressed;
        if (size > m_limits.ratioFloorBytes
            && size > m_limits.maxRatio * qMax<qint64>(compressed, 1))
            return fail(tr("This zip file looks like a zip bomb: one file inflates %1 times.")
                            .arg(size / qMax<qint64>(compressed, 1)));
        if (claimedTotal > m_limits.maxTotalBytes)
            break;
    }
    if (claimedTotal > m_limits.maxTotalBytes)
        return fail(tr("This zip file is too large when unpacked (more than %1 MB).")
                        .arg(m_limits.maxTotalBytes >> 20));
    if (claimedTotal > m_limits.ratioFloorBytes
        && claimedTotal > m_limits.maxRatio * qMax<qint64>(compressedTotal, 1))
        return fail(tr("This zip file looks like a zip bomb: it inflates %1 times.")
                        .arg(claimedTotal / qMax<qint64>(compressedTotal, 1)));

    const QDir folder(destination);
    std::vector<char> buffer(chunkBytes);
    qint64 inflatedTotal = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        if (m_cancel && m_cancel->load()) {
            m_cancelled = true;
            fail(tr("The import was cancelled."));
            return false;
        }
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0)
            continue;
        const QString name = QString::fromUtf8(stat.name);
        if (name.endsWith(QLatin1Char('/')))
            continue; // a folder
        const qint64 claimed = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0;
        const qint64 compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : 0;

        std::unique_ptr<zip_file_t, EntryCloser> entry(
            zip_fopen_index(archive.get(), zip_uint64_t(i), 0));
        if (!entry) {
            m_unreadable << name;
            continue;
        }

        Entry extracted;
        extracted.name = name;
        extracted.extractedPath
            = folder.filePath(QStringLiteral("%1").arg(i + 1, 6, 10, QLatin1Char('0')));
        QFile out(extracted.extractedPath);
        bool decided = false;
        bool keep = false;
        bool readFailed = false;
        qint64 entryBytes = 0;
        for (;;) {
            const zip_int64_t got
                = zip_fread(entry.get(), buffer.data(), zip_uint64_t(buffer.size()));
            if (got < 0) {
                readFailed = true;
                break;
            }
            if (got == 0)
                break;
            entryBytes += got;
            inflatedTotal += got;
            // Headers can lie: the limits hold for the bytes really inflated.
            if (entryBytes > claimed || inflatedTotal > m_limits.maxTotalBytes
                || (entryBytes > m_limits.ratioFloorBytes
                    && entryBytes > m_limits.maxRatio * qMax<qint64>(compressed, 1))) {
                out.remove();
                return fail(tr("This zip file looks like a zip bomb: %1 inflates beyond its "
                               "limits.")
                                .arg(name));
            }
            if (!decided) {
                // zip_fread fills the chunk unless the entry ends, so the
                // first chunk holds the head (or the whole short entry).
                decided = true;
                keep = filter(QByteArray(buffer.data(), int(qMin<qint64>(got, headBytes))));
                if (!keep)
                    break;
                if (!out.open(QIODevice::WriteOnly))
                    return fail(tr("Cannot write the unpacked file: %1").arg(out.errorString()));
            }
            if (out.write(buffer.data(), got) != got) {
                out.remove();
                return fail(tr("Cannot write the unpacked file: %1").arg(out.errorString()));
            }
            if (m_cancel && m_cancel->load()) {
                out.remove();
                m_cancelled = true;
                fail(tr("The import was cancelled."));
                return false;
            }
        }
        if (readFailed) {
            out.remove();
            qCDebug(
                lcImaging, "a zip entry cannot be inflated: %s", zip_file_strerror(entry.get()));
            m_unreadable << name;
        } else if (keep) {
            out.close();
            extracted.size = entryBytes;
            m_entries << extracted;
        } else {
            m_rejected << name;
        }
        if (m_progress)
            m_progress(int(i + 1), int(count));
    }
    return true;
}

} // namespace hearth
