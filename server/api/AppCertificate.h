#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace hearth::vault {

// An application's public X.509 certificate, registered by the admin command,
// that checks the RSA-SHA1 `sig` of CreateAuthenticatedSessionToken (web apps).
class AppCertificate
{
public:
    // The first certificate of a PEM file; nullopt with a reason when it is
    // not a certificate with an RSA key.
    static std::optional<AppCertificate> fromPem(const QByteArray &pem, QString *error);

    // Upper-case hex SHA-1 of the DER certificate, as Windows and the
    // HealthVault SDK print thumbprints.
    QString thumbprint() const { return m_thumbprint; }
    QByteArray pem() const { return m_pem; }

    // True when signature is an RSA PKCS#1 v1.5 signature with SHA-1 of data
    // by the certificate's key.
    bool verifySha1(const QByteArray &data, const QByteArray &signature) const;

private:
    QString m_thumbprint;
    QByteArray m_pem;
};

} // namespace hearth::vault
