#pragma once

#include "core/protocol/StatusCode.h"

#include <QCoreApplication>
#include <QString>

namespace hearth::protocol {

// Why a platform call failed: the network, the HTTP layer, a platform status
// or an answer that could not be read. `message` is for people and never
// holds a token or a secret.
struct PlatformError
{
    Q_DECLARE_TR_FUNCTIONS(hearth::protocol::PlatformError)
public:
    enum class Kind { None, Network, Http, Status, BadResponse, NotConfigured };

    Kind kind = Kind::None;
    StatusCode status = StatusCode::Ok;
    int rawStatus = 0; // the platform status number, also for codes the enum does not name
    int httpStatus = 0;
    QString message;
    // SHA-256 of the vault's certificate when it was not trusted, so the
    // user can compare it and trust it (PlatformClient::setTrustedCertificate).
    QByteArray untrustedCertificateSha256;

    bool isOk() const { return kind == Kind::None; }
    // The vault could not be reached or failed for itself: trying later may help.
    bool isTransient() const
    {
        return (kind == Kind::Network && untrustedCertificateSha256.isEmpty())
            || (kind == Kind::Http && httpStatus >= 500);
    }
    static PlatformError network(const QString &detail);
    static PlatformError http(int httpStatus);
    static PlatformError platform(int rawStatus, const QString &serverMessage);
    static PlatformError badResponse(const QString &detail);
};

} // namespace hearth::protocol
