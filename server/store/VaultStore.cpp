#include "server/store/VaultStore.h"

#include "core/Logging.h"
#include "core/protocol/XsDateTime.h"
#include "server/store/PasswordHash.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QStringList>
#include <QUrlQuery>

#include <openssl/rand.h>

namespace hearth::vault {

namespace {

QString idText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QVariant idValue(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(idText(id));
}

QUuid idFrom(const QVariant &value)
{
    return QUuid::fromString(value.toString());
}

// Times are stored as sortable UTC text with milliseconds.
QVariant timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    QString text = protocol::XsDateTime::format(time);
    text.chop(1); // the Z: every stored time is UTC
    return text;
}

// Fixed positions: no locale or time zone work on the hot path.
QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.size() != 23)
        return {};
    auto number
        = [&text](int from, int length) { return QStringView(text).mid(from, length).toInt(); };
    return QDateTime(QDate(number(0, 4), number(5, 2), number(8, 2)),
        QTime(number(11, 2), number(14, 2), number(17, 2), number(20, 3)), Qt::UTC);
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), size);
    return bytes;
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Each migration brings the schema from version (index) to (index + 1).
const char *const kMigrations[] = {
    R"sql(
CREATE TABLE persons (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES persons(id),
    created TEXT NOT NULL);
CREATE TABLE records (id TEXT PRIMARY KEY, display_name TEXT NOT NULL, created TEXT NOT NULL);
CREATE TABLE shares (
    record_id TEXT NOT NULL REFERENCES records(id),
    person_id TEXT NOT NULL REFERENCES persons(id),
    access TEXT NOT NULL,
    expires TEXT,
    PRIMARY KEY (record_id, person_id));
CREATE INDEX shares_person ON shares(person_id);
CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    master_id TEXT REFERENCES applications(id),
    shared_secret BLOB,
    allowed_types TEXT NOT NULL DEFAULT '',
    permissions TEXT NOT NULL DEFAULT 'CRUD',
    active INTEGER NOT NULL DEFAULT 1,
    created TEXT NOT NULL);
CREATE TABLE creation_tokens (
    token_hash TEXT PRIMARY KEY,
    instance_id TEXT NOT NULL REFERENCES applications(id),
    expires TEXT NOT NULL,
    used INTEGER NOT NULL DEFAULT 0);
CREATE TABLE app_authorizations (
    app_id TEXT NOT NULL REFERENCES applications(id),
    person_id TEXT NOT NULL REFERENCES persons(id),
    record_id TEXT NOT NULL REFERENCES records(id),
    created TEXT NOT NULL,
    PRIMARY KEY (app_id, person_id, record_id));
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    app_id TEXT NOT NULL REFERENCES applications(id),
    shared_secret BLOB NOT NULL,
    expires TEXT NOT NULL);
CREATE TABLE things (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id TEXT NOT NULL REFERENCES records(id),
    thing_id TEXT NOT NULL,
    version_stamp TEXT NOT NULL UNIQUE,
    type_id TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    flags INTEGER NOT NULL DEFAULT 0,
    eff_date TEXT NOT NULL,
    created_ts TEXT NOT NULL, created_app TEXT, created_person TEXT, created_master TEXT,
    created_avenue TEXT NOT NULL,
    updated_ts TEXT NOT NULL, updated_app TEXT, updated_person TEXT, updated_master TEXT,
    updated_avenue TEXT NOT NULL, updated_action TEXT NOT NULL,
    data_xml BLOB NOT NULL,
    updated_end TEXT);
CREATE INDEX things_current ON things(record_id, type_id, eff_date) WHERE updated_end IS NULL;
CREATE INDEX things_id ON things(record_id, thing_id);
CREATE TABLE blobs (
    id INTEGER PRIMARY KEY,
    version_stamp TEXT NOT NULL REFERENCES things(version_stamp),
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    data BLOB NOT NULL);
)sql",
    // 2: client thing ids (common/client-thing-id), queryable in GetThings.
    R"sql(
ALTER TABLE things ADD COLUMN client_thing_id TEXT;
CREATE INDEX things_client_id ON things(record_id, client_thing_id)
    WHERE client_thing_id IS NOT NULL;
)sql",
    // 3: incremental sync (GetThings with updated-date-min) reads only the
    // things changed since its cursor instead of every current row.
    R"sql(
CREATE INDEX things_updated ON things(record_id, updated_ts) WHERE updated_end IS NULL;
)sql",
    // 4: streamed blobs (BeginPutBlob): uploads in progress, the blobs of
    // each thing version (files in the data folder), the URL signing key.
    R"sql(
CREATE TABLE blob_uploads (
    token_hash TEXT PRIMARY KEY,
    file TEXT NOT NULL UNIQUE,
    app_id TEXT NOT NULL,
    record_id TEXT NOT NULL,
    received INTEGER NOT NULL DEFAULT 0,
    hash TEXT,
    state TEXT NOT NULL DEFAULT 'open',
    expires TEXT NOT NULL);
CREATE TABLE thing_blobs (
    version_stamp TEXT NOT NULL,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    hash TEXT NOT NULL,
    block_size INTEGER NOT NULL,
    length INTEGER NOT NULL,
    file TEXT NOT NULL,
    PRIMARY KEY (version_stamp, name));
CREATE TABLE vault_keys (name TEXT PRIMARY KEY, value BLOB NOT NULL);
)sql",
    // 5: the public certificates of web apps, which sign CAST with `sig`.
    R"sql(
CREATE TABLE app_certificates (
    app_id TEXT NOT NULL REFERENCES applications(id),
    thumbprint TEXT NOT NULL,
    certificate TEXT NOT NULL,
    PRIMARY KEY (app_id, thumbprint));
)sql",
};

// The migrations are written in SQLite's dialect; PostgreSQL gets byte-wise
// text collation (ids, times and cursors sort as in SQLite and in C++),
// BYTEA for BLOB, BIGSERIAL for SQLite's integer row ids, and a unique index
// on lower(email) for SQLite's COLLATE NOCASE.
QString postgresDialect(QString sql)
{
    sql.replace(QStringLiteral("email TEXT NOT NULL UNIQUE COLLATE NOCASE"),
        QStringLiteral("email TEXT NOT NULL"));
    sql.replace(
        QRegularExpression(QStringLiteral("\\bTEXT\\b")), QStringLiteral("TEXT COLLATE \"C\""));
    sql.replace(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"),
        QStringLiteral("BIGSERIAL PRIMARY KEY"));
    sql.replace(QStringLiteral("INTEGER PRIMARY KEY"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
    sql.replace(QRegularExpression(QStringLiteral("\\bBLOB\\b")), QStringLiteral("BYTEA"));
    if (sql.contains(QLatin1String("CREATE TABLE accounts")))
        sql += QStringLiteral(";CREATE UNIQUE INDEX accounts_email ON accounts (lower(email));");
    return sql;
}

} // namespace

QString accessName(RecordAccess access)
{
    switch (access) {
    case RecordAccess::Custodian:
        return QStringLiteral("custodian");
    case RecordAccess::ViewAndModify:
        return QStringLiteral("view-and-modify");
    case RecordAccess::View:
        return QStringLiteral("view");
    case RecordAccess::None:
        break;
    }
    return QStringLiteral("none");
}

RecordAccess accessFromName(const QString &name)
{
    if (name == QLatin1String("custodian"))
        return RecordAccess::Custodian;
    if (name == QLatin1String("view-and-modify"))
        return RecordAccess::ViewAndModify;
    if (name == QLatin1String("view"))
        return RecordAccess::View;
    return RecordAccess::None;
}

VaultStore::VaultStore(const Clock &clock)
    : m_clock(clock)
    , m_connection(QStringLiteral("vault-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{ }

VaultStore::~VaultStore()
{
    m_lastStatement = nullptr;
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

int VaultStore::schemaVersion()
{
    return int(std::size(kMigrations));
}

QUuid VaultStore::hearthDesktopAppId()
{
    return QUuid::fromString(QStringLiteral("6c1d3f0e-8a51-4b5e-9a7c-4e2b1d0f7a31"));
}

bool VaultStore::open(const QString &path, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    // WAL keeps every committed transaction across a killed process; NORMAL
    // sync only risks the last commits on a power loss, not on kill -9.
    for (const char *pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
             "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000" }) {
        if (!exec(QString::fromLatin1(pragma))) {
            *error = m_db.lastError().text();
            return false;
        }
    }
    return migrate(error);
}

bool VaultStore::openPostgreSql(const QUrl &url, QString *error)
{
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql")
            && url.scheme() != QLatin1String("postgres"))
        || url.path().size() < 2) {
        *error = QStringLiteral("expected postgresql://user@host[:port]/database");
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed");
        return false;
    }
    m_postgres = true;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    const QUrlQuery query(url);
    m_db.setHostName(query.hasQueryItem(QStringLiteral("host"))
            ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
            : url.host());
    if (url.port() > 0)
        m_db.setPort(url.port());
    m_db.setUserName(url.userName(QUrl::FullyDecoded));
    m_db.setPassword(url.password(QUrl::FullyDecoded));
    m_db.setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery schema(m_db);
    if (!schema.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS vault_schema (version INTEGER NOT NULL)"))) {
        *error = schema.lastError().text();
        return false;
    }
    return migrate(error);
}

int VaultStore::userVersion() const
{
    QSqlQuery query(m_db);
    if (m_postgres) {
        if (!query.exec(QStringLiteral("SELECT max(version) FROM vault_schema")) || !query.next())
            return -1;
        return query.value(0).isNull() ? 0 : query.value(0).toInt();
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool VaultStore::setUserVersion(int version)
{
    if (m_postgres)
        return exec(QStringLiteral("DELETE FROM vault_schema"))
            && exec(QStringLiteral("INSERT INTO vault_schema(version) VALUES(?)"), { version });
    return exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

bool VaultStore::migrate(QString *error)
{
    const int current = userVersion();
    if (current > schemaVersion()) {
        *error = QStringLiteral("the database has schema %1, newer than this vault (%2)")
                     .arg(current)
                     .arg(schemaVersion());
        return false;
    }
    for (int version = current; version < schemaVersion(); ++version) {
        m_db.transaction();
        QString migration = QString::fromLatin1(kMigrations[version]);
        if (m_postgres)
            migration = postgresDialect(migration);
        const QStringList statements = migration.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery query(m_db);
            if (!query.exec(statement)) {
                *error = QStringLiteral("migration %1: %2")
                             .arg(version + 1)
                             .arg(query.lastError().text());
                m_db.rollback();
                return false;
            }
        }
        if (version == 0) {
            Application hearth;
            hearth.id = hearthDesktopAppId();
            hearth.name = QStringLiteral("Hearth");
            if (!addApplication(hearth, error)) {
                m_db.rollback();
                return false;
            }
        }
        if (!setUserVersion(version + 1) || !m_db.commit()) {
            *error = m_db.lastError().text();
            return false;
        }
        qCInfo(lcVault) << "database migrated to schema" << version + 1;
    }
    return true;
}

QSqlQuery &VaultStore::statement(const QString &sql) const
{
    if (m_lastStatement)
        m_lastStatement->finish();
    std::shared_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        // Filters of many shapes could grow the cache without bound.
        if (m_statements.size() > 200) {
            m_statements.clear();
            m_lastStatement = nullptr;
            return statement(sql);
        }
        query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    m_lastStatement = query.get();
    return *query;
}

void VaultStore::finishStatements() const
{
    if (m_lastStatement)
        m_lastStatement->finish();
    m_lastStatement = nullptr;
}

bool VaultStore::exec(const QString &sql, const QVariantList &values) const
{
    // PostgreSQL prepares only queries and DML; statements without values
    // (DDL, fixed updates) run unprepared there.
    if (m_postgres && values.isEmpty()) {
        finishStatements();
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            qCWarning(lcVault) << "database:" << query.lastError().text();
            return false;
        }
        return true;
    }
    QSqlQuery &query = statement(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcVault) << "database:" << query.lastError().text();
        return false;
    }
    return true;
}

std::optional<Account> VaultStore::createAccount(
    const QString &email, const QString &password, const QString &name, QString *error)
{
    if (accountByEmail(email)) {
        *error = QStringLiteral("an account with this email address exists");
        return std::nullopt;
    }
    const QString hash = PasswordHash::hash(password);
    Account account;
    account.email = email;
    account.name = name;
    account.personId = QUuid::createUuid();
    m_db.transaction();
    const QString now = timeValue(m_clock.now()).toString();
    if (!exec(QStringLiteral("INSERT INTO persons(id, name) VALUES(?, ?)"),
            { idText(account.personId), name })
        || !exec(QStringLiteral("INSERT INTO accounts(email, password, person_id, created) "
                                "VALUES(?, ?, ?, ?)"),
            { email, hash, idText(account.personId), now })) {
        m_db.rollback();
        *error = QStringLiteral("the account could not be stored");
        return std::nullopt;
    }
    const QUuid record = createRecord(account.personId, name);
    if (record.isNull() || !m_db.commit()) {
        m_db.rollback();
        *error = QStringLiteral("the account could not be stored");
        return std::nullopt;
    }
    return accountByEmail(email);
}

std::optional<Account> VaultStore::signIn(const QString &email, const QString &password)
{
    QSqlQuery &query
        = statement(QStringLiteral("SELECT password FROM accounts WHERE lower(email) = lower(?)"));
    query.addBindValue(email);
    if (!query.exec() || !query.next()) {
        // Same work as a real check, so timing does not reveal accounts.
        PasswordHash::verify(password,
            QStringLiteral("scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA==$"
                           "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        return std::nullopt;
    }
    if (!PasswordHash::verify(password, query.value(0).toString()))
        return std::nullopt;
    return accountByEmail(email);
}

std::optional<Account> VaultStore::accountByEmail(const QString &email) const
{
    QSqlQuery &query = statement(
        QStringLiteral("SELECT a.id, a.email, a.person_id, p.name FROM accounts a "
                       "JOIN persons p ON p.id = a.person_id WHERE lower(a.email) = lower(?)"));
    query.addBindValue(email);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Account { query.value(0).toLongLong(), query.value(1).toString(), idFrom(query.value(2)),
        query.value(3).toString() };
}

std::optional<Account> VaultStore::accountByPerson(const QUuid &personId) const
{
    QSqlQuery &query
        = statement(QStringLiteral("SELECT a.id, a.email, a.person_id, p.name FROM accounts a "
                                   "JOIN persons p ON p.id = a.person_id WHERE a.person_id = ?"));
    query.addBindValue(idText(personId));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Account { query.value(0).toLongLong(), query.value(1).toString(), idFrom(query.value(2)),
        query.value(3).toString() };
}

QList<Account> VaultStore::accounts() const
{
    QList<Account> result;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT a.id, a.email, a.person_id, p.name FROM accounts a "
                              "JOIN persons p ON p.id = a.person_id ORDER BY a.id"));
    while (query.next())
        result.append({ query.value(0).toLongLong(), query.value(1).toString(),
            idFrom(query.value(2)), query.value(3).toString() });
    return result;
}

QString VaultStore::personName(const QUuid &personId) const
{
    QSqlQuery &query = statement(QStringLiteral("SELECT name FROM persons WHERE id = ?"));
    query.addBindValue(idText(personId));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QUuid VaultStore::createRecord(const QUuid &custodian, const QString &displayName)
{
    const QUuid id = QUuid::createUuid();
    if (!exec(QStringLiteral("INSERT INTO records(id, display_name, created) VALUES(?, ?, ?)"),
            { idText(id), displayName, timeValue(m_clock.now()) })
        || !share(id, custodian, RecordAccess::Custodian, {}))
        return {};
    return id;
}

bool VaultStore::share(
    const QUuid &recordId, const QUuid &personId, RecordAccess access, const QDateTime &expires)
{
    ++m_authGeneration;
    return exec(QStringLiteral("INSERT INTO shares(record_id, person_id, access, expires) "
                               "VALUES(?, ?, ?, ?) ON CONFLICT (record_id, person_id) DO UPDATE "
                               "SET access = excluded.access, expires = excluded.expires"),
        { idText(recordId), idText(personId), accessName(access), timeValue(expires) });
}

bool VaultStore::revoke(const QUuid &recordId, const QUuid &personId)
{
    ++m_authGeneration;
    return exec(QStringLiteral("DELETE FROM shares WHERE record_id = ? AND person_id = ?"),
               { idText(recordId), idText(personId) })
        && exec(
            QStringLiteral("DELETE FROM app_authorizations WHERE record_id = ? AND person_id = ?"),
            { idText(recordId), idText(personId) });
}

QList<RecordShare> VaultStore::recordsOf(const QUuid &personId) const
{
    QList<RecordShare> result;
    QSqlQuery &query
        = statement(QStringLiteral("SELECT s.record_id, r.display_name, s.access, s.expires "
                                   "FROM shares s JOIN records r ON r.id = s.record_id "
                                   "WHERE s.person_id = ? AND (s.expires IS NULL OR s.expires > ?) "
                                   "ORDER BY r.created, r.id"));
    query.addBindValue(idText(personId));
    query.addBindValue(timeValue(m_clock.now()));
    query.exec();
    while (query.next())
        result.append({ idFrom(query.value(0)), query.value(1).toString(), personId,
            accessFromName(query.value(2).toString()), timeFrom(query.value(3)) });
    return result;
}

QList<RecordShare> VaultStore::sharesOf(const QUuid &recordId) const
{
    QList<RecordShare> result;
    QSqlQuery &query
        = statement(QStringLiteral("SELECT s.person_id, r.display_name, s.access, s.expires "
                                   "FROM shares s JOIN records r ON r.id = s.record_id "
                                   "WHERE s.record_id = ? ORDER BY s.person_id"));
    query.addBindValue(idText(recordId));
    query.exec();
    while (query.next())
        result.append({ recordId, query.value(1).toString(), idFrom(query.value(0)),
            accessFromName(query.value(2).toString()), timeFrom(query.value(3)) });
    return result;
}

RecordAccess VaultStore::accessTo(const QUuid &recordId, const QUuid &personId) const
{
    QSqlQuery &query = statement(
        QStringLiteral("SELECT access FROM shares WHERE record_id = ? AND person_id = ? "
                       "AND (expires IS NULL OR expires > ?)"));
    query.addBindValue(idText(recordId));
    query.addBindValue(idText(personId));
    query.addBindValue(timeValue(m_clock.now()));
    if (!query.exec() || !query.next())
        return RecordAccess::None;
    return accessFromName(query.value(0).toString());
}

QString VaultStore::recordName(const QUuid &recordId) const
{
    QSqlQuery &query = statement(QStringLiteral("SELECT display_name FROM records WHERE id = ?"));
    query.addBindValue(idText(recordId));
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool VaultStore::addApplication(const Application &app, QString *error)
{
    ++m_authGeneration;
    QStringList types;
    for (const QUuid &type : app.allowedTypes)
        types << idText(type);
    if (!exec(QStringLiteral("INSERT INTO applications(id, name, master_id, shared_secret, "
                             "allowed_types, permissions, active, created) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
            { idText(app.id), app.name, idValue(app.masterId),
                app.sharedSecret.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                           : QVariant(app.sharedSecret),
                types.isEmpty() ? QStringLiteral("") : types.join(QLatin1Char(',')),
                app.permissions, app.active ? 1 : 0, timeValue(m_clock.now()) })) {
        *error = QStringLiteral("the application could not be stored (is the id taken?)");
        return false;
    }
    return true;
}

std::optional<Application> VaultStore::application(const QUuid &id) const
{
    QSqlQuery &query
        = statement(QStringLiteral("SELECT id, name, master_id, shared_secret, allowed_types, "
                                   "permissions, active FROM applications WHERE id = ?"));
    query.addBindValue(idText(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    Application app;
    app.id = idFrom(query.value(0));
    app.name = query.value(1).toString();
    app.masterId = idFrom(query.value(2));
    app.sharedSecret = query.value(3).toByteArray();
    const QStringList types = query.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &type : types)
        app.allowedTypes << QUuid::fromString(type);
    app.permissions = query.value(5).toString();
    app.active = query.value(6).toInt() != 0;
    return app;
}

bool VaultStore::setAppCertificate(
    const QUuid &appId, const QString &thumbprint, const QByteArray &pem, QString *error)
{
    ++m_authGeneration;
    if (!application(appId)) {
        *error = QStringLiteral("no application has this id");
        return false;
    }
    m_db.transaction();
    if (!exec(QStringLiteral("DELETE FROM app_certificates WHERE app_id = ?"), { idText(appId) })
        || !exec(QStringLiteral("INSERT INTO app_certificates(app_id, thumbprint, certificate) "
                                "VALUES(?, ?, ?)"),
            { idText(appId), thumbprint.toUpper(), QString::fromLatin1(pem) })
        || !m_db.commit()) {
        m_db.rollback();
        *error = QStringLiteral("the certificate could not be stored");
        return false;
    }
    return true;
}

QByteArray VaultStore::appCertificate(const QUuid &appId, const QString &thumbprint) const
{
    QSqlQuery &query = statement(QStringLiteral(
        "SELECT certificate FROM app_certificates WHERE app_id = ? AND thumbprint = ?"));
    query.addBindValue(idText(appId));
    query.addBindValue(thumbprint.toUpper());
    return query.exec() && query.next() ? query.value(0).toString().toLatin1() : QByteArray();
}

QList<Application> VaultStore::applications() const
{
    QList<Application> result;
    QSqlQuery query(m_db);
    query.exec(
        QStringLiteral("SELECT id FROM applications WHERE master_id IS NULL ORDER BY created"));
    while (query.next()) {
        if (auto app = application(idFrom(query.value(0))))
            result << *app;
    }
    return result;
}

Application VaultStore::rulesOf(const Application &app) const
{
    if (app.masterId.isNull())
        return app;
    auto master = application(app.masterId);
    return master ? *master : app;
}

std::optional<CreationInfo> VaultStore::newInstance(const QUuid &masterId)
{
    const auto master = application(masterId);
    if (!master || !master->masterId.isNull() || !master->active)
        return std::nullopt;
    CreationInfo info;
    info.instanceId = QUuid::createUuid();
    info.sharedSecret = randomBytes(32);
    info.appToken = QString::fromLatin1(randomBytes(48).toBase64());
    Application instance;
    instance.id = info.instanceId;
    instance.name = master->name;
    instance.masterId = masterId;
    instance.sharedSecret = info.sharedSecret;
    instance.active = false; // until a person authorizes it in the shell
    QString error;
    m_db.transaction();
    if (!addApplication(instance, &error)
        || !exec(QStringLiteral("INSERT INTO creation_tokens(token_hash, instance_id, expires) "
                                "VALUES(?, ?, ?)"),
            { tokenHash(info.appToken), idText(info.instanceId),
                timeValue(m_clock.now().addSecs(24 * 3600)) })
        || !m_db.commit()) {
        m_db.rollback();
        return std::nullopt;
    }
    return info;
}

std::optional<QUuid> VaultStore::instanceForCreationToken(const QString &token) const
{
    QSqlQuery &query
        = statement(QStringLiteral("SELECT instance_id FROM creation_tokens WHERE token_hash = ? "
                                   "AND used = 0 AND expires > ?"));
    query.addBindValue(tokenHash(token));
    query.addBindValue(timeValue(m_clock.now()));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return idFrom(query.value(0));
}

bool VaultStore::authorize(const QUuid &appId, const QUuid &personId, const QList<QUuid> &records,
    const QString &creationToken)
{
    ++m_authGeneration;
    m_db.transaction();
    bool ok = exec(
        QStringLiteral("UPDATE applications SET active = 1 WHERE id = ?"), { idText(appId) });
    if (!creationToken.isEmpty())
        ok = ok
            && exec(QStringLiteral("UPDATE creation_tokens SET used = 1 WHERE token_hash = ?"),
                { tokenHash(creationToken) });
    for (const QUuid &record : records)
        ok = ok
            && exec(QStringLiteral("INSERT INTO app_authorizations(app_id, person_id, "
                                   "record_id, created) VALUES(?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                { idText(appId), idText(personId), idText(record), timeValue(m_clock.now()) });
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

bool VaultStore::deauthorize(const QUuid &appId, const QUuid &personId, const QUuid &recordId)
{
    ++m_authGeneration;
    return exec(QStringLiteral("DELETE FROM app_authorizations WHERE app_id = ? AND person_id = ? "
                               "AND record_id = ?"),
        { idText(appId), idText(personId), idText(recordId) });
}

QList<QUuid> VaultStore::authorizedRecords(const QUuid &appId, const QUuid &personId) const
{
    QList<QUuid> result;
    QSqlQuery &query
        = statement(QStringLiteral("SELECT record_id FROM app_authorizations WHERE app_id = ? AND "
                                   "person_id = ? ORDER BY created, record_id"));
    query.addBindValue(idText(appId));
    query.addBindValue(idText(personId));
    query.exec();
    while (query.next())
        result << idFrom(query.value(0));
    return result;
}

QList<QUuid> VaultStore::authorizedPeople(const QUuid &appId) const
{
    QList<QUuid> result;
    QSqlQuery &query
        = statement(QStringLiteral("SELECT DISTINCT person_id FROM app_authorizations WHERE "
                                   "app_id = ? ORDER BY person_id"));
    query.addBindValue(idText(appId));
    query.exec();
    while (query.next())
        result << idFrom(query.value(0));
    return result;
}

QString VaultStore::createSession(const Session &session)
{
    const QString token = QString::fromLatin1(randomBytes(32).toBase64());
    exec(QStringLiteral("DELETE FROM sessions WHERE expires < ?"), { timeValue(m_clock.now()) });
    if (!exec(QStringLiteral("INSERT INTO sessions(token_hash, app_id, shared_secret, expires) "
                             "VALUES(?, ?, ?, ?)"),
            { tokenHash(token), idText(session.appId), session.sharedSecret,
                timeValue(session.expires) }))
        return {};
    return token;
}

std::optional<Session> VaultStore::session(const QString &token) const
{
    QSqlQuery &query
        = statement(QStringLiteral("SELECT app_id, shared_secret, expires FROM sessions WHERE "
                                   "token_hash = ?"));
    query.addBindValue(tokenHash(token));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Session { idFrom(query.value(0)), query.value(1).toByteArray(),
        timeFrom(query.value(2)) };
}

namespace {

const QString kThingColumns = QStringLiteral(
    "thing_id, version_stamp, type_id, deleted, flags, eff_date, created_ts, created_app, "
    "created_person, created_master, created_avenue, updated_ts, updated_app, updated_person, "
    "updated_master, updated_avenue, updated_action, data_xml, updated_end, client_thing_id");

ThingVersion thingFrom(const QSqlQuery &query)
{
    ThingVersion thing;
    thing.thingId = idFrom(query.value(0));
    thing.versionStamp = idFrom(query.value(1));
    thing.typeId = idFrom(query.value(2));
    thing.deleted = query.value(3).toInt() != 0;
    thing.flags = query.value(4).toUInt();
    thing.effDate = timeFrom(query.value(5));
    thing.created = { timeFrom(query.value(6)), idFrom(query.value(7)), idFrom(query.value(8)),
        idFrom(query.value(9)), query.value(10).toString(), QStringLiteral("Created") };
    thing.updated = { timeFrom(query.value(11)), idFrom(query.value(12)), idFrom(query.value(13)),
        idFrom(query.value(14)), query.value(15).toString(), query.value(16).toString() };
    thing.dataXml = query.value(17).toByteArray();
    thing.updatedEndDate = timeFrom(query.value(18));
    thing.clientThingId = query.value(19).toString();
    return thing;
}

} // namespace

std::optional<ThingVersion> VaultStore::currentVersion(
    const QUuid &recordId, const QUuid &thingId) const
{
    QSqlQuery &query = statement(QStringLiteral("SELECT ") + kThingColumns
        + QStringLiteral(
            " FROM things WHERE record_id = ? AND thing_id = ? AND updated_end IS NULL"));
    query.addBindValue(idText(recordId));
    query.addBindValue(idText(thingId));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return thingFrom(query);
}

VaultStore::WriteResult VaultStore::writeThings(const QUuid &recordId,
    const QList<ThingWrite> &writes, const Audit &audit, QList<ThingVersion> *written,
    int *failedIndex)
{
    written->clear();
    if (!m_db.transaction())
        return WriteResult::Failed;
    const QDateTime now = audit.timestamp;
    auto fail = [&](WriteResult result, int index) {
        m_db.rollback();
        written->clear();
        *failedIndex = index;
        return result;
    };
    for (int i = 0; i < writes.size(); ++i) {
        const ThingWrite &write = writes[i];
        ThingVersion version;
        QUuid previousStamp;
        if (write.thingId.isNull()) {
            version.thingId = QUuid::createUuid();
            version.typeId = write.typeId;
            version.flags = write.flags;
            version.effDate = write.effDate.isValid() ? write.effDate : now;
            version.dataXml = write.dataXml;
            version.clientThingId = write.clientThingId;
            version.created = audit;
            version.created.action = QStringLiteral("Created");
        } else {
            const auto current = currentVersion(recordId, write.thingId);
            if (!current || current->deleted || (!write.remove && current->typeId != write.typeId))
                return fail(WriteResult::NotFound, i);
            if (write.versionStamp.isNull())
                return fail(WriteResult::StampMissing, i);
            if (write.versionStamp != current->versionStamp)
                return fail(WriteResult::StampMismatch, i);
            version = *current;
            previousStamp = current->versionStamp;
            if (!write.remove) {
                version.flags = write.flags;
                version.effDate
                    = write.effDate.isValid() ? write.effDate : current->created.timestamp;
                version.dataXml = write.dataXml;
                version.clientThingId = write.clientThingId;
            }
            version.deleted = write.remove;
            if (!exec(QStringLiteral("UPDATE things SET updated_end = ? WHERE version_stamp = ?"),
                    { timeValue(now), idText(current->versionStamp) }))
                return fail(WriteResult::Failed, i);
        }
        version.versionStamp = QUuid::createUuid();
        version.updated = audit;
        version.updated.action = write.remove ? QStringLiteral("Deleted")
            : write.thingId.isNull()          ? QStringLiteral("Created")
                                              : QStringLiteral("Updated");
        version.updatedEndDate = {};
        if (!exec(QStringLiteral("INSERT INTO things(record_id, ") + kThingColumns
                    + QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?, ?, ?)"),
                { idText(recordId), idText(version.thingId), idText(version.versionStamp),
                    idText(version.typeId), version.deleted ? 1 : 0, version.flags,
                    timeValue(version.effDate), timeValue(version.created.timestamp),
                    idValue(version.created.appId), idValue(version.created.personId),
                    idValue(version.created.masterAppId), version.created.accessAvenue,
                    timeValue(version.updated.timestamp), idValue(version.updated.appId),
                    idValue(version.updated.personId), idValue(version.updated.masterAppId),
                    version.updated.accessAvenue, version.updated.action, version.dataXml,
                    QVariant(QMetaType(QMetaType::QString)),
                    version.clientThingId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(version.clientThingId) }))
            return fail(WriteResult::Failed, i);
        if (!writeBlobs(write, previousStamp, version.versionStamp))
            return fail(WriteResult::Failed, i);
        written->append(version);
    }
    if (!m_db.commit())
        return fail(WriteResult::Failed, int(writes.size()));
    return WriteResult::Ok;
}

QString VaultStore::selectSql(
    const QUuid &recordId, const ThingSelection &s, QVariantList *boundValues) const
{
    // Columns a query does not need are read as constants: Qt Sql turns every
    // fetched column into a QVariant (text as UTF-16), the bulk of a read.
    QString columns = kThingColumns;
    if (!s.withAudits)
        columns.replace(QStringLiteral("created_ts, created_app, created_person, created_master, "
                                       "created_avenue, updated_ts, updated_app, updated_person, "
                                       "updated_master, updated_avenue, updated_action"),
            QStringLiteral("NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, '', ''"));
    if (!s.withData)
        columns.replace(QStringLiteral("data_xml"),
            m_postgres ? QStringLiteral("CAST('' AS BYTEA)") : QStringLiteral("x''"));
    QString sql
        = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM things WHERE record_id = ?");
    QVariantList &values = *boundValues;
    values = { idText(recordId) };
    auto inList = [&](const QString &column, const QList<QUuid> &ids) {
        if (ids.isEmpty())
            return;
        QStringList marks;
        for (const QUuid &id : ids) {
            marks << QStringLiteral("?");
            values << idText(id);
        }
        sql += QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
    };
    auto compare = [&](const QString &column, const char *op, const QDateTime &time) {
        if (!time.isValid())
            return;
        sql += QStringLiteral(" AND %1 %2 ?").arg(column, QLatin1String(op));
        values << timeValue(time);
    };
    auto equals = [&](const QString &column, const QUuid &id) {
        if (id.isNull())
            return;
        sql += QStringLiteral(" AND %1 = ?").arg(column);
        values << idText(id);
    };
    if (s.currentVersionOnly)
        sql += QStringLiteral(" AND updated_end IS NULL");
    if (s.active != s.deleted)
        sql += s.active ? QStringLiteral(" AND deleted = 0") : QStringLiteral(" AND deleted = 1");
    inList(QStringLiteral("thing_id"), s.thingIds);
    if (!s.keys.isEmpty()) {
        QStringList marks;
        for (const auto &key : s.keys) {
            marks << QStringLiteral("(thing_id = ? AND version_stamp = ?)");
            values << idText(key.first) << idText(key.second);
        }
        sql += QStringLiteral(" AND (") + marks.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    inList(QStringLiteral("type_id"), s.typeIds);
    if (!s.clientThingIds.isEmpty()) {
        QStringList marks;
        for (const QString &id : s.clientThingIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        sql += QStringLiteral(" AND client_thing_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    compare(QStringLiteral("eff_date"), ">=", s.effDateMin);
    compare(QStringLiteral("eff_date"), "<=", s.effDateMax);
    compare(QStringLiteral("created_ts"), ">=", s.createdDateMin);
    compare(QStringLiteral("created_ts"), "<=", s.createdDateMax);
    compare(QStringLiteral("updated_ts"), ">=", s.updatedDateMin);
    compare(QStringLiteral("updated_ts"), "<=", s.updatedDateMax);
    compare(QStringLiteral("updated_end"), ">=", s.updatedEndDateMin);
    compare(QStringLiteral("updated_end"), "<=", s.updatedEndDateMax);
    equals(QStringLiteral("created_app"), s.createdAppId);
    equals(QStringLiteral("created_person"), s.createdPersonId);
    equals(QStringLiteral("updated_app"), s.updatedAppId);
    equals(QStringLiteral("updated_person"), s.updatedPersonId);
    sql += QStringLiteral(" ORDER BY eff_date DESC, seq DESC");
    if (s.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(s.limit);
    return sql;
}

QList<ThingVersion> VaultStore::selectThings(const QUuid &recordId, const ThingSelection &s) const
{
    QVariantList values;
    const QString sql = selectSql(recordId, s, &values);
    QList<ThingVersion> result;
    QSqlQuery &query = statement(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcVault) << "database:" << query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(thingFrom(query));
    return result;
}

QStringList VaultStore::selectPlan(const QUuid &recordId, const ThingSelection &selection) const
{
    QVariantList values;
    const QString sql = selectSql(recordId, selection, &values);
    QStringList plan;
    if (m_postgres) {
        // EXPLAIN cannot be prepared there: explain a named statement
        // prepared here, with the values as literals.
        QString numbered;
        int count = 0;
        for (const QChar c : sql)
            numbered += c == QLatin1Char('?') ? QStringLiteral("$%1").arg(++count) : QString(c);
        QStringList literals;
        for (const QVariant &value : std::as_const(values)) {
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            literals << m_db.driver()->formatValue(field);
        }
        finishStatements();
        QSqlQuery explain(m_db);
        if (explain.exec(QStringLiteral("PREPARE hearth_plan AS ") + numbered)) {
            if (explain.exec(QStringLiteral("EXPLAIN EXECUTE hearth_plan(%1)")
                                 .arg(literals.join(QLatin1Char(','))))) {
                while (explain.next())
                    plan << explain.value(0).toString();
            }
            explain.exec(QStringLiteral("DEALLOCATE hearth_plan"));
        }
        if (plan.isEmpty())
            qCWarning(lcVault) << "database:" << explain.lastError().text();
        return plan;
    }
    QSqlQuery &query = statement(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcVault) << "database:" << query.lastError().text();
        return plan;
    }
    // Rows are (id, parent, notused, detail).
    while (query.next())
        plan << query.value(3).toString();
    return plan;
}

} // namespace hearth::vault

namespace hearth::vault {

namespace {

QString uploadStateName(BlobUpload::State state)
{
    switch (state) {
    case BlobUpload::State::Complete:
        return QStringLiteral("complete");
    case BlobUpload::State::Attached:
        return QStringLiteral("attached");
    case BlobUpload::State::Open:
        break;
    }
    return QStringLiteral("open");
}

// The default blob's name is empty, which Qt would bind as NULL.
QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

StoredBlob blobFrom(const QSqlQuery &query, int first)
{
    StoredBlob blob;
    blob.name = query.value(first).toString();
    blob.contentType = query.value(first + 1).toString();
    blob.hash = query.value(first + 2).toString();
    blob.blockSize = query.value(first + 3).toLongLong();
    blob.length = query.value(first + 4).toLongLong();
    blob.file = query.value(first + 5).toString();
    return blob;
}

} // namespace

bool VaultStore::writeBlobs(
    const ThingWrite &write, const QUuid &previousStamp, const QUuid &versionStamp)
{
    if (!write.blobsGiven) {
        return previousStamp.isNull()
            || exec(
                QStringLiteral("INSERT INTO thing_blobs(version_stamp, name, content_type, hash, "
                               "block_size, length, file) SELECT ?, name, content_type, hash, "
                               "block_size, length, file FROM thing_blobs WHERE version_stamp = ?"),
                { idText(versionStamp), idText(previousStamp) });
    }
    for (const StoredBlob &blob : write.blobs) {
        if (!exec(QStringLiteral("INSERT INTO thing_blobs(version_stamp, name, content_type, "
                                 "hash, block_size, length, file) VALUES(?, ?, ?, ?, ?, ?, ?)"),
                { idText(versionStamp), notNull(blob.name), notNull(blob.contentType), blob.hash,
                    blob.blockSize, blob.length, blob.file }))
            return false;
    }
    for (const QString &token : write.uploadTokenHashes) {
        // Only a complete, unattached upload may be attached, and only once.
        QSqlQuery &query = statement(QStringLiteral(
            "UPDATE blob_uploads SET state = 'attached' WHERE token_hash = ? AND state = "
            "'complete'"));
        query.addBindValue(token);
        if (!query.exec() || query.numRowsAffected() != 1)
            return false;
    }
    return true;
}

bool VaultStore::addBlobUpload(const BlobUpload &upload)
{
    return exec(QStringLiteral("INSERT INTO blob_uploads(token_hash, file, app_id, record_id, "
                               "received, state, expires) VALUES(?, ?, ?, ?, 0, 'open', ?)"),
        { upload.tokenHash, upload.file, idText(upload.appId), idText(upload.recordId),
            timeValue(upload.expires) });
}

std::optional<BlobUpload> VaultStore::blobUpload(const QString &tokenHash) const
{
    QSqlQuery &query = statement(QStringLiteral(
        "SELECT file, app_id, record_id, received, hash, state, expires FROM blob_uploads "
        "WHERE token_hash = ?"));
    query.addBindValue(tokenHash);
    if (!query.exec() || !query.next())
        return std::nullopt;
    BlobUpload upload;
    upload.tokenHash = tokenHash;
    upload.file = query.value(0).toString();
    upload.appId = idFrom(query.value(1));
    upload.recordId = idFrom(query.value(2));
    upload.received = query.value(3).toLongLong();
    upload.hash = query.value(4).toString();
    const QString state = query.value(5).toString();
    upload.state = state == QLatin1String("complete") ? BlobUpload::State::Complete
        : state == QLatin1String("attached")          ? BlobUpload::State::Attached
                                                      : BlobUpload::State::Open;
    upload.expires = timeFrom(query.value(6));
    return upload;
}

bool VaultStore::setBlobUploadReceived(const QString &tokenHash, qint64 received)
{
    return exec(QStringLiteral("UPDATE blob_uploads SET received = ? WHERE token_hash = ? AND "
                               "state = 'open'"),
        { received, tokenHash });
}

bool VaultStore::completeBlobUpload(const QString &tokenHash, const QString &hash)
{
    return exec(QStringLiteral("UPDATE blob_uploads SET hash = ?, state = ? WHERE token_hash = ? "
                               "AND state = 'open'"),
        { hash, uploadStateName(BlobUpload::State::Complete), tokenHash });
}

QStringList VaultStore::dropExpiredBlobUploads()
{
    QStringList files;
    const QVariant now = timeValue(m_clock.now());
    {
        QSqlQuery &query = statement(QStringLiteral(
            "SELECT file FROM blob_uploads WHERE state != 'attached' AND expires < ?"));
        query.addBindValue(now);
        if (!query.exec())
            return files;
        while (query.next())
            files << query.value(0).toString();
    }
    if (!exec(QStringLiteral("DELETE FROM blob_uploads WHERE state != 'attached' AND expires < ?"),
            { now }))
        return {};
    return files;
}

QList<StoredBlob> VaultStore::thingBlobs(const QUuid &versionStamp) const
{
    return thingBlobs(QList<QUuid> { versionStamp }).value(versionStamp);
}

QHash<QUuid, QList<StoredBlob>> VaultStore::thingBlobs(const QList<QUuid> &versionStamps) const
{
    QHash<QUuid, QList<StoredBlob>> result;
    if (versionStamps.isEmpty())
        return result;
    QString marks;
    QVariantList values;
    for (const QUuid &stamp : versionStamps) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        values << idText(stamp);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT version_stamp, name, content_type, hash, block_size, "
                                 "length, file FROM thing_blobs WHERE version_stamp IN (%1) "
                                 "ORDER BY version_stamp, name")
                      .arg(marks));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcVault) << "database:" << query.lastError().text();
        return result;
    }
    while (query.next())
        result[idFrom(query.value(0))].append(blobFrom(query, 1));
    return result;
}

QByteArray VaultStore::blobUrlKey()
{
    {
        QSqlQuery &query
            = statement(QStringLiteral("SELECT value FROM vault_keys WHERE name = 'blob-url'"));
        if (query.exec() && query.next())
            return query.value(0).toByteArray();
    }
    const QByteArray key = randomBytes(32);
    exec(QStringLiteral("INSERT INTO vault_keys(name, value) VALUES('blob-url', ?)"), { key });
    return key;
}

} // namespace hearth::vault
