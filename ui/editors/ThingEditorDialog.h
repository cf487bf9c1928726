#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace hearth::ui {

class ThingForm;

// A form in a dialog: Save checks the fields first and stays open while one
// is in error; a read-only entry says why and offers only Close.
class ThingEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // Takes ownership of form, which already holds the thing.
    ThingEditorDialog(ThingForm *form, bool isNew, QWidget *parent = nullptr);

    ThingForm *form() const { return m_form; }
    QLabel *notice() const { return m_notice; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    ThingForm *m_form;
    QLabel *m_notice;
    QDialogButtonBox *m_buttons;
};

} // namespace hearth::ui
