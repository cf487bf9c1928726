#pragma once

#include <QByteArray>
#include <QString>

namespace hearth::vault {

// Password hashes for vault accounts: scrypt through OpenSSL's EVP_KDF at the
// OWASP-recommended cost (N=2^17, r=8, p=1), stored as a self-describing
// "scrypt$N$r$p$salt$hash" string so the cost can rise later.
class PasswordHash
{
public:
    static QString hash(const QString &password);
    // Recomputes with the stored parameters; constant-time comparison.
    static bool verify(const QString &password, const QString &stored);
};

} // namespace hearth::vault
