#include "ui/editors/MeasurementEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace hearth::ui {

MeasurementEdit::MeasurementEdit(QWidget *parent)
    : QWidget(parent)
    , m_number(new QLineEdit)
    , m_unit(new QComboBox)
{
    m_number->setAccessibleName(tr("Value"));
    m_unit->setAccessibleName(tr("Unit"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_number, 1);
    layout->addWidget(m_unit);
    setFocusProxy(m_number);
    connect(m_number, &QLineEdit::textEdited, this, &MeasurementEdit::edited);
    connect(m_unit, &QComboBox::activated, this, &MeasurementEdit::edited);
}

void MeasurementEdit::setUnits(const QStringList &symbols)
{
    m_unit->clear();
    m_unit->addItems(symbols);
    m_unit->setEnabled(symbols.size() > 1);
}

QString MeasurementEdit::unit() const
{
    return m_unit->currentText();
}

void MeasurementEdit::setUnit(const QString &symbol)
{
    const int index = m_unit->findText(symbol, Qt::MatchFixedString);
    if (index >= 0)
        m_unit->setCurrentIndex(index);
}

std::optional<double> MeasurementEdit::number() const
{
    const QString typed = m_number->text().trimmed();
    bool ok = false;
    double value = locale().toDouble(typed, &ok);
    if (!ok)
        value = typed.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString MeasurementEdit::text() const
{
    return m_number->text().trimmed();
}

void MeasurementEdit::setText(const QString &text)
{
    m_number->setText(text);
}

void MeasurementEdit::setNumber(double value, int decimals)
{
    QString text = locale().toString(value, 'f', decimals);
    if (text.contains(locale().decimalPoint())) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(locale().decimalPoint()))
            text.chop(1);
    }
    m_number->setText(text);
}

} // namespace hearth::ui
