#pragma once

#include "core/store/StoreRows.h"

namespace hearth {

class Thing;

// Turns a Thing into the row the store indexes: key, type, state, dates,
// search text and the numeric values charts need, next to the full XML.
class ThingIndex
{
public:
    static const QUuid weightType;
    static const QUuid bloodPressureType;
    static const QUuid bloodGlucoseType;
    static const QUuid heightType;

    // updated: when the thing was last changed (its updated audit if it has
    // one, else this). The effective date falls back to it as well.
    static ThingRow rowFor(qint64 record, const Thing &thing, const QDateTime &updated);
    // The same with the XML the thing was just read from, kept as it came
    // (a vault's answer) instead of being written out again.
    static ThingRow rowFor(
        qint64 record, const Thing &thing, const QDateTime &updated, const QByteArray &xml);
};

} // namespace hearth
