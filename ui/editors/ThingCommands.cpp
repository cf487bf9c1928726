#include "ui/editors/ThingCommands.h"

#include "ui/editors/ThingRepository.h"

namespace hearth::ui {

PutThingCommand::PutThingCommand(ThingRepository *repository, std::optional<Thing> before,
    Thing after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_repository(repository)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void PutThingCommand::redo()
{
    // A failed write leaves nothing to undo; the repository has told the person.
    if (const std::optional<Thing> stored = m_repository->put(m_after))
        m_after = *stored;
    else
        setObsolete(true);
}

void PutThingCommand::undo()
{
    const bool done
        = m_before ? m_repository->put(*m_before).has_value() : m_repository->remove(m_after.id());
    if (!done)
        setObsolete(true);
}

RemoveThingCommand::RemoveThingCommand(
    ThingRepository *repository, Thing thing, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_repository(repository)
    , m_thing(std::move(thing))
{ }

void RemoveThingCommand::redo()
{
    if (!m_repository->remove(m_thing.id()))
        setObsolete(true);
}

void RemoveThingCommand::undo()
{
    Thing restored = m_thing;
    restored.setState(ThingState::Active);
    if (const std::optional<Thing> stored = m_repository->put(restored))
        m_thing = *stored;
    else
        setObsolete(true);
}

} // namespace hearth::ui
