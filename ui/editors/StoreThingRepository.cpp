#include "ui/editors/StoreThingRepository.h"

#include "core/Clock.h"
#include "core/store/Store.h"
#include "core/store/ThingIndex.h"
#include "core/thing/ThingTypeRegistry.h"

namespace hearth::ui {

StoreThingRepository::StoreThingRepository(Store *store, const Clock &clock, QObject *parent)
    : ThingRepository(parent)
    , m_store(store)
    , m_clock(clock)
{ }

std::optional<Thing> StoreThingRepository::put(const Thing &input)
{
    const std::optional<ThingRow> existing
        = input.id().isNull() ? std::nullopt : m_store->thing(input.id());
    Thing thing = input;
    const QString baseVersion = existing ? existing->versionStamp : QString();
    // A local version stamp until the vault gives its own on sync.
    thing.setKey(input.id().isNull() ? QUuid::createUuid() : input.id(),
        QUuid::createUuid().toString(QUuid::WithoutBraces));
    thing.setState(ThingState::Active);
    const QDateTime effective = ThingTypeRegistry::effectiveDate(thing);
    if (effective.isValid())
        thing.setEffectiveDate(effective);

    ThingRow row = ThingIndex::rowFor(existing ? existing->record : m_record, thing, m_clock.now());
    row.xml = thing.toXml();
    StoreError error;
    const bool ok = m_store->transaction(
        [&] {
            if (!m_store->putThing(row, &error))
                return false;
            OutboundChange change;
            change.record = row.record;
            change.operation
                = existing ? OutboundChange::Operation::Update : OutboundChange::Operation::Create;
            change.thingId = row.thingId;
            change.baseVersionStamp = baseVersion;
            change.xml = row.xml;
            change.queuedAt = m_clock.now();
            return m_store->enqueue(change, &error).has_value();
        },
        &error);
    if (!ok) {
        emit failed(tr("The change could not be saved: %1").arg(error.message));
        return std::nullopt;
    }
    return thing;
}

bool StoreThingRepository::remove(const QUuid &thingId)
{
    const std::optional<ThingRow> existing = m_store->thing(thingId);
    StoreError error;
    const bool ok = m_store->transaction(
        [&] {
            if (!m_store->removeThing(thingId, &error))
                return false;
            if (!existing)
                return true;
            OutboundChange change;
            change.record = existing->record;
            change.operation = OutboundChange::Operation::Delete;
            change.thingId = thingId;
            change.baseVersionStamp = existing->versionStamp;
            change.queuedAt = m_clock.now();
            return m_store->enqueue(change, &error).has_value();
        },
        &error);
    if (!ok)
        emit failed(tr("The entry could not be deleted: %1").arg(error.message));
    return ok;
}

} // namespace hearth::ui
