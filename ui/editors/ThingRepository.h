#pragma once

#include "core/thing/Thing.h"

#include <QObject>

#include <optional>

namespace hearth::ui {

// Where editors write things: the local store of the current record (the
// store's adapter implements it). Undo commands call it, so every write of
// the UI goes through one place.
class ThingRepository : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Stores thing as the current version: a thing without an id is new and
    // gets one. Returns the stored thing, or nullopt and reports `failed`.
    virtual std::optional<Thing> put(const Thing &thing) = 0;
    // Marks the thing deleted; false and `failed` when it cannot.
    virtual bool remove(const QUuid &thingId) = 0;

signals:
    // A write did not happen; message is for the person.
    void failed(const QString &message);
};

} // namespace hearth::ui
