#include "core/sync/VaultCredentials.h"

#include "core/store/KeychainAccess.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearth {

bool VaultCredentials::isComplete() const
{
    return platformUrl.isValid() && !instanceId.isNull() && !appSecret.isEmpty()
        && !personId.isNull();
}

QString VaultCredentials::entryName(const QUuid &profileId)
{
    return QStringLiteral("profile-%1/vault").arg(profileId.toString(QUuid::WithoutBraces));
}

bool VaultCredentials::save(KeychainAccess &keychain, const QUuid &profileId, QString *error) const
{
    QJsonObject json;
    json.insert(QStringLiteral("platform"), platformUrl.toString());
    json.insert(QStringLiteral("instance"), instanceId.toString(QUuid::WithoutBraces));
    json.insert(QStringLiteral("secret"), QString::fromLatin1(appSecret.toBase64()));
    json.insert(QStringLiteral("person"), personId.toString(QUuid::WithoutBraces));
    if (!certificateSha256.isEmpty())
        json.insert(QStringLiteral("certificate"), QString::fromLatin1(certificateSha256.toHex()));
    QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const bool ok = keychain.write(entryName(profileId), bytes, error);
    bytes.fill('\0');
    return ok;
}

std::optional<VaultCredentials> VaultCredentials::load(
    KeychainAccess &keychain, const QUuid &profileId, QString *error)
{
    std::optional<QByteArray> bytes = keychain.read(entryName(profileId), error);
    if (!bytes)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(*bytes).object();
    bytes->fill('\0');
    VaultCredentials c;
    c.platformUrl = QUrl(json.value(QStringLiteral("platform")).toString());
    c.instanceId = QUuid::fromString(json.value(QStringLiteral("instance")).toString());
    c.appSecret
        = QByteArray::fromBase64(json.value(QStringLiteral("secret")).toString().toLatin1());
    c.personId = QUuid::fromString(json.value(QStringLiteral("person")).toString());
    c.certificateSha256
        = QByteArray::fromHex(json.value(QStringLiteral("certificate")).toString().toLatin1());
    if (!c.isComplete()) {
        *error = QCoreApplication::translate(
            "hearth::VaultCredentials", "The saved vault sign-in in the keychain is damaged.");
        return std::nullopt;
    }
    return c;
}

bool VaultCredentials::forget(KeychainAccess &keychain, const QUuid &profileId, QString *error)
{
    return keychain.remove(entryName(profileId), error);
}

} // namespace hearth
