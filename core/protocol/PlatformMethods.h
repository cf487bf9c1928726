#pragma once

#include "core/protocol/PlatformMethod.h"

#include <QDateTime>
#include <QList>
#include <QUrl>

namespace hearth::protocol {

// NewApplicationCreationInfo v1 (anonymous, master app): a new SODA
// instance with its shared secret and the one-time creation token for the
// shell's CREATEAPPLICATION page.
class NewApplicationCreationInfo : public PlatformMethod
{
public:
    QString name() const override { return QStringLiteral("NewApplicationCreationInfo"); }
    int version() const override { return 1; }
    Caller caller() const override { return Caller::MasterApp; }
    QByteArray info() const override { return QByteArrayLiteral("<info/>"); }
    bool readResponse(const QByteArray &rawInfo, QString *error) override;

    QUuid appId;
    QByteArray sharedSecret; // decoded
    QString appToken;
};

// One platform instance of GetServiceDefinition's topology.
struct PlatformInstance
{
    QString id;
    QString name;
    QUrl platformUrl;
    QUrl shellUrl;
};

// GetServiceDefinition v2 (anonymous, master app): the platform limits, the
// shell address and the instances.
class GetServiceDefinition : public PlatformMethod
{
public:
    QString name() const override { return QStringLiteral("GetServiceDefinition"); }
    int version() const override { return 2; }
    Caller caller() const override { return Caller::MasterApp; }
    QByteArray info() const override { return QByteArrayLiteral("<info/>"); }
    bool readResponse(const QByteArray &rawInfo, QString *error) override;

    QUrl shellUrl;
    QList<PlatformInstance> instances;
    // platform/configuration entries, e.g. maxFullThingResultsPerGroup; -1 when absent.
    qint64 configuration(const QString &key) const;
    QList<QPair<QString, qint64>> configurationValues;
};

// CreateAuthenticatedSessionToken v2 with the SODA hmacSig (anonymous, the
// instance's own app id): the session token and its shared secret.
class CreateAuthenticatedSessionToken : public PlatformMethod
{
public:
    CreateAuthenticatedSessionToken(
        const QUuid &instanceId, const QByteArray &appSecret, const QDateTime &signingTime);
    QString name() const override { return QStringLiteral("CreateAuthenticatedSessionToken"); }
    int version() const override { return 2; }
    Caller caller() const override { return Caller::AppInstance; }
    QByteArray info() const override { return m_info; }
    bool readResponse(const QByteArray &rawInfo, QString *error) override;

    QString token;
    QByteArray sharedSecret; // decoded

private:
    QByteArray m_info;
};

// A record one person authorized the instance for (types.xsd Record).
struct AuthorizedRecord
{
    QUuid id;
    QString displayName;
    QString relationship; // rel-name, e.g. "Self"
    bool custodian = false;
    QString state;
    QDateTime authExpires;
};

struct AuthorizedPerson
{
    QUuid personId;
    QString name;
    QList<AuthorizedRecord> records;
};

// GetAuthorizedPeople v1: who authorized this instance, with their records.
class GetAuthorizedPeople : public PlatformMethod
{
public:
    QString name() const override { return QStringLiteral("GetAuthorizedPeople"); }
    int version() const override { return 1; }
    QByteArray info() const override;
    bool readResponse(const QByteArray &rawInfo, QString *error) override;

    QUuid personIdCursor; // continue after this person
    QList<AuthorizedPerson> people;
    bool moreResults = false;
};

// The key of one thing version.
struct ThingKey
{
    QUuid id;
    QString versionStamp;
};

// One group of a GetThings query as sync asks it: either the things with
// these ids, or the things matching the filter (types, updated since,
// states). Always the core and audits sections and the raw data-xml.
struct ThingGroupQuery
{
    QString name;
    QList<QUuid> ids;
    QStringList clientThingIds; // common/client-thing-id values
    QList<QUuid> typeIds;
    QDateTime updatedMin; // inclusive
    QDateTime effDateMax; // inclusive; pages through more matches than one answer holds
    bool includeDeleted = false;
    int maxFull = -1; // -1: the service's maximum
    bool blobPayload = true; // ask for blob information with streamed download addresses
};

struct ThingKeyInfo
{
    ThingKey key;
    QUuid typeId;
    QDateTime effDate;
};

struct ThingGroupResult
{
    QString name;
    QList<QByteArray> things; // each the exact <thing>…</thing> bytes as received
    QList<ThingKeyInfo> unprocessed; // matches not sent in full: page on with their ids
};

// GetThings v3.
class GetThingsRequest : public PlatformMethod
{
public:
    QString name() const override { return QStringLiteral("GetThings"); }
    int version() const override { return 3; }
    QByteArray info() const override;
    bool readResponse(const QByteArray &rawInfo, QString *error) override;

    QList<ThingGroupQuery> groups;
    QList<ThingGroupResult> results;
};

// PutThings v2: creates (no thing-id) and updates (thing-id with the
// version stamp they were made on). All or nothing.
class PutThingsRequest : public PlatformMethod
{
public:
    QString name() const override { return QStringLiteral("PutThings"); }
    int version() const override { return 2; }
    QByteArray info() const override;
    bool readResponse(const QByteArray &rawInfo, QString *error) override;

    QList<QByteArray> things; // <thing> elements (thing.xsd Thing2)
    QList<ThingKey> keys; // the new keys, in input order
};

// RemoveThings v1: soft deletes, each with its current version stamp.
class RemoveThingsRequest : public PlatformMethod
{
public:
    QString name() const override { return QStringLiteral("RemoveThings"); }
    int version() const override { return 1; }
    QByteArray info() const override;
    bool readResponse(const QByteArray &, QString *) override { return true; }

    QList<ThingKey> keys;
};

// RemoveApplicationRecordAuthorization v1: de-authorizes the instance for
// the header record (sign-out).
class RemoveApplicationRecordAuthorization : public PlatformMethod
{
public:
    QString name() const override { return QStringLiteral("RemoveApplicationRecordAuthorization"); }
    int version() const override { return 1; }
    QByteArray info() const override { return QByteArrayLiteral("<info/>"); }
    bool readResponse(const QByteArray &, QString *) override { return true; }
};

// BeginPutBlob v1: an address to stream one blob to, in chunks, before a
// PutThings names it (PROTOCOL.md, blobs).
class BeginPutBlob : public PlatformMethod
{
public:
    QString name() const override { return QStringLiteral("BeginPutBlob"); }
    int version() const override { return 1; }
    QByteArray info() const override { return QByteArrayLiteral("<info/>"); }
    bool readResponse(const QByteArray &rawInfo, QString *error) override;

    QUrl blobRefUrl;
    qint64 chunkSize = 0;
    qint64 maxBlobSize = 0;
    QString hashAlgorithm; // "SHA256Block"
    qint64 hashBlockSize = 0;
};

} // namespace hearth::protocol
