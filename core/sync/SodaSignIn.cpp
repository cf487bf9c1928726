#include "core/sync/SodaSignIn.h"

#include "core/protocol/PlatformClient.h"

#include <QUrlQuery>

namespace hearth {

using protocol::PlatformError;

namespace {
PlatformError signInError(const QString &message)
{
    PlatformError e;
    e.kind = PlatformError::Kind::BadResponse;
    e.message = message;
    return e;
}
} // namespace

SodaSignIn::SodaSignIn(const QUrl &platformUrl, const Clock &clock)
    : m_platformUrl(platformUrl)
    , m_clock(clock)
{ }

PlatformError SodaSignIn::begin()
{
    protocol::PlatformClient client(m_platformUrl, m_clock);
    client.setTrustedCertificate(m_credentials.certificateSha256);
    m_masterAppId = client.masterAppId();
    protocol::GetServiceDefinition definition;
    PlatformError error = client.execute(definition);
    if (!error.isOk())
        return error;
    m_shellUrl = definition.shellUrl;
    if (!m_shellUrl.isValid() || m_shellUrl.isRelative())
        return signInError(tr("The vault did not say where its sign-in pages are."));
    protocol::NewApplicationCreationInfo creation;
    error = client.execute(creation);
    if (!error.isOk())
        return error;
    m_credentials.instanceId = creation.appId;
    m_credentials.appSecret = creation.sharedSecret;
    m_appToken = creation.appToken;
    return {};
}

QUrl SodaSignIn::redirect(const QUrl &shellUrl, const QString &target, const QString &targetqs)
{
    QUrl url = shellUrl.resolved(QUrl(QStringLiteral("redirect.aspx")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("target"), target);
    query.addQueryItem(
        QStringLiteral("targetqs"), QString::fromLatin1(QUrl::toPercentEncoding(targetqs)));
    url.setQuery(query);
    return url;
}

QUrl SodaSignIn::createApplicationUrl() const
{
    QUrlQuery qs;
    qs.addQueryItem(QStringLiteral("appid"), m_masterAppId.toString(QUuid::WithoutBraces));
    qs.addQueryItem(QStringLiteral("appCreationToken"),
        QString::fromLatin1(QUrl::toPercentEncoding(m_appToken)));
    qs.addQueryItem(
        QStringLiteral("instanceName"), m_credentials.instanceId.toString(QUuid::WithoutBraces));
    qs.addQueryItem(QStringLiteral("ismra"), QStringLiteral("true"));
    qs.addQueryItem(QStringLiteral("mobile"), QStringLiteral("true"));
    return redirect(
        m_shellUrl, QStringLiteral("CREATEAPPLICATION"), qs.toString(QUrl::FullyEncoded));
}

QUrl SodaSignIn::appAuthUrl(const QUrl &shellUrl, const QUuid &instanceId)
{
    return redirect(shellUrl, QStringLiteral("APPAUTH"),
        QStringLiteral("appid=%1&ismra=true&mobile=true")
            .arg(instanceId.toString(QUuid::WithoutBraces)));
}

bool SodaSignIn::isCompletion(const QUrl &url)
{
    return url.path().endsWith(QLatin1String("/application/complete"));
}

PlatformError SodaSignIn::complete(const QUrl &completionUrl)
{
    const QUrlQuery query(completionUrl);
    QString instanceNumber;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        if (key.compare(QLatin1String("instanceid"), Qt::CaseInsensitive) == 0)
            instanceNumber = value;
    if (!isCompletion(completionUrl)
        || QUuid::fromString(query.queryItemValue(QStringLiteral("appid")))
            != m_credentials.instanceId
        || instanceNumber.isEmpty())
        return signInError(tr("The sign-in pages did not finish for this copy of Hearth."));

    // The platform of the instance the shell chose.
    protocol::PlatformClient anonymous(m_platformUrl, m_clock);
    anonymous.setTrustedCertificate(m_credentials.certificateSha256);
    protocol::GetServiceDefinition definition;
    PlatformError error = anonymous.execute(definition);
    if (!error.isOk())
        return error;
    m_credentials.platformUrl = m_platformUrl;
    for (const protocol::PlatformInstance &instance : std::as_const(definition.instances))
        if (instance.id == instanceNumber && instance.platformUrl.isValid())
            m_credentials.platformUrl = instance.platformUrl;

    protocol::PlatformClient client(m_credentials.platformUrl, m_clock);
    client.setApplication(m_credentials.instanceId, m_credentials.appSecret);
    client.setTrustedCertificate(m_credentials.certificateSha256);
    protocol::GetAuthorizedPeople people;
    // No person yet: this first call goes without offline-person-info.
    error = client.execute(people);
    if (!error.isOk())
        return error;
    if (people.people.isEmpty())
        return signInError(tr("No record was authorized for Hearth."));
    m_credentials.personId = people.people.first().personId;
    m_personName = people.people.first().name;
    m_records = people.people.first().records;
    return {};
}

} // namespace hearth
