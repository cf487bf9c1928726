#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace hearth::ui {

// A number and its unit, side by side. The number is kept as typed, so
// "160" in "lb" is stored and shown back as "160 lb", not as 72.57 kg.
class MeasurementEdit : public QWidget
{
    Q_OBJECT
public:
    explicit MeasurementEdit(QWidget *parent = nullptr);

    // The unit symbols to choose from ("kg", "lb").
    void setUnits(const QStringList &symbols);
    QString unit() const;
    void setUnit(const QString &symbol);

    // The typed number in this locale (a point is accepted too); nullopt
    // when empty or not a number.
    std::optional<double> number() const;
    QString text() const;
    void setText(const QString &text);
    void setNumber(double value, int decimals);

    QLineEdit *numberField() const { return m_number; }
    QComboBox *unitField() const { return m_unit; }

signals:
    void edited();

private:
    QLineEdit *m_number;
    QComboBox *m_unit;
};

} // namespace hearth::ui
