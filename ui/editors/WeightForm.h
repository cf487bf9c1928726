#pragma once

#include "ui/editors/ThingForm.h"

class QDateTimeEdit;
class QLineEdit;

namespace hearth::ui {

class MeasurementEdit;

// Editor of a weight: when, the value in the unit the person typed, a note.
class WeightForm : public ThingForm
{
    Q_OBJECT
public:
    explicit WeightForm(QWidget *parent = nullptr);
    QString typeTitle() const override;
    Thing result() const override;

    QDateTimeEdit *whenField() const { return m_when; }
    MeasurementEdit *valueField() const { return m_value; }

protected:
    void fill(const Thing &thing) override;
    void check() override;

private:
    QDateTimeEdit *m_when;
    MeasurementEdit *m_value;
    QLineEdit *m_note;
};

} // namespace hearth::ui
