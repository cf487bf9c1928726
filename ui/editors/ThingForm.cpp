#include "ui/editors/ThingForm.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace hearth::ui {

ThingForm::ThingForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void ThingForm::load(const Thing &thing)
{
    m_thing = thing;
    fill(thing);
    for (QLabel *label : std::as_const(m_messages))
        label->hide();
    setReadOnly(!readOnlyReason(thing).isEmpty());
}

bool ThingForm::validate()
{
    for (QLabel *label : std::as_const(m_messages)) {
        label->clear();
        label->hide();
    }
    check();
    for (QWidget *field : std::as_const(m_fields)) {
        if (!message(field).isEmpty()) {
            field->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    return true;
}

QString ThingForm::readOnlyReason(const Thing &thing)
{
    if (thing.hasFlag(ReadOnlyFlag)) {
        return tr("This entry is read-only: the application that wrote it marked it so, and "
                  "only it can change it.");
    }
    if (thing.hasSignature())
        return tr("This entry is digitally signed; a change would break the signature.");
    if (!thing.effectivePermissions().isEmpty()
        && !thing.effectivePermissions().contains(QLatin1String("Update"))) {
        return tr("You may read this entry but not change it.");
    }
    return {};
}

void ThingForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *field : std::as_const(m_fields)) {
        const QList<QWidget *> parts
            = QList<QWidget *> { field } + field->findChildren<QWidget *>();
        for (QWidget *part : parts) {
            if (auto *line = qobject_cast<QLineEdit *>(part))
                line->setReadOnly(readOnly);
            else if (auto *text = qobject_cast<QPlainTextEdit *>(part))
                text->setReadOnly(readOnly);
            else if (auto *spin = qobject_cast<QAbstractSpinBox *>(part))
                spin->setReadOnly(readOnly);
            else if (qobject_cast<QComboBox *>(part))
                part->setEnabled(!readOnly);
        }
    }
}

QString ThingForm::message(const QWidget *field) const
{
    const QLabel *label = m_messages.value(field);
    return label ? label->text() : QString();
}

void ThingForm::addRow(const QString &label, QWidget *field, const QString &objectName)
{
    field->setObjectName(objectName);
    QString name = label;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    field->setAccessibleName(name);

    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *message = new QLabel;
    message->setObjectName(objectName + QStringLiteral("Message"));
    message->setAccessibleName(tr("Problem with %1").arg(name));
    message->setWordWrap(true);
    QPalette palette = message->palette();
    // Red that stays readable on light and dark windows.
    palette.setColor(QPalette::WindowText,
        palette.color(QPalette::Window).lightness() < 128 ? QColor(255, 120, 110)
                                                          : QColor(176, 0, 32));
    message->setPalette(palette);
    message->hide();
    layout->addWidget(message);

    auto *caption = new QLabel(label);
    caption->setBuddy(field);
    caption->setAccessibleName(name);
    m_layout->addRow(caption, column);
    m_messages.insert(field, message);
    m_fields.append(field);
}

void ThingForm::setMessage(QWidget *field, const QString &text)
{
    QLabel *label = m_messages.value(field);
    if (!label)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
    // A screen reader hears the problem when it reaches the field.
    field->setAccessibleDescription(text);
}

} // namespace hearth::ui
