#pragma once

#include <QHostAddress>
#include <QString>

namespace hearth::vault {

// The address and port of `--listen ADDR:PORT` ("127.0.0.1:8080",
// "[::1]:8080", "localhost:0" for any free port).
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;

    // Parses `text`; on failure returns false and says why in `error`.
    static bool parse(const QString &text, ListenAddress *out, QString *error);
};

} // namespace hearth::vault
