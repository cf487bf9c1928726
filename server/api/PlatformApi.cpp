#include "server/api/PlatformApi.h"

#include "core/Logging.h"
#include "core/protocol/ResponseEnvelope.h"
#include "core/protocol/XsDateTime.h"
#include "core/thing/ThingTypeRegistry.h"
#include "server/api/AppCertificate.h"
#include "server/api/DataXmlValidator.h"
#include "server/api/ThingTypes.h"

#include <QCryptographicHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <openssl/rand.h>

namespace hearth::vault {

using protocol::RequestEnvelope;
using protocol::ResponseEnvelope;
using protocol::StatusCode;
using protocol::XsDateTime;

namespace {

MethodResult failure(StatusCode status, const QString &message = {})
{
    return { status, message.isEmpty() ? protocol::statusDescription(status) : message, {} };
}

QString guidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Reads the children of <info>; `visit` is called at each start element
// below it with the reader positioned there.
bool readInfo(
    const QByteArray &info, const std::function<bool(QXmlStreamReader &)> &visit, QString *error)
{
    QXmlStreamReader reader(info);
    reader.readNextStartElement(); // <info>
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && !visit(reader))
            break;
    }
    if (reader.hasError()) {
        *error = reader.errorString();
        return false;
    }
    return true;
}

} // namespace

PlatformApi::PlatformApi(VaultStore &store, const Clock &clock, PlatformLimits limits)
    : m_store(store)
    , m_clock(clock)
    , m_limits(limits)
{
    addMethods();
}

void PlatformApi::add(const QString &name, int version, const QString &responseNs, bool anonymous,
    bool needsRecord, Handler handler)
{
    m_methods.append({ name, version, responseNs, anonymous, needsRecord, std::move(handler) });
}

void PlatformApi::addMethods()
{
    using namespace std::placeholders;
    auto ns = [](const char *name) {
        return ResponseEnvelope::responseNamespace(QString::fromLatin1(name));
    };
    add(QStringLiteral("GetServiceDefinition"), 2, ns("GetServiceDefinition2"), true, false,
        std::bind(&PlatformApi::getServiceDefinition, this, _1));
    add(QStringLiteral("NewApplicationCreationInfo"), 1, ns("NewApplicationCreationInfo"), true,
        false, std::bind(&PlatformApi::newApplicationCreationInfo, this, _1));
    add(QStringLiteral("CreateAuthenticatedSessionToken"), 2,
        ns("CreateAuthenticatedSessionToken2"), true, false,
        std::bind(&PlatformApi::createAuthenticatedSessionToken, this, _1));
    add(QStringLiteral("GetAuthorizedPeople"), 1, ns("GetAuthorizedPeople"), false, false,
        std::bind(&PlatformApi::getAuthorizedPeople, this, _1));
    add(QStringLiteral("GetPersonInfo"), 1, ns("GetPersonInfo"), false, false,
        std::bind(&PlatformApi::getPersonInfo, this, _1));
    add(QStringLiteral("GetAuthorizedRecords"), 1, ns("GetAuthorizedRecords"), false, false,
        std::bind(&PlatformApi::getAuthorizedRecords, this, _1));
    add(QStringLiteral("GetThingType"), 1, ns("GetThingType"), false, false,
        std::bind(&PlatformApi::getThingType, this, _1));
    for (int version : { 1, 2 })
        add(QStringLiteral("GetVocabulary"), version, ns("GetVocabulary"), false, false,
            std::bind(&PlatformApi::getVocabulary, this, _1));
    add(QStringLiteral("RemoveApplicationRecordAuthorization"), 1, {}, false, true,
        std::bind(&PlatformApi::removeApplicationRecordAuthorization, this, _1));
    add(QStringLiteral("GetThings"), 3, ns("GetThings3"), false, true,
        std::bind(&PlatformApi::getThings, this, _1));
    add(QStringLiteral("PutThings"), 2, ns("PutThings"), false, true,
        std::bind(&PlatformApi::putThings, this, _1));
    add(QStringLiteral("RemoveThings"), 1, {}, false, true,
        std::bind(&PlatformApi::removeThings, this, _1));
    add(QStringLiteral("BeginPutBlob"), 1, ns("BeginPutBlob"), false, true,
        std::bind(&PlatformApi::beginPutBlob, this, _1));
}

QByteArray PlatformApi::handle(QByteArrayView body)
{
    auto error = [](StatusCode status, const QString &message) {
        qCInfo(lcVault) << "request refused:" << protocol::statusName(status);
        return ResponseEnvelope::writeError(status, message);
    };
    if (body.size() > m_limits.maxRequestBytes)
        return error(
            StatusCode::RequestTooLong, protocol::statusDescription(StatusCode::RequestTooLong));
    protocol::ProtocolError parseError;
    const auto request = RequestEnvelope::parse(body, &parseError);
    if (!request)
        return error(parseError.status, parseError.message);
    const protocol::RequestHeader &header = request->header();

    const Method *method = nullptr;
    bool knownName = false;
    for (const Method &candidate : m_methods) {
        if (candidate.name != header.method)
            continue;
        knownName = true;
        if (header.methodVersion == 0 || header.methodVersion == candidate.version)
            method = &candidate;
    }
    if (!method)
        return error(StatusCode::BadMethod,
            knownName ? QStringLiteral("method version %1 of %2 is not supported")
                            .arg(header.methodVersion)
                            .arg(header.method)
                      : QStringLiteral("no such method"));

    const QDateTime now = m_clock.now();
    if (request->isExpired(now))
        return error(
            StatusCode::RequestTimedOut, protocol::statusDescription(StatusCode::RequestTimedOut));
    if (!header.infoHash.isEmpty() && !request->infoHashMatches())
        return error(StatusCode::BadSig, QStringLiteral("the info-hash does not match the info"));

    CallContext context;
    context.request = &*request;
    if (method->anonymous) {
        if (header.appId.isNull())
            return error(
                StatusCode::InvalidApp, QStringLiteral("anonymous methods need an app-id"));
        auto app = m_store.application(header.appId);
        if (!app)
            return error(
                StatusCode::InvalidApp, protocol::statusDescription(StatusCode::InvalidApp));
        context.app = *app;
        context.rules = m_store.rulesOf(*app);
    } else {
        if (!header.hasAuthSession())
            return error(
                StatusCode::InvalidToken, QStringLiteral("this method needs an auth-session"));
        if (!request->isSigned() || header.infoHash.isEmpty())
            return error(StatusCode::BadSig, QStringLiteral("authenticated calls must be signed"));
        const QByteArray cacheKey
            = QCryptographicHash::hash(header.authToken.toUtf8(), QCryptographicHash::Sha256)
            + header.offlinePersonId.toRfc4122() + header.recordId.toRfc4122()
            + (method->needsRecord ? "r" : "p");
        const auto cached = m_accessCache.constFind(cacheKey);
        if (cached != m_accessCache.constEnd() && cached->generation == m_store.authGeneration()
            && now < cached->validUntil) {
            if (!request->hmacMatches(cached->session.sharedSecret))
                return error(StatusCode::BadSig, protocol::statusDescription(StatusCode::BadSig));
            context = cached->context;
            context.request = &*request;
        } else {
            const auto session = m_store.session(header.authToken);
            if (!session)
                return error(StatusCode::InvalidToken,
                    protocol::statusDescription(StatusCode::InvalidToken));
            if (!request->hmacMatches(session->sharedSecret))
                return error(StatusCode::BadSig, protocol::statusDescription(StatusCode::BadSig));
            if (session->expires <= now)
                return error(StatusCode::AuthenticatedSessionTokenExpired,
                    protocol::statusDescription(StatusCode::AuthenticatedSessionTokenExpired));
            auto app = m_store.application(session->appId);
            if (!app || !app->active)
                return error(
                    StatusCode::InvalidApp, protocol::statusDescription(StatusCode::InvalidApp));
            context.app = *app;
            context.rules = m_store.rulesOf(*app);
            if (!context.rules.active)
                return error(
                    StatusCode::InvalidApp, protocol::statusDescription(StatusCode::InvalidApp));
            if (!header.offlinePersonId.isNull()) {
                if (!m_store.authorizedPeople(app->id).contains(header.offlinePersonId))
                    return error(StatusCode::AccessDenied,
                        QStringLiteral("the application is not authorized by this person"));
                context.personId = header.offlinePersonId;
            } else if (!header.userAuthToken.isEmpty()) {
                return error(StatusCode::InvalidToken,
                    QStringLiteral(
                        "user-auth-token sign-in is not supported; use offline-person-info"));
            }
            if (method->needsRecord) {
                if (context.personId.isNull())
                    return error(
                        StatusCode::InvalidPerson, QStringLiteral("this method needs a person"));
                if (header.recordId.isNull())
                    return error(
                        StatusCode::InvalidRecord, QStringLiteral("this method needs a record-id"));
                if (!m_store.authorizedRecords(app->id, context.personId).contains(header.recordId))
                    return error(StatusCode::AccessDenied,
                        QStringLiteral("the application is not authorized for this record"));
                context.access = m_store.accessTo(header.recordId, context.personId);
                if (context.access == RecordAccess::None)
                    return error(StatusCode::AccessDenied,
                        QStringLiteral("the person has no access to this record"));
                context.recordId = header.recordId;
            }
            // Cache until the session or the record share expires.
            QDateTime validUntil = session->expires;
            if (!context.recordId.isNull()) {
                for (const RecordShare &share : m_store.recordsOf(context.personId)) {
                    if (share.recordId == context.recordId && share.expires.isValid()
                        && share.expires < validUntil)
                        validUntil = share.expires;
                }
            }
            if (m_accessCache.size() > 10000)
                m_accessCache.clear();
            CachedAccess entry { m_store.authGeneration(), validUntil, *session, context };
            entry.context.request = nullptr;
            m_accessCache.insert(cacheKey, entry);
        }
    }

    const MethodResult result = method->handler(context);
    m_store.finishStatements();
    if (result.status != StatusCode::Ok)
        return error(result.status, result.message);
    return ResponseEnvelope::writeOk(method->responseNs, result.info);
}

MethodResult PlatformApi::getServiceDefinition(const CallContext &context)
{
    QStringList sections;
    QString error;
    if (!readInfo(
            context.request->rawInfo(),
            [&](QXmlStreamReader &reader) {
                if (reader.name() == QLatin1String("section"))
                    sections << reader.readElementText().trimmed();
                return true;
            },
            &error))
        return failure(StatusCode::InvalidXml, error);
    auto wants = [&](const char *section) {
        return sections.isEmpty() || sections.contains(QLatin1String(section));
    };
    const QString platformUrl
        = m_baseUrl.resolved(QUrl(QStringLiteral("platform/wildcat.ashx"))).toString();
    const QString shellUrl = m_baseUrl.toString();
    QByteArray out;
    QXmlStreamWriter w(&out);
    if (wants("platform")) {
        w.writeStartElement(QStringLiteral("platform"));
        w.writeTextElement(QStringLiteral("url"), platformUrl);
        w.writeTextElement(QStringLiteral("version"), QStringLiteral(HEARTH_VERSION));
        const QList<QPair<const char *, qint64>> configuration {
            { "maxGetThingsQueryGroups", m_limits.maxGetThingsQueryGroups },
            { "maxFullThingResultsPerGroup", m_limits.maxFullThingResultsPerGroup },
            { "maxPartialThingResultsPerGroup", m_limits.maxPartialThingResultsPerGroup },
            { "maxRequestUncompressedSizeBytes", m_limits.maxRequestBytes },
            { "maxThingsPerPutThings", m_limits.maxThingsPerPut },
            { "authenticatedSessionTokenLifetimeSeconds", m_limits.sessionLifetimeSeconds },
        };
        for (const auto &[key, value] : configuration) {
            w.writeStartElement(QStringLiteral("configuration"));
            w.writeAttribute(QStringLiteral("key"), QString::fromLatin1(key));
            w.writeCharacters(QString::number(value));
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    if (wants("shell")) {
        w.writeStartElement(QStringLiteral("shell"));
        w.writeTextElement(QStringLiteral("url"), shellUrl);
        w.writeTextElement(
            QStringLiteral("redirect-url"), shellUrl + QStringLiteral("redirect.aspx"));
        w.writeEndElement();
    }
    if (wants("topology")) {
        w.writeStartElement(QStringLiteral("instances"));
        w.writeAttribute(QStringLiteral("current-instance-id"), QStringLiteral("1"));
        w.writeStartElement(QStringLiteral("instance"));
        w.writeTextElement(QStringLiteral("id"), QStringLiteral("1"));
        w.writeTextElement(QStringLiteral("name"), QStringLiteral("Hearth"));
        w.writeTextElement(QStringLiteral("description"), QStringLiteral("Hearth vault"));
        w.writeTextElement(QStringLiteral("platform-url"), platformUrl);
        w.writeTextElement(QStringLiteral("shell-url"), shellUrl);
        w.writeEndElement();
        w.writeEndElement();
    }
    return { StatusCode::Ok, {}, out };
}

MethodResult PlatformApi::newApplicationCreationInfo(const CallContext &context)
{
    if (!context.app.masterId.isNull() || !context.app.active)
        return failure(
            StatusCode::InvalidApp, QStringLiteral("app-id must be an active master application"));
    const auto info = m_store.newInstance(context.app.id);
    if (!info)
        return failure(StatusCode::Failed);
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeTextElement(QStringLiteral("app-id"), guidText(info->instanceId));
    w.writeTextElement(
        QStringLiteral("shared-secret"), QString::fromLatin1(info->sharedSecret.toBase64()));
    w.writeTextElement(QStringLiteral("app-token"), info->appToken);
    return { StatusCode::Ok, {}, out };
}

MethodResult PlatformApi::createAuthenticatedSessionToken(const CallContext &context)
{
    const QByteArray &info = context.request->rawInfo();
    QUuid contentAppId;
    QString hmacAlgorithm;
    QString sigAlgorithm;
    QByteArray signature;
    QString digestMethod;
    QString thumbprint;
    QDateTime signingTime;
    bool certificate = false;
    QString error;
    const bool ok = readInfo(
        info,
        [&](QXmlStreamReader &reader) {
            const auto name = reader.name();
            if (name == QLatin1String("hmacSig")) {
                sigAlgorithm = reader.attributes().value(QLatin1String("algName")).toString();
                signature = QByteArray::fromBase64(reader.readElementText().trimmed().toLatin1());
            } else if (name == QLatin1String("sig")) {
                certificate = true;
                const QXmlStreamAttributes attributes = reader.attributes();
                digestMethod = attributes.value(QLatin1String("digestMethod")).toString();
                sigAlgorithm = attributes.value(QLatin1String("sigMethod")).toString();
                thumbprint = attributes.value(QLatin1String("thumbprint")).toString().trimmed();
                signature = QByteArray::fromBase64(reader.readElementText().trimmed().toLatin1());
            } else if (name == QLatin1String("content")) {
                while (reader.readNextStartElement()) {
                    if (reader.name() == QLatin1String("app-id"))
                        contentAppId = QUuid::fromString(reader.readElementText().trimmed());
                    else if (reader.name() == QLatin1String("hmac"))
                        hmacAlgorithm = reader.readElementText().trimmed();
                    else if (reader.name() == QLatin1String("signing-time"))
                        signingTime = XsDateTime::parse(reader.readElementText());
                    else
                        reader.skipCurrentElement();
                }
            }
            return true;
        },
        &error);
    if (!ok)
        return failure(StatusCode::InvalidXml, error);
    const qsizetype contentStart = info.indexOf("<content");
    const qsizetype contentEnd = info.indexOf("</content>", contentStart);
    if (contentStart < 0 || contentEnd < 0 || signature.isEmpty() || contentAppId.isNull())
        return failure(
            StatusCode::InvalidXml, QStringLiteral("auth-info needs sig or hmacSig and content"));
    // SODA instances sign with their shared secret; web apps (masters or
    // instances with a registered certificate) with their private key.
    if (contentAppId != context.app.id || (!certificate && context.app.masterId.isNull()))
        return failure(StatusCode::InvalidApp,
            QStringLiteral("the content app-id must be the calling instance"));
    if (!context.app.active)
        return failure(
            StatusCode::InvalidApp, QStringLiteral("the instance has not been authorized yet"));
    if (hmacAlgorithm != QLatin1String("HMACSHA256") && hmacAlgorithm != QLatin1String("HMACSHA1"))
        return failure(
            StatusCode::InvalidXml, QStringLiteral("hmac must be HMACSHA256 or HMACSHA1"));
    const QByteArray content = info.mid(contentStart, contentEnd + 10 - contentStart);
    if (certificate) {
        if (digestMethod != QLatin1String("SHA1") || sigAlgorithm != QLatin1String("RSA-SHA1"))
            return failure(StatusCode::BadSig,
                QStringLiteral("sig needs digestMethod SHA1 and sigMethod RSA-SHA1"));
        // The certificate was validated when it was registered; an unknown
        // thumbprint or an app without one cannot sign.
        const auto registered
            = AppCertificate::fromPem(m_store.appCertificate(context.app.id, thumbprint), &error);
        if (!registered)
            return failure(StatusCode::BadSig,
                QStringLiteral("no certificate with this thumbprint is registered for the app"));
        if (!registered->verifySha1(content, signature))
            return failure(
                StatusCode::BadSig, QStringLiteral("the credential signature does not verify"));
    } else {
        const QByteArray expected
            = protocol::hmacBytes(sigAlgorithm, context.app.sharedSecret, content);
        if (expected.isEmpty() || !protocol::equalSecrets(expected, signature))
            return failure(
                StatusCode::BadSig, QStringLiteral("the credential signature does not verify"));
    }
    const QDateTime now = m_clock.now();
    if (!signingTime.isValid() || signingTime.secsTo(now) > 1800 || now.secsTo(signingTime) > 300)
        return failure(
            StatusCode::RequestTimedOut, QStringLiteral("signing-time is too far from now"));

    Session session;
    session.appId = context.app.id;
    session.sharedSecret = QByteArray(32, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(session.sharedSecret.data()), 32);
    session.expires = now.addSecs(m_limits.sessionLifetimeSeconds);
    const QString token = m_store.createSession(session);
    if (token.isEmpty())
        return failure(StatusCode::Failed);
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("token"));
    w.writeAttribute(QStringLiteral("app-id"), guidText(context.app.id));
    w.writeAttribute(QStringLiteral("app-record-auth-action"), QStringLiteral("NoActionRequired"));
    w.writeCharacters(token);
    w.writeEndElement();
    w.writeTextElement(
        QStringLiteral("shared-secret"), QString::fromLatin1(session.sharedSecret.toBase64()));
    return { StatusCode::Ok, {}, out };
}

QByteArray PlatformApi::recordXml(const QUuid &recordId, const QUuid &personId) const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    RecordShare share;
    for (const RecordShare &candidate : m_store.recordsOf(personId)) {
        if (candidate.recordId == recordId)
            share = candidate;
    }
    if (share.recordId.isNull())
        return {};
    const bool own = share.access == RecordAccess::Custodian;
    w.writeStartElement(QStringLiteral("record"));
    w.writeAttribute(QStringLiteral("id"), guidText(recordId));
    w.writeAttribute(
        QStringLiteral("record-custodian"), own ? QStringLiteral("true") : QStringLiteral("false"));
    // rel-type 1 is "Self"; other shares are reported as "Other" (0).
    const bool self = m_store.personName(personId) == share.displayName && own;
    w.writeAttribute(QStringLiteral("rel-type"), self ? QStringLiteral("1") : QStringLiteral("0"));
    w.writeAttribute(
        QStringLiteral("rel-name"), self ? QStringLiteral("Self") : QStringLiteral("Other"));
    if (share.expires.isValid())
        w.writeAttribute(QStringLiteral("auth-expires"), XsDateTime::format(share.expires));
    w.writeAttribute(QStringLiteral("display-name"), share.displayName);
    w.writeAttribute(QStringLiteral("state"), QStringLiteral("Active"));
    w.writeAttribute(QStringLiteral("app-record-auth-action"), QStringLiteral("NoActionRequired"));
    w.writeCharacters(share.displayName);
    w.writeEndElement();
    return out;
}

QByteArray PlatformApi::personInfoXml(const QUuid &personId, const QUuid &appId) const
{
    QByteArray out = "<person-info><person-id>" + guidText(personId).toLatin1() + "</person-id>";
    out += "<name>" + m_store.personName(personId).toHtmlEscaped().toUtf8() + "</name>";
    const QList<QUuid> records = m_store.authorizedRecords(appId, personId);
    QByteArray recordsXml;
    QUuid selected;
    for (const QUuid &record : records) {
        const QByteArray xml = recordXml(record, personId);
        if (xml.isEmpty())
            continue; // share revoked or expired
        if (selected.isNull())
            selected = record;
        recordsXml += xml;
    }
    if (!selected.isNull())
        out += "<selected-record-id>" + guidText(selected).toLatin1() + "</selected-record-id>";
    out += recordsXml;
    out += "</person-info>";
    return out;
}

MethodResult PlatformApi::getAuthorizedPeople(const CallContext &context)
{
    QUuid cursor;
    int limit = 100;
    QString error;
    if (!readInfo(
            context.request->rawInfo(),
            [&](QXmlStreamReader &reader) {
                if (reader.name() == QLatin1String("person-id-cursor"))
                    cursor = QUuid::fromString(reader.readElementText().trimmed());
                else if (reader.name() == QLatin1String("num-results"))
                    limit = qBound(1, reader.readElementText().toInt(), 1000);
                return true;
            },
            &error))
        return failure(StatusCode::InvalidXml, error);
    QByteArray out = "<response-results>";
    QList<QUuid> people = m_store.authorizedPeople(context.app.id);
    if (!context.personId.isNull())
        people = people.contains(context.personId) ? QList<QUuid> { context.personId }
                                                   : QList<QUuid> {};
    int count = 0;
    bool more = false;
    for (const QUuid &person : people) {
        if (!cursor.isNull() && guidText(person) <= guidText(cursor))
            continue;
        if (count == limit) {
            more = true;
            break;
        }
        out += personInfoXml(person, context.app.id);
        ++count;
    }
    out += more ? "<more-results>true</more-results>" : "<more-results>false</more-results>";
    out += "</response-results>";
    return { StatusCode::Ok, {}, out };
}

MethodResult PlatformApi::getPersonInfo(const CallContext &context)
{
    if (context.personId.isNull())
        return failure(StatusCode::InvalidPerson, QStringLiteral("GetPersonInfo needs a person"));
    return { StatusCode::Ok, {}, personInfoXml(context.personId, context.app.id) };
}

MethodResult PlatformApi::getAuthorizedRecords(const CallContext &context)
{
    if (context.personId.isNull())
        return failure(
            StatusCode::InvalidPerson, QStringLiteral("GetAuthorizedRecords needs a person"));
    QList<QUuid> ids;
    bool badId = false;
    QString error;
    if (!readInfo(
            context.request->rawInfo(),
            [&](QXmlStreamReader &reader) {
                if (reader.name() == QLatin1String("id")) {
                    const QUuid id = QUuid::fromString(reader.readElementText().trimmed());
                    badId = badId || id.isNull();
                    ids << id;
                }
                return true;
            },
            &error)
        || badId)
        return failure(StatusCode::InvalidXml, badId ? QStringLiteral("id is not a GUID") : error);
    const QList<QUuid> authorized = m_store.authorizedRecords(context.app.id, context.personId);
    QByteArray out;
    for (const QUuid &id : ids) {
        if (authorized.contains(id))
            out += recordXml(id, context.personId);
    }
    return { StatusCode::Ok, {}, out };
}

MethodResult PlatformApi::getThingType(const CallContext &context)
{
    static const QStringList kSections { QStringLiteral("core"), QStringLiteral("xsd"),
        QStringLiteral("columns"), QStringLiteral("transforms"), QStringLiteral("transformsource"),
        QStringLiteral("versions"), QStringLiteral("effectivedatexpath") };
    QList<QUuid> ids;
    QStringList sections;
    QString badValue;
    QString error;
    if (!readInfo(
            context.request->rawInfo(),
            [&](QXmlStreamReader &reader) {
                // Image types and last-client-refresh change nothing: the
                // vault has no type images and its types do not change.
                if (reader.name() == QLatin1String("id")) {
                    const QString text = reader.readElementText().trimmed();
                    const QUuid id = QUuid::fromString(text);
                    if (id.isNull() && badValue.isEmpty())
                        badValue = QStringLiteral("id %1 is not a GUID").arg(text.left(40));
                    ids << id;
                } else if (reader.name() == QLatin1String("section")) {
                    const QString section = reader.readElementText().trimmed();
                    if (!kSections.contains(section) && badValue.isEmpty())
                        badValue = QStringLiteral("unknown section %1").arg(section.left(40));
                    sections << section;
                }
                return true;
            },
            &error)
        || !badValue.isEmpty())
        return failure(StatusCode::InvalidXml, badValue.isEmpty() ? error : badValue);
    QList<const ThingTypeInfo *> types;
    if (ids.isEmpty()) {
        for (const ThingTypeInfo &type : ThingTypes::all())
            types << &type;
    }
    for (const QUuid &id : std::as_const(ids)) {
        const ThingTypeInfo *type = ThingTypes::find(id);
        if (!type)
            return failure(StatusCode::InvalidThingType,
                QStringLiteral("thing type %1 is unknown to this vault").arg(guidText(id)));
        types << type;
    }
    // Sections in the schema's order; id and name always (the core section
    // adds nothing else: the vault keeps no uncreatable, immutable or
    // singleton flags).
    auto wants = [&](const char *section) { return sections.contains(QLatin1String(section)); };
    QByteArray out;
    QXmlStreamWriter w(&out);
    for (const ThingTypeInfo *type : std::as_const(types)) {
        const hearth::ThingTypeInfo *model = ThingTypeRegistry::find(type->id);
        w.writeStartElement(QStringLiteral("thing-type"));
        w.writeTextElement(QStringLiteral("id"), guidText(type->id));
        w.writeTextElement(QStringLiteral("name"), type->name);
        // Hearth's own definition of the type, where it has one.
        if (wants("xsd") && model) {
            const QByteArray xsd = DataXmlValidator::schema(type->id, model->schemaNamespace);
            if (!xsd.isEmpty())
                w.writeTextElement(QStringLiteral("xsd"), QString::fromUtf8(xsd));
        }
        // No display columns or transforms: the vault serves data-xml as stored.
        if (wants("columns"))
            w.writeEmptyElement(QStringLiteral("columns"));
        if (wants("transforms"))
            w.writeEmptyElement(QStringLiteral("transforms"));
        if (wants("versions") && model) {
            w.writeStartElement(QStringLiteral("versions"));
            w.writeAttribute(QStringLiteral("thing-type-id"), guidText(type->id));
            for (const hearth::ThingTypeInfo &version : ThingTypeRegistry::all()) {
                if (version.name != model->name || version.rootElement != model->rootElement)
                    continue;
                w.writeEmptyElement(QStringLiteral("version-info"));
                w.writeAttribute(QStringLiteral("version-type-id"), guidText(version.id));
                w.writeAttribute(QStringLiteral("version-name"), version.name);
                w.writeAttribute(
                    QStringLiteral("version-sequence"), QString::number(version.version));
            }
            w.writeEndElement();
        }
        if (wants("effectivedatexpath") && model && !model->effectiveDateElement.isEmpty())
            w.writeTextElement(QStringLiteral("effective-date-xpath"),
                QStringLiteral("/thing/data-xml/%1/%2")
                    .arg(model->rootElement, model->effectiveDateElement));
        w.writeEndElement();
    }
    return { StatusCode::Ok, {}, out };
}

MethodResult PlatformApi::removeApplicationRecordAuthorization(const CallContext &context)
{
    if (!m_store.deauthorize(context.app.id, context.personId, context.recordId))
        return failure(StatusCode::Failed);
    return { StatusCode::Ok, {}, {} };
}

QString PlatformApi::appName(const QUuid &appId) const
{
    auto it = m_names.constFind(appId);
    if (it != m_names.constEnd())
        return *it;
    QString name;
    if (auto app = m_store.application(appId))
        name = app->name;
    else
        name = m_store.personName(appId);
    m_names.insert(appId, name);
    return name;
}

} // namespace hearth::vault
