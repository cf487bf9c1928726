#include "ui/editors/WeightForm.h"

#include "core/thing/Weight.h"
#include "ui/editors/MeasurementEdit.h"
#include "ui/editors/ThingEditing.h"

#include <QDateTimeEdit>
#include <QLineEdit>

namespace hearth::ui {

namespace {

const QList<MassUnit> kUnits { MassUnit::Kilogram, MassUnit::Pound, MassUnit::Stone };

} // namespace

WeightForm::WeightForm(QWidget *parent)
    : ThingForm(parent)
    , m_when(new QDateTimeEdit)
    , m_value(new MeasurementEdit)
    , m_note(new QLineEdit)
{
    m_when->setCalendarPopup(true);
    QStringList symbols;
    for (MassUnit unit : kUnits)
        symbols.append(Units::symbol(unit));
    m_value->setUnits(symbols);
    addRow(tr("&When:"), m_when, QStringLiteral("whenField"));
    addRow(tr("&Weight:"), m_value, QStringLiteral("weightField"));
    addRow(tr("&Note:"), m_note, QStringLiteral("noteField"));
    connect(m_value, &MeasurementEdit::edited, this, &ThingForm::edited);
}

QString WeightForm::typeTitle() const
{
    return ThingEditing::typeTitle(Weight::typeId());
}

void WeightForm::fill(const Thing &thing)
{
    const auto weight = Weight::fromThing(thing);
    const HealthDateTime when = weight ? weight->when() : HealthDateTime();
    m_when->setDateTime(when.isValid() ? when.toDateTime() : QDateTime::currentDateTime());
    m_value->setText({});
    if (weight && weight->thing().dataRoot() && weight->thing().dataRoot()->child(u"value")) {
        const WeightValue value = weight->value();
        // Show back what the person typed: the display value, else kilograms.
        if (value.display && Units::massUnit(value.display->units)) {
            m_value->setUnit(Units::symbol(*Units::massUnit(value.display->units)));
            m_value->setNumber(value.display->value, 3);
        } else {
            m_value->setUnit(Units::symbol(MassUnit::Kilogram));
            m_value->setNumber(value.kilograms(), 2);
        }
    }
    m_note->setText(thing.note());
}

void WeightForm::check()
{
    const std::optional<double> number = m_value->number();
    if (!number) {
        setMessage(m_value, tr("Enter the weight as a number, e.g. 72.5."));
        return;
    }
    const auto unit = Units::massUnit(m_value->unit()).value_or(MassUnit::Kilogram);
    const double kilograms = Units::toKilograms(*number, unit);
    if (kilograms < 0.2 || kilograms > 650)
        setMessage(m_value, tr("A weight between 0.2 and 650 kg, please."));
    if (m_when->dateTime() > QDateTime::currentDateTime().addSecs(3600))
        setMessage(m_when, tr("This date lies in the future."));
}

Thing WeightForm::result() const
{
    Weight weight = Weight::fromThing(m_thing).value_or(Weight());
    const QDateTime when = m_when->dateTime();
    weight.setWhen(HealthDateTime(when.date(), when.time()));
    const auto unit = Units::massUnit(m_value->unit()).value_or(MassUnit::Kilogram);
    weight.setValue(WeightValue::fromUnit(m_value->number().value_or(0), unit));
    Thing thing = weight.thing();
    thing.setNote(m_note->text().trimmed());
    return thing;
}

} // namespace hearth::ui
