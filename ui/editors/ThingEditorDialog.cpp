#include "ui/editors/ThingEditorDialog.h"

#include "ui/editors/FieldsForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hearth::ui {

ThingEditorDialog::ThingEditorDialog(ThingForm *form, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_form(form)
    , m_notice(new QLabel)
    , m_buttons(new QDialogButtonBox)
{
    setObjectName(QStringLiteral("thingEditor"));
    //: Dialog title; %1 is the type, e.g. "New weight" / "Weight".
    setWindowTitle(isNew ? tr("New entry: %1").arg(form->typeTitle()) : form->typeTitle());
    setAccessibleName(windowTitle());

    m_notice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_notice->setAccessibleName(tr("Why this entry cannot be changed"));
    m_notice->setWordWrap(true);
    QString reason = ThingForm::readOnlyReason(form->loaded());
    if (reason.isEmpty() && qobject_cast<FieldsForm *>(form))
        reason = tr("Hearth has no editor for this type of entry; these are the fields it holds.");
    m_notice->setText(reason);
    m_notice->setVisible(!reason.isEmpty());
    const bool readOnly = !reason.isEmpty();
    form->setReadOnly(readOnly);

    m_buttons->setObjectName(QStringLiteral("editorButtons"));
    m_buttons->setAccessibleName(tr("Dialog buttons"));
    if (readOnly) {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    } else {
        m_buttons->setStandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
        m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
        m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ThingEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ThingEditorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(form, 1);
    layout->addWidget(m_buttons);
    form->setParent(this);
    setMinimumWidth(440);
}

void ThingEditorDialog::accept()
{
    if (m_form->isReadOnly() || m_form->validate()) {
        QDialog::accept();
        return;
    }
    // Make room for the messages that just appeared.
    resize(width(), std::max(height(), sizeHint().height()));
}

} // namespace hearth::ui
