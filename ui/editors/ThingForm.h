#pragma once

#include "core/thing/Thing.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace hearth::ui {

// The base of every editor form: rows of label, field and a message under
// the field that says what is wrong with it. Subclasses fill the fields
// from a thing, check them and write them back into a copy of it.
class ThingForm : public QWidget
{
    Q_OBJECT
public:
    explicit ThingForm(QWidget *parent = nullptr);

    // The type's name for titles ("Weight").
    virtual QString typeTitle() const = 0;
    // Fills the fields from thing and remembers it as the base of result().
    void load(const Thing &thing);
    const Thing &loaded() const { return m_thing; }
    // Checks every field, shows the messages and focuses the first field in
    // error; true when there is none.
    bool validate();
    // The loaded thing with the fields written into it. Call after validate().
    virtual Thing result() const = 0;

    // Why thing cannot be edited here, or empty when it can.
    static QString readOnlyReason(const Thing &thing);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The message shown under field (empty when none).
    QString message(const QWidget *field) const;

signals:
    // A field changed; the dialog clears its message.
    void edited();

protected:
    // Adds a row; the field gets label as its accessible name and objectName.
    void addRow(const QString &label, QWidget *field, const QString &objectName);
    void setMessage(QWidget *field, const QString &message);
    virtual void fill(const Thing &thing) = 0;
    // Calls setMessage for each field in error.
    virtual void check() = 0;

    Thing m_thing;

private:
    QFormLayout *m_layout;
    QHash<const QWidget *, QLabel *> m_messages;
    QList<QWidget *> m_fields;
    bool m_readOnly = false;
};

} // namespace hearth::ui
