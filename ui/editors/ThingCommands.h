#pragma once

#include "core/thing/Thing.h"

#include <QUndoCommand>

#include <optional>

namespace hearth::ui {

class ThingRepository;

// Creates a thing (no `before`) or replaces it by a new version; undo puts
// the earlier version back or removes the created thing.
class PutThingCommand : public QUndoCommand
{
public:
    PutThingCommand(ThingRepository *repository, std::optional<Thing> before, Thing after,
        const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The id the thing got when stored (null before the first redo).
    QUuid thingId() const { return m_after.id(); }

private:
    ThingRepository *m_repository;
    std::optional<Thing> m_before;
    Thing m_after;
};

// Deletes a thing; undo stores it again.
class RemoveThingCommand : public QUndoCommand
{
public:
    RemoveThingCommand(ThingRepository *repository, Thing thing, const QString &text,
        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ThingRepository *m_repository;
    Thing m_thing;
};

} // namespace hearth::ui
