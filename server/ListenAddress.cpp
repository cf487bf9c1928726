#include "server/ListenAddress.h"

namespace hearth::vault {

bool ListenAddress::parse(const QString &text, ListenAddress *out, QString *error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        *error = QStringLiteral("expected ADDRESS:PORT, got \"%1\"").arg(text);
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint port = text.mid(colon + 1).toUInt(&portOk);
    if (!portOk || port > 65535) {
        *error = QStringLiteral("\"%1\" is not a port number").arg(text.mid(colon + 1));
        return false;
    }
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host)) {
        *error = QStringLiteral("\"%1\" is not an IP address").arg(host);
        return false;
    }
    out->address = address;
    out->port = quint16(port);
    return true;
}

} // namespace hearth::vault
