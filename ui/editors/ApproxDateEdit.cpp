#include "ui/editors/ApproxDateEdit.h"

#include <QRegularExpression>

namespace hearth::ui {

namespace {

std::optional<int> monthNamed(const QString &word, const QLocale &locale)
{
    const QLocale english(QLocale::English);
    for (int month = 1; month <= 12; ++month) {
        for (const QLocale &l : { locale, english }) {
            for (QLocale::FormatType format : { QLocale::LongFormat, QLocale::ShortFormat }) {
                QString name = l.monthName(month, format);
                name.remove(QLatin1Char('.'));
                if (!name.isEmpty() && name.compare(word, Qt::CaseInsensitive) == 0)
                    return month;
                name = l.standaloneMonthName(month, format);
                name.remove(QLatin1Char('.'));
                if (!name.isEmpty() && name.compare(word, Qt::CaseInsensitive) == 0)
                    return month;
            }
        }
    }
    return std::nullopt;
}

ApproxDateTime structured(int year, std::optional<int> month, std::optional<int> day)
{
    ApproxDateTime value;
    value.date = ApproxDate { year, month, day };
    return value;
}

} // namespace

ApproxDateEdit::ApproxDateEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("e.g. 2019-03-05, March 2019, summer 2019"));
}

std::optional<ApproxDateTime> ApproxDateEdit::value() const
{
    return parse(text(), locale());
}

void ApproxDateEdit::setValue(const std::optional<ApproxDateTime> &value)
{
    setText(value ? format(*value, locale()) : QString());
}

std::optional<ApproxDateTime> ApproxDateEdit::parse(const QString &input, const QLocale &locale)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return std::nullopt;

    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$)"));
    if (const auto m = iso.match(text); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const std::optional<int> month
            = m.hasCaptured(2) ? std::optional<int>(m.captured(2).toInt()) : std::nullopt;
        const std::optional<int> day
            = m.hasCaptured(3) ? std::optional<int>(m.captured(3).toInt()) : std::nullopt;
        const bool valid = (!month || (*month >= 1 && *month <= 12))
            && (!day || QDate(year, *month, *day).isValid());
        if (valid && year >= 1800)
            return structured(year, month, day);
    }

    for (QLocale::FormatType format : { QLocale::ShortFormat, QLocale::LongFormat }) {
        const QDate date = locale.toDate(text, format);
        if (date.isValid())
            return ApproxDateTime::fromDate(date);
    }
    for (const QString &pattern :
        { QStringLiteral("d.M.yyyy"), QStringLiteral("d MMM yyyy"), QStringLiteral("d MMMM yyyy"),
            QStringLiteral("MMM d, yyyy"), QStringLiteral("MMMM d, yyyy") }) {
        for (const QLocale &l : { locale, QLocale(QLocale::English) }) {
            const QDate date = l.toDate(text, pattern);
            if (date.isValid())
                return ApproxDateTime::fromDate(date);
        }
    }

    static const QRegularExpression monthYear(QStringLiteral(R"(^(\p{L}+)\.?\s+(\d{4})$)"));
    if (const auto m = monthYear.match(text); m.hasMatch()) {
        if (const auto month = monthNamed(m.captured(1), locale))
            return structured(m.captured(2).toInt(), month, std::nullopt);
    }

    // Anything else ("summer 2019", "as a child") is kept as written.
    return ApproxDateTime::fromText(text);
}

QString ApproxDateEdit::format(const ApproxDateTime &value, const QLocale &locale)
{
    if (!value.date)
        return value.descriptive;
    const ApproxDate &date = *value.date;
    if (date.month && date.day) {
        const QDate day(date.year, *date.month, *date.day);
        QString text = locale.toString(day, QStringLiteral("yyyy-MM-dd"));
        if (value.time)
            text += QLatin1Char(' ') + locale.toString(*value.time, QLocale::ShortFormat);
        return text;
    }
    if (date.month)
        return locale.standaloneMonthName(*date.month) + QLatin1Char(' ')
            + QString::number(date.year);
    return QString::number(date.year);
}

QString ApproxDateEdit::describe(const ApproxDateTime &value, const QLocale &locale)
{
    if (!value.date)
        return tr("Kept as written: “%1”").arg(value.descriptive);
    const ApproxDate &date = *value.date;
    if (date.month && date.day)
        return locale.toString(QDate(date.year, *date.month, *date.day), QLocale::LongFormat);
    if (date.month)
        return tr("Some day in %1").arg(format(value, locale));
    return tr("Some time in %1").arg(date.year);
}

} // namespace hearth::ui
