#pragma once

#include "core/thing/Thing.h"

#include <QList>

namespace hearth {
class Store;
}

namespace hearth::ui {

// Reads whole things of some types of a record from the store, newest
// first, for pages that show a few of them (summary, emergency profile).
class RecordReader
{
public:
    static QList<Thing> things(Store *store, qint64 record, const QList<QUuid> &types, int limit);
};

} // namespace hearth::ui
