#pragma once

#include "ui/editors/ThingForm.h"

class QPlainTextEdit;

namespace hearth::ui {

// Shows every element of a thing Hearth has no editor for, read-only, so a
// thing of an unknown type is never an empty panel.
class FieldsForm : public ThingForm
{
    Q_OBJECT
public:
    explicit FieldsForm(QWidget *parent = nullptr);

    QString typeTitle() const override;
    Thing result() const override { return m_thing; }
    // The fields shown, as "path: text" lines (for tests and copying).
    QStringList lines() const { return m_lines; }

protected:
    void fill(const Thing &thing) override;
    void check() override { }

private:
    QStringList m_lines;
    QPlainTextEdit *m_view;
};

} // namespace hearth::ui
