// Sync benchmark against a real hearth-vault on loopback: first sync of one
// record with N weights (default 100,000) into an encrypted store, then an
// incremental sync with nothing new and one with 100 changed things, and
// the peak memory. Baselines in the same run: the same GetThings paging
// without the store (answers only read), and with every thing parsed.
//
//   build/release/bin/bench_sync [--things 100000]
//
// With --blob-mb N (e.g. 256) it measures blobs instead: a File thing of N MB
// pushed from one profile (chunked upload) and pulled into another (ranged,
// hash-verified download into the encrypted store), each as a ratio to a
// plain copy of the same file (read, write, fsync) in the same run, with the
// client's and the vault's peak memory.

#include "core/protocol/PlatformClient.h"
#include "core/protocol/PlatformMethods.h"
#include "core/store/FileThings.h"
#include "core/store/Store.h"
#include "core/store/ThingBlobStore.h"
#include "core/sync/SyncEngine.h"
#include "core/thing/Thing.h"
#include "tests/common/VaultFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace hearth;

namespace {

// VmHWM: the peak resident size since the last resetPeakRss().
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// Seeding hashes a password with scrypt (128 MiB), which is the vault's
// memory, not the client's: start the peak afresh after it (Linux 4.0+).
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// The engine's first-sync paging (windows of one filtered query, then 30
// groups of 240 ids per request), with `parse` deciding what is done with
// each answer. Returns the things received.
qint64 rawPaging(protocol::PlatformClient &client, const QUuid &recordId, bool parse)
{
    qint64 things = 0;
    QDateTime effMax;
    for (;;) {
        protocol::GetThingsRequest query;
        query.recordId = recordId;
        protocol::ThingGroupQuery filter;
        filter.effDateMax = effMax;
        query.groups << filter;
        if (!client.execute(query).isOk())
            return -1;
        const auto &first = query.results.first();
        QList<QByteArray> all = first.things;
        for (qsizetype at = 0; at < first.unprocessed.size();) {
            protocol::GetThingsRequest page;
            page.recordId = recordId;
            for (int g = 0; g < 30 && at < first.unprocessed.size(); ++g) {
                protocol::ThingGroupQuery group;
                for (int i = 0; i < 240 && at < first.unprocessed.size(); ++i, ++at)
                    group.ids << first.unprocessed.at(at).key.id;
                page.groups << group;
            }
            if (!client.execute(page).isOk())
                return -1;
            for (const auto &group : std::as_const(page.results))
                all += group.things;
        }
        things += all.size();
        if (parse)
            for (const QByteArray &xml : std::as_const(all))
                if (!Thing::fromXml(xml))
                    return -1;
        if (first.things.size() + first.unprocessed.size() < 5240)
            break;
        effMax = first.unprocessed.last().effDate;
    }
    return things;
}

// The vault process's peak memory (VmHWM), MB.
double processPeakMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

void resetProcessPeak(qint64 pid)
{
    QFile clear(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct BlobProfile
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<protocol::PlatformClient> client;
    std::unique_ptr<SyncEngine> engine;
    BlobProfile(test::VaultFixture &vault, const test::VaultFixture::Instance &instance)
    {
        StoreError error;
        store = Store::open(dir.filePath(QStringLiteral("hearth.db")), QByteArray(32, '\x09'),
            Clock::system(), &error);
        client = vault.client(instance, Clock::system());
        client->setTransferTimeout(120000);
        engine = std::make_unique<SyncEngine>(*store, *client, Clock::system());
    }
};

int blobBenchmark(qint64 megabytes)
{
    const qint64 size = megabytes * 1024 * 1024;
    QTemporaryDir files(QDir::currentPath() + QStringLiteral("/bench-blob-XXXXXX"));
    const QString source = files.filePath(QStringLiteral("source.bin"));
    {
        QFile out(source);
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        quint32 x = 7;
        for (qint64 done = 0; done < size; done += chunk.size()) {
            for (char &c : chunk) {
                x = x * 1664525u + 1013904223u;
                c = char(x >> 24);
            }
            out.write(chunk);
        }
    }
    // Baseline: a plain copy on the same disk (read, write, fsync).
    QElapsedTimer timer;
    timer.start();
    {
        QFile in(source);
        QFile out(files.filePath(QStringLiteral("copy.bin")));
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        while (!in.atEnd())
            out.write(in.read(1 << 20));
        out.flush();
        ::fsync(out.handle());
    }
    const double copyMs = double(timer.elapsed());

    test::VaultFixture vault;
    const auto person = vault.addPerson(QStringLiteral("blobs@example.org"));
    if (!vault.start()) {
        std::fprintf(stderr, "bench_sync: the vault did not start\n");
        return 1;
    }
    BlobProfile a(vault, vault.authorize(person));
    BlobProfile b(vault, vault.authorize(person));
    if (!a.engine->syncOnce().isOk() || !b.engine->syncOnce().isOk())
        return 1;
    timer.restart();
    FileThings things(*a.store, Clock::system());
    StoreError storeError;
    if (!things.addFile(a.store->records(0, 1).first().id, source, &storeError)) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(storeError.message));
        return 1;
    }
    const double storeMs = double(timer.elapsed());

    resetPeakRss();
    resetProcessPeak(vault.pid());
    timer.restart();
    const auto pushed = a.engine->syncOnce();
    const double uploadMs = double(timer.elapsed());
    const double uploadPeak = peakRssMb();
    const double vaultUploadPeak = processPeakMb(vault.pid());
    if (!pushed.isOk()) {
        std::fprintf(stderr, "bench_sync: upload: %s\n", qPrintable(pushed.message));
        return 1;
    }
    resetPeakRss();
    resetProcessPeak(vault.pid());
    timer.restart();
    const auto pulled = b.engine->syncOnce();
    const double downloadMs = double(timer.elapsed());
    const double downloadPeak = peakRssMb();
    const double vaultDownloadPeak = processPeakMb(vault.pid());
    if (!pulled.isOk()) {
        std::fprintf(stderr, "bench_sync: download: %s\n", qPrintable(pulled.message));
        return 1;
    }
    const auto rows = b.store->things(ThingQuery {}, QDateTime(), 0, 1, true);
    const bool same = !rows.isEmpty()
        && ThingBlobStore::localHash(Thing::fromXml(rows.first().xml)->blobs().first())
            == ThingBlobStore::localHash(
                Thing::fromXml(a.store->things(ThingQuery {}, QDateTime(), 0, 1, true).first().xml)
                    ->blobs()
                    .first());
    auto mbps = [size](double ms) { return double(size) / 1048576.0 / (ms / 1000.0); };
    std::printf("blob of %lld MB over loopback (same bytes on both sides: %s)\n",
        static_cast<long long>(megabytes), same ? "yes" : "NO");
    std::printf("  plain file copy (read, write, fsync)   %8.0f ms  %7.1f MB/s  ratio 1.00\n",
        copyMs, mbps(copyMs));
    std::printf("  file into the encrypted store (not timed against the copy) %8.0f ms\n", storeMs);
    std::printf("  upload (BeginPutBlob, 4 MiB chunks)    %8.0f ms  %7.1f MB/s  ratio %.2f  "
                "peak RSS client %.0f MB, vault %.0f MB\n",
        uploadMs, mbps(uploadMs), uploadMs / copyMs, uploadPeak, vaultUploadPeak);
    std::printf("  download (4 MiB ranges, verified)      %8.0f ms  %7.1f MB/s  ratio %.2f  "
                "peak RSS client %.0f MB, vault %.0f MB\n",
        downloadMs, mbps(downloadMs), downloadMs / copyMs, downloadPeak, vaultDownloadPeak);
    return same ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype blobAt = args.indexOf(QStringLiteral("--blob-mb"));
    if (blobAt >= 0 && blobAt + 1 < args.size())
        return blobBenchmark(args.at(blobAt + 1).toLongLong());
    const qsizetype at = args.indexOf(QStringLiteral("--things"));
    const int count = at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 100000;

    test::VaultFixture vault;
    const auto person = vault.addPerson(QStringLiteral("bench@example.org"));
    const auto instance = vault.authorize(person);
    QElapsedTimer timer;
    timer.start();
    const auto seeded = vault.seedWeights(person, instance, count);
    // The newest change is one thing, as after a user's edit.
    vault.seedWeights(person, instance, 1, count);
    std::printf("seeded %d weights in %.1f s\n", count, double(timer.elapsed()) / 1000.0);
    if (!vault.start()) {
        std::fprintf(stderr, "bench_sync: the vault did not start\n");
        return 1;
    }

    QTemporaryDir dir;
    StoreError storeError;
    auto store = Store::open(dir.filePath(QStringLiteral("hearth.db")), QByteArray(32, '\x11'),
        Clock::system(), &storeError);
    if (!store) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(storeError.message));
        return 1;
    }
    auto client = vault.client(instance, Clock::system());
    SyncEngine engine(*store, *client, Clock::system());

    resetPeakRss();
    const double rssBefore = peakRssMb();
    timer.restart();
    auto error = engine.syncOnce();
    const qint64 firstMs = timer.elapsed();
    const double rssFirst = peakRssMb();
    if (!error.isOk()) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error.message));
        return 1;
    }
    const auto timing = engine.lastTiming();
    const auto progress = engine.lastProgress();
    const qint64 stored = store->countThings(ThingQuery {});

    timer.restart();
    error = engine.syncOnce();
    const qint64 idleMs = timer.elapsed();
    const qint64 idleThings = engine.lastProgress().things;
    const auto idleTiming = engine.lastTiming();

    // 100 things changed on the vault (by another client).
    vault::Audit audit;
    audit.timestamp = QDateTime::currentDateTimeUtc();
    audit.appId = instance.instanceId;
    audit.personId = person.personId;
    audit.action = QStringLiteral("Updated");
    QList<vault::ThingWrite> updates;
    for (int i = 0; i < 100; ++i) {
        const auto &t = seeded.at(i * (count / 100));
        vault::ThingWrite w;
        w.thingId = t.thingId;
        w.versionStamp = t.versionStamp;
        w.typeId = t.typeId;
        w.effDate = t.effDate;
        w.dataXml = test::weightData(i, 90.5);
        updates << w;
    }
    QList<vault::ThingVersion> written;
    int failed = -1;
    vault.store().writeThings(person.recordId, updates, audit, &written, &failed);
    timer.restart();
    const auto changed = engine.syncOnce();
    const qint64 changedMs = timer.elapsed();
    const qint64 changedThings = engine.lastProgress().things;

    // Baselines: the same paging, answers read but not parsed into things / parsed.
    auto baselineClient = vault.client(instance, Clock::system());
    timer.restart();
    const qint64 rawThings = rawPaging(*baselineClient, person.recordId, false);
    const qint64 rawMs = timer.elapsed();
    timer.restart();
    const qint64 parsedThings = rawPaging(*baselineClient, person.recordId, true);
    const qint64 parsedMs = timer.elapsed();

    std::printf(
        "first sync: %lld things (%lld stored) in %.2f s = %.0f things/s, %.1f MB received\n",
        qint64(progress.things), stored, double(firstMs) / 1000.0,
        double(progress.things) * 1000.0 / double(qMax<qint64>(1, firstMs)),
        double(progress.bytes) / 1e6);
    std::printf("  split: waiting for GetThings (vault, transfer, reading answers) %.2f s, parse "
                "%.2f s, store %.2f s, other "
                "%.2f s\n",
        double(timing.networkMs) / 1000.0, double(timing.parseMs) / 1000.0,
        double(timing.storeMs) / 1000.0,
        double(firstMs - timing.networkMs - timing.parseMs - timing.storeMs) / 1000.0);
    std::printf("  peak RSS: %.0f MB before, %.0f MB after the first sync\n", rssBefore, rssFirst);
    std::printf("incremental, nothing new: %lld ms (%lld things at the cursor's timestamp again; "
                "waiting for GetThings %lld ms)\n",
        idleMs, idleThings, idleTiming.networkMs);
    std::printf("incremental, 100 changed: %lld ms (%lld things, ok %d)\n", changedMs,
        changedThings, int(changed.isOk()));
    std::printf("baseline paging, answers only: %lld things in %.2f s = %.0f things/s\n", rawThings,
        double(rawMs) / 1000.0, double(rawThings) * 1000.0 / double(qMax<qint64>(1, rawMs)));
    std::printf("baseline paging + Thing parse: %lld things in %.2f s = %.0f things/s\n",
        parsedThings, double(parsedMs) / 1000.0,
        double(parsedThings) * 1000.0 / double(qMax<qint64>(1, parsedMs)));
    std::printf("ratio first sync / answers-only baseline: %.2f x the time; / parse baseline: "
                "%.2f x\n",
        double(firstMs) / double(qMax<qint64>(1, rawMs)),
        double(firstMs) / double(qMax<qint64>(1, parsedMs)));
    std::printf("peak RSS at the end: %.0f MB\n", peakRssMb());
    return 0;
}
