#include "ui/editors/FieldsForm.h"

#include "core/thing/XmlNode.h"
#include "ui/editors/ThingEditing.h"

#include <QPlainTextEdit>

namespace hearth::ui {

namespace {

void collect(const XmlNode &node, const QString &path, QStringList &lines)
{
    QString here = path.isEmpty() ? node.name() : path + QStringLiteral(" › ") + node.name();
    for (const XmlAttribute &attribute : node.attributes()) {
        if (!attribute.name.startsWith(QLatin1String("xmlns")))
            lines.append(QStringLiteral("%1 [%2]: %3").arg(here, attribute.name, attribute.value));
    }
    const QString text = node.text().trimmed();
    if (!text.isEmpty())
        lines.append(QStringLiteral("%1: %2").arg(here, text));
    for (const XmlNode &child : node.children()) {
        if (child.isElement())
            collect(child, here, lines);
    }
}

} // namespace

FieldsForm::FieldsForm(QWidget *parent)
    : ThingForm(parent)
    , m_view(new QPlainTextEdit)
{
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    addRow(tr("Fields:"), m_view, QStringLiteral("unknownFields"));
}

QString FieldsForm::typeTitle() const
{
    return m_thing.typeName().isEmpty() ? ThingEditing::typeTitle(m_thing.typeId())
                                        : m_thing.typeName();
}

void FieldsForm::fill(const Thing &thing)
{
    m_lines.clear();
    if (const XmlNode *root = thing.dataRoot()) {
        for (const XmlNode &child : root->children()) {
            if (child.isElement())
                collect(child, QString(), m_lines);
        }
    }
    if (m_lines.isEmpty())
        m_lines.append(tr("This entry holds no fields."));
    m_view->setPlainText(m_lines.join(QLatin1Char('\n')));
}

} // namespace hearth::ui
