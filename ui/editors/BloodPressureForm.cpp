#include "ui/editors/BloodPressureForm.h"

#include "core/thing/BloodPressure.h"
#include "ui/editors/ThingEditing.h"

#include <QDateTimeEdit>
#include <QLineEdit>

namespace hearth::ui {

BloodPressureForm::BloodPressureForm(QWidget *parent)
    : ThingForm(parent)
    , m_when(new QDateTimeEdit)
    , m_systolic(new QLineEdit)
    , m_diastolic(new QLineEdit)
    , m_pulse(new QLineEdit)
    , m_note(new QLineEdit)
{
    m_when->setCalendarPopup(true);
    m_systolic->setPlaceholderText(tr("mmHg"));
    m_diastolic->setPlaceholderText(tr("mmHg"));
    m_pulse->setPlaceholderText(tr("beats per minute (optional)"));
    addRow(tr("&When:"), m_when, QStringLiteral("whenField"));
    addRow(tr("&Systolic:"), m_systolic, QStringLiteral("systolicField"));
    addRow(tr("&Diastolic:"), m_diastolic, QStringLiteral("diastolicField"));
    addRow(tr("&Pulse:"), m_pulse, QStringLiteral("pulseField"));
    addRow(tr("&Note:"), m_note, QStringLiteral("noteField"));
}

QString BloodPressureForm::typeTitle() const
{
    return ThingEditing::typeTitle(BloodPressure::typeId());
}

std::optional<int> BloodPressureForm::whole(const QLineEdit *field)
{
    bool ok = false;
    const int value = field->text().trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

void BloodPressureForm::fill(const Thing &thing)
{
    const auto pressure = BloodPressure::fromThing(thing);
    const HealthDateTime when = pressure ? pressure->when() : HealthDateTime();
    m_when->setDateTime(when.isValid() ? when.toDateTime() : QDateTime::currentDateTime());
    const bool hasValues = pressure && pressure->thing().dataRoot()
        && pressure->thing().dataRoot()->child(u"systolic");
    m_systolic->setText(hasValues ? QString::number(pressure->systolic()) : QString());
    m_diastolic->setText(hasValues ? QString::number(pressure->diastolic()) : QString());
    const std::optional<int> pulse = pressure ? pressure->pulse() : std::nullopt;
    m_pulse->setText(pulse ? QString::number(*pulse) : QString());
    m_note->setText(thing.note());
}

void BloodPressureForm::check()
{
    const std::optional<int> systolic = whole(m_systolic);
    const std::optional<int> diastolic = whole(m_diastolic);
    if (!systolic)
        setMessage(m_systolic, tr("Enter the systolic (upper) value in mmHg, e.g. 120."));
    else if (*systolic < 50 || *systolic > 300)
        setMessage(m_systolic, tr("A systolic value between 50 and 300 mmHg, please."));
    if (!diastolic)
        setMessage(m_diastolic, tr("Enter the diastolic (lower) value in mmHg, e.g. 80."));
    else if (*diastolic < 20 || *diastolic > 200)
        setMessage(m_diastolic, tr("A diastolic value between 20 and 200 mmHg, please."));
    else if (systolic && *diastolic >= *systolic)
        setMessage(m_diastolic, tr("The diastolic value must be lower than the systolic one."));
    if (!m_pulse->text().trimmed().isEmpty()) {
        const std::optional<int> pulse = whole(m_pulse);
        if (!pulse || *pulse < 20 || *pulse > 300)
            setMessage(m_pulse, tr("A pulse between 20 and 300 beats per minute, or nothing."));
    }
    if (m_when->dateTime() > QDateTime::currentDateTime().addSecs(3600))
        setMessage(m_when, tr("This date lies in the future."));
}

Thing BloodPressureForm::result() const
{
    BloodPressure pressure = BloodPressure::fromThing(m_thing).value_or(BloodPressure());
    const QDateTime when = m_when->dateTime();
    pressure.setWhen(HealthDateTime(when.date(), when.time()));
    pressure.setSystolic(whole(m_systolic).value_or(0));
    pressure.setDiastolic(whole(m_diastolic).value_or(0));
    pressure.setPulse(whole(m_pulse));
    Thing thing = pressure.thing();
    thing.setNote(m_note->text().trimmed());
    return thing;
}

} // namespace hearth::ui
