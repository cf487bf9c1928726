#pragma once

#include <QDateTime>
#include <QString>

namespace hearth::protocol {

// xs:dateTime as HealthVault clients send it: with Z, with an offset, or with
// no zone (taken as UTC), and with any number of fractional digits.
class XsDateTime
{
public:
    // Returns an invalid QDateTime when `text` is not an xs:dateTime.
    static QDateTime parse(QStringView text);

    // UTC with milliseconds and Z, e.g. 2024-05-01T10:00:00.000Z.
    static QString format(const QDateTime &time);
};

} // namespace hearth::protocol
