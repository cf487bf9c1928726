#pragma once

#include "core/store/KeychainAccess.h"

namespace hearth {

// The OS keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager) through QtKeychain, with no plaintext fallback: when
// there is no keychain, every call fails with the reason.
class Keychain : public KeychainAccess
{
public:
    explicit Keychain(QString service = QStringLiteral("Hearth"));

    std::optional<QByteArray> read(const QString &entry, QString *error) override;
    bool write(const QString &entry, const QByteArray &secret, QString *error) override;
    bool remove(const QString &entry, QString *error) override;

private:
    QString m_service;
};

} // namespace hearth
