#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace hearth {

// What the profile needs from the OS keychain. hearth_core cannot link
// QtKeychain, so hearth_secrets (core/secrets/Keychain) implements this.
class KeychainAccess
{
public:
    virtual ~KeychainAccess() = default;
    // Nothing, with *error set, when the entry is missing or the keychain
    // failed (locked, no service, access denied).
    virtual std::optional<QByteArray> read(const QString &entry, QString *error) = 0;
    virtual bool write(const QString &entry, const QByteArray &secret, QString *error) = 0;
    virtual bool remove(const QString &entry, QString *error) = 0;
};

} // namespace hearth
