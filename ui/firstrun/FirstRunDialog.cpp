#include "ui/firstrun/FirstRunDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearth::ui {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_local(new QPushButton(tr("&Use Hearth on this computer only")))
    , m_demo(new QPushButton(tr("Open a &demo record")))
    , m_signIn(new QPushButton(tr("&Sign in to a vault")))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Hearth"));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(tr("Hearth keeps your family's health records on this computer, "
                                "encrypted. How would you like to start?"));
    intro->setWordWrap(true);
    intro->setAccessibleName(tr("Introduction"));

    m_name->setObjectName(QStringLiteral("recordNameField"));
    m_name->setAccessibleName(tr("Name of the first record"));
    m_name->setPlaceholderText(tr("e.g. your own name"));
    auto *nameLabel = new QLabel(tr("&Whose record is it?"));
    nameLabel->setBuddy(m_name);
    auto *form = new QFormLayout;
    form->addRow(nameLabel, m_name);

    m_local->setObjectName(QStringLiteral("localOnlyButton"));
    m_local->setAccessibleName(tr("Use Hearth on this computer only"));
    m_local->setEnabled(false);
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setAccessibleName(tr("Open a demo record"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in to a vault"));
    m_signIn->setEnabled(false);
    m_signIn->setToolTip(tr("Signing in to a vault is not part of this version of Hearth yet."));
    m_signIn->setAccessibleDescription(m_signIn->toolTip());
    auto *signInNote = new QLabel(m_signIn->toolTip());
    signInNote->setWordWrap(true);
    signInNote->setAccessibleName(tr("About signing in"));
    signInNote->setEnabled(false);

    connect(m_name, &QLineEdit::textChanged, this,
        [this] { m_local->setEnabled(!recordName().isEmpty()); });
    connect(m_local, &QPushButton::clicked, this, [this] {
        m_choice = Choice::LocalOnly;
        accept();
    });
    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_local);
    layout->addSpacing(12);
    layout->addWidget(m_demo);
    layout->addSpacing(12);
    layout->addWidget(m_signIn);
    layout->addWidget(signInNote);
    setMinimumWidth(460);
}

QString FirstRunDialog::recordName() const
{
    return m_name->text().simplified();
}

} // namespace hearth::ui
