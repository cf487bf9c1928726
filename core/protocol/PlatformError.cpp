#include "core/protocol/PlatformError.h"

namespace hearth::protocol {

PlatformError PlatformError::network(const QString &detail)
{
    PlatformError e;
    e.kind = Kind::Network;
    e.message = tr("The vault could not be reached: %1").arg(detail);
    return e;
}

PlatformError PlatformError::http(int httpStatus)
{
    PlatformError e;
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    e.message = tr("The vault answered with HTTP status %1.").arg(httpStatus);
    return e;
}

PlatformError PlatformError::platform(int rawStatus, const QString &serverMessage)
{
    PlatformError e;
    e.kind = Kind::Status;
    e.rawStatus = rawStatus;
    e.status = StatusCode(rawStatus);
    const QString name = statusName(e.status);
    QString description = statusDescription(e.status);
    if (description.endsWith(QLatin1Char('.')))
        description.chop(1);
    e.message = serverMessage.isEmpty()
        ? tr("The vault refused the request: %1 (%2, status %3).")
              .arg(description, name)
              .arg(rawStatus)
        : tr("The vault refused the request: %1 (%2, status %3): %4")
              .arg(description, name)
              .arg(rawStatus)
              .arg(serverMessage);
    return e;
}

PlatformError PlatformError::badResponse(const QString &detail)
{
    PlatformError e;
    e.kind = Kind::BadResponse;
    e.message = tr("The vault sent an answer Hearth cannot read: %1").arg(detail);
    return e;
}

} // namespace hearth::protocol
