#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace hearth {

// Limits against zip bombs, on the bytes actually inflated.
struct ZipLimits
{
    int maxEntries = 100000;
    qint64 maxTotalBytes = 16LL << 30; // all entries inflated
    double maxRatio = 100; // inflated / compressed, for archives ...
    qint64 ratioFloorBytes = 64LL << 20; // ... and entries larger than this
};

// Extracts the files of a zip archive one chunk at a time into a folder,
// with limits against zip bombs (entry count, total size, compression ratio)
// enforced on the bytes actually inflated, not only on what headers claim.
class ZipExtractor
{
    Q_DECLARE_TR_FUNCTIONS(hearth::ZipExtractor)
public:
    struct Entry
    {
        QString name; // inside the archive
        QString extractedPath;
        qint64 size = 0;
    };

    // Decides from an entry's first bytes (up to headBytes) whether to keep it.
    using Filter = std::function<bool(const QByteArray &head)>;
    static constexpr int headBytes = 132;

    explicit ZipExtractor(ZipLimits limits = {});

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Called after each entry with (entries done, entries in the archive).
    void setProgressHandler(std::function<void(int, int)> progress)
    {
        m_progress = std::move(progress);
    }

    // Extracts into destination (which must exist) as 000001, 000002, ...:
    // names never come from the archive, so no entry can escape the folder.
    // On failure or cancel, every file it wrote is removed again.
    bool extract(const QString &zipPath, const QString &destination, const Filter &filter);

    QList<Entry> entries() const { return m_entries; }
    int entryCount() const { return m_entryCount; } // in the archive, kept or not
    QStringList rejected() const { return m_rejected; } // names the filter refused
    QStringList unreadable() const { return m_unreadable; } // e.g. encrypted entries
    QString errorString() const { return m_errorString; }
    bool wasCancelled() const { return m_cancelled; }

private:
    bool fail(const QString &message);

    ZipLimits m_limits;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(int, int)> m_progress;
    QList<Entry> m_entries;
    QStringList m_rejected;
    QStringList m_unreadable;
    QString m_errorString;
    bool m_cancelled = false;
    int m_entryCount = 0;
};

} // namespace hearth
