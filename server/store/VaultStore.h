#pragma once

#include "core/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

namespace hearth::vault {

// How a person may use a record. Custodians also share it.
enum class RecordAccess { None, View, ViewAndModify, Custodian };
QString accessName(RecordAccess access);
RecordAccess accessFromName(const QString &name);

struct Account
{
    qint64 id = 0;
    QString email;
    QUuid personId;
    QString name;
};

struct RecordShare
{
    QUuid recordId;
    QString displayName;
    QUuid personId;
    RecordAccess access = RecordAccess::None;
    QDateTime expires; // invalid: never
};

// A registered application, a master or a client instance of one. Rules are
// the master's: which thing types (empty: all) and which of the permissions
// C, R, U, D it holds.
struct Application
{
    QUuid id;
    QString name;
    QUuid masterId; // null for a master application
    QByteArray sharedSecret; // SODA instances: key of the CAST hmacSig
    QList<QUuid> allowedTypes;
    QString permissions = QStringLiteral("CRUD");
    bool active = true;
};

struct CreationInfo
{
    QUuid instanceId;
    QByteArray sharedSecret;
    QString appToken;
};

struct Session
{
    QUuid appId;
    QByteArray sharedSecret;
    QDateTime expires;
};

struct Audit
{
    QDateTime timestamp;
    QUuid appId;
    QUuid personId;
    QUuid masterAppId;
    QString accessAvenue = QStringLiteral("Offline");
    QString action; // Created, Updated, Deleted
};

// One stored version of a thing (thing.xsd Thing2 without blobs).
struct ThingVersion
{
    QUuid thingId;
    QUuid versionStamp;
    QUuid typeId;
    bool deleted = false;
    quint32 flags = 0;
    QDateTime effDate;
    Audit created;
    Audit updated;
    QByteArray dataXml; // the children of <data-xml>, exact bytes
    QDateTime updatedEndDate; // invalid for the current version
    QString clientThingId; // common/client-thing-id, empty when none
};

// A blob of a thing version: its bytes are the file of that name in the
// data folder's blobs/ folder.
struct StoredBlob
{
    QString name; // "" for the default blob
    QString contentType;
    QString hash; // SHA256Block, Base64
    qint64 blockSize = 0;
    qint64 length = 0;
    QString file;
};

// A streamed upload begun with BeginPutBlob, bound to the app instance and
// record that asked for it.
struct BlobUpload
{
    enum class State { Open, Complete, Attached };
    QString tokenHash;
    QString file;
    QUuid appId;
    QUuid recordId;
    qint64 received = 0;
    QString hash; // SHA256Block once complete
    State state = State::Open;
    QDateTime expires;
};

// What a PutThings or RemoveThings item asks for.
struct ThingWrite
{
    QUuid thingId; // null: create
    QUuid versionStamp; // required for update and delete
    QUuid typeId;
    quint32 flags = 0;
    QDateTime effDate;
    QByteArray dataXml;
    QString clientThingId;
    bool remove = false;
    // With blobsGiven the version has exactly these blobs; otherwise an
    // update keeps the blobs of the version it replaces.
    bool blobsGiven = false;
    QList<StoredBlob> blobs;
    QStringList uploadTokenHashes; // uploads these blobs attach (complete ones)
};

// The part of a GetThings group that the database answers.
struct ThingSelection
{
    QList<QUuid> thingIds;
    QList<QPair<QUuid, QUuid>> keys; // thing id, version stamp
    QStringList clientThingIds;
    QList<QUuid> typeIds;
    bool active = true;
    bool deleted = false;
    QDateTime effDateMin, effDateMax;
    QDateTime createdDateMin, createdDateMax, updatedDateMin, updatedDateMax;
    QDateTime updatedEndDateMin, updatedEndDateMax;
    QUuid createdAppId, createdPersonId, updatedAppId, updatedPersonId;
    bool currentVersionOnly = true;
    bool withAudits = true; // else created/updated are left empty
    bool withData = true; // else dataXml is left empty
    int limit = -1; // -1: all
};

// The vault's database: accounts, people, records and shares, applications
// and their authorizations, API sessions, and every version of every thing.
// SQLite in the data folder (schema version in PRAGMA user_version) or
// PostgreSQL through Qt's QPSQL driver (schema version in vault_schema); the
// same SQL serves both, the migrations' SQLite types translated for PostgreSQL.
class VaultStore
{
public:
    enum class WriteResult { Ok, NotFound, StampMissing, StampMismatch, Failed };

    explicit VaultStore(const Clock &clock);
    ~VaultStore();
    VaultStore(const VaultStore &) = delete;
    VaultStore &operator=(const VaultStore &) = delete;

    // Opens or creates the database file and runs pending migrations.
    bool open(const QString &path, QString *error);
    // Opens a PostgreSQL database, postgresql://user[:password]@host[:port]/db
    // (a Unix socket folder as ?host=/path), and runs pending migrations.
    bool openPostgreSql(const QUrl &url, QString *error);
    bool isPostgreSql() const { return m_postgres; }
    static int schemaVersion();
    int userVersion() const;

    // The Hearth desktop app, registered in every vault.
    static QUuid hearthDesktopAppId();

    // Accounts: each has one person and, on creation, the person's own record.
    std::optional<Account> createAccount(
        const QString &email, const QString &password, const QString &name, QString *error);
    std::optional<Account> signIn(const QString &email, const QString &password);
    std::optional<Account> accountByEmail(const QString &email) const;
    std::optional<Account> accountByPerson(const QUuid &personId) const;
    QList<Account> accounts() const;
    QString personName(const QUuid &personId) const;

    // Records and shares.
    QUuid createRecord(const QUuid &custodian, const QString &displayName);
    bool share(const QUuid &recordId, const QUuid &personId, RecordAccess access,
        const QDateTime &expires);
    bool revoke(const QUuid &recordId, const QUuid &personId);
    // Every record the person may use now (expired shares left out).
    QList<RecordShare> recordsOf(const QUuid &personId) const;
    QList<RecordShare> sharesOf(const QUuid &recordId) const;
    RecordAccess accessTo(const QUuid &recordId, const QUuid &personId) const;
    QString recordName(const QUuid &recordId) const;

    // Applications.
    bool addApplication(const Application &app, QString *error);
    std::optional<Application> application(const QUuid &id) const;
    QList<Application> applications() const;
    // A web app's certificate (PEM) replaces any earlier one; CAST `sig`
    // finds it by its upper-case hex SHA-1 thumbprint (empty when unknown).
    bool setAppCertificate(
        const QUuid &appId, const QString &thumbprint, const QByteArray &pem, QString *error);
    QByteArray appCertificate(const QUuid &appId, const QString &thumbprint) const;
    // The rules of an instance are those of its master.
    Application rulesOf(const Application &app) const;
    std::optional<CreationInfo> newInstance(const QUuid &masterId);
    // The instance a one-time creation token names, if unused and fresh.
    std::optional<QUuid> instanceForCreationToken(const QString &token) const;
    bool authorize(const QUuid &appId, const QUuid &personId, const QList<QUuid> &records,
        const QString &creationToken = {});
    bool deauthorize(const QUuid &appId, const QUuid &personId, const QUuid &recordId);
    QList<QUuid> authorizedRecords(const QUuid &appId, const QUuid &personId) const;
    QList<QUuid> authorizedPeople(const QUuid &appId) const;

    // API sessions (CreateAuthenticatedSessionToken); the token is stored hashed.
    QString createSession(const Session &session);
    std::optional<Session> session(const QString &token) const;

    // Things. A write call is one transaction: every item or none.
    WriteResult writeThings(const QUuid &recordId, const QList<ThingWrite> &writes,
        const Audit &audit, QList<ThingVersion> *written, int *failedIndex);
    QList<ThingVersion> selectThings(const QUuid &recordId, const ThingSelection &selection) const;
    // The plan of the query selectThings runs (SQLite's EXPLAIN QUERY PLAN
    // details, PostgreSQL's EXPLAIN lines), so tests and diagnostics can see
    // which index serves a filter.
    QStringList selectPlan(const QUuid &recordId, const ThingSelection &selection) const;
    std::optional<ThingVersion> currentVersion(const QUuid &recordId, const QUuid &thingId) const;

    // Blob uploads (BeginPutBlob) and the blobs of thing versions.
    bool addBlobUpload(const BlobUpload &upload);
    std::optional<BlobUpload> blobUpload(const QString &tokenHash) const;
    bool setBlobUploadReceived(const QString &tokenHash, qint64 received);
    bool completeBlobUpload(const QString &tokenHash, const QString &hash);
    // Removes expired uploads that were never attached; returns their files.
    QStringList dropExpiredBlobUploads();
    QList<StoredBlob> thingBlobs(const QUuid &versionStamp) const;
    // The blobs of many versions at once (GetThings), by version stamp.
    QHash<QUuid, QList<StoredBlob>> thingBlobs(const QList<QUuid> &versionStamps) const;
    // The key that signs blob download URLs; made on first use and kept.
    QByteArray blobUrlKey();

    // Changes whenever a share, an authorization or an application changes,
    // so callers may cache authorization decisions until then.
    quint64 authGeneration() const { return m_authGeneration; }

    // Ends the open read of the last statement (cached statements are reused).
    void finishStatements() const;

private:
    bool migrate(QString *error);
    bool setUserVersion(int version);
    // A prepared statement, cached by its SQL; finishes the previous one, so
    // a function must not interleave two statements.
    QSqlQuery &statement(const QString &sql) const;
    bool exec(const QString &sql, const QVariantList &values = {}) const;
    bool writeBlobs(const ThingWrite &write, const QUuid &previousStamp, const QUuid &versionStamp);
    // The SELECT for a selection, with its values to bind in order.
    QString selectSql(
        const QUuid &recordId, const ThingSelection &selection, QVariantList *boundValues) const;

    const Clock &m_clock;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_postgres = false;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    mutable QSqlQuery *m_lastStatement = nullptr;
    quint64 m_authGeneration = 0;
};

} // namespace hearth::vault
