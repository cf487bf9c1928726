#pragma once

#include "ui/editors/ThingRepository.h"

namespace hearth {
class Clock;
class Store;
} // namespace hearth

namespace hearth::ui {

// The editors' repository on the local store: each write is one store
// transaction that keeps the earlier version as history and queues the
// change for the vault.
class StoreThingRepository : public ThingRepository
{
    Q_OBJECT
public:
    StoreThingRepository(Store *store, const Clock &clock, QObject *parent = nullptr);

    // The record new things go to (the store's row id).
    void setRecord(qint64 record) { m_record = record; }
    qint64 record() const { return m_record; }

    std::optional<Thing> put(const Thing &thing) override;
    bool remove(const QUuid &thingId) override;

private:
    Store *m_store;
    const Clock &m_clock;
    qint64 m_record = 0;
};

} // namespace hearth::ui
