#pragma once

// A ThingRepository in memory for UI tests: it keeps the current version of
// every thing and counts writes, so a test sees what the commands did.

#include "ui/editors/ThingRepository.h"

#include <QMap>

namespace hearth::test {

class MemoryRepository : public hearth::ui::ThingRepository
{
public:
    std::optional<Thing> put(const Thing &thing) override
    {
        if (refuse) {
            emit failed(QStringLiteral("refused"));
            return std::nullopt;
        }
        Thing stored = thing;
        if (stored.id().isNull())
            stored.setKey(QUuid::createUuid(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        current.insert(stored.id(), stored);
        ++writes;
        return stored;
    }
    bool remove(const QUuid &thingId) override
    {
        ++writes;
        return current.remove(thingId) == 1;
    }

    QMap<QUuid, Thing> current;
    int writes = 0;
    bool refuse = false;
};

} // namespace hearth::test
