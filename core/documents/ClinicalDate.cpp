#include "core/documents/ClinicalDate.h"

namespace hearth {

namespace {

// Reads `count` ASCII digits at `pos`; -1 when they are not all digits.
int digits(QStringView text, int pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = pos; i < pos + count; ++i) {
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

bool plausible(const ClinicalDate &d)
{
    if (d.year < 1 || d.year > 9999)
        return false;
    if (d.precision >= ClinicalDate::Precision::Month && (d.month < 1 || d.month > 12))
        return false;
    if (d.precision >= ClinicalDate::Precision::Day && !QDate::isValid(d.year, d.month, d.day))
        return false;
    if (d.precision >= ClinicalDate::Precision::Minute
        && (d.hour > 23 || d.minute > 59 || d.second > 60))
        return false;
    return true;
}

// Parses "+hhmm", "-hh:mm", "Z" or "+hh" at pos; returns false on junk.
bool parseOffset(QStringView text, int pos, ClinicalDate &d)
{
    if (pos >= text.size())
        return true;
    const QChar sign = text.at(pos);
    if (sign == QLatin1Char('Z') && pos + 1 == text.size()) {
        d.hasOffset = true;
        d.offsetMinutes = 0;
        return true;
    }
    if (sign != QLatin1Char('+') && sign != QLatin1Char('-'))
        return false;
    QString rest = text.mid(pos + 1).toString();
    rest.remove(QLatin1Char(':'));
    if (rest.size() != 2 && rest.size() != 4)
        return false;
    const int hours = digits(rest, 0, 2);
    const int minutes = rest.size() == 4 ? digits(rest, 2, 2) : 0;
    if (hours < 0 || minutes < 0 || hours > 14 || minutes > 59)
        return false;
    d.hasOffset = true;
    d.offsetMinutes = (hours * 60 + minutes) * (sign == QLatin1Char('-') ? -1 : 1);
    return true;
}

} // namespace

QString ClinicalDate::toIso() const
{
    if (precision == Precision::None)
        return QString();
    QString out = QString::number(year).rightJustified(4, QLatin1Char('0'));
    if (precision >= Precision::Month)
        out += QLatin1Char('-') + QString::number(month).rightJustified(2, QLatin1Char('0'));
    if (precision >= Precision::Day)
        out += QLatin1Char('-') + QString::number(day).rightJustified(2, QLatin1Char('0'));
    if (precision >= Precision::Minute) {
        out += QLatin1Char('T') + QString::number(hour).rightJustified(2, QLatin1Char('0'))
            + QLatin1Char(':') + QString::number(minute).rightJustified(2, QLatin1Char('0'));
        if (precision == Precision::Second)
            out += QLatin1Char(':') + QString::number(second).rightJustified(2, QLatin1Char('0'));
        if (hasOffset) {
            const int abs = qAbs(offsetMinutes);
            out += QLatin1Char(offsetMinutes < 0 ? '-' : '+')
                + QString::number(abs / 60).rightJustified(2, QLatin1Char('0')) + QLatin1Char(':')
                + QString::number(abs % 60).rightJustified(2, QLatin1Char('0'));
        }
    }
    return out;
}

QString ClinicalDate::toHl7() const
{
    if (precision == Precision::None)
        return QString();
    const auto two = [](int n) { return QString::number(n).rightJustified(2, QLatin1Char('0')); };
    QString out = QString::number(year).rightJustified(4, QLatin1Char('0'));
    if (precision >= Precision::Month)
        out += two(month);
    if (precision >= Precision::Day)
        out += two(day);
    if (precision >= Precision::Minute) {
        out += two(hour) + two(minute);
        if (precision == Precision::Second)
            out += two(second);
        if (hasOffset) {
            const int abs = qAbs(offsetMinutes);
            out += QLatin1Char(offsetMinutes < 0 ? '-' : '+') + two(abs / 60) + two(abs % 60);
        }
    }
    return out;
}

QDate ClinicalDate::date() const
{
    return precision >= Precision::Day ? QDate(year, month, day) : QDate();
}

bool ClinicalDate::sameDay(const ClinicalDate &other) const
{
    if (!isValid() || !other.isValid())
        return !isValid() && !other.isValid();
    const Precision p = qMin(qMin(precision, other.precision), Precision::Day);
    if (year != other.year)
        return false;
    if (p >= Precision::Month && month != other.month)
        return false;
    if (p >= Precision::Day && day != other.day)
        return false;
    return true;
}

bool ClinicalDate::operator==(const ClinicalDate &other) const
{
    return toIso() == other.toIso();
}

ClinicalDate ClinicalDate::fromHl7(const QString &input)
{
    const QString text = input.trimmed();
    ClinicalDate d;
    const int n = text.size();
    int end = 0;
    while (end < n && text.at(end).isDigit())
        ++end;
    if (end < 4)
        return ClinicalDate();
    d.year = digits(text, 0, 4);
    d.precision = Precision::Year;
    if (end >= 6) {
        d.month = digits(text, 4, 2);
        d.precision = Precision::Month;
    }
    if (end >= 8) {
        d.day = digits(text, 6, 2);
        d.precision = Precision::Day;
    }
    if (end >= 12) {
        d.hour = digits(text, 8, 2);
        d.minute = digits(text, 10, 2);
        d.precision = Precision::Minute;
    } else if (end >= 10) {
        // Hour only: keep it, shown as hh:00.
        d.hour = digits(text, 8, 2);
        d.precision = Precision::Minute;
    }
    if (end >= 14) {
        d.second = digits(text, 12, 2);
        d.precision = Precision::Second;
    }
    int pos = end;
    if (pos < n && text.at(pos) == QLatin1Char('.')) {
        ++pos;
        while (pos < n && text.at(pos).isDigit())
            ++pos;
    }
    if (!parseOffset(text, pos, d) || !plausible(d))
        return ClinicalDate();
    return d;
}

ClinicalDate ClinicalDate::fromIso(const QString &input)
{
    const QString text = input.trimmed();
    ClinicalDate d;
    const int n = text.size();
    d.year = digits(text, 0, 4);
    if (d.year < 0)
        return ClinicalDate();
    d.precision = Precision::Year;
    int pos = 4;
    if (pos < n && text.at(pos) == QLatin1Char('-')) {
        d.month = digits(text, pos + 1, 2);
        d.precision = Precision::Month;
        pos += 3;
        if (pos < n && text.at(pos) == QLatin1Char('-')) {
            d.day = digits(text, pos + 1, 2);
            d.precision = Precision::Day;
            pos += 3;
        }
    }
    if (pos < n && (text.at(pos) == QLatin1Char('T') || text.at(pos) == QLatin1Char(' '))
        && d.precision == Precision::Day) {
        d.hour = digits(text, pos + 1, 2);
        if (pos + 3 >= n || text.at(pos + 3) != QLatin1Char(':'))
            return ClinicalDate();
        d.minute = digits(text, pos + 4, 2);
        d.precision = Precision::Minute;
        pos += 6;
        if (pos < n && text.at(pos) == QLatin1Char(':')) {
            d.second = digits(text, pos + 1, 2);
            d.precision = Precision::Second;
            pos += 3;
            if (pos < n && text.at(pos) == QLatin1Char('.')) {
                ++pos;
                while (pos < n && text.at(pos).isDigit())
                    ++pos;
            }
        }
        if (!parseOffset(text, pos, d))
            return ClinicalDate();
    } else if (pos != n) {
        return ClinicalDate();
    }
    if (d.month < 0 || d.day < 0 || d.hour < 0 || d.minute < 0 || d.second < 0 || !plausible(d))
        return ClinicalDate();
    return d;
}

} // namespace hearth
