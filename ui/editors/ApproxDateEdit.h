#pragma once

#include "core/thing/HealthDate.h"

#include <QLineEdit>

#include <optional>

namespace hearth::ui {

// A date field that takes what a person remembers: "2019-03-05", "5.3.2019",
// "March 2019", "2019", or words such as "summer 2019" or "as a child",
// which are kept as written (an approximate date's descriptive form).
class ApproxDateEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit ApproxDateEdit(QWidget *parent = nullptr);

    // The date typed; nullopt when the field is empty.
    std::optional<ApproxDateTime> value() const;
    void setValue(const std::optional<ApproxDateTime> &value);

    // Reads text in `locale` (and ISO); nullopt for empty text.
    static std::optional<ApproxDateTime> parse(const QString &text, const QLocale &locale);
    // How Hearth understood the text, for the hint next to the field.
    static QString describe(const ApproxDateTime &value, const QLocale &locale);
    // An approximate date for display ("March 2019", "summer 2019").
    static QString format(const ApproxDateTime &value, const QLocale &locale);
};

} // namespace hearth::ui
