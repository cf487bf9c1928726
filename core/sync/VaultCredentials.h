#pragma once

#include <QByteArray>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace hearth {

class KeychainAccess;

// What Hearth keeps to reach a vault without signing in again: the platform
// address, the SODA app instance, its shared secret and the person. All of
// it goes to the OS keychain as one entry per profile, never to settings.
struct VaultCredentials
{
    QUrl platformUrl;
    QUuid instanceId;
    QByteArray appSecret;
    QUuid personId;
    // SHA-256 of a self-signed vault certificate the user confirmed; empty
    // when the system trusts the vault's certificate.
    QByteArray certificateSha256;

    bool isComplete() const;
    static QString entryName(const QUuid &profileId);
    bool save(KeychainAccess &keychain, const QUuid &profileId, QString *error) const;
    // Nothing (with *error) when there is no entry or it cannot be read.
    static std::optional<VaultCredentials> load(
        KeychainAccess &keychain, const QUuid &profileId, QString *error);
    static bool forget(KeychainAccess &keychain, const QUuid &profileId, QString *error);
};

} // namespace hearth
