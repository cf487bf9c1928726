#pragma once

#include <QDate>
#include <QString>

namespace hearth {

// A point in time as clinical documents write it: to the year, month, day,
// minute or second, with an optional UTC offset. CDA writes "20130911143000-0500",
// CCR ISO 8601 ("2008", "2011-06-21T17:50:19-04:00"); both keep their precision.
struct ClinicalDate
{
    enum class Precision { None, Year, Month, Day, Minute, Second };

    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    Precision precision = Precision::None;
    bool hasOffset = false;
    int offsetMinutes = 0;

    bool isValid() const { return precision != Precision::None; }
    // ISO 8601 to the known precision: "2013", "2013-09", "2013-09-11",
    // "2013-09-11T14:30-05:00"; empty when invalid.
    QString toIso() const;
    // HL7 TS to the known precision: "2013", "201309", "20130911",
    // "201309111430-0500", "20130911143005"; empty when invalid.
    QString toHl7() const;
    // The calendar day when known to the day, else an invalid QDate.
    QDate date() const;
    // Same instant at the coarser of the two precisions (day-level compare
    // ignores the time of day, a year-only date matches any day in that year).
    bool sameDay(const ClinicalDate &other) const;
    bool operator==(const ClinicalDate &other) const;
    bool operator!=(const ClinicalDate &other) const { return !(*this == other); }

    // "YYYY[MM[DD[HH[MM[SS[.UUUU]]]]]][+|-ZZZZ]"; invalid on anything else.
    static ClinicalDate fromHl7(const QString &text);
    // ISO 8601 with variable precision, as CCR ExactDateTime uses.
    static ClinicalDate fromIso(const QString &text);
};

} // namespace hearth
