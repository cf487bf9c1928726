#include "ui/firstrun/DemoRecord.h"

#include "core/store/Store.h"
#include "core/store/ThingIndex.h"
#include "core/thing/Allergy.h"
#include "core/thing/BloodPressure.h"
#include "core/thing/Condition.h"
#include "core/thing/Contact.h"
#include "core/thing/Height.h"
#include "core/thing/Immunization.h"
#include "core/thing/LabTestResults.h"
#include "core/thing/Medication.h"
#include "core/thing/Procedure.h"
#include "core/thing/ThingTypeRegistry.h"
#include "core/thing/Weight.h"

#include <QRandomGenerator>

#include <cmath>

namespace hearth::ui {

namespace {

class Writer
{
public:
    Writer(Store *store, qint64 record, const QDateTime &now, StoreError *error)
        : m_store(store)
        , m_record(record)
        , m_now(now)
        , m_error(error)
    { }

    bool add(Thing thing)
    {
        thing.setKey(QUuid::createUuid(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QDateTime effective = ThingTypeRegistry::effectiveDate(thing);
        if (effective.isValid())
            thing.setEffectiveDate(effective);
        // Things without a date of their own (an allergy, a contact) date from now.
        ThingRow row = ThingIndex::rowFor(m_record, thing, m_now);
        row.xml = thing.toXml();
        return m_store->putThing(row, m_error);
    }

private:
    Store *m_store;
    qint64 m_record;
    QDateTime m_now;
    StoreError *m_error;
};

ApproxDateTime approx(const QDate &date)
{
    return ApproxDateTime::fromDate(date);
}

GeneralMeasurement text(const QString &value)
{
    return GeneralMeasurement(value);
}

} // namespace

std::optional<qint64> DemoRecord::create(
    Store *store, const QString &name, const QDate &today, StoreError *error)
{
    QRandomGenerator random(quint32(qHash(name)) ^ quint32(today.toJulianDay()));
    const auto noise
        = [&random](double spread) { return (random.generateDouble() * 2 - 1) * spread; };
    std::optional<qint64> record;
    const bool ok = store->transaction(
        [&] {
            RecordRow row;
            row.recordId = QUuid::createUuid();
            row.personId = QUuid::createUuid();
            row.personName = name;
            row.displayName = name;
            row.relationship = QStringLiteral("Self");
            row.access = RecordRow::Access::Custodian;
            record = store->putRecord(row, error);
            if (!record)
                return false;
            Writer writer(store, *record, QDateTime(today, QTime(12, 0)), error);

            // Weights every few days over three years: 84 kg drifting to 78 kg.
            const QDate start = today.addYears(-3);
            for (QDate day = start; day <= today; day = day.addDays(2 + int(random.bounded(3)))) {
                const double progress = double(start.daysTo(day)) / start.daysTo(today);
                Weight weight;
                weight.setWhen(HealthDateTime(day, QTime(7, int(random.bounded(50)))));
                const double kg = 84 - 6 * progress + 0.8 * std::sin(progress * 18) + noise(0.4);
                weight.setValue(
                    WeightValue::fromUnit(std::round(kg * 10) / 10, MassUnit::Kilogram));
                if (!writer.add(weight.thing()))
                    return false;
            }
            // Blood pressure weekly: from about 142/91 to 126/81 on treatment.
            for (QDate day = start; day <= today; day = day.addDays(7)) {
                const double progress = double(start.daysTo(day)) / start.daysTo(today);
                BloodPressure pressure;
                pressure.setWhen(HealthDateTime(day, QTime(19, 30)));
                pressure.setSystolic(int(std::lround(142 - 16 * progress + noise(5))));
                pressure.setDiastolic(int(std::lround(91 - 10 * progress + noise(4))));
                pressure.setPulse(int(std::lround(70 + noise(6))));
                if (!writer.add(pressure.thing()))
                    return false;
            }
            for (int years : { 3, 1 }) {
                Height height;
                height.setWhen(HealthDateTime(today.addYears(-years).addDays(12)));
                height.setValue(LengthValue::fromUnit(176, LengthUnit::Centimeter));
                if (!writer.add(height.thing()))
                    return false;
            }

            struct Med
            {
                const char *name;
                const char *code;
                const char *strength;
                const char *frequency;
                int startedMonthsAgo;
                int stoppedMonthsAgo; // 0: still taken
            };
            for (const Med &med : { Med { "Lisinopril", "29046", "10 mg", "once daily", 34, 0 },
                     Med { "Atorvastatin", "83367", "20 mg", "once daily at night", 20, 0 },
                     Med { "Amoxicillin", "723", "500 mg", "three times daily", 14, 13 },
                     Med { "Ibuprofen", "5640", "400 mg", "as needed", 8, 7 } }) {
                Medication medication;
                medication.setName(CodableValue(QString::fromLatin1(med.name),
                    { { QString::fromLatin1(med.code), QStringLiteral("RxNorm"),
                        QStringLiteral("RxNorm"), {} } }));
                medication.setStrength(text(QString::fromLatin1(med.strength)));
                medication.setDose(text(QStringLiteral("1 tablet")));
                medication.setFrequency(text(QString::fromLatin1(med.frequency)));
                medication.setRoute(CodableValue(QStringLiteral("By mouth")));
                medication.setDateStarted(approx(today.addMonths(-med.startedMonthsAgo)));
                if (med.stoppedMonthsAgo > 0)
                    medication.setDateDiscontinued(approx(today.addMonths(-med.stoppedMonthsAgo)));
                if (!writer.add(medication.thing()))
                    return false;
            }

            Allergy penicillin;
            penicillin.setName(CodableValue(QStringLiteral("Penicillin")));
            penicillin.setReaction(CodableValue(QStringLiteral("Hives")));
            penicillin.setAllergenType(CodableValue(QStringLiteral("Medication")));
            penicillin.setFirstObserved(ApproxDateTime::fromText(QStringLiteral("as a child")));
            Allergy pollen;
            pollen.setName(CodableValue(QStringLiteral("Grass pollen")));
            pollen.setReaction(CodableValue(QStringLiteral("Runny nose")));
            pollen.setAllergenType(CodableValue(QStringLiteral("Environment")));
            for (const Allergy &allergy : { penicillin, pollen }) {
                if (!writer.add(allergy.thing()))
                    return false;
            }

            struct Cond
            {
                const char *name;
                int onsetMonthsAgo;
                const char *status;
                int stoppedMonthsAgo;
            };
            for (const Cond &cond : { Cond { "Hypertension", 35, "Active", 0 },
                     Cond { "High cholesterol", 21, "Active", 0 },
                     Cond { "Seasonal allergic rhinitis", 120, "Active", 0 },
                     Cond { "Acute bronchitis", 14, "Resolved", 13 } }) {
                Condition condition;
                condition.setName(CodableValue(QString::fromLatin1(cond.name)));
                condition.setOnsetDate(approx(today.addMonths(-cond.onsetMonthsAgo)));
                condition.setStatus(CodableValue(QString::fromLatin1(cond.status)));
                if (cond.stoppedMonthsAgo > 0)
                    condition.setStopDate(approx(today.addMonths(-cond.stoppedMonthsAgo)));
                if (!writer.add(condition.thing()))
                    return false;
            }

            struct Vaccine
            {
                const char *name;
                int monthsAgo;
            };
            for (const Vaccine &vaccine :
                { Vaccine { "Influenza vaccine", 2 }, Vaccine { "Influenza vaccine", 14 },
                    Vaccine { "Tetanus, diphtheria (Td)", 40 }, Vaccine { "Hepatitis B", 30 } }) {
                Immunization immunization;
                immunization.setName(CodableValue(QString::fromLatin1(vaccine.name)));
                immunization.setAdministrationDate(approx(today.addMonths(-vaccine.monthsAgo)));
                if (!writer.add(immunization.thing()))
                    return false;
            }

            for (int monthsAgo : { 1, 13, 25 }) {
                const double ldl = 4.4 - (monthsAgo < 20 ? 1.6 : 0) + noise(0.2);
                LabTestResults lab;
                const QDate day = today.addMonths(-monthsAgo);
                lab.setWhen(approx(day));
                LabTestResult total { {}, QStringLiteral("Total cholesterol"), approx(day), {},
                    text(QStringLiteral("%1 mmol/L").arg(ldl + 1.9, 0, 'f', 1)), {}, {}, {} };
                LabTestResult ldlResult { {}, QStringLiteral("LDL cholesterol"), approx(day), {},
                    text(QStringLiteral("%1 mmol/L").arg(ldl, 0, 'f', 1)), {}, {}, {} };
                LabTestResult hba1c { {}, QStringLiteral("HbA1c"), approx(day), {},
                    text(QStringLiteral("%1 %").arg(5.4 + noise(0.2), 0, 'f', 1)), {}, {}, {} };
                lab.addGroup(
                    CodableValue(QStringLiteral("Lipid panel")), { total, ldlResult, hba1c });
                if (!writer.add(lab.thing()))
                    return false;
            }

            Procedure procedure;
            procedure.setName(CodableValue(QStringLiteral("Knee arthroscopy")));
            procedure.setWhen(approx(today.addMonths(-26)));
            procedure.setAnatomicLocation(CodableValue(QStringLiteral("Left knee")));
            if (!writer.add(procedure.thing()))
                return false;

            Contact partner;
            PersonInfo person;
            person.name.full = QStringLiteral("Sam Example");
            ContactInfo contact;
            contact.phones.append(
                { QStringLiteral("Mobile"), true, QStringLiteral("+1 555 0100") });
            person.contact = contact;
            person.type = CodableValue(QStringLiteral("Emergency contact"));
            partner.setPerson(person);
            return writer.add(partner.thing());
        },
        error);
    return ok ? record : std::nullopt;
}

} // namespace hearth::ui
