#pragma once

#include "core/store/StoreError.h"

#include <QDate>
#include <QString>

#include <optional>

namespace hearth {
class Store;
}

namespace hearth::ui {

// Fills a new record with realistic generated data so a newcomer sees a
// living app: three years of weights and blood pressure, heights,
// medications (current and past), allergies, conditions, immunizations, a
// procedure, lab results and an emergency contact, all ending at `today`.
// The same name and day give the same record.
class DemoRecord
{
public:
    // Adds the record and its things in one transaction; its row id, or
    // nullopt and error.
    static std::optional<qint64> create(
        Store *store, const QString &name, const QDate &today, StoreError *error);
};

} // namespace hearth::ui
