// SyncEngine against a real hearth-vault: first sync across several query
// windows, incremental sync, offline edits pushed after a restart, conflicts
// between two profiles and each resolution, and faults (the vault killed
// mid-sync, HTTP 500s, a wrong shared secret, garbage answers).
// Scale: 6,000 things (more than one 5,240-thing query window); the
// benchmark does 100,000.

#include "core/protocol/ResponseEnvelope.h"
#include "core/store/Store.h"
#include "core/store/ThingIndex.h"
#include "core/sync/SyncEngine.h"
#include "core/thing/Thing.h"
#include "tests/common/ScriptedHttpServer.h"
#include "tests/common/VaultFixture.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace hearth;
using hearth::protocol::PlatformError;
using hearth::test::VaultFixture;

namespace {

constexpr int kThings = 6000;

// One Hearth profile: its store, its client and its engine.
struct Profile
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<protocol::PlatformClient> client;
    std::unique_ptr<SyncEngine> engine;

    Profile(VaultFixture &vault, const VaultFixture::Instance &instance)
    {
        StoreError error;
        store = Store::open(dir.filePath(QStringLiteral("hearth.db")), QByteArray(32, '\x07'),
            Clock::system(), &error);
        if (!store)
            qFatal("store: %s", qPrintable(error.message));
        client = vault.client(instance, Clock::system());
        engine = std::make_unique<SyncEngine>(*store, *client, Clock::system());
    }

    qint64 record() const { return store->records(0, 10).first().id; }
    qint64 count() const { return store->countThings(ThingQuery {}); }

    // A local edit as the editors make it: the store and the outbound queue.
    QUuid edit(const QUuid &thingId, double kg)
    {
        const std::optional<ThingRow> existing
            = thingId.isNull() ? std::nullopt : store->thing(thingId);
        Thing thing;
        if (existing) {
            thing = *Thing::fromXml(existing->xml);
        } else {
            thing.setTypeId(test::kWeightType);
        }
        thing.setDataXml(test::weightData(int(kg * 10), kg));
        thing.setKey(existing ? thingId : QUuid::createUuid(),
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        thing.setEffectiveDate(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
        ThingRow row = ThingIndex::rowFor(record(), thing, QDateTime::currentDateTimeUtc());
        row.xml = thing.toXml();
        StoreError error;
        const bool ok = store->transaction(
            [&] {
                if (!store->putThing(row, &error))
                    return false;
                OutboundChange change;
                change.record = row.record;
                change.operation = existing ? OutboundChange::Operation::Update
                                            : OutboundChange::Operation::Create;
                change.thingId = row.thingId;
                change.baseVersionStamp = existing ? existing->versionStamp : QString();
                change.xml = row.xml;
                return store->enqueue(change, &error).has_value();
            },
            &error);
        return ok ? row.thingId : QUuid();
    }

    bool remove(const QUuid &thingId)
    {
        const std::optional<ThingRow> existing = store->thing(thingId);
        StoreError error;
        return existing
            && store->transaction(
                [&] {
                    OutboundChange change;
                    change.record = existing->record;
                    change.operation = OutboundChange::Operation::Delete;
                    change.thingId = thingId;
                    change.baseVersionStamp = existing->versionStamp;
                    return store->removeThing(thingId, &error)
                        && store->enqueue(change, &error).has_value();
                },
                &error);
    }
};

double kgOf(const QByteArray &xml)
{
    const auto thing = Thing::fromXml(xml);
    const QByteArray data = thing ? thing->dataXml() : QByteArray();
    const qsizetype from = data.indexOf("<kg>") + 4;
    return data.mid(from, data.indexOf("</kg>") - from).toDouble();
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private:
    // Every current vault thing is in the store with the vault's version
    // stamp, and the store holds nothing else.
    void checkSameAsVault(VaultFixture &vault, const VaultFixture::Person &person, Profile &profile)
    {
        const QList<vault::ThingVersion> remote = vault.vaultThings(person.recordId);
        QCOMPARE(profile.count(), qint64(remote.size()));
        for (const vault::ThingVersion &t : remote) {
            const auto local = profile.store->thing(t.thingId);
            QVERIFY2(local, qPrintable(t.thingId.toString()));
            QCOMPARE(local->versionStamp, t.versionStamp.toString(QUuid::WithoutBraces));
        }
    }

private slots:
    void firstAndIncrementalSync()
    {
        VaultFixture vault;
        const auto person = vault.addPerson(QStringLiteral("erin@example.org"));
        const auto instance = vault.authorize(person);
        const auto seeded = vault.seedWeights(person, instance, kThings);
        QVERIFY(vault.start());
        Profile profile(vault, instance);
        QSignalSpy states(profile.engine.get(), &SyncEngine::stateChanged);

        QVERIFY(profile.engine->syncOnce().isOk());
        QCOMPARE(profile.engine->state(), SyncEngine::State::UpToDate);
        QCOMPARE(states.first().first().value<SyncEngine::State>(), SyncEngine::State::Syncing);
        QCOMPARE(profile.count(), qint64(kThings));
        QVERIFY(profile.engine->lastProgress().things >= kThings);
        QCOMPARE(profile.engine->lastProgress().recordCount, 1);
        QVERIFY(!profile.store->syncCursor(profile.record()).isEmpty());
        checkSameAsVault(vault, person, profile);

        // Incremental: only what changed since the cursor comes back.
        QTest::qWait(5); // vault timestamps have millisecond precision
        vault.seedWeights(person, instance, 10, kThings);
        vault::Audit audit;
        audit.timestamp = QDateTime::currentDateTimeUtc();
        audit.appId = instance.instanceId;
        audit.personId = person.personId;
        audit.action = QStringLiteral("Updated");
        vault::ThingWrite update;
        update.thingId = seeded.at(5).thingId;
        update.versionStamp = seeded.at(5).versionStamp;
        update.typeId = test::kWeightType;
        update.effDate = seeded.at(5).effDate;
        update.dataXml = test::weightData(5, 99.5);
        vault::ThingWrite removal;
        removal.thingId = seeded.at(6).thingId;
        removal.versionStamp = seeded.at(6).versionStamp;
        removal.typeId = test::kWeightType;
        removal.remove = true;
        QList<vault::ThingVersion> written;
        int failed = -1;
        QCOMPARE(vault.store().writeThings(
                     person.recordId, { update, removal }, audit, &written, &failed),
            vault::VaultStore::WriteResult::Ok);

        QVERIFY(profile.engine->syncOnce().isOk());
        // The cursor is inclusive: the last seeded batch (one timestamp for
        // 1,000 things) comes again, the other 5,000 do not.
        QVERIFY2(profile.engine->lastProgress().things <= 1000 + 12,
            qPrintable(QString::number(profile.engine->lastProgress().things)));
        QCOMPARE(profile.count(), qint64(kThings + 10 - 1));
        QCOMPARE(kgOf(profile.store->thing(seeded.at(5).thingId)->xml), 99.5);
        QVERIFY(!profile.store->thing(seeded.at(6).thingId));
        checkSameAsVault(vault, person, profile);
    }

    void offlineEditsArriveAfterTheVaultRestarts()
    {
        VaultFixture vault;
        const auto person = vault.addPerson(QStringLiteral("fay@example.org"));
        const auto instance = vault.authorize(person);
        const auto seeded = vault.seedWeights(person, instance, 20);
        QVERIFY(vault.start());
        Profile profile(vault, instance);
        QVERIFY(profile.engine->syncOnce().isOk());

        vault.stop();
        const QUuid created = profile.edit({}, 81.5);
        const QUuid createdThenEdited = profile.edit({}, 82.5);
        QVERIFY(!profile.edit(createdThenEdited, 83.5).isNull());
        QVERIFY(!profile.edit(seeded.at(1).thingId, 84.5).isNull());
        QVERIFY(!profile.edit(seeded.at(1).thingId, 85.5).isNull());
        QVERIFY(profile.remove(seeded.at(2).thingId));
        QCOMPARE(profile.engine->pendingCount(), 6);

        const PlatformError offline = profile.engine->syncOnce();
        QVERIFY(offline.isTransient());
        QCOMPARE(profile.engine->state(), SyncEngine::State::Offline);
        QCOMPARE(profile.engine->pendingCount(), 6);

        QVERIFY(vault.start());
        QVERIFY(profile.engine->syncOnce().isOk());
        QCOMPARE(profile.engine->pendingCount(), 0);
        QCOMPARE(profile.engine->state(), SyncEngine::State::UpToDate);
        // The local ids of new things were replaced by the vault's.
        QVERIFY(!profile.store->thing(created));
        QVERIFY(!profile.store->thing(createdThenEdited));
        QList<double> values;
        for (const vault::ThingVersion &t : vault.vaultThings(person.recordId))
            values << kgOf("<thing><data-xml>" + t.dataXml + "</data-xml></thing>");
        QVERIFY(values.contains(81.5));
        QVERIFY(values.contains(83.5));
        QVERIFY(!values.contains(82.5));
        QVERIFY(values.contains(85.5));
        QCOMPARE(values.size(), 20 - 1 + 2);
        QVERIFY(!vault.store().currentVersion(person.recordId, seeded.at(2).thingId)
            || vault.store().currentVersion(person.recordId, seeded.at(2).thingId)->deleted);
        checkSameAsVault(vault, person, profile);
    }

    void aCreateWhoseAnswerWasLostIsNotSentTwice()
    {
        VaultFixture vault;
        const auto person = vault.addPerson(QStringLiteral("kim@example.org"));
        const auto instance = vault.authorize(person);
        vault.seedWeights(person, instance, 2);
        QVERIFY(vault.start());
        Profile profile(vault, instance);
        QVERIFY(profile.engine->syncOnce().isOk());
        const QUuid local = profile.edit({}, 77.5);

        // The vault already has it: an earlier push whose answer never came.
        vault::Audit audit;
        audit.timestamp = QDateTime::currentDateTimeUtc();
        audit.appId = instance.instanceId;
        audit.personId = person.personId;
        audit.action = QStringLiteral("Created");
        vault::ThingWrite write;
        write.typeId = test::kWeightType;
        write.effDate = audit.timestamp;
        write.dataXml = test::weightData(775, 77.5);
        write.clientThingId = local.toString(QUuid::WithoutBraces);
        QList<vault::ThingVersion> written;
        int failed = -1;
        vault.store().writeThings(person.recordId, { write }, audit, &written, &failed);

        QVERIFY(profile.engine->syncOnce().isOk());
        QCOMPARE(vault.vaultThings(person.recordId).size(), 3);
        QVERIFY(!profile.store->thing(local));
        QVERIFY(profile.store->thing(written.first().thingId));
        checkSameAsVault(vault, person, profile);

        // A create that never reached the vault goes out once, marked.
        const QUuid fresh = profile.edit({}, 78.5);
        QVERIFY(profile.engine->syncOnce().isOk());
        QCOMPARE(vault.vaultThings(person.recordId).size(), 4);
        bool marked = false;
        for (const vault::ThingVersion &t : vault.vaultThings(person.recordId))
            marked |= t.clientThingId == fresh.toString(QUuid::WithoutBraces);
        QVERIFY(marked);
    }

    void twoProfilesConflictAndEachResolution()
    {
        VaultFixture vault;
        const auto person = vault.addPerson(QStringLiteral("gus@example.org"));
        const auto laptop = vault.authorize(person);
        const auto desktop = vault.authorize(person);
        const auto seeded = vault.seedWeights(person, laptop, 5);
        QVERIFY(vault.start());
        Profile a(vault, laptop);
        Profile b(vault, desktop);
        QVERIFY(a.engine->syncOnce().isOk());
        QVERIFY(b.engine->syncOnce().isOk());

        // Both edit things 0, 1, 2; a pushes first.
        for (int i = 0; i < 3; ++i) {
            a.edit(seeded.at(i).thingId, 60 + i);
            b.edit(seeded.at(i).thingId, 70 + i);
        }
        QVERIFY(a.engine->syncOnce().isOk());
        QVERIFY(b.engine->syncOnce().isOk());
        QCOMPARE(b.engine->state(), SyncEngine::State::Conflicts);
        const QList<Conflict> conflicts = b.store->conflicts(b.record());
        QCOMPARE(conflicts.size(), 3);
        for (const Conflict &c : conflicts) {
            int i = 0;
            while (i < seeded.size() && seeded.at(i).thingId != c.thingId)
                ++i;
            QCOMPARE(kgOf(c.localXml), 70.0 + i);
            QCOMPARE(kgOf(c.remoteXml), 60.0 + i);
            // Until decided, the store shows my version and sync leaves it.
            QCOMPARE(kgOf(b.store->thing(c.thingId)->xml), 70.0 + i);
        }
        auto conflictOf = [&](int i) {
            for (const Conflict &c : conflicts)
                if (c.thingId == seeded.at(i).thingId)
                    return c.id;
            return qint64(0);
        };
        auto remoteKg = [&](const QUuid &id) {
            const auto t = vault.store().currentVersion(person.recordId, id);
            return kgOf("<thing><data-xml>" + t->dataXml + "</data-xml></thing>");
        };
        const int before = int(vault.vaultThings(person.recordId).size());

        QVERIFY(b.engine->resolve(conflictOf(0), SyncEngine::Resolution::KeepMine).isOk());
        QCOMPARE(remoteKg(seeded.at(0).thingId), 70.0);
        QVERIFY(b.engine->resolve(conflictOf(1), SyncEngine::Resolution::KeepTheirs).isOk());
        QCOMPARE(remoteKg(seeded.at(1).thingId), 61.0);
        QCOMPARE(kgOf(b.store->thing(seeded.at(1).thingId)->xml), 61.0);
        QVERIFY(b.engine->resolve(conflictOf(2), SyncEngine::Resolution::KeepBoth).isOk());
        QCOMPARE(remoteKg(seeded.at(2).thingId), 62.0);
        QCOMPARE(int(vault.vaultThings(person.recordId).size()), before + 1);
        QCOMPARE(b.engine->conflictCount(), 0);
        QCOMPARE(b.engine->state(), SyncEngine::State::UpToDate);
        QVERIFY(!b.engine->resolve(conflictOf(0), SyncEngine::Resolution::KeepMine).isOk());

        // Both profiles end with the vault's state.
        QVERIFY(a.engine->syncOnce().isOk());
        QVERIFY(b.engine->syncOnce().isOk());
        checkSameAsVault(vault, person, a);
        checkSameAsVault(vault, person, b);
        QCOMPARE(kgOf(a.store->thing(seeded.at(0).thingId)->xml), 70.0);
    }

    void vaultKilledDuringFirstSync_data()
    {
        QTest::addColumn<int>("killAfterMs");
        QTest::newRow("early") << 40;
        QTest::newRow("middle") << 250;
        QTest::newRow("late") << 700;
    }

    void vaultKilledDuringFirstSync()
    {
        QFETCH(int, killAfterMs);
        VaultFixture vault;
        const auto person = vault.addPerson(QStringLiteral("hal@example.org"));
        const auto instance = vault.authorize(person);
        vault.seedWeights(person, instance, kThings);
        QVERIFY(vault.start());
        Profile profile(vault, instance);

        QTimer::singleShot(killAfterMs, [&] { vault.kill(); });
        const PlatformError interrupted = profile.engine->syncOnce();
        if (!interrupted.isOk()) {
            QVERIFY(interrupted.isTransient());
            QCOMPARE(profile.engine->state(), SyncEngine::State::Offline);
        }
        QVERIFY(profile.count() <= kThings);
        QVERIFY(vault.start());
        QVERIFY(profile.engine->syncOnce().isOk());
        QCOMPARE(profile.count(), qint64(kThings));
        QVERIFY(profile.store->integrityProblems().isEmpty());
        checkSameAsVault(vault, person, profile);
    }

    void wrongSharedSecretFailsClearly()
    {
        VaultFixture vault;
        const auto person = vault.addPerson(QStringLiteral("ida@example.org"));
        auto instance = vault.authorize(person);
        vault.seedWeights(person, instance, 3);
        QVERIFY(vault.start());
        instance.secret = QByteArray(32, 'w');
        Profile profile(vault, instance);
        const PlatformError error = profile.engine->syncOnce();
        QCOMPARE(error.kind, PlatformError::Kind::Status);
        QVERIFY(!error.isTransient());
        QCOMPARE(profile.engine->state(), SyncEngine::State::Failed);
        QVERIFY(profile.store->records(0, 10).isEmpty());
    }

    void serverErrorsAndGarbage()
    {
        VaultFixture vault; // only for its client settings; nothing is started
        test::ScriptedHttpServer server;
        Profile profile(vault, { QUuid::createUuid(), QByteArray(32, 'k'), QUuid::createUuid() });
        profile.client = std::make_unique<protocol::PlatformClient>(server.url(), Clock::system());
        profile.client->setApplication(QUuid::createUuid(), QByteArray(32, 'k'));
        profile.client->setPersonId(QUuid::createUuid());
        profile.client->setRetryDelay(5);
        profile.engine
            = std::make_unique<SyncEngine>(*profile.store, *profile.client, Clock::system());

        for (int i = 0; i < 3; ++i)
            server.push(500, "down");
        PlatformError error = profile.engine->syncOnce();
        QCOMPARE(error.httpStatus, 500);
        QCOMPARE(profile.engine->state(), SyncEngine::State::Offline);

        server.push(200,
            "<response><status><code>0</code></status><wc:info xmlns:wc=\"urn:x\">"
            "<platform><configuration key=\"maxFullThingResultsPerGroup\">"
            "many</configuration></platform><<<");
        error = profile.engine->syncOnce();
        QCOMPARE(error.kind, PlatformError::Kind::BadResponse);
        QCOMPARE(profile.engine->state(), SyncEngine::State::Failed);
        QVERIFY(profile.store->records(0, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
