#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace hearth::ui {

// The first window of a new profile: keep records on this computer only
// (one record, named here), open a demo record, or sign in to a vault
// (offered once sign-in is part of Hearth; shown disabled until then).
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, LocalOnly, Demo };

    explicit FirstRunDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The name typed for the local record.
    QString recordName() const;

    QLineEdit *nameField() const { return m_name; }
    QPushButton *localButton() const { return m_local; }
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *signInButton() const { return m_signIn; }

private:
    Choice m_choice = Choice::None;
    QLineEdit *m_name;
    QPushButton *m_local;
    QPushButton *m_demo;
    QPushButton *m_signIn;
};

} // namespace hearth::ui
