#pragma once

#include "core/protocol/PlatformError.h"
#include "core/protocol/PlatformMethods.h"
#include "core/sync/VaultCredentials.h"

#include <QCoreApplication>
#include <QUrl>

namespace hearth {

class Clock;

// The protocol half of signing in to a vault as a SODA client (PROTOCOL.md
// section c); the UI shows the shell pages in between. begin() creates an
// app instance and gives the CREATEAPPLICATION address; the browser ends at
// /application/complete; complete() finds the instance's platform, gets a
// session and the authorized people and records.
class SodaSignIn
{
    Q_DECLARE_TR_FUNCTIONS(hearth::SodaSignIn)
public:
    SodaSignIn(const QUrl &platformUrl, const Clock &clock);

    // Trusts the vault's self-signed certificate with this SHA-256 (after
    // the user confirmed it; begin() reports it as
    // PlatformError::untrustedCertificateSha256); kept in credentials().
    void setTrustedCertificate(const QByteArray &sha256)
    {
        m_credentials.certificateSha256 = sha256;
    }

    protocol::PlatformError begin();
    // The page to open in the embedded browser (valid after begin()).
    QUrl createApplicationUrl() const;
    // True for the address the shell finishes on.
    static bool isCompletion(const QUrl &url);
    // Reads the completion address and finishes; the credentials and the
    // records are then filled.
    protocol::PlatformError complete(const QUrl &completionUrl);

    const VaultCredentials &credentials() const { return m_credentials; }
    const QList<protocol::AuthorizedRecord> &records() const { return m_records; }
    QString personName() const { return m_personName; }

    // The shell page that authorizes more records for an existing instance.
    static QUrl appAuthUrl(const QUrl &shellUrl, const QUuid &instanceId);

private:
    static QUrl redirect(const QUrl &shellUrl, const QString &target, const QString &targetqs);

    QUrl m_platformUrl;
    const Clock &m_clock;
    QUrl m_shellUrl;
    QUuid m_masterAppId;
    QString m_appToken;
    VaultCredentials m_credentials;
    QString m_personName;
    QList<protocol::AuthorizedRecord> m_records;
};

} // namespace hearth
