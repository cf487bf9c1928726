#pragma once

#include "core/thing/CodableValue.h"

#include <QLineEdit>

namespace hearth::ui {

// A field for a codable value: free text, with suggestions from a small
// vocabulary. Picking a suggestion keeps its codes; other text is kept as
// text without codes, never forced into a list.
class CodableValueEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit CodableValueEdit(QWidget *parent = nullptr);

    void setVocabulary(const QList<CodableValue> &vocabulary);
    const QList<CodableValue> &vocabulary() const { return m_vocabulary; }

    CodableValue value() const;
    void setValue(const CodableValue &value);

private:
    QList<CodableValue> m_vocabulary;
    CodableValue m_loaded;
};

} // namespace hearth::ui
