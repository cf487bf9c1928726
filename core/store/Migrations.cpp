#include "core/store/Migrations.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hearth {
namespace {

// Migration N takes the schema from version N-1 to N. Never edit one that has
// shipped; tests/core/store/fixtures holds a database of every earlier version.
const char *const kMigration1[] = {
    // People and the records they can see.
    "CREATE TABLE people ("
    " id INTEGER PRIMARY KEY,"
    " person_id TEXT NOT NULL UNIQUE,"
    " name TEXT NOT NULL)",
    "CREATE TABLE records ("
    " id INTEGER PRIMARY KEY,"
    " record_id TEXT NOT NULL UNIQUE,"
    " person INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
    " display_name TEXT NOT NULL,"
    " relationship TEXT NOT NULL DEFAULT '',"
    " access INTEGER NOT NULL CHECK (access IN (0, 1, 2)),"
    " picture_thing TEXT)",
    // Current versions of things; effective and updated dates in ms since
    // the epoch (UTC) so they sort as integers.
    "CREATE TABLE things ("
    " id INTEGER PRIMARY KEY,"
    " record INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,"
    " thing_id TEXT NOT NULL UNIQUE,"
    " version_stamp TEXT NOT NULL,"
    " type_id TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " effective_date INTEGER NOT NULL,"
    " updated_date INTEGER NOT NULL,"
    " search_text TEXT NOT NULL DEFAULT '',"
    " xml BLOB NOT NULL)",
    "CREATE INDEX things_by_record_date ON things (record, effective_date DESC, id DESC)",
    "CREATE TABLE thing_history ("
    " id INTEGER PRIMARY KEY,"
    " thing_id TEXT NOT NULL,"
    " version_stamp TEXT NOT NULL,"
    " updated_date INTEGER NOT NULL,"
    " xml BLOB NOT NULL,"
    " UNIQUE (thing_id, version_stamp))",
    // Sync: the outbound queue (AUTOINCREMENT keeps ids, hence order, from
    // ever being reused), cursors per record, conflicts.
    "CREATE TABLE outbound ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " record INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,"
    " operation INTEGER NOT NULL CHECK (operation IN (0, 1, 2)),"
    " thing_id TEXT NOT NULL,"
    " base_version TEXT NOT NULL DEFAULT '',"
    " xml BLOB,"
    " queued_at INTEGER NOT NULL)",
    "CREATE TABLE sync_cursors ("
    " record INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,"
    " cursor TEXT NOT NULL)",
    "CREATE TABLE conflicts ("
    " id INTEGER PRIMARY KEY,"
    " record INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,"
    " thing_id TEXT NOT NULL,"
    " local_version TEXT NOT NULL DEFAULT '',"
    " local_xml BLOB,"
    " remote_version TEXT NOT NULL DEFAULT '',"
    " remote_xml BLOB,"
    " detected_at INTEGER NOT NULL)",
};

const char *const kMigration2[] = {
    // Measurement values for charts, read without parsing XML.
    "ALTER TABLE things ADD COLUMN value1 REAL",
    "ALTER TABLE things ADD COLUMN value2 REAL",
    "CREATE INDEX things_by_type_date ON things (record, type_id, effective_date DESC, id DESC)",
    // Blobs by content hash, in chunks so no file has to fit in memory.
    // hash stays NULL until the last chunk is in (same transaction).
    "CREATE TABLE blobs ("
    " id INTEGER PRIMARY KEY,"
    " hash TEXT UNIQUE,"
    " size INTEGER NOT NULL,"
    " chunks INTEGER NOT NULL)",
    "CREATE TABLE blob_chunks ("
    " blob INTEGER NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,"
    " n INTEGER NOT NULL,"
    " data BLOB NOT NULL,"
    " PRIMARY KEY (blob, n))",
    // Settings that belong to the data, per person (preferred units).
    "CREATE TABLE data_settings ("
    " person INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,"
    " key TEXT NOT NULL,"
    " value TEXT NOT NULL,"
    " PRIMARY KEY (person, key)) WITHOUT ROWID",
};

const char *const kMigration3[] = {
    // Chart series read from this index alone, without visiting the rows
    // (and their XML) in the things table.
    "CREATE INDEX things_series ON things (record, type_id, effective_date, value1) "
    "WHERE value1 IS NOT NULL",
};

// Chart series from a compact table of their own. The index of migration 3
// repeated the 36-character type id in every entry (33,700 pages for the
// benchmark's 1.1 million weights, half full); a row here is about 30 bytes.
// Triggers keep it in step with things inside the statement that writes the
// thing, whatever path writes it. Only active things are charted. Dates are
// in descending key order because things arrive in bulk newest first (a
// vault's answers, a first sync): appending keeps the pages full, where
// inserting at the front of an ascending key leaves them half empty.
const char *const kMigration4[] = {
    "CREATE TABLE thing_types ("
    " code INTEGER PRIMARY KEY,"
    " type_id TEXT NOT NULL UNIQUE)",
    "CREATE TABLE series ("
    " record INTEGER NOT NULL,"
    " type INTEGER NOT NULL,"
    " at INTEGER NOT NULL,"
    " thing INTEGER NOT NULL,"
    " value1 REAL NOT NULL,"
    " value2 REAL,"
    " PRIMARY KEY (record, type, at DESC, thing DESC)) WITHOUT ROWID",
    // OR IGNORE rather than DISTINCT: SQLite's DISTINCT over a million rows
    // held about 85 MB more here. The rows come to the series grouped by type (from
    // things_by_type_date), newest first, so each type's run appends.
    "INSERT OR IGNORE INTO thing_types (type_id) SELECT type_id FROM things "
    "WHERE value1 IS NOT NULL",
    "INSERT INTO series (record, type, at, thing, value1, value2) "
    "SELECT t.record, (SELECT code FROM thing_types c WHERE c.type_id = t.type_id), "
    "t.effective_date, t.id, t.value1, t.value2 FROM things t "
    "WHERE t.value1 IS NOT NULL AND t.state = 'Active' "
    "ORDER BY t.record, t.type_id, t.effective_date DESC, t.id DESC",
    "DROP INDEX things_series",
    "CREATE TRIGGER series_after_insert AFTER INSERT ON things "
    "WHEN NEW.value1 IS NOT NULL AND NEW.state = 'Active' BEGIN"
    " INSERT OR IGNORE INTO thing_types (type_id) VALUES (NEW.type_id);"
    " INSERT INTO series (record, type, at, thing, value1, value2)"
    "  SELECT NEW.record, code, NEW.effective_date, NEW.id, NEW.value1, NEW.value2"
    "  FROM thing_types WHERE type_id = NEW.type_id;"
    " END",
    "CREATE TRIGGER series_after_delete AFTER DELETE ON things "
    "WHEN OLD.value1 IS NOT NULL AND OLD.state = 'Active' BEGIN"
    " DELETE FROM series WHERE record = OLD.record"
    "  AND type = (SELECT code FROM thing_types WHERE type_id = OLD.type_id)"
    "  AND at = OLD.effective_date AND thing = OLD.id;"
    " END",
    // Every charted column; an update that leaves them alone (a new version
    // with the same values) costs no series write.
    "CREATE TRIGGER series_after_update "
    "AFTER UPDATE OF id, record, type_id, state, effective_date, value1, value2 ON things "
    "WHEN OLD.id IS NOT NEW.id OR OLD.record IS NOT NEW.record"
    " OR OLD.type_id IS NOT NEW.type_id OR OLD.state IS NOT NEW.state"
    " OR OLD.effective_date IS NOT NEW.effective_date"
    " OR OLD.value1 IS NOT NEW.value1 OR OLD.value2 IS NOT NEW.value2 BEGIN"
    " DELETE FROM series WHERE OLD.value1 IS NOT NULL AND OLD.state = 'Active'"
    "  AND record = OLD.record"
    "  AND type = (SELECT code FROM thing_types WHERE type_id = OLD.type_id)"
    "  AND at = OLD.effective_date AND thing = OLD.id;"
    " INSERT OR IGNORE INTO thing_types (type_id)"
    "  SELECT NEW.type_id WHERE NEW.value1 IS NOT NULL AND NEW.state = 'Active';"
    " INSERT INTO series (record, type, at, thing, value1, value2)"
    "  SELECT NEW.record, code, NEW.effective_date, NEW.id, NEW.value1, NEW.value2"
    "  FROM thing_types WHERE type_id = NEW.type_id"
    "  AND NEW.value1 IS NOT NULL AND NEW.state = 'Active';"
    " END",
};

struct Migration
{
    const char *const *statements;
    size_t count;
};

template<size_t N> constexpr Migration migration(const char *const (&statements)[N])
{
    return { statements, N };
}

const Migration kMigrations[] = { migration(kMigration1), migration(kMigration2),
    migration(kMigration3), migration(kMigration4) };

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::Migrations", text);
}

} // namespace

int Migrations::latestVersion()
{
    return int(std::size(kMigrations));
}

int Migrations::currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Migrations::migrate(QSqlDatabase &db, StoreError *error, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = currentVersion(db);
    if (current < 0) {
        *error = { StoreError::Code::Io,
            tr("The database version could not be read: %1").arg(db.lastError().text()) };
        return false;
    }
    if (current > latestVersion()) {
        *error = { StoreError::Code::NewerSchema,
            tr("This profile was written by a newer version of Hearth (schema %1; this "
               "version knows up to %2). Please update Hearth.")
                .arg(current)
                .arg(latestVersion()) };
        return false;
    }
    for (int version = current + 1; version <= target; ++version) {
        const Migration &m = kMigrations[version - 1];
        if (!db.transaction()) {
            *error = { StoreError::Code::Migration,
                tr("Could not start upgrading the database to version %1: %2")
                    .arg(version)
                    .arg(db.lastError().text()) };
            return false;
        }
        QSqlQuery query(db);
        bool ok = true;
        for (size_t i = 0; ok && i < m.count; ++i)
            ok = query.exec(QString::fromLatin1(m.statements[i]));
        // user_version lives in the database header, so it commits or rolls
        // back with the migration's own statements.
        if (ok)
            ok = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (ok)
            ok = db.commit();
        if (!ok) {
            const QString reason
                = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
            db.rollback();
            qCWarning(lcStore) << "migration" << version << "failed";
            *error = { StoreError::Code::Migration,
                tr("Upgrading the database to version %1 failed and was undone: %2")
                    .arg(version)
                    .arg(reason) };
            return false;
        }
        qCInfo(lcStore) << "migrated store to schema" << version;
    }
    return true;
}

} // namespace hearth
