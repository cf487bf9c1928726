#include "core/store/Store.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/store/CipherVfs.h"
#include "core/store/Migrations.h"
#include "core/store/Sha256.h"
#include "core/store/ThingIndex.h"
#include "core/thing/Thing.h"

#include <QIODevice>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <cerrno>
#include <memory>
#include <sqlite3.h>

namespace hearth {
namespace {

QVariant msecs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMsecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

// Qt binds a null QString as NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<double> optionalFrom(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return text;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

// The WHERE clause for a query, with its bound values in order.
QString whereClause(const ThingQuery &q, QVariantList *values)
{
    QStringList parts;
    if (q.record) {
        parts << QStringLiteral("record = ?");
        *values << *q.record;
    }
    if (!q.types.isEmpty()) {
        QStringList marks;
        for (const QUuid &type : q.types) {
            marks << QStringLiteral("?");
            *values << uuidText(type);
        }
        parts << QStringLiteral("type_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (q.from.isValid()) {
        parts << QStringLiteral("effective_date >= ?");
        *values << q.from.toMSecsSinceEpoch();
    }
    if (q.to.isValid()) {
        parts << QStringLiteral("effective_date < ?");
        *values << q.to.toMSecsSinceEpoch();
    }
    if (!q.state.isEmpty()) {
        parts << QStringLiteral("state = ?");
        *values << q.state;
    }
    if (!q.text.isEmpty()) {
        parts << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        *values << QStringLiteral("%%1%").arg(escapeLike(q.text));
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

const char kThingColumns[] = "id, record, thing_id, version_stamp, type_id, state, effective_date, "
                             "updated_date, value1, value2, search_text";

ThingRow thingFrom(const QSqlQuery &q, bool withXml)
{
    ThingRow row;
    row.id = q.value(0).toLongLong();
    row.record = q.value(1).toLongLong();
    row.thingId = QUuid::fromString(q.value(2).toString());
    row.versionStamp = q.value(3).toString();
    row.typeId = QUuid::fromString(q.value(4).toString());
    row.state = q.value(5).toString();
    row.effectiveDate = fromMsecs(q.value(6));
    row.updatedDate = fromMsecs(q.value(7));
    row.value1 = optionalFrom(q.value(8));
    row.value2 = optionalFrom(q.value(9));
    row.searchText = q.value(10).toString();
    if (withXml)
        row.xml = q.value(11).toByteArray();
    return row;
}

} // namespace

bool ThingQuery::matches(const ThingRow &row) const
{
    if (record && row.record != *record)
        return false;
    if (!types.isEmpty() && !types.contains(row.typeId))
        return false;
    if (from.isValid() && row.effectiveDate < from)
        return false;
    if (to.isValid() && !(row.effectiveDate < to))
        return false;
    if (!state.isEmpty() && row.state != state)
        return false;
    // SQLite's LIKE folds ASCII case only; so does this.
    if (!text.isEmpty()) {
        const QByteArray hay = row.searchText.toUtf8().toLower();
        if (!hay.contains(text.toUtf8().toLower()))
            return false;
    }
    return true;
}

Store::Store(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{ }

QSqlQuery &Store::cached(const QString &sql)
{
    auto &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_db);
        slot->prepare(sql);
    }
    return *slot;
}

Store::~Store()
{
    m_statements.clear();
    const QString connection = m_connection;
    if (m_db.isOpen()) {
        // A clean close checkpoints the WAL into the main file.
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!connection.isEmpty())
        QSqlDatabase::removeDatabase(connection);
    if (!m_keyToken.isEmpty())
        CipherVfs::forgetKey(m_keyToken);
}

std::unique_ptr<Store> Store::open(
    const QString &fileName, const QByteArray &key, const Clock &clock, StoreError *error)
{
    if (key.size() != CipherVfs::keySize) {
        *error = { StoreError::Code::InvalidArgument, tr("The database key has the wrong size.") };
        return nullptr;
    }
    return openImpl(fileName, &key, clock, error);
}

std::unique_ptr<Store> Store::openUnencryptedForComparison(
    const QString &fileName, const Clock &clock, StoreError *error)
{
    return openImpl(fileName, nullptr, clock, error);
}

std::unique_ptr<Store> Store::openImpl(
    const QString &fileName, const QByteArray *key, const Clock &clock, StoreError *error)
{
    std::unique_ptr<Store> store(new Store(clock));
    store->m_fileName = fileName;
    store->m_connection
        = QStringLiteral("hearth-store-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QString uri
        = QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(fileName, "/"));
    if (key) {
        if (!CipherVfs::ensureRegistered()) {
            *error = { StoreError::Code::Io,
                tr("The encryption layer could not be registered with SQLite.") };
            return nullptr;
        }
        store->m_keyToken = CipherVfs::registerKey(*key);
        uri += QStringLiteral("?vfs=%1&hearthkey=%2")
                   .arg(QString::fromLatin1(CipherVfs::name()), store->m_keyToken);
    }
    store->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    store->m_db.setDatabaseName(uri);
    store->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=3000"));
    const quint64 failuresBefore = CipherVfs::authenticationFailures();
    if (!store->m_db.open()) {
        if (key && CipherVfs::authenticationFailures() != failuresBefore) {
            *error = wrongKeyError();
            return nullptr;
        }
        *error = { StoreError::Code::Io,
            tr("The database %1 could not be opened: %2")
                .arg(fileName, store->m_db.lastError().text()) };
        return nullptr;
    }
    if (!store->configure(error))
        return nullptr;
    return store;
}

StoreError Store::wrongKeyError()
{
    return { StoreError::Code::WrongKeyOrDamaged,
        tr("The database could not be decrypted: the key is wrong, or the file's first "
           "page is damaged. Nothing was changed.") };
}

bool Store::configure(StoreError *error)
{
    sqlite3 *handle = handleOf(m_db);
    if (!handle) {
        *error = { StoreError::Code::Io, tr("The SQLite driver gave no database handle.") };
        return false;
    }
    if (isEncrypted()) {
        // Asks SQLite to leave nonce and tag room at the end of every page.
        // This only takes effect while the file is still empty; an existing
        // file carries its reserve in its header, which the VFS checks.
        int reserve = CipherVfs::reserveBytes;
        sqlite3_file_control(handle, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    }
    QSqlQuery q(m_db);
    // Reading the schema reads page 1: a wrong key stops here, before any
    // statement below could write.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        *error = errorFrom(q.lastError());
        if (error->code == StoreError::Code::Damaged && isEncrypted()) {
            if (sqlite3_extended_errcode(handle) == CipherVfs::authenticationFailureCode())
                *error = wrongKeyError();
        }
        return false;
    }
    const char *const pragmas[] = {
        "PRAGMA page_size = 4096",
        "PRAGMA journal_mode = WAL",
        // Every commit is on disk when commit returns.
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        // Temporary tables and indices stay in memory, not in /tmp.
        "PRAGMA temp_store = MEMORY",
    };
    QStringList statements;
    for (const char *pragma : pragmas)
        statements << QString::fromLatin1(pragma);
    statements << QStringLiteral("PRAGMA cache_size = -%1").arg(pageCacheBytes / 1024);
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            *error = errorFrom(q.lastError());
            return false;
        }
    }
    return Migrations::migrate(m_db, error);
}

int Store::schemaVersion() const
{
    QSqlDatabase db = m_db;
    return Migrations::currentVersion(db);
}

QStringList Store::integrityProblems() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return { q.lastError().text() };
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

StoreError Store::errorFrom(const QSqlError &sqlError) const
{
    // Qt reports the primary result code; the extended one tells a failed
    // page authentication from other I/O errors.
    sqlite3 *handle = handleOf(m_db);
    int code = sqlError.nativeErrorCode().toInt();
    // Some driver errors (commit) carry no code at all; SQLite still has it.
    if (handle && (code == 0 || (sqlite3_extended_errcode(handle) & 0xff) == (code & 0xff)))
        code = sqlite3_extended_errcode(handle);
    const QString detail = sqlError.text();
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return { StoreError::Code::Locked,
            tr("The database is in use by another program. Close it and try again.") };
    case SQLITE_FULL:
        return { StoreError::Code::DiskFull,
            tr("The disk is full. The last change was not saved; everything saved before "
               "it is safe. Free some space and try again.") };
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return { StoreError::Code::Damaged,
            tr("The database file is damaged (%1). Restore it from a backup or sync it "
               "again from the vault.")
                .arg(detail) };
    case SQLITE_IOERR:
        if (code == CipherVfs::authenticationFailureCode())
            return { StoreError::Code::Damaged,
                tr("The database file is damaged: a page failed its integrity check and "
                   "was not read. Restore it from a backup or sync it again from the "
                   "vault.") };
        if (handle) {
            const int err = sqlite3_system_errno(handle);
            if (err == ENOSPC || err == EFBIG || err == EDQUOT)
                return { StoreError::Code::DiskFull,
                    tr("The disk is full. The last change was not saved; everything saved "
                       "before it is safe. Free some space and try again.") };
        }
        if (code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC)
            return { StoreError::Code::Io,
                tr("The database could not be written (%1). The last change was not "
                   "saved.")
                    .arg(detail) };
        break;
    default:
        break;
    }
    return { StoreError::Code::Io, tr("Database error: %1").arg(detail) };
}

bool Store::exec(QSqlQuery &query, StoreError *error) const
{
    if (query.exec())
        return true;
    *error = errorFrom(query.lastError());
    qCWarning(lcStore) << "statement failed with code" << query.lastError().nativeErrorCode();
    return false;
}

bool Store::transaction(const std::function<bool()> &fn, StoreError *error)
{
    if (m_transactionDepth > 0) {
        // Nested: joins the outer transaction, which commits or rolls back.
        return fn();
    }
    if (!m_db.transaction()) {
        *error = errorFrom(m_db.lastError());
        return false;
    }
    ++m_transactionDepth;
    const bool ok = fn();
    --m_transactionDepth;
    if (ok && m_db.commit()) {
        emitPending();
        return true;
    }
    if (ok)
        *error = errorFrom(m_db.lastError());
    m_db.rollback();
    m_pendingSignals.clear();
    return false;
}

void Store::emitPending()
{
    auto pending = std::move(m_pendingSignals);
    m_pendingSignals.clear();
    for (const auto &emitOne : pending)
        emitOne();
}

std::optional<qint64> Store::putRecord(const RecordRow &row, StoreError *error)
{
    qint64 id = 0;
    bool added = false;
    const bool ok = transaction(
        [&] {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO people (person_id, name) VALUES (?, ?) "
                                     "ON CONFLICT (person_id) DO UPDATE SET name = excluded.name"));
            q.addBindValue(uuidText(row.personId));
            q.addBindValue(text(row.personName));
            if (!exec(q, error))
                return false;
            q.prepare(QStringLiteral("SELECT id FROM people WHERE person_id = ?"));
            q.addBindValue(uuidText(row.personId));
            if (!exec(q, error) || !q.next())
                return false;
            const qint64 person = q.value(0).toLongLong();
            q.prepare(QStringLiteral("SELECT id FROM records WHERE record_id = ?"));
            q.addBindValue(uuidText(row.recordId));
            if (!exec(q, error))
                return false;
            added = !q.next();
            if (!added)
                id = q.value(0).toLongLong();
            q.prepare(added
                    ? QStringLiteral("INSERT INTO records (person, display_name, relationship, "
                                     "access, picture_thing, record_id) VALUES (?, ?, ?, ?, ?, ?)")
                    : QStringLiteral("UPDATE records SET person = ?, display_name = ?, "
                                     "relationship = ?, access = ?, picture_thing = ? "
                                     "WHERE record_id = ?"));
            q.addBindValue(person);
            q.addBindValue(text(row.displayName));
            q.addBindValue(text(row.relationship));
            q.addBindValue(int(row.access));
            q.addBindValue(
                row.pictureThingId.isNull() ? QVariant() : QVariant(uuidText(row.pictureThingId)));
            q.addBindValue(uuidText(row.recordId));
            if (!exec(q, error))
                return false;
            if (added)
                id = q.lastInsertId().toLongLong();
            m_pendingSignals.push_back([this, id, added] {
                if (added)
                    emit recordAdded(id);
                else
                    emit recordChanged(id);
            });
            return true;
        },
        error);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

namespace {
const char kRecordSelect[]
    = "SELECT r.id, r.record_id, p.person_id, p.name, r.display_name, r.relationship, "
      "r.access, r.picture_thing FROM records r JOIN people p ON p.id = r.person ";

RecordRow recordFrom(const QSqlQuery &q)
{
    RecordRow row;
    row.id = q.value(0).toLongLong();
    row.recordId = QUuid::fromString(q.value(1).toString());
    row.personId = QUuid::fromString(q.value(2).toString());
    row.personName = q.value(3).toString();
    row.displayName = q.value(4).toString();
    row.relationship = q.value(5).toString();
    row.access = RecordRow::Access(q.value(6).toInt());
    row.pictureThingId = QUuid::fromString(q.value(7).toString());
    return row;
}
} // namespace

std::optional<RecordRow> Store::record(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(kRecordSelect) + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QList<RecordRow> Store::records(qint64 after, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QLatin1String(kRecordSelect) + QStringLiteral("WHERE r.id > ? ORDER BY r.id LIMIT ?"));
    q.addBindValue(after);
    q.addBindValue(limit);
    QList<RecordRow> rows;
    if (!q.exec())
        return rows;
    while (q.next())
        rows << recordFrom(q);
    return rows;
}

bool Store::putThing(ThingRow &row, StoreError *error)
{
    if (row.thingId.isNull() || !row.effectiveDate.isValid() || row.record <= 0) {
        *error = { StoreError::Code::InvalidArgument,
            tr("A thing needs an id, a record and an effective date.") };
        return false;
    }
    if (!row.updatedDate.isValid())
        row.updatedDate = m_clock.now();
    return transaction(
        [&] {
            // Prepared once per connection: bulk imports call this per row.
            QSqlQuery &find = cached(QStringLiteral(
                "SELECT id, version_stamp, updated_date, xml FROM things WHERE thing_id = ?"));
            find.addBindValue(uuidText(row.thingId));
            if (!exec(find, error))
                return false;
            const bool existed = find.next();
            if (existed) {
                row.id = find.value(0).toLongLong();
                if (find.value(1).toString() != row.versionStamp) {
                    QSqlQuery &h = cached(QStringLiteral(
                        "INSERT OR IGNORE INTO thing_history (thing_id, version_stamp, "
                        "updated_date, xml) VALUES (?, ?, ?, ?)"));
                    h.addBindValue(uuidText(row.thingId));
                    h.addBindValue(find.value(1));
                    h.addBindValue(find.value(2));
                    h.addBindValue(find.value(3));
                    if (!exec(h, error))
                        return false;
                }
            }
            find.finish();
            QSqlQuery &q = existed
                ? cached(QStringLiteral(
                    "UPDATE things SET record = ?, version_stamp = ?, type_id = ?, state = ?, "
                    "effective_date = ?, updated_date = ?, value1 = ?, value2 = ?, "
                    "search_text = ?, xml = ? WHERE id = ?"))
                : cached(QStringLiteral(
                    "INSERT INTO things (record, version_stamp, type_id, state, effective_date, "
                    "updated_date, value1, value2, search_text, xml, thing_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(row.record);
            q.addBindValue(text(row.versionStamp));
            q.addBindValue(uuidText(row.typeId));
            q.addBindValue(text(row.state));
            q.addBindValue(msecs(row.effectiveDate));
            q.addBindValue(msecs(row.updatedDate));
            q.addBindValue(optionalValue(row.value1));
            q.addBindValue(optionalValue(row.value2));
            q.addBindValue(text(row.searchText));
            q.addBindValue(row.xml);
            if (existed)
                q.addBindValue(row.id);
            else
                q.addBindValue(uuidText(row.thingId));
            if (!exec(q, error))
                return false;
            if (!existed)
                row.id = q.lastInsertId().toLongLong();
            q.finish();
            ThingRow copy = row;
            copy.xml.clear();
            m_pendingSignals.push_back([this, copy, existed] {
                if (existed)
                    emit thingChanged(copy);
                else
                    emit thingAdded(copy);
            });
            return true;
        },
        error);
}

std::optional<ThingRow> Store::putThing(qint64 record, const Thing &thing, StoreError *error)
{
    return putThing(record, thing, thing.toXml(), error);
}

std::optional<ThingRow> Store::putThing(
    qint64 record, const Thing &thing, const QByteArray &xml, StoreError *error)
{
    if (thing.id().isNull() || thing.versionStamp().isEmpty()) {
        *error = { StoreError::Code::InvalidArgument,
            tr("Only a thing with an id and a version stamp can be stored.") };
        return std::nullopt;
    }
    ThingRow row = ThingIndex::rowFor(record, thing, m_clock.now(), xml);
    if (!putThing(row, error))
        return std::nullopt;
    row.xml.clear();
    return row;
}

std::optional<Thing> Store::loadThing(const QUuid &thingId, StoreError *error) const
{
    const auto row = thing(thingId);
    if (!row) {
        *error = { StoreError::Code::InvalidArgument, tr("The thing is not in the store.") };
        return std::nullopt;
    }
    ThingError parseError;
    auto parsed = Thing::fromXml(row->xml, &parseError);
    if (!parsed)
        *error = { StoreError::Code::Damaged, tr("A stored thing could not be read back.") };
    return parsed;
}

bool Store::removeRecord(qint64 id, StoreError *error)
{
    return transaction(
        [&] {
            QSqlQuery q(m_db);
            // History rows are keyed by thing id, not record: they go first.
            q.prepare(QStringLiteral("DELETE FROM thing_history WHERE thing_id IN "
                                     "(SELECT thing_id FROM things WHERE record = ?)"));
            q.addBindValue(id);
            if (!exec(q, error))
                return false;
            // Things, queue, cursor and conflicts cascade.
            q.prepare(QStringLiteral("DELETE FROM records WHERE id = ?"));
            q.addBindValue(id);
            return exec(q, error);
        },
        error);
}

bool Store::removeThing(const QUuid &thingId, StoreError *error)
{
    return transaction(
        [&] {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT id, record, version_stamp, updated_date, xml FROM "
                                     "things WHERE thing_id = ?"));
            q.addBindValue(uuidText(thingId));
            if (!exec(q, error))
                return false;
            if (!q.next())
                return true;
            const qint64 id = q.value(0).toLongLong();
            const qint64 record = q.value(1).toLongLong();
            QSqlQuery h(m_db);
            h.prepare(QStringLiteral("INSERT OR IGNORE INTO thing_history (thing_id, "
                                     "version_stamp, updated_date, xml) VALUES (?, ?, ?, ?)"));
            h.addBindValue(uuidText(thingId));
            h.addBindValue(q.value(2));
            h.addBindValue(q.value(3));
            h.addBindValue(q.value(4));
            if (!exec(h, error))
                return false;
            h.prepare(QStringLiteral("DELETE FROM things WHERE id = ?"));
            h.addBindValue(id);
            if (!exec(h, error))
                return false;
            m_pendingSignals.push_back([this, id, record] { emit thingRemoved(id, record); });
            return true;
        },
        error);
}

std::optional<ThingRow> Store::thing(const QUuid &thingId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, xml FROM things WHERE thing_id = ?")
                  .arg(QLatin1String(kThingColumns)));
    q.addBindValue(uuidText(thingId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return thingFrom(q, true);
}

QList<ThingRow> Store::history(const QUuid &thingId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT version_stamp, updated_date, xml FROM thing_history "
                             "WHERE thing_id = ? ORDER BY id"));
    q.addBindValue(uuidText(thingId));
    QList<ThingRow> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        ThingRow row;
        row.thingId = thingId;
        row.versionStamp = q.value(0).toString();
        row.updatedDate = fromMsecs(q.value(1));
        row.xml = q.value(2).toByteArray();
        rows << row;
    }
    return rows;
}

QList<ThingRow> Store::things(const ThingQuery &query, const QDateTime &afterDate, qint64 afterId,
    int limit, bool withXml) const
{
    QVariantList values;
    QString where = whereClause(query, &values);
    if (afterDate.isValid()) {
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        // Row values compare lexicographically and can use the index.
        where += QStringLiteral("(effective_date, id) < (?, ?)");
        values << afterDate.toMSecsSinceEpoch() << afterId;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1%2 FROM things%3 ORDER BY effective_date DESC, id DESC "
                             "LIMIT ?")
                  .arg(QLatin1String(kThingColumns), withXml ? QStringLiteral(", xml") : QString(),
                      where));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(limit);
    QList<ThingRow> rows;
    if (!q.exec()) {
        qCWarning(lcStore) << "thing query failed with code" << q.lastError().nativeErrorCode();
        return rows;
    }
    while (q.next())
        rows << thingFrom(q, withXml);
    return rows;
}

qint64 Store::countThings(const ThingQuery &query) const
{
    QVariantList values;
    const QString where = whereClause(query, &values);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM things") + where);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<SeriesPoint> Store::series(
    qint64 record, const QUuid &typeId, const QDateTime &from, const QDateTime &to) const
{
    // A chart reads up to a few hundred thousand points; SQLite's own API
    // spares the QVariant per value that is most of QSqlQuery's time here.
    QList<SeriesPoint> points;
    sqlite3 *handle = handleOf(m_db);
    sqlite3_stmt *statement = nullptr;
    const char *sql = "SELECT at, value1, value2 FROM series WHERE record = ? "
                      "AND type = (SELECT code FROM thing_types WHERE type_id = ?) "
                      "AND at >= ? AND at < ? ORDER BY at, thing";
    if (!handle || sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK) {
        qCWarning(lcStore) << "series query failed:" << (handle ? sqlite3_errmsg(handle) : "");
        return points;
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalize(
        statement, sqlite3_finalize);
    const QByteArray type = uuidText(typeId).toLatin1();
    sqlite3_bind_int64(statement, 1, record);
    sqlite3_bind_text(statement, 2, type.constData(), int(type.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(statement, 3, from.toMSecsSinceEpoch());
    sqlite3_bind_int64(statement, 4, to.toMSecsSinceEpoch());
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        points.append({ QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(statement, 0), Qt::UTC),
            sqlite3_column_double(statement, 1),
            sqlite3_column_type(statement, 2) == SQLITE_NULL
                ? std::nullopt
                : std::optional<double>(sqlite3_column_double(statement, 2)) });
    }
    if (step != SQLITE_DONE)
        qCWarning(lcStore) << "series query stopped with code" << sqlite3_extended_errcode(handle);
    return points;
}

std::optional<QString> Store::putBlob(QIODevice &source, StoreError *error)
{
    // The chunks go in while the hash is computed, so the data is read once
    // and never held whole; the hash is set (or the copy dropped) at the end
    // of the same transaction.
    QString hash;
    const bool ok = transaction(
        [&] {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO blobs (hash, size, chunks) VALUES (NULL, 0, 0)"));
            if (!exec(q, error))
                return false;
            const qint64 blob = q.lastInsertId().toLongLong();
            Sha256 sha;
            qint64 size = 0;
            int n = 0;
            q.prepare(QStringLiteral("INSERT INTO blob_chunks (blob, n, data) VALUES (?, ?, ?)"));
            for (;;) {
                const QByteArray chunk = source.read(blobChunkSize);
                if (chunk.isEmpty()) {
                    if (source.atEnd() || source.bytesAvailable() == 0)
                        break;
                    *error = { StoreError::Code::Io,
                        tr("The file could not be read: %1").arg(source.errorString()) };
                    return false;
                }
                sha.addData(chunk);
                size += chunk.size();
                q.addBindValue(blob);
                q.addBindValue(n++);
                q.addBindValue(chunk);
                if (!exec(q, error))
                    return false;
            }
            hash = QString::fromLatin1(sha.result().toHex());
            if (hasBlob(hash)) {
                q.prepare(QStringLiteral("DELETE FROM blobs WHERE id = ?"));
                q.addBindValue(blob);
                return exec(q, error);
            }
            q.prepare(
                QStringLiteral("UPDATE blobs SET hash = ?, size = ?, chunks = ? WHERE id = ?"));
            q.addBindValue(hash);
            q.addBindValue(size);
            q.addBindValue(n);
            q.addBindValue(blob);
            return exec(q, error);
        },
        error);
    return ok ? std::optional<QString>(hash) : std::nullopt;
}

bool Store::hasBlob(const QString &hash) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM blobs WHERE hash = ?"));
    q.addBindValue(hash);
    return q.exec() && q.next();
}

bool Store::readBlob(const QString &hash, QIODevice &sink, StoreError *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, chunks FROM blobs WHERE hash = ?"));
    q.addBindValue(hash);
    if (!exec(q, error))
        return false;
    if (!q.next()) {
        *error = { StoreError::Code::InvalidArgument, tr("The file is not in the store.") };
        return false;
    }
    const qint64 blob = q.value(0).toLongLong();
    const int chunks = q.value(1).toInt();
    Sha256 sha;
    // One chunk at a time, so memory stays at one chunk whatever the size.
    q.prepare(QStringLiteral("SELECT data FROM blob_chunks WHERE blob = ? AND n = ?"));
    for (int n = 0; n < chunks; ++n) {
        q.addBindValue(blob);
        q.addBindValue(n);
        if (!exec(q, error))
            return false;
        if (!q.next()) {
            *error = { StoreError::Code::Damaged, tr("A part of the file is missing.") };
            return false;
        }
        const QByteArray data = q.value(0).toByteArray();
        sha.addData(data);
        if (sink.write(data) != data.size()) {
            *error = { StoreError::Code::Io,
                tr("The file could not be written: %1").arg(sink.errorString()) };
            return false;
        }
    }
    if (QString::fromLatin1(sha.result().toHex()) != hash) {
        *error = { StoreError::Code::Damaged, tr("The file's content does not match its hash.") };
        return false;
    }
    return true;
}

std::optional<qint64> Store::enqueue(OutboundChange change, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outbound (record, operation, thing_id, base_version, "
                             "xml, queued_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(change.record);
    q.addBindValue(int(change.operation));
    q.addBindValue(uuidText(change.thingId));
    q.addBindValue(text(change.baseVersionStamp));
    q.addBindValue(
        change.operation == OutboundChange::Operation::Delete ? QVariant() : QVariant(change.xml));
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    if (!exec(q, error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

QList<OutboundChange> Store::pendingChanges(int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, record, operation, thing_id, base_version, xml, "
                             "queued_at FROM outbound ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    QList<OutboundChange> changes;
    if (!q.exec())
        return changes;
    while (q.next()) {
        OutboundChange c;
        c.id = q.value(0).toLongLong();
        c.record = q.value(1).toLongLong();
        c.operation = OutboundChange::Operation(q.value(2).toInt());
        c.thingId = QUuid::fromString(q.value(3).toString());
        c.baseVersionStamp = q.value(4).toString();
        c.xml = q.value(5).toByteArray();
        c.queuedAt = fromMsecs(q.value(6));
        changes << c;
    }
    return changes;
}

bool Store::dequeue(qint64 id, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outbound WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, error);
}

bool Store::rebaseQueued(const QUuid &thingId, const QUuid &newThingId,
    const QString &newBaseVersionStamp, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE outbound SET thing_id = ?, base_version = ? WHERE thing_id = ?"));
    q.addBindValue(uuidText(newThingId));
    q.addBindValue(text(newBaseVersionStamp));
    q.addBindValue(uuidText(thingId));
    return exec(q, error);
}

bool Store::setSyncCursor(qint64 record, const QString &cursor, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_cursors (record, cursor) VALUES (?, ?) "
                             "ON CONFLICT (record) DO UPDATE SET cursor = excluded.cursor"));
    q.addBindValue(record);
    q.addBindValue(text(cursor));
    return exec(q, error);
}

QString Store::syncCursor(qint64 record) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cursor FROM sync_cursors WHERE record = ?"));
    q.addBindValue(record);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

std::optional<qint64> Store::addConflict(Conflict conflict, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO conflicts (record, thing_id, local_version, local_xml, "
                             "remote_version, remote_xml, detected_at) VALUES (?, ?, ?, ?, ?, ?, "
                             "?)"));
    q.addBindValue(conflict.record);
    q.addBindValue(uuidText(conflict.thingId));
    q.addBindValue(text(conflict.localVersionStamp));
    q.addBindValue(conflict.localXml);
    q.addBindValue(text(conflict.remoteVersionStamp));
    q.addBindValue(conflict.remoteXml);
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    if (!exec(q, error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

QList<Conflict> Store::conflicts(qint64 record) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, record, thing_id, local_version, local_xml, "
                             "remote_version, remote_xml, detected_at FROM conflicts WHERE "
                             "record = ? ORDER BY id"));
    q.addBindValue(record);
    QList<Conflict> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Conflict c;
        c.id = q.value(0).toLongLong();
        c.record = q.value(1).toLongLong();
        c.thingId = QUuid::fromString(q.value(2).toString());
        c.localVersionStamp = q.value(3).toString();
        c.localXml = q.value(4).toByteArray();
        c.remoteVersionStamp = q.value(5).toString();
        c.remoteXml = q.value(6).toByteArray();
        c.detectedAt = fromMsecs(q.value(7));
        out << c;
    }
    return out;
}

bool Store::resolveConflict(qint64 id, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM conflicts WHERE id = ?"));
    q.addBindValue(id);
    return exec(q, error);
}

bool Store::setPreferredUnit(
    const QUuid &personId, const QString &measure, const QString &unit, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO data_settings (person, key, value) SELECT id, ?, ? "
                             "FROM people WHERE person_id = ? ON CONFLICT (person, key) DO "
                             "UPDATE SET value = excluded.value"));
    q.addBindValue(QStringLiteral("unit/") + measure);
    q.addBindValue(unit);
    q.addBindValue(uuidText(personId));
    if (!exec(q, error))
        return false;
    if (q.numRowsAffected() != 1) {
        *error = { StoreError::Code::InvalidArgument, tr("The person is not in the store.") };
        return false;
    }
    return true;
}

QString Store::preferredUnit(const QUuid &personId, const QString &measure) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.value FROM data_settings s JOIN people p ON p.id = "
                             "s.person WHERE p.person_id = ? AND s.key = ?"));
    q.addBindValue(uuidText(personId));
    q.addBindValue(QStringLiteral("unit/") + measure);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace hearth
