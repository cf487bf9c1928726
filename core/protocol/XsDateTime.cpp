#include "core/protocol/XsDateTime.h"

#include <QRegularExpression>

#include <cstdio>

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
    // By hand: QDateTime::toString goes through the calendar and locale code,
    // which shows in the vault's profile.
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(),
        date.month(), date.day(), clock.hour(), clock.minute(), clock.second(), clock.msec());
    return QString::fromLatin1(text);
}

} // namespace hearth::protocol
