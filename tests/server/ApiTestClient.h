#pragma once

// Builds the requests a HealthVault SODA client sends (NewApplicationCreationInfo,
// CAST v2 with hmacSig, signed calls), for the vault's tests.

#include "core/protocol/RequestEnvelope.h"
#include "core/protocol/ResponseEnvelope.h"
#include "core/protocol/XsDateTime.h"

#include <QXmlStreamReader>

#include <functional>

namespace hearth::vault::test {

inline const QString kWeightType = QStringLiteral("3d34d87e-7fc1-4153-800f-f56592cb0d17");
inline const QString kHeightType = QStringLiteral("40750a6a-89b2-455c-bd8d-b420a4cb500b");

inline QByteArray weightXml(double kg, int year = 2024, int month = 5, int day = 1, int hour = 8)
{
    return QStringLiteral("<weight><when><date><y>%1</y><m>%2</m><d>%3</d></date><time><h>%4</h>"
                          "<m>0</m><s>0</s></time></when><value><kg>%5</kg><display units=\"kg\">"
                          "%5</display></value></weight>")
        .arg(year)
        .arg(month)
        .arg(day)
        .arg(hour)
        .arg(kg)
        .toUtf8();
}

// The text of the first element named `name` in `xml`.
inline QString firstText(const QByteArray &xml, const QString &name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == name)
            return reader.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return {};
}

// Every value of attribute `attribute` (or the text when empty) of elements `name`.
inline QStringList allOf(const QByteArray &xml, const QString &name, const QString &attribute = {})
{
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == name)
            values << (attribute.isEmpty()
                    ? reader.readElementText(QXmlStreamReader::IncludeChildElements)
                    : reader.attributes().value(attribute).toString());
    }
    return values;
}

// A SODA client: sends requests through `send` (in-process or HTTP) and
// keeps the session token and secret.
class ApiTestClient
{
public:
    using Send = std::function<QByteArray(const QByteArray &)>;
    using Now = std::function<QDateTime()>;

    ApiTestClient(Send send, Now now)
        : m_send(std::move(send))
        , m_now(std::move(now))
    { }

    QUuid masterAppId = QUuid::fromString(QStringLiteral("6c1d3f0e-8a51-4b5e-9a7c-4e2b1d0f7a31"));
    QUuid instanceId;
    QByteArray appSecret;
    QString appToken;
    QString sessionToken;
    QByteArray sessionSecret;
    QUuid personId;
    QUuid recordId;

    protocol::RequestHeader header(const QString &method, int version) const
    {
        protocol::RequestHeader h;
        h.method = method;
        h.methodVersion = version;
        h.msgTime = m_now();
        h.msgTtl = 1800;
        h.version = QStringLiteral("HearthTest/1");
        return h;
    }

    std::optional<protocol::ResponseEnvelope> call(const QByteArray &request) const
    {
        return protocol::ResponseEnvelope::parse(m_send(request), nullptr);
    }

    std::optional<protocol::ResponseEnvelope> anonymous(
        const QString &method, int version, const QUuid &appId, const QByteArray &info)
    {
        protocol::RequestHeader h = header(method, version);
        h.appId = appId;
        return call(protocol::RequestEnvelope::write(h, info));
    }

    bool newApplication()
    {
        const auto response
            = anonymous(QStringLiteral("NewApplicationCreationInfo"), 1, masterAppId, "<info/>");
        if (!response || response->status() != protocol::StatusCode::Ok)
            return false;
        instanceId = QUuid::fromString(firstText(response->rawInfo(), QStringLiteral("app-id")));
        appSecret = QByteArray::fromBase64(
            firstText(response->rawInfo(), QStringLiteral("shared-secret")).toLatin1());
        appToken = firstText(response->rawInfo(), QStringLiteral("app-token"));
        return !instanceId.isNull() && !appSecret.isEmpty() && !appToken.isEmpty();
    }

    QByteArray castRequest(const QByteArray &secret, const QDateTime &signingTime) const
    {
        const QString id = instanceId.toString(QUuid::WithoutBraces);
        const QByteArray content = "<content><app-id>" + id.toLatin1()
            + "</app-id><hmac>HMACSHA256</hmac><signing-time>"
            + protocol::XsDateTime::format(signingTime).toLatin1() + "</signing-time></content>";
        const QByteArray sig = protocol::hmacBytes(QStringLiteral("HMACSHA256"), secret, content);
        const QByteArray info = "<info><auth-info><app-id is-multi-record-app=\"true\">"
            + id.toLatin1() + "</app-id><credential><appserver2><hmacSig algName=\"HMACSHA256\">"
            + sig.toBase64() + "</hmacSig>" + content
            + "</appserver2></credential></auth-info></info>";
        protocol::RequestHeader h = header(QStringLiteral("CreateAuthenticatedSessionToken"), 2);
        h.appId = instanceId;
        return protocol::RequestEnvelope::write(h, info);
    }

    std::optional<protocol::ResponseEnvelope> createSession()
    {
        const auto response = call(castRequest(appSecret, m_now()));
        if (response && response->status() == protocol::StatusCode::Ok) {
            sessionToken = firstText(response->rawInfo(), QStringLiteral("token"));
            sessionSecret = QByteArray::fromBase64(
                firstText(response->rawInfo(), QStringLiteral("shared-secret")).toLatin1());
        }
        return response;
    }

    QByteArray signedRequest(const QString &method, int version, const QByteArray &info,
        const QUuid &record, const QByteArray &secret) const
    {
        protocol::RequestHeader h = header(method, version);
        h.authToken = sessionToken;
        h.offlinePersonId = personId;
        h.recordId = record;
        return protocol::RequestEnvelope::write(h, info, secret);
    }

    std::optional<protocol::ResponseEnvelope> signedCall(
        const QString &method, int version, const QByteArray &info)
    {
        return call(signedRequest(method, version, info, recordId, sessionSecret));
    }

    static QByteArray putInfo(const QList<QByteArray> &dataXmls, const QString &type = kWeightType)
    {
        QByteArray info = "<info>";
        for (const QByteArray &data : dataXmls)
            info += "<thing><type-id>" + type.toLatin1()
                + "</type-id><thing-state>Active"
                  "</thing-state><data-xml>"
                + data + "</data-xml></thing>";
        return info + "</info>";
    }

    static QByteArray getInfo(const QString &groupAttributes, const QString &filter,
        const QString &sections = QStringLiteral("<section>core</section><xml/>"))
    {
        return QStringLiteral(
            "<info><group %1><filter>%2</filter><format>%3</format></group></info>")
            .arg(groupAttributes, filter, sections)
            .toUtf8();
    }

private:
    Send m_send;
    Now m_now;
};

} // namespace hearth::vault::test
