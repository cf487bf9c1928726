// The blob benchmark (issue 8): a 1 GB file stored into an encrypted store
// as a thing's blob (ThingBlobStore: 1 MiB chunks, SHA-256 and SHA256Block)
// and read back with its hash verified, against a plain copy of the same
// bytes (write + fsync, then read, and read + SHA-256 as the store
// verifies) on the same disk in the same run; reads come from the page
// cache on both sides. Prints
// MB/s, the ratios and the peak RSS of each phase. Release preset:
// bench_blobs [--mb N] [--dir DIR] (DIR on the disk to measure; default .).

#include "core/Clock.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Sha256.h"
#include "core/store/Store.h"
#include "core/store/ThingBlobStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace hearth;

namespace {

constexpr qint64 kChunk = 1 << 20;

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double peakMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// A sink that only counts: the read is measured, not a second copy.
class CountingSink : public QIODevice
{
public:
    CountingSink() { open(WriteOnly); }
    qint64 bytes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        bytes += size;
        return size;
    }
};

bool writeSource(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    QRandomGenerator generator(8);
    for (qint64 done = 0; done < size; done += kChunk) {
        generator.fillRange(reinterpret_cast<quint32 *>(chunk.data()), kChunk / 4);
        if (file.write(chunk.constData(), std::min(kChunk, size - done)) < 0)
            return false;
    }
    return file.flush() && ::fsync(file.handle()) == 0;
}

// The baseline: what the disk does with the same bytes, no database.
double plainCopySeconds(const QString &from, const QString &to)
{
    QElapsedTimer timer;
    timer.start();
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return -1;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(chunk.data(), kChunk);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        if (out.write(chunk.constData(), n) != n)
            return -1;
    }
    if (!out.flush() || ::fsync(out.handle()) != 0)
        return -1;
    return timer.nsecsElapsed() / 1e9;
}

double plainReadSeconds(const QString &path, bool hash)
{
    QElapsedTimer timer;
    timer.start();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return -1;
    Sha256 sha;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(chunk.data(), kChunk);
        if (n <= 0)
            break;
        if (hash)
            sha.addData(QByteArrayView(chunk.constData(), n));
    }
    if (hash)
        sha.result();
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 mb = 1024;
    QString dir = QDir::currentPath();
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--mb"))
            mb = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--dir"))
            dir = args.at(i + 1);
    }
    QTemporaryDir work(dir + QStringLiteral("/bench_blobs-XXXXXX"));
    if (!work.isValid()) {
        std::fprintf(stderr, "cannot create a folder in %s\n", qPrintable(dir));
        return 1;
    }
    const qint64 size = mb * 1024 * 1024;
    const QString source = work.filePath(QStringLiteral("source.bin"));
    if (!writeSource(source, size)) {
        std::fprintf(stderr, "cannot write the source file\n");
        return 1;
    }
    std::printf("bench_blobs: %lld MB in %s\n", mb, qPrintable(work.path()));

    resetPeak();
    const double copySeconds = plainCopySeconds(source, work.filePath(QStringLiteral("copy.bin")));
    const double readSeconds = plainReadSeconds(work.filePath(QStringLiteral("copy.bin")), false);
    const double readHashSeconds
        = plainReadSeconds(work.filePath(QStringLiteral("copy.bin")), true);
    const double plainPeak = peakMb();
    QFile::remove(work.filePath(QStringLiteral("copy.bin")));

    StoreError error;
    std::unique_ptr<Store> store = Store::open(work.filePath(QStringLiteral("hearth.db")),
        KeyMaterial::randomKey(), Clock::system(), &error);
    if (!store) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error.message));
        return 1;
    }
    ThingBlobStore blobs(*store);
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    const std::optional<ThingBlob> blob
        = blobs.putFile(source, QString(), QStringLiteral("application/octet-stream"), &error);
    const double storeSeconds = timer.nsecsElapsed() / 1e9;
    const double storePeak = peakMb();
    if (!blob) {
        std::fprintf(stderr, "putFile: %s\n", qPrintable(error.message));
        return 1;
    }
    resetPeak();
    CountingSink sink;
    timer.restart();
    if (!blobs.read(*blob, sink, &error) || sink.bytes != size) {
        std::fprintf(stderr, "read: %s\n", qPrintable(error.message));
        return 1;
    }
    const double loadSeconds = timer.nsecsElapsed() / 1e9;
    const double loadPeak = peakMb();

    const double mbs = double(mb);
    std::printf(
        "  plain copy (write + fsync)   %7.1f MB/s  (%.2f s)\n", mbs / copySeconds, copySeconds);
    std::printf("  store put (encrypt, hash)    %7.1f MB/s  (%.2f s)  ratio %.2f of the copy\n",
        mbs / storeSeconds, storeSeconds, copySeconds / storeSeconds);
    std::printf(
        "  plain read                   %7.1f MB/s  (%.2f s)\n", mbs / readSeconds, readSeconds);
    std::printf("  plain read + SHA-256         %7.1f MB/s  (%.2f s)\n", mbs / readHashSeconds,
        readHashSeconds);
    std::printf("  store read (decrypt, verify) %7.1f MB/s  (%.2f s)  ratio %.2f of the read, "
                "%.2f of read + SHA-256\n",
        mbs / loadSeconds, loadSeconds, readSeconds / loadSeconds, readHashSeconds / loadSeconds);
    std::printf("  peak RSS: plain %.0f MB, store put %.0f MB, store read %.0f MB\n", plainPeak,
        storePeak, loadPeak);
    return 0;
}
