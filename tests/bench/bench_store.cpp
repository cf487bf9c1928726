// The store benchmark (issue 4): weights in one record plus ten records of
// 10,000 things, inserted encrypted and into a plain SQLite file in the same
// run; then open the profile and show the newest 100 weights, fetch a year of
// weights for a chart, and report the peak memory. Run from the release
// preset: bench_store [--scale S] [--dir DIR] (S = 1 is the full size).

#include "core/Clock.h"
#include "core/store/KeychainAccess.h"
#include "core/store/Profile.h"
#include "core/store/Store.h"
#include "core/store/ThingIndex.h"
#include "core/store/ThingListModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <cstdio>

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
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--scale"))
            scale = args.at(i + 1).toDouble();
        if (args.at(i) == QLatin1String("--dir"))
            base = args.at(i + 1);
    }
    QTemporaryDir tmp(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_store-XXXXXX")
                                     : base + QStringLiteral("/bench_store-XXXXXX"));
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
    MemoryKeychain keychain;
    Profile::Options options;
    options.directory = tmp.filePath(QStringLiteral("profile"));
    options.keychain = &keychain;
    qint64 mainRecord = 0;
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
        fileSize(QDir(options.directory).filePath(QLatin1String(Profile::databaseFileName))) >> 20);
    std::printf(
        "throughput ratio encrypted/plain: %.2f (target >= 0.5)\n", plainSecs / encryptedSecs);

    // 2. Open the profile and deliver the newest 100 weights.
    QElapsedTimer timer;
    timer.start();
    StoreError error;
    auto profile = Profile::open(options, &error);
    if (!profile)
        qFatal("%s", qPrintable(error.message));
    ThingListModel model(&profile->store());
    ThingQuery query;
    query.record = mainRecord;
    query.types = { ThingIndex::weightType };
    model.setQuery(query);
    model.fetchMore({});
    const double openMs = timer.nsecsElapsed() / 1e6;
    if (model.rowCount() != ThingListModel::pageSize || model.thingAt(0).effectiveDate != kNewest)
        qFatal("the newest weights were not delivered");
    std::printf("open profile + first %d newest weights: %.1f ms (target < 200 ms)\n",
        model.rowCount(), openMs);

    // 3. One year of weight values for a chart.
    timer.restart();
    const auto points = profile->store().series(
        mainRecord, ThingIndex::weightType, kNewest.addYears(-1), kNewest.addSecs(1));
    const double chartMs = timer.nsecsElapsed() / 1e6;
    std::printf("one year of weights for a chart: %lld points in %.1f ms (target < 50 ms)\n",
        qint64(points.size()), chartMs);

    // 4. Peak memory of the whole run.
    std::printf("peak memory (VmHWM): %lld MB (target < 200 MB)\n", statusKb("VmHWM:") >> 10);
    return 0;
}
