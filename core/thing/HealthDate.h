#pragma once

#include "core/thing/CodableValue.h"
#include "core/thing/XmlNode.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <optional>

namespace hearth {

// dates.xsd date-time: a calendar date, an optional wall-clock time and an
// optional time zone as a codable value. HealthVault times are local to the
// person; Hearth reads them as such.
struct HealthDateTime
{
    QDate date;
    std::optional<QTime> time;
    std::optional<CodableValue> tz;

    HealthDateTime() = default;
    HealthDateTime(QDate date, std::optional<QTime> time = std::nullopt)
        : date(date)
        , time(time)
    { }

    bool isValid() const { return date.isValid(); }
    // Date and time (midnight without a time), as local time.
    QDateTime toDateTime() const;
    static HealthDateTime read(const XmlNode &element);
    void writeTo(XmlNode &element) const;

    bool operator==(const HealthDateTime &other) const
    {
        return date == other.date && time == other.time;
    }
};

// dates.xsd approx-date: a year, optionally a month and a day.
struct ApproxDate
{
    int year = 0;
    std::optional<int> month;
    std::optional<int> day;

    bool isValid() const { return year > 0; }
    // The first day it could mean (2019 -> 2019-01-01).
    QDate earliest() const;
    QString toString() const; // "2019", "2019-03", "2019-03-05"
    static ApproxDate read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// dates.xsd approx-date-time: either structured (approximate date, optional
// time and zone) or descriptive text such as "when I was a child".
struct ApproxDateTime
{
    std::optional<ApproxDate> date; // set when structured
    std::optional<QTime> time;
    std::optional<CodableValue> tz;
    QString descriptive; // set when descriptive

    ApproxDateTime() = default;
    static ApproxDateTime fromDate(const QDate &date, std::optional<QTime> time = std::nullopt);
    static ApproxDateTime fromText(const QString &text);

    bool isStructured() const { return date.has_value(); }
    bool isEmpty() const { return !date && descriptive.isEmpty(); }
    // The earliest point it can mean; invalid when descriptive.
    QDateTime toDateTime() const;
    QString toString() const;
    static ApproxDateTime read(const XmlNode &element);
    void writeTo(XmlNode &element) const;
};

// The time part of dates.xsd (h, m, s?, f?).
QTime readHealthTime(const XmlNode &element);
void writeHealthTime(XmlNode &element, const QTime &time);

} // namespace hearth
