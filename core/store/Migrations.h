#pragma once

#include "core/store/StoreError.h"

#include <QSqlDatabase>

namespace hearth {

// The numbered schema migrations of the store. The schema version lives in
// PRAGMA user_version; each migration runs in one transaction and rolls back
// on error. A shipped migration is never edited: add a new one.
class Migrations
{
public:
    static int latestVersion();

    // Brings db up to target (the latest by default). Fails with
    // NewerSchema when the file is newer than this build.
    static bool migrate(QSqlDatabase &db, StoreError *error, int target = -1);

    static int currentVersion(QSqlDatabase &db);
};

} // namespace hearth
