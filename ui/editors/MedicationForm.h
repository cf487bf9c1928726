#pragma once

#include "ui/editors/ThingForm.h"

class QLineEdit;

namespace hearth::ui {

class ApproxDateEdit;
class CodableValueEdit;

// Editor of a medication: name, strength, dose, how often, route, what for,
// when started and stopped (approximate dates allowed).
class MedicationForm : public ThingForm
{
    Q_OBJECT
public:
    explicit MedicationForm(QWidget *parent = nullptr);
    QString typeTitle() const override;
    Thing result() const override;

protected:
    void fill(const Thing &thing) override;
    void check() override;

private:
    CodableValueEdit *m_name;
    QLineEdit *m_strength;
    QLineEdit *m_dose;
    QLineEdit *m_frequency;
    CodableValueEdit *m_route;
    CodableValueEdit *m_indication;
    ApproxDateEdit *m_started;
    ApproxDateEdit *m_stopped;
};

} // namespace hearth::ui
