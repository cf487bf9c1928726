#include "core/protocol/XsDateTime.h"

#include <QRegularExpression>

namespace hearth::protocol {

QDateTime XsDateTime::parse(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d{1,9}))?"
                       "(Z|[+-]\\d\\d:\\d\\d)?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date(
        match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    QString fraction = match.captured(7);
    fraction = (fraction + QStringLiteral("000")).left(3);
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
        match.captured(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = match.captured(8);
    int offsetSeconds = 0;
    if (zone.size() == 6) {
        offsetSeconds = (zone.mid(1, 2).toInt() * 60 + zone.mid(4, 2).toInt()) * 60;
        if (zone.startsWith(QLatin1Char('-')))
            offsetSeconds = -offsetSeconds;
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

QString XsDateTime::format(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace hearth::protocol
