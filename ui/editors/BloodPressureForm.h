#pragma once

#include "ui/editors/ThingForm.h"

#include <optional>

class QDateTimeEdit;
class QLineEdit;

namespace hearth::ui {

// Editor of a blood pressure: when, systolic and diastolic in mmHg, pulse.
class BloodPressureForm : public ThingForm
{
    Q_OBJECT
public:
    explicit BloodPressureForm(QWidget *parent = nullptr);
    QString typeTitle() const override;
    Thing result() const override;

protected:
    void fill(const Thing &thing) override;
    void check() override;

private:
    static std::optional<int> whole(const QLineEdit *field);

    QDateTimeEdit *m_when;
    QLineEdit *m_systolic;
    QLineEdit *m_diastolic;
    QLineEdit *m_pulse;
    QLineEdit *m_note;
};

} // namespace hearth::ui
