// A second process for the crash-safety and bad-input tests: it writes
// transactions until killed, holds the database or the profile, or writes
// under a file size limit. Every commit is reported on stdout only after
// Store::transaction returned.

#include "core/Clock.h"
#include "core/store/Profile.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace hearth;

namespace {

constexpr int kRowsPerTransaction = 5;

void report(const char *format, long long n)
{
    std::printf(format, n);
    std::fflush(stdout);
}

std::unique_ptr<Store> openStore(const QString &path, const QByteArray &key)
{
    StoreError error;
    auto store = Store::open(path, key, Clock::system(), &error);
    if (!store) {
        std::printf("error %d %s\n", int(error.code), qPrintable(error.message));
        std::fflush(stdout);
    }
    return store;
}

qint64 ensureRecord(Store &store)
{
    const auto records = store.records(0, 1);
    if (!records.isEmpty())
        return records.first().id;
    RecordRow r;
    r.recordId = QUuid::createUuid();
    r.personId = QUuid::createUuid();
    r.displayName = QStringLiteral("Crash test");
    StoreError error;
    return store.putRecord(r, &error).value_or(0);
}

// Transaction n writes kRowsPerTransaction things with value1 = n.
int writeUntilStopped(Store &store, qint64 limit)
{
    const qint64 record = ensureRecord(store);
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT coalesce(max(value1), -1) FROM things"));
    q.next();
    qint64 n = q.value(0).toLongLong() + 1;
    q.finish();
    // Small checkpoints, so kills also land in the middle of one.
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 16"));
    const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    const QByteArray padding(600, 'p');
    for (; limit < 0 || n < limit; ++n) {
        StoreError error;
        const bool ok = store.transaction(
            [&] {
                for (int i = 0; i < kRowsPerTransaction; ++i) {
                    ThingRow row;
                    row.record = record;
                    row.thingId = QUuid::createUuid();
                    row.versionStamp = QStringLiteral("v1");
                    row.typeId
                        = QUuid::fromString(QStringLiteral("3d34d87e-7fc1-4153-800f-f56592cb0d17"));
                    row.state = QStringLiteral("Active");
                    row.effectiveDate = start.addSecs(n * 60 + i);
                    row.value1 = double(n);
                    row.xml = "<thing>" + padding + "</thing>";
                    if (!store.putThing(row, &error))
                        return false;
                }
                return true;
            },
            &error);
        if (!ok) {
            std::printf("error %d %s\n", int(error.code), qPrintable(error.message));
            std::fflush(stdout);
            return 0;
        }
        report("committed %lld\n", n);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: store_child write|fill|hold|profile PATH [KEYHEX]\n");
        return 2;
    }
    const QString mode = args.at(1);
    const QString path = args.at(2);
    const QByteArray key
        = args.size() > 3 ? QByteArray::fromHex(args.at(3).toLatin1()) : QByteArray();

    if (mode == QLatin1String("profile")) {
        Profile::Options options;
        options.directory = path;
        options.scrypt.n = 1 << 10;
        options.passphrase = [](bool) { return QStringLiteral("child passphrase"); };
        StoreError error;
        auto profile = Profile::open(options, &error);
        std::printf(profile ? "open\n" : "error\n");
        std::fflush(stdout);
        QThread::sleep(60);
        return 0;
    }
    auto store = openStore(path, key);
    if (!store)
        return 1;
    if (mode == QLatin1String("write"))
        return writeUntilStopped(*store, -1);
    if (mode == QLatin1String("fill")) {
        // The file size limit stands in for a full disk; without ignoring
        // SIGXFSZ the kernel would kill us instead of failing the write.
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit { 512 * 1024, 512 * 1024 };
        setrlimit(RLIMIT_FSIZE, &limit);
        return writeUntilStopped(*store, -1);
    }
    if (mode == QLatin1String("hold")) {
        QSqlQuery q(store->database());
        q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        q.exec(QStringLiteral("UPDATE records SET display_name = display_name"));
        std::printf("holding\n");
        std::fflush(stdout);
        QThread::sleep(60);
        return 0;
    }
    return 2;
}
