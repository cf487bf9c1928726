#include "core/thing/HealthDate.h"

namespace hearth {

namespace {

int intOf(const XmlNode &element, QStringView name, int fallback = 0)
{
    bool ok = false;
    const int value = element.childText(name).trimmed().toInt(&ok);
    return ok ? value : fallback;
}

void appendNumber(XmlNode &element, const char *name, int value)
{
    element.appendChild(XmlNode(QString::fromLatin1(name))).setText(QString::number(value));
}

} // namespace

QTime readHealthTime(const XmlNode &element)
{
    return QTime(
        intOf(element, u"h"), intOf(element, u"m"), intOf(element, u"s"), intOf(element, u"f"));
}

void writeHealthTime(XmlNode &element, const QTime &time)
{
    element.children().clear();
    appendNumber(element, "h", time.hour());
    appendNumber(element, "m", time.minute());
    appendNumber(element, "s", time.second());
    if (time.msec())
        appendNumber(element, "f", time.msec());
}

QDateTime HealthDateTime::toDateTime() const
{
    return QDateTime(date, time.value_or(QTime(0, 0)));
}

HealthDateTime HealthDateTime::read(const XmlNode &element)
{
    HealthDateTime result;
    if (const XmlNode *date = element.child(u"date"))
        result.date = QDate(intOf(*date, u"y"), intOf(*date, u"m"), intOf(*date, u"d"));
    if (const XmlNode *time = element.child(u"time"))
        result.time = readHealthTime(*time);
    if (const XmlNode *tz = element.child(u"tz"))
        result.tz = CodableValue::read(*tz);
    return result;
}

void HealthDateTime::writeTo(XmlNode &element) const
{
    element.children().clear();
    XmlNode &d = element.appendChild(XmlNode(QStringLiteral("date")));
    appendNumber(d, "y", date.year());
    appendNumber(d, "m", date.month());
    appendNumber(d, "d", date.day());
    if (time)
        writeHealthTime(element.appendChild(XmlNode(QStringLiteral("time"))), *time);
    if (tz)
        tz->writeTo(element.appendChild(XmlNode(QStringLiteral("tz"))));
}

QDate ApproxDate::earliest() const
{
    return QDate(year, month.value_or(1), day.value_or(1));
}

QString ApproxDate::toString() const
{
    QString text = QString::number(year).rightJustified(4, u'0');
    if (month)
        text += u'-' + QString::number(*month).rightJustified(2, u'0');
    if (month && day)
        text += u'-' + QString::number(*day).rightJustified(2, u'0');
    return text;
}

ApproxDate ApproxDate::read(const XmlNode &element)
{
    ApproxDate result;
    result.year = intOf(element, u"y");
    if (element.child(u"m"))
        result.month = intOf(element, u"m");
    if (element.child(u"d"))
        result.day = intOf(element, u"d");
    return result;
}

void ApproxDate::writeTo(XmlNode &element) const
{
    element.children().clear();
    appendNumber(element, "y", year);
    if (month)
        appendNumber(element, "m", *month);
    if (month && day)
        appendNumber(element, "d", *day);
}

ApproxDateTime ApproxDateTime::fromDate(const QDate &date, std::optional<QTime> time)
{
    ApproxDateTime result;
    result.date = ApproxDate { date.year(), date.month(), date.day() };
    result.time = time;
    return result;
}

ApproxDateTime ApproxDateTime::fromText(const QString &text)
{
    ApproxDateTime result;
    result.descriptive = text;
    return result;
}

QDateTime ApproxDateTime::toDateTime() const
{
    if (!date)
        return {};
    return QDateTime(date->earliest(), time.value_or(QTime(0, 0)));
}

QString ApproxDateTime::toString() const
{
    if (!date)
        return descriptive;
    QString text = date->toString();
    if (time)
        text += u' ' + time->toString(QStringLiteral("HH:mm"));
    return text;
}

ApproxDateTime ApproxDateTime::read(const XmlNode &element)
{
    ApproxDateTime result;
    if (const XmlNode *structured = element.child(u"structured")) {
        if (const XmlNode *date = structured->child(u"date"))
            result.date = ApproxDate::read(*date);
        else
            result.date = ApproxDate();
        if (const XmlNode *time = structured->child(u"time"))
            result.time = readHealthTime(*time);
        if (const XmlNode *tz = structured->child(u"tz"))
            result.tz = CodableValue::read(*tz);
    } else {
        result.descriptive = element.childText(u"descriptive");
    }
    return result;
}

void ApproxDateTime::writeTo(XmlNode &element) const
{
    element.children().clear();
    if (!date) {
        element.appendChild(XmlNode(QStringLiteral("descriptive"))).setText(descriptive);
        return;
    }
    XmlNode &structured = element.appendChild(XmlNode(QStringLiteral("structured")));
    date->writeTo(structured.appendChild(XmlNode(QStringLiteral("date"))));
    if (time)
        writeHealthTime(structured.appendChild(XmlNode(QStringLiteral("time"))), *time);
    if (tz)
        tz->writeTo(structured.appendChild(XmlNode(QStringLiteral("tz"))));
}

} // namespace hearth
