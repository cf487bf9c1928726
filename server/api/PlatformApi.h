#pragma once

#include "core/Clock.h"
#include "core/protocol/RequestEnvelope.h"
#include "core/protocol/StatusCode.h"
#include "core/thing/Thing.h"
#include "server/blob/BlobEndpoint.h"
#include "server/store/VaultStore.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

#include <functional>

namespace hearth::vault {

// Limits the vault announces in GetServiceDefinition and enforces.
struct PlatformLimits
{
    int maxGetThingsQueryGroups = 30;
    int maxFullThingResultsPerGroup = 240;
    int maxPartialThingResultsPerGroup = 5000;
    int maxThingsPerPut = 1000;
    qint64 maxRequestBytes = 16 * 1024 * 1024; // decoded body
    int sessionLifetimeSeconds = 4 * 3600;
    BlobLimits blobs;
};

// The caller of an authenticated method, after the envelope checks.
struct CallContext
{
    const protocol::RequestEnvelope *request = nullptr;
    Application app; // the calling app or instance
    Application rules; // its master's rules
    QUuid personId; // null for app-only calls
    QUuid recordId; // null for person-level calls
    RecordAccess access = RecordAccess::None; // the person's access to the record
    QString avenue = QStringLiteral("Offline");
};

// What a method returns: a status (and message) or the children of wc:info.
struct MethodResult
{
    protocol::StatusCode status = protocol::StatusCode::Ok;
    QString message;
    QByteArray info; // children of <wc:info>
};

// The HealthVault XML API behind POST /platform/wildcat.ashx: reads the
// envelope, authenticates the call (session token, header HMAC, info hash,
// msg-time), checks the app's authorization for the person and record, runs
// the method and writes the response document. Transport-free, so tests
// drive it in-process with a FixedClock.
class PlatformApi
{
public:
    PlatformApi(VaultStore &store, const Clock &clock, PlatformLimits limits = {});

    // The vault's public URL (scheme, host, port, "/"), for the service definition.
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    const PlatformLimits &limits() const { return m_limits; }
    void setBlobLimits(const BlobLimits &limits) { m_limits.blobs = limits; }

    // Answers one decoded request body with a response document (always sent
    // with HTTP 200).
    QByteArray handle(QByteArrayView body);

private:
    using Handler = std::function<MethodResult(const CallContext &)>;
    struct Method
    {
        QString name;
        int version;
        QString responseNs; // empty: no wc:info in the response
        bool anonymous;
        bool needsRecord;
        Handler handler;
    };
    void addMethods();
    void add(const QString &name, int version, const QString &responseNs, bool anonymous,
        bool needsRecord, Handler handler);

    MethodResult getServiceDefinition(const CallContext &context);
    MethodResult newApplicationCreationInfo(const CallContext &context);
    MethodResult createAuthenticatedSessionToken(const CallContext &context);
    MethodResult getAuthorizedPeople(const CallContext &context);
    MethodResult getPersonInfo(const CallContext &context);
    MethodResult getAuthorizedRecords(const CallContext &context);
    MethodResult getThingType(const CallContext &context);
    MethodResult getVocabulary(const CallContext &context);
    MethodResult removeApplicationRecordAuthorization(const CallContext &context);
    MethodResult getThings(const CallContext &context);
    MethodResult putThings(const CallContext &context);
    MethodResult removeThings(const CallContext &context);
    MethodResult beginPutBlob(const CallContext &context);
    // A PutThings item's <blob-payload> into the write: new uploads of this
    // app and record, or blobs the thing's current version already has.
    MethodResult resolveBlobs(
        const CallContext &context, const QList<ThingBlob> &blobs, ThingWrite *write);
    // <blob-payload> of a thing version for GetThings, with download links.
    QByteArray blobPayloadXml(const QList<StoredBlob> &blobs);
    MethodResult writeAndAnswer(const CallContext &context, const QList<ThingWrite> &writes);

    QByteArray recordXml(const QUuid &recordId, const QUuid &personId) const;
    QByteArray personInfoXml(const QUuid &personId, const QUuid &appId) const;
    QString appName(const QUuid &appId) const;

    VaultStore &m_store;
    const Clock &m_clock;
    PlatformLimits m_limits;
    QUrl m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1/"));
    QList<Method> m_methods;
    mutable QHash<QUuid, QString> m_names; // app and person names for Audit2

    // An authenticated caller's checks that passed, valid while the store's
    // authorization generation stays the same and until the earliest expiry.
    struct CachedAccess
    {
        quint64 generation = 0;
        QDateTime validUntil;
        Session session;
        CallContext context;
    };
    // By token hash, person and record.
    QHash<QByteArray, CachedAccess> m_accessCache;
};

} // namespace hearth::vault
