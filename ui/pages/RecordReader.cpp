#include "ui/pages/RecordReader.h"

#include "core/store/Store.h"

namespace hearth::ui {

QList<Thing> RecordReader::things(Store *store, qint64 record, const QList<QUuid> &types, int limit)
{
    ThingQuery query;
    query.record = record;
    query.types = types;
    query.state = QStringLiteral("Active");
    QList<Thing> result;
    for (const ThingRow &row : store->things(query, {}, 0, limit, true)) {
        if (auto thing = Thing::fromXml(row.xml))
            result.append(std::move(*thing));
    }
    return result;
}

} // namespace hearth::ui
