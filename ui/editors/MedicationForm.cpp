#include "ui/editors/MedicationForm.h"

#include "core/thing/Medication.h"
#include "ui/editors/ApproxDateEdit.h"
#include "ui/editors/CodableValueEdit.h"
#include "ui/editors/Suggestions.h"
#include "ui/editors/ThingEditing.h"

#include <QLineEdit>

namespace hearth::ui {

namespace {

std::optional<GeneralMeasurement> measurement(const QLineEdit *field)
{
    const QString text = field->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional(GeneralMeasurement(text));
}

std::optional<CodableValue> codable(const CodableValueEdit *field)
{
    const CodableValue value = field->value();
    return value.isEmpty() ? std::nullopt : std::optional(value);
}

} // namespace

MedicationForm::MedicationForm(QWidget *parent)
    : ThingForm(parent)
    , m_name(new CodableValueEdit)
    , m_strength(new QLineEdit)
    , m_dose(new QLineEdit)
    , m_frequency(new QLineEdit)
    , m_route(new CodableValueEdit)
    , m_indication(new CodableValueEdit)
    , m_started(new ApproxDateEdit)
    , m_stopped(new ApproxDateEdit)
{
    m_name->setVocabulary(Suggestions::medications());
    m_route->setVocabulary(Suggestions::routes());
    m_strength->setPlaceholderText(tr("e.g. 10 mg"));
    m_dose->setPlaceholderText(tr("e.g. 1 tablet"));
    m_frequency->setPlaceholderText(tr("e.g. once daily"));
    addRow(tr("&Name:"), m_name, QStringLiteral("nameField"));
    addRow(tr("S&trength:"), m_strength, QStringLiteral("strengthField"));
    addRow(tr("&Dose:"), m_dose, QStringLiteral("doseField"));
    addRow(tr("&How often:"), m_frequency, QStringLiteral("frequencyField"));
    addRow(tr("&Route:"), m_route, QStringLiteral("routeField"));
    addRow(tr("&What for:"), m_indication, QStringLiteral("indicationField"));
    addRow(tr("&Started:"), m_started, QStringLiteral("startedField"));
    addRow(tr("St&opped:"), m_stopped, QStringLiteral("stoppedField"));
}

QString MedicationForm::typeTitle() const
{
    return ThingEditing::typeTitle(Medication::typeId());
}

void MedicationForm::fill(const Thing &thing)
{
    const Medication medication = Medication::fromThing(thing).value_or(Medication());
    m_name->setValue(medication.name());
    m_strength->setText(medication.strength() ? medication.strength()->display : QString());
    m_dose->setText(medication.dose() ? medication.dose()->display : QString());
    m_frequency->setText(medication.frequency() ? medication.frequency()->display : QString());
    m_route->setValue(medication.route().value_or(CodableValue()));
    m_indication->setValue(medication.indication().value_or(CodableValue()));
    m_started->setValue(medication.dateStarted());
    m_stopped->setValue(medication.dateDiscontinued());
}

void MedicationForm::check()
{
    if (m_name->value().text.isEmpty())
        setMessage(m_name, tr("Enter the name of the medication."));
    const auto started = m_started->value();
    const auto stopped = m_stopped->value();
    if (started && stopped && started->isStructured() && stopped->isStructured()
        && stopped->toDateTime() < started->toDateTime()) {
        setMessage(m_stopped, tr("The medication cannot stop before it started."));
    }
}

Thing MedicationForm::result() const
{
    Medication medication = Medication::fromThing(m_thing).value_or(Medication());
    medication.setName(m_name->value());
    medication.setStrength(measurement(m_strength));
    medication.setDose(measurement(m_dose));
    medication.setFrequency(measurement(m_frequency));
    medication.setRoute(codable(m_route));
    medication.setIndication(codable(m_indication));
    medication.setDateStarted(m_started->value());
    medication.setDateDiscontinued(m_stopped->value());
    return medication.thing();
}

} // namespace hearth::ui
