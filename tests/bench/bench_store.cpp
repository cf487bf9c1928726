// The store benchmark (issue 4): weights in one record plus ten records of
// 10,000 things, inserted encrypted and into a plain SQLite file in the same
// run; then open the profile and show the newest 100 weights, fetch a year of
// weights for a chart, and report the peak memory. Run from the release
// preset: bench_store [--scale S] [--dir DIR] (S = 1 is the full size).
// --keep leaves the files (and the throw-away key) in place; --reuse DIR
// measures such a kept profile again without inserting, migrating it first
// when it was written by an older schema.

#include "core/Clock.h"
#include "core/store/KeychainAccess.h"
#include "core/store/Profile.h"
#include "core/store/Store.h"
#include "core/store/ThingIndex.h"
#include "core/store/ThingListModel.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <memory>

using namespace hearth;

namespace {

// An in-memory keychain: the benchmark measures the store, not D-Bus.
class MemoryKeychain : public KeychainAccess
{
public:
    std::optional<QByteArray> read(const QString &entry, QString *) override
    {
        return m_entries.value(entry);
    }
    bool write(const QString &entry, const QByteArray &secret, QString *) override
    {
        m_entries.insert(entry, secret);
        return true;
    }
    bool remove(const QString &entry, QString *) override
    {
        m_entries.remove(entry);
        return true;
    }

    // --keep and --reuse: the benchmark's throw-away key next to its files.
    bool save(const QString &path) const
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        QDataStream out(&f);
        out << m_entries;
        return true;
    }
    bool load(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QDataStream in(&f);
        in >> m_entries;
        return !m_entries.isEmpty();
    }

private:
    QHash<QString, QByteArray> m_entries;
};

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU time of this thread, in ms.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

const QDateTime kNewest(QDate(2025, 6, 30), QTime(20, 0), Qt::UTC);

// A weight thing as the vault sends it, about 700 bytes of XML.
ThingRow weight(qint64 record, qint64 i, qint64 spacingSecs)
{
    ThingRow row;
    row.record = record;
    row.thingId = QUuid::createUuid();
    row.versionStamp = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.typeId = ThingIndex::weightType;
    row.effectiveDate = kNewest.addSecs(-i * spacingSecs);
    row.updatedDate = row.effectiveDate;
    const double kg = 70.0 + (i % 200) * 0.05;
    row.value1 = kg;
    row.searchText = QStringLiteral("Weight %1 kg").arg(kg, 0, 'f', 2);
    const QDate d = row.effectiveDate.date();
    row.xml = QStringLiteral(
        "<thing><thing-id version-stamp=\"%1\">%2</thing-id>"
        "<type-id name=\"Weight\">3d34d87e-7fc1-4153-800f-f56592cb0d17</type-id>"
        "<thing-state>Active</thing-state><flags>0</flags><eff-date>%3</eff-date>"
        "<updated><timestamp>%3</timestamp>"
        "<app-id name=\"Hearth\">9ca84d74-1473-471d-940f-2699cb7198df</app-id>"
        "<person-id name=\"Self\">64141445-0ed8-47eb-a9bc-6081628f9357</person-id>"
        "<access-avenue>Online</access-avenue><audit-action>Updated</audit-action>"
        "</updated><data-xml><weight><when><date><y>%4</y><m>%5</m><d>%6</d></date>"
        "</when><value><kg>%7</kg><display units=\"kg\" units-code=\"kg\">%7</display>"
        "</value></weight><common/></data-xml></thing>")
                  .arg(row.versionStamp, row.thingId.toString(QUuid::WithoutBraces),
                      row.effectiveDate.toString(Qt::ISODate))
                  .arg(d.year())
                  .arg(d.month())
                  .arg(d.day())
                  .arg(kg, 0, 'f', 2)
                  .toUtf8();
    return row;
}

struct Plan
{
    qint64 mainWeights;
    int otherRecords = 10;
    qint64 perOtherRecord;
    // One weight every few minutes keeps ten years of data for the main
    // record at full size, so one year is about 100,000 points.
    qint64 spacingSecs;
};

qint64 addRecord(Store &store, const QString &name)
{
    RecordRow r;
    r.recordId = QUuid::createUuid();
    r.personId = QUuid::createUuid();
    r.personName = name;
    r.displayName = name;
    r.access = RecordRow::Access::Custodian;
    StoreError error;
    return store.putRecord(r, &error).value_or(0);
}

// Inserts the plan in transactions of 10,000; returns seconds.
double insertAll(Store &store, const Plan &plan, qint64 *mainRecord)
{
    constexpr qint64 batch = 10000;
    QElapsedTimer timer;
    timer.start();
    *mainRecord = addRecord(store, QStringLiteral("Main"));
    auto insert = [&](qint64 record, qint64 count, qint64 spacing) {
        for (qint64 start = 0; start < count; start += batch) {
            StoreError error;
            const bool ok = store.transaction(
                [&] {
                    for (qint64 i = start; i < std::min(count, start + batch); ++i) {
                        ThingRow row = weight(record, i, spacing);
                        if (!store.putThing(row, &error))
                            return false;
                    }
                    return true;
                },
                &error);
            if (!ok)
                qFatal("insert failed: %s", qPrintable(error.message));
        }
    };
    insert(*mainRecord, plan.mainWeights, plan.spacingSecs);
    for (int r = 0; r < plan.otherRecords; ++r)
        insert(addRecord(store, QStringLiteral("Other %1").arg(r)), plan.perOtherRecord, 3600);
    return timer.nsecsElapsed() / 1e9;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double scale = 1.0;
    QString base;
    QString reuse;
    bool keep = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args.at(i) == QLatin1String("--scale") && hasValue)
            scale = args.at(++i).toDouble();
        else if (args.at(i) == QLatin1String("--dir") && hasValue)
            base = args.at(++i);
        else if (args.at(i) == QLatin1String("--reuse") && hasValue)
            reuse = args.at(++i);
        else if (args.at(i) == QLatin1String("--keep"))
            keep = true;
    }
    QTemporaryDir tmp(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_store-XXXXXX")
                                     : base + QStringLiteral("/bench_store-XXXXXX"));
    tmp.setAutoRemove(!keep);
    const QString dir = reuse.isEmpty() ? tmp.path() : reuse;
    const QString keyFile = QDir(dir).filePath(QStringLiteral("bench-keychain"));
    MemoryKeychain keychain;
    Profile::Options options;
    options.directory = QDir(dir).filePath(QStringLiteral("profile"));
    options.keychain = &keychain;
    // The first record added is the one with the million weights.
    qint64 mainRecord = 1;

    if (reuse.isEmpty()) {
        const Plan plan { qint64(1000000 * scale), 10, qint64(10000 * scale),
            qint64(315 / std::max(scale, 0.01)) };
        std::printf("scale %.3f: %lld weights in one record + %d records of %lld\n", scale,
            plan.mainWeights, plan.otherRecords, plan.perOtherRecord);
        const qint64 total = plan.mainWeights + plan.otherRecords * plan.perOtherRecord;

        // 1. Bulk insert: plain SQLite first, then the encrypted profile.
        qint64 plainMain = 0;
        double plainSecs = 0;
        {
            StoreError error;
            auto plain = Store::openUnencryptedForComparison(
                tmp.filePath(QStringLiteral("plain.db")), Clock::system(), &error);
            if (!plain)
                qFatal("%s", qPrintable(error.message));
            plainSecs = insertAll(*plain, plan, &plainMain);
        }
        double encryptedSecs = 0;
        {
            StoreError error;
            auto profile = Profile::open(options, &error);
            if (!profile)
                qFatal("%s", qPrintable(error.message));
            encryptedSecs = insertAll(profile->store(), plan, &mainRecord);
        }
        std::printf("bulk insert, plain:     %8.1f s  %9.0f things/s  (%lld MB)\n", plainSecs,
            total / plainSecs, fileSize(tmp.filePath(QStringLiteral("plain.db"))) >> 20);
        std::printf("bulk insert, encrypted: %8.1f s  %9.0f things/s  (%lld MB)\n", encryptedSecs,
            total / encryptedSecs,
            fileSize(QDir(options.directory).filePath(QLatin1String(Profile::databaseFileName)))
                >> 20);
        std::printf(
            "throughput ratio encrypted/plain: %.2f (target >= 0.5)\n", plainSecs / encryptedSecs);
        if (keep) {
            if (!keychain.save(keyFile))
                qFatal("could not keep the key in %s", qPrintable(keyFile));
            std::printf("kept in %s (measure again with --reuse)\n", qPrintable(dir));
        }
    } else {
        // A profile kept by an earlier run, maybe of an older schema: the
        // first open migrates it.
        if (!keychain.load(keyFile))
            qFatal("no kept key in %s", qPrintable(keyFile));
        QElapsedTimer timer;
        timer.start();
        StoreError error;
        auto profile = Profile::open(options, &error);
        if (!profile)
            qFatal("%s", qPrintable(error.message));
        std::printf("reopen %s (migrating when older): %.1f ms\n", qPrintable(dir),
            timer.nsecsElapsed() / 1e6);
    }

    // 2. Open the profile and deliver the newest 100 weights.
    QElapsedTimer timer;
    timer.start();
    StoreError error;
    auto profile = Profile::open(options, &error);
    if (!profile)
        qFatal("%s", qPrintable(error.message));
    auto model = std::make_unique<ThingListModel>(&profile->store());
    ThingQuery query;
    query.record = mainRecord;
    query.types = { ThingIndex::weightType };
    model->setQuery(query);
    model->fetchMore({});
    const double openMs = timer.nsecsElapsed() / 1e6;
    if (model->rowCount() != ThingListModel::pageSize || model->thingAt(0).effectiveDate != kNewest)
        qFatal("the newest weights were not delivered");
    std::printf("open profile + first %d newest weights: %.1f ms (target < 200 ms)\n",
        model->rowCount(), openMs);

    // 3. One year of weight values for a chart: first right after the open
    // above (pages come from disk through the decryption), then again in the
    // warm page cache, then after each of four fresh opens. The thread's CPU
    // time next to the wall time shows what a shared machine added.
    struct Timing
    {
        double wallMs;
        double cpuMs;
    };
    auto chart = [&](Store &store, qint64 *count) {
        const double cpuBefore = threadCpuMs();
        QElapsedTimer t;
        t.start();
        const auto points = store.series(
            mainRecord, ThingIndex::weightType, kNewest.addYears(-1), kNewest.addSecs(1));
        *count = points.size();
        return Timing { t.nsecsElapsed() / 1e6, threadCpuMs() - cpuBefore };
    };
    qint64 points = 0;
    QList<Timing> cold { chart(profile->store(), &points) };
    const Timing warm = chart(profile->store(), &points);
    model.reset();
    profile.reset();
    for (int run = 0; run < 4; ++run) {
        auto reopened = Profile::open(options, &error);
        if (!reopened)
            qFatal("%s", qPrintable(error.message));
        cold << chart(reopened->store(), &points);
    }
    QStringList coldText;
    for (const Timing &t : std::as_const(cold))
        coldText << QStringLiteral("%1 (%2)").arg(t.wallMs, 0, 'f', 1).arg(t.cpuMs, 0, 'f', 1);
    std::printf("one year of weights for a chart: %lld points; ms (cpu ms) after open: %s; warm: "
                "%.1f (%.1f) (target < 50 ms)\n",
        points, qPrintable(coldText.join(QLatin1String(", "))), warm.wallMs, warm.cpuMs);

    // 4. Peak memory of the whole run.
    std::printf("peak memory (VmHWM): %lld MB (target < 200 MB)\n", statusKb("VmHWM:") >> 10);
    return 0;
}
