#include "core/sync/SyncEngine.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/protocol/PlatformClient.h"
#include "core/protocol/XsDateTime.h"
#include "core/store/Store.h"
#include "core/thing/Thing.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>

#include <deque>

namespace hearth {

using protocol::PlatformError;
using protocol::StatusCode;

SyncEngine::SyncEngine(
    Store &store, protocol::PlatformClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_clock(clock)
    , m_blobs(store, client)
{
    qRegisterMetaType<hearth::SyncEngine::Progress>();
}

int SyncEngine::pendingCount() const
{
    QSqlQuery q(m_store.database());
    q.exec(QStringLiteral("SELECT count(*) FROM outbound"));
    return q.next() ? q.value(0).toInt() : 0;
}

int SyncEngine::conflictCount() const
{
    QSqlQuery q(m_store.database());
    q.exec(QStringLiteral("SELECT count(*) FROM conflicts"));
    return q.next() ? q.value(0).toInt() : 0;
}

void SyncEngine::setState(State state)
{
    m_state = state;
    emit stateChanged(state, pendingCount(), conflictCount());
}

PlatformError SyncEngine::storeError(const QString &message) const
{
    PlatformError error;
    error.kind = PlatformError::Kind::BadResponse;
    error.message = tr("The local cache could not be updated: %1").arg(message);
    return error;
}

std::optional<RecordRow> SyncEngine::recordByRow(qint64 id) const
{
    return m_store.record(id);
}

PlatformError SyncEngine::syncOnce()
{
    m_progress = {};
    m_timing = {};
    setState(State::Syncing);
    QList<RecordRow> records;
    PlatformError error = syncRecords(&records);
    if (error.isOk())
        error = push(records);
    for (const RecordRow &record : std::as_const(records)) {
        if (!error.isOk())
            break;
        error = pull(record);
        ++m_progress.records;
        emit progressChanged(m_progress);
    }
    if (!error.isOk()) {
        qCWarning(lcSync) << "sync stopped:" << int(error.kind) << error.rawStatus
                          << error.httpStatus;
        setState(error.isTransient() ? State::Offline : State::Failed);
        return error;
    }
    setState(conflictCount() > 0 ? State::Conflicts
            : pendingCount() > 0 ? State::ChangesWaiting
                                 : State::UpToDate);
    return {};
}

RecordRow SyncEngine::recordRow(
    const QUuid &personId, const QString &personName, const protocol::AuthorizedRecord &authorized)
{
    RecordRow row;
    row.recordId = authorized.id;
    row.personId = personId;
    row.personName = personName;
    row.displayName = authorized.displayName;
    row.relationship = authorized.relationship;
    row.access
        = authorized.custodian ? RecordRow::Access::Custodian : RecordRow::Access::ViewAndModify;
    return row;
}

PlatformError SyncEngine::syncRecords(QList<RecordRow> *records)
{
    if (!m_limitsKnown) {
        protocol::GetServiceDefinition definition;
        const PlatformError error = m_client.execute(definition);
        if (!error.isOk())
            return error;
        if (definition.configuration(QStringLiteral("maxFullThingResultsPerGroup")) > 0)
            m_maxFull
                = int(definition.configuration(QStringLiteral("maxFullThingResultsPerGroup")));
        const qint64 partial
            = definition.configuration(QStringLiteral("maxPartialThingResultsPerGroup"));
        if (partial >= 0)
            m_maxPerQuery = m_maxFull + int(partial);
        const qint64 groups = definition.configuration(QStringLiteral("maxGetThingsQueryGroups"));
        if (groups > 0)
            m_groupsPerRequest = int(qMin<qint64>(m_groupsPerRequest, groups));
        m_limitsKnown = true;
    }
    const QList<RecordRow> known = m_store.records(0, 10000);
    protocol::GetAuthorizedPeople people;
    do {
        if (!people.people.isEmpty())
            people.personIdCursor = people.people.last().personId;
        people.people.clear();
        const PlatformError error = m_client.execute(people);
        if (!error.isOk())
            return error;
        for (const protocol::AuthorizedPerson &person : std::as_const(people.people)) {
            if (person.personId != m_client.personId())
                continue;
            for (const protocol::AuthorizedRecord &authorized : person.records) {
                RecordRow row = recordRow(person.personId, person.name, authorized);
                // The picture is chosen locally; the vault does not know it.
                for (const RecordRow &local : known)
                    if (local.recordId == row.recordId)
                        row.pictureThingId = local.pictureThingId;
                StoreError storeFailure;
                const auto id = m_store.putRecord(row, &storeFailure);
                if (!id)
                    return storeError(storeFailure.message);
                row.id = *id;
                records->append(row);
            }
        }
    } while (people.moreResults && !people.people.isEmpty());
    m_progress.recordCount = int(records->size());
    emit progressChanged(m_progress);
    return {};
}

PlatformError SyncEngine::fetch(protocol::GetThingsRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 before = m_client.bytesReceived();
    const PlatformError error = m_client.execute(request);
    m_progress.bytes += m_client.bytesReceived() - before;
    m_timing.networkMs += timer.elapsed();
    return error;
}

PlatformError SyncEngine::push(const QList<RecordRow> &records)
{
    QSet<qint64> onVault;
    for (const RecordRow &record : records)
        onVault.insert(record.id);
    // One at a time and read afresh: each push rebases the later changes of
    // its thing, and a conflict folds them. Changes of records this vault
    // does not hold (made on this computer before signing in) stay queued
    // at the front, untouched, and are stepped over.
    for (int skipped = 0;;) {
        const QList<OutboundChange> queue = m_store.pendingChanges(skipped + 1);
        if (queue.size() <= skipped)
            return {};
        const OutboundChange &next = queue.at(skipped);
        if (!onVault.contains(next.record)) {
            ++skipped;
            continue;
        }
        const PlatformError error = pushOne(next);
        if (!error.isOk())
            return error;
    }
}

PlatformError SyncEngine::putToVault(const RecordRow &record, const QByteArray &xml,
    const QUuid &id, const QString &baseStamp, protocol::ThingKey *key)
{
    ThingError parseError;
    std::optional<Thing> thing = Thing::fromXml(xml, &parseError);
    if (!thing)
        return storeError(parseError.message);
    if (id.isNull())
        thing->clearKey();
    else
        thing->setKey(id, baseStamp);
    // Local files go up first; the thing sent names their upload addresses.
    const PlatformError blobError = m_blobs.upload(record.recordId, *thing);
    if (!blobError.isOk())
        return blobError;
    protocol::PutThingsRequest put;
    put.recordId = record.recordId;
    put.things << thing->toXml();
    const PlatformError error = m_client.execute(put);
    if (error.isOk())
        *key = put.keys.first();
    return error;
}

PlatformError SyncEngine::pushOne(const OutboundChange &change)
{
    const std::optional<RecordRow> record = recordByRow(change.record);
    if (!record)
        return storeError(tr("a queued change belongs to no record"));
    protocol::ThingKey key;
    PlatformError error;
    if (change.operation == OutboundChange::Operation::Delete) {
        protocol::RemoveThingsRequest remove;
        remove.recordId = record->recordId;
        remove.keys << protocol::ThingKey { change.thingId, change.baseVersionStamp };
        error = m_client.execute(remove);
    } else if (change.operation == OutboundChange::Operation::Create) {
        error = pushCreate(*record, change, &key);
    } else {
        error = putToVault(*record, change.xml, change.thingId, change.baseVersionStamp, &key);
    }
    if (error.status == StatusCode::VersionStampMismatch
        || (error.status == StatusCode::InvalidThing
            && change.operation != OutboundChange::Operation::Create)) {
        return makeConflict(change);
    }
    if (!error.isOk())
        return error;

    StoreError failure;
    const bool ok = m_store.transaction(
        [&] {
            if (change.operation == OutboundChange::Operation::Delete)
                return m_store.dequeue(change.id, &failure);
            // The store keeps the newest local edit: when it is this change
            // it takes the vault's key; a newer one only moves to the vault's
            // id (its own push will give it the vault's version stamp).
            const std::optional<ThingRow> current = m_store.thing(change.thingId);
            if (current) {
                std::optional<Thing> stored = Thing::fromXml(current->xml);
                if (!stored)
                    return false;
                const bool pushedVersion = current->versionStamp
                    == Thing::fromXml(change.xml).value_or(Thing()).versionStamp();
                stored->setKey(key.id, pushedVersion ? key.versionStamp : current->versionStamp);
                if (key.id != change.thingId && !m_store.removeThing(change.thingId, &failure))
                    return false;
                if (!m_store.putThing(record->id, *stored, &failure))
                    return false;
            }
            return m_store.rebaseQueued(change.thingId, key.id, key.versionStamp, &failure)
                && m_store.dequeue(change.id, &failure);
        },
        &failure);
    return ok ? PlatformError {} : storeError(failure.message);
}

PlatformError SyncEngine::pushCreate(
    const RecordRow &record, const OutboundChange &change, protocol::ThingKey *key)
{
    // A new thing carries its local id as client-thing-id, so a create whose
    // answer was lost (the vault has it, this side never heard) is found
    // again instead of being sent twice.
    std::optional<Thing> thing = Thing::fromXml(change.xml);
    if (!thing)
        return storeError(tr("a queued new thing cannot be read"));
    const QString marker = change.thingId.toString(QUuid::WithoutBraces);
    if (thing->clientThingId().isEmpty())
        thing->setClientThingId(marker);
    if (thing->clientThingId() == marker) {
        protocol::GetThingsRequest lookup;
        lookup.recordId = record.recordId;
        protocol::ThingGroupQuery group;
        group.clientThingIds << marker;
        lookup.groups << group;
        const PlatformError error = fetch(lookup);
        if (!error.isOk())
            return error;
        if (!lookup.results.isEmpty() && !lookup.results.first().things.isEmpty()) {
            const auto earlier = Thing::fromXml(lookup.results.first().things.first());
            if (!earlier)
                return PlatformError::badResponse(tr("a thing without an id"));
            *key = { earlier->id(), earlier->versionStamp() };
            return {};
        }
    }
    return putToVault(record, thing->toXml(), QUuid(), QString(), key);
}

PlatformError SyncEngine::fetchRemote(
    const RecordRow &record, const QUuid &thingId, QByteArray *xml, QString *versionStamp)
{
    protocol::GetThingsRequest get;
    get.recordId = record.recordId;
    protocol::ThingGroupQuery group;
    group.ids << thingId;
    group.includeDeleted = true;
    get.groups << group;
    const PlatformError error = fetch(get);
    if (!error.isOk())
        return error;
    xml->clear();
    versionStamp->clear();
    if (!get.results.isEmpty() && !get.results.first().things.isEmpty()) {
        *xml = get.results.first().things.first();
        ThingError parseError;
        const auto thing = Thing::fromXml(*xml, &parseError);
        if (!thing)
            return PlatformError::badResponse(parseError.message);
        *versionStamp = thing->versionStamp();
        if (thing->state() == ThingState::Deleted)
            xml->clear();
    }
    return {};
}

PlatformError SyncEngine::makeConflict(const OutboundChange &change)
{
    const std::optional<RecordRow> record = recordByRow(change.record);
    Conflict conflict;
    conflict.record = change.record;
    conflict.thingId = change.thingId;
    const PlatformError error
        = fetchRemote(*record, change.thingId, &conflict.remoteXml, &conflict.remoteVersionStamp);
    if (!error.isOk())
        return error;
    // Every queued change of this thing folds into the conflict: the local
    // side is the newest of them.
    QList<qint64> folded;
    const QList<OutboundChange> queued = m_store.pendingChanges(1 << 20);
    for (const OutboundChange &c : queued) {
        if (c.thingId != change.thingId)
            continue;
        folded << c.id;
        conflict.localXml = c.operation == OutboundChange::Operation::Delete ? QByteArray() : c.xml;
        conflict.localVersionStamp = c.baseVersionStamp;
    }
    StoreError failure;
    const bool ok = m_store.transaction(
        [&] {
            if (!m_store.addConflict(conflict, &failure))
                return false;
            for (qint64 id : std::as_const(folded))
                if (!m_store.dequeue(id, &failure))
                    return false;
            return true;
        },
        &failure);
    qCInfo(lcSync) << "conflict on a thing; both versions kept";
    return ok ? PlatformError {} : storeError(failure.message);
}

namespace {

// One GetThings in flight: a window's filtered query or a page of ids.
struct PendingGet
{
    protocol::GetThingsRequest request;
    PlatformError error;
    bool done = false;
    bool window = false;
};

} // namespace

PlatformError SyncEngine::pull(const RecordRow &record)
{
    m_blocked.clear();
    for (const OutboundChange &c : m_store.pendingChanges(1 << 20))
        m_blocked.insert(c.thingId);
    for (const Conflict &c : m_store.conflicts(record.id))
        m_blocked.insert(c.thingId);

    const QDateTime cursor = protocol::XsDateTime::parse(m_store.syncCursor(record.id));
    QDateTime newest = cursor;
    QDateTime windowBound; // eff-date-max of the last window sent

    // Requests go out ahead of the answers being stored, so the vault works
    // on the next page while this thread parses and writes the last one.
    // Answers are handled in the order they were asked.
    std::deque<std::unique_ptr<PendingGet>> inFlight;
    auto send = [&](std::unique_ptr<PendingGet> pending) {
        pending->request.recordId = record.recordId;
        PendingGet *raw = pending.get();
        inFlight.push_back(std::move(pending));
        m_client.call(raw->request, [raw](const PlatformError &e) {
            raw->error = e;
            raw->done = true;
        });
        // The network access manager starts the request from the event
        // loop: let it, before this thread gets busy with the store.
        QCoreApplication::processEvents();
    };
    auto sendWindow = [&](const QDateTime &effMax) {
        auto query = std::make_unique<PendingGet>();
        query->window = true;
        protocol::ThingGroupQuery filter;
        filter.updatedMin = cursor;
        filter.includeDeleted = cursor.isValid();
        filter.effDateMax = effMax;
        query->request.groups << filter;
        windowBound = effMax;
        send(std::move(query));
    };
    auto wait = [&](PendingGet &pending) {
        QElapsedTimer timer;
        timer.start();
        while (!pending.done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        m_timing.networkMs += timer.elapsed();
    };
    // Callbacks point into inFlight: never leave with a request unanswered.
    auto fail = [&](const PlatformError &error) {
        for (const auto &pending : inFlight)
            wait(*pending);
        return error;
    };

    qint64 received = m_client.bytesReceived();
    sendWindow(QDateTime());
    while (!inFlight.empty()) {
        PendingGet &pending = *inFlight.front();
        wait(pending);
        m_progress.bytes += m_client.bytesReceived() - received;
        received = m_client.bytesReceived();
        if (!pending.error.isOk())
            return fail(pending.error);
        const auto &results = pending.request.results;
        if (pending.window) {
            if (results.size() != 1)
                return fail(PlatformError::badResponse(
                    tr("GetThings answered %n groups for one.", nullptr, int(results.size()))));
            const QList<protocol::ThingKeyInfo> &keys = results.first().unprocessed;
            for (qsizetype at = 0; at < keys.size();) {
                auto page = std::make_unique<PendingGet>();
                for (int g = 0; g < m_groupsPerRequest && at < keys.size(); ++g) {
                    protocol::ThingGroupQuery group;
                    group.name = QString::number(g);
                    group.includeDeleted = cursor.isValid();
                    for (int i = 0; i < m_maxFull && at < keys.size(); ++i, ++at)
                        group.ids << keys.at(at).key.id;
                    page->request.groups << group;
                }
                send(std::move(page));
            }
            if (results.first().things.size() + keys.size() >= m_maxPerQuery) {
                // A full answer: the next window ends at the oldest effective
                // date seen. Inclusive, so things sharing it come again.
                const QDateTime oldest = keys.isEmpty() ? QDateTime() : keys.last().effDate;
                if (!oldest.isValid() || (windowBound.isValid() && oldest >= windowBound))
                    return fail(PlatformError::badResponse(
                        tr("more things share one effective date than the vault can page "
                           "through")));
                sendWindow(oldest);
            }
        }
        QList<QByteArray> things;
        for (const protocol::ThingGroupResult &group : results)
            things += group.things;
        const PlatformError error = apply(record, things, &newest);
        if (!error.isOk())
            return fail(error);
        inFlight.pop_front();
    }
    if (newest.isValid() && newest != cursor) {
        StoreError failure;
        if (!m_store.setSyncCursor(record.id, protocol::XsDateTime::format(newest), &failure))
            return storeError(failure.message);
    }
    return {};
}

PlatformError SyncEngine::apply(
    const RecordRow &record, const QList<QByteArray> &things, QDateTime *newestUpdate)
{
    if (things.isEmpty())
        return {};
    QElapsedTimer timer;
    timer.start();
    std::vector<Thing> parsed;
    parsed.reserve(size_t(things.size()));
    for (const QByteArray &xml : things) {
        ThingError parseError;
        std::optional<Thing> thing = Thing::fromXml(xml, &parseError);
        if (!thing || thing->id().isNull() || thing->versionStamp().isEmpty())
            return PlatformError::badResponse(
                thing ? tr("a thing without an id or version stamp") : parseError.message);
        const auto updated = thing->updated();
        if (updated && updated->timestamp.isValid()
            && (!newestUpdate->isValid() || updated->timestamp > *newestUpdate))
            *newestUpdate = updated->timestamp;
        // Its files come down before the thing is stored, which then names
        // the local copies.
        if (thing->state() != ThingState::Deleted && !m_blocked.contains(thing->id())) {
            const PlatformError blobError = m_blobs.download(*thing);
            if (!blobError.isOk())
                return blobError;
        }
        parsed.push_back(std::move(*thing));
    }
    m_timing.parseMs += timer.restart();
    StoreError failure;
    const bool ok = m_store.transaction(
        [&] {
            // The vault's bytes are stored as they came (the thing was
            // parsed from them), not written out a second time; a thing with
            // files is written out, because its blobs now name the local
            // copies instead of the vault's links.
            for (size_t i = 0; i < parsed.size(); ++i) {
                const Thing &thing = parsed[i];
                if (m_blocked.contains(thing.id()))
                    continue; // a local change or conflict decides this one
                if (thing.state() == ThingState::Deleted) {
                    if (!m_store.removeThing(thing.id(), &failure))
                        return false;
                } else if (thing.blobs().isEmpty()
                        ? !m_store.putThing(record.id, thing, things.at(qsizetype(i)), &failure)
                        : !m_store.putThing(record.id, thing, &failure)) {
                    return false;
                }
            }
            return true;
        },
        &failure);
    m_timing.storeMs += timer.elapsed();
    m_progress.things += qint64(parsed.size());
    emit progressChanged(m_progress);
    return ok ? PlatformError {} : storeError(failure.message);
}

PlatformError SyncEngine::resolve(qint64 conflictId, Resolution resolution)
{
    std::optional<Conflict> conflict;
    for (const RecordRow &record : m_store.records(0, 10000))
        for (const Conflict &c : m_store.conflicts(record.id))
            if (c.id == conflictId)
                conflict = c;
    if (!conflict)
        return storeError(tr("the conflict is no longer open"));
    const std::optional<RecordRow> record = recordByRow(conflict->record);
    const bool remoteGone = conflict->remoteXml.isEmpty();
    const bool localGone = conflict->localXml.isEmpty();

    protocol::ThingKey mine; // the vault's key of my version, when sent
    PlatformError error;
    if (resolution == Resolution::KeepMine && localGone && !remoteGone) {
        protocol::RemoveThingsRequest remove;
        remove.recordId = record->recordId;
        remove.keys << protocol::ThingKey { conflict->thingId, conflict->remoteVersionStamp };
        error = m_client.execute(remove);
    } else if (resolution == Resolution::KeepMine && !localGone) {
        // Onto the vault's version; a deleted vault thing gets my version as new.
        error = putToVault(*record, conflict->localXml, remoteGone ? QUuid() : conflict->thingId,
            conflict->remoteVersionStamp, &mine);
    } else if (resolution == Resolution::KeepBoth && !localGone) {
        error = putToVault(*record, conflict->localXml, QUuid(), QString(), &mine);
    }
    if (!error.isOk())
        return error;

    StoreError failure;
    const bool ok = m_store.transaction(
        [&] {
            if (!m_store.removeThing(conflict->thingId, &failure))
                return false;
            // Theirs stays in the store unless only mine is kept.
            if (resolution != Resolution::KeepMine && !remoteGone) {
                const auto theirs = Thing::fromXml(conflict->remoteXml);
                if (!theirs || !m_store.putThing(record->id, *theirs, &failure))
                    return false;
            }
            if (!mine.id.isNull()) {
                auto local = Thing::fromXml(conflict->localXml);
                if (!local)
                    return false;
                local->setKey(mine.id, mine.versionStamp);
                if (!m_store.putThing(record->id, *local, &failure))
                    return false;
            }
            return m_store.resolveConflict(conflict->id, &failure);
        },
        &failure);
    if (!ok)
        return storeError(failure.message);
    setState(conflictCount() > 0 ? State::Conflicts
            : pendingCount() > 0 ? State::ChangesWaiting
                                 : State::UpToDate);
    return {};
}

} // namespace hearth
