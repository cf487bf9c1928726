#include "ui/editors/CodableValueEdit.h"

#include <QCompleter>
#include <QStringListModel>

namespace hearth::ui {

CodableValueEdit::CodableValueEdit(QWidget *parent)
    : QLineEdit(parent)
{
    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
}

void CodableValueEdit::setVocabulary(const QList<CodableValue> &vocabulary)
{
    m_vocabulary = vocabulary;
    QStringList texts;
    for (const CodableValue &value : vocabulary)
        texts.append(value.text);
    static_cast<QStringListModel *>(completer()->model())->setStringList(texts);
}

CodableValue CodableValueEdit::value() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return {};
    // Codes stay only while the text still says what they mean.
    if (!m_loaded.codes.isEmpty() && typed == m_loaded.text)
        return m_loaded;
    for (const CodableValue &known : m_vocabulary) {
        if (known.text.compare(typed, Qt::CaseInsensitive) == 0)
            return known;
    }
    return CodableValue(typed);
}

void CodableValueEdit::setValue(const CodableValue &value)
{
    m_loaded = value;
    setText(value.text);
}

} // namespace hearth::ui
