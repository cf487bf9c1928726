#pragma once

#include "ui/editors/ThingForm.h"

namespace hearth::ui {

class ApproxDateEdit;
class CodableValueEdit;

// Editor of an allergy: what to, the reaction, since when, the kind of
// allergen and the treatment.
class AllergyForm : public ThingForm
{
    Q_OBJECT
public:
    explicit AllergyForm(QWidget *parent = nullptr);
    QString typeTitle() const override;
    Thing result() const override;

protected:
    void fill(const Thing &thing) override;
    void check() override;

private:
    CodableValueEdit *m_name;
    CodableValueEdit *m_reaction;
    ApproxDateEdit *m_firstObserved;
    CodableValueEdit *m_allergenType;
    CodableValueEdit *m_treatment;
};

} // namespace hearth::ui
