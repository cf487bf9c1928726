#include "core/documents/ThingItems.h"

#include "core/documents/DocumentThings.h"
#include "core/thing/Allergy.h"
#include "core/thing/BloodOxygenSaturation.h"
#include "core/thing/BloodPressure.h"
#include "core/thing/Condition.h"
#include "core/thing/Contact.h"
#include "core/thing/HeartRate.h"
#include "core/thing/Height.h"
#include "core/thing/Immunization.h"
#include "core/thing/LabTestResults.h"
#include "core/thing/Medication.h"
#include "core/thing/Procedure.h"
#include "core/thing/Units.h"
#include "core/thing/VitalSigns.h"
#include "core/thing/Weight.h"

namespace hearth {

namespace {

using L = QLatin1String;

ClinicalDate clinical(const std::optional<ApproxDateTime> &value)
{
    ClinicalDate d;
    if (!value || !value->date || !value->date->isValid())
        return d;
    d.year = value->date->year;
    d.precision = ClinicalDate::Precision::Year;
    if (value->date->month) {
        d.month = *value->date->month;
        d.precision = ClinicalDate::Precision::Month;
        if (value->date->day) {
            d.day = *value->date->day;
            d.precision = ClinicalDate::Precision::Day;
        }
    }
    if (value->time && d.precision == ClinicalDate::Precision::Day) {
        d.hour = value->time->hour();
        d.minute = value->time->minute();
        d.second = value->time->second();
        d.precision = d.second ? ClinicalDate::Precision::Second : ClinicalDate::Precision::Minute;
    }
    return d;
}

ClinicalDate clinical(const HealthDateTime &value)
{
    if (!value.isValid())
        return ClinicalDate();
    ApproxDateTime approx = ApproxDateTime::fromDate(value.date, value.time);
    return clinical(std::optional<ApproxDateTime>(approx));
}

QString textOf(const std::optional<CodableValue> &value)
{
    return value ? value->text : QString();
}

// The item's text and first code from a codable value.
void setConcept(DocumentItem &item, const CodableValue &value)
{
    item.text = value.text;
    if (!value.codes.isEmpty()) {
        const CodedValue &coded = value.codes.first();
        item.code = DocumentCode::fromStored(coded.value, coded.family, coded.type, value.text);
    }
}

DocumentItem vital(VitalKind kind, const HealthDateTime &when, double value, const QString &unit)
{
    DocumentItem item;
    item.kind = ItemKind::VitalSign;
    item.vital = kind;
    item.start = clinical(when);
    item.value = Units::formatNumber(value);
    item.unit = unit;
    return item;
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

QList<QUuid> ThingItems::types()
{
    return { Medication::typeId(), Allergy::typeId(), Condition::typeId(), Immunization::typeId(),
        Procedure::typeId(), LabTestResults::typeId(), Weight::typeId(), Height::typeId(),
        BloodPressure::typeId(), HeartRate::typeId(), BloodOxygenSaturation::typeId(),
        VitalSigns::typeId(), Contact::typeId() };
}

QList<DocumentItem> ThingItems::fromThing(const Thing &thing)
{
    const QUuid type = thing.typeId();
    QList<DocumentItem> items;
    if (type == Medication::typeId() || Medication::olderTypeIds().contains(type)) {
        if (const std::optional<Medication> m = Medication::fromThing(thing)) {
            DocumentItem item;
            item.kind = ItemKind::Medication;
            setConcept(item, m->name());
            item.start = clinical(m->dateStarted());
            item.end = clinical(m->dateDiscontinued());
            if (const std::optional<GeneralMeasurement> dose = m->dose())
                item.dose = dose->display;
            item.route = textOf(m->route());
            items.append(item);
        }
    } else if (type == Allergy::typeId()) {
        if (const std::optional<Allergy> a = Allergy::fromThing(thing)) {
            DocumentItem item;
            item.kind = ItemKind::Allergy;
            setConcept(item, a->name());
            item.start = clinical(a->firstObserved());
            item.negated = a->isNegated().value_or(false);
            const QString reaction = textOf(a->reaction());
            if (!reaction.isEmpty())
                item.reactions.append(reaction);
            items.append(item);
        }
    } else if (type == Condition::typeId()) {
        if (const std::optional<Condition> c = Condition::fromThing(thing)) {
            DocumentItem item;
            item.kind = ItemKind::Problem;
            setConcept(item, c->name());
            item.start = clinical(c->onsetDate());
            item.end = clinical(c->stopDate());
            item.status = textOf(c->status());
            items.append(item);
        }
    } else if (type == Immunization::typeId() || Immunization::olderTypeIds().contains(type)) {
        if (const std::optional<Immunization> i = Immunization::fromThing(thing)) {
            DocumentItem item;
            item.kind = ItemKind::Immunization;
            setConcept(item, i->name());
            item.start = clinical(i->administrationDate());
            item.lotNumber = i->lot();
            item.route = textOf(i->route());
            items.append(item);
        }
    } else if (type == Procedure::typeId() || Procedure::olderTypeIds().contains(type)) {
        if (const std::optional<Procedure> p = Procedure::fromThing(thing)) {
            DocumentItem item;
            item.kind = ItemKind::Procedure;
            setConcept(item, p->name());
            item.start = clinical(p->when());
            if (const std::optional<PersonInfo> provider = p->primaryProvider())
                item.performer = provider->name.full;
            items.append(item);
        }
    } else if (type == LabTestResults::typeId()) {
        if (const std::optional<LabTestResults> l = LabTestResults::fromThing(thing)) {
            const ClinicalDate when = clinical(l->when());
            for (const LabTestResult &r : l->results()) {
                DocumentItem item;
                item.kind = ItemKind::LabResult;
                if (r.clinicalCode)
                    setConcept(item, *r.clinicalCode);
                if (!r.name.isEmpty())
                    item.text = r.name;
                item.start = r.when ? clinical(r.when) : when;
                item.panel = r.groupName;
                if (r.measurement) {
                    if (!r.measurement->structured.isEmpty()) {
                        const StructuredMeasurement &s = r.measurement->structured.first();
                        item.value = Units::formatNumber(s.value);
                        item.unit = s.units.text;
                    } else {
                        item.value = r.measurement->display;
                    }
                }
                item.status = textOf(r.status);
                if (!r.flags.isEmpty())
                    item.interpretation = r.flags.first().text;
                items.append(item);
            }
        }
    } else if (type == Weight::typeId()) {
        if (const std::optional<Weight> w = Weight::fromThing(thing))
            items.append(vital(VitalKind::Weight, w->when(), w->value().kilograms(), L("kg")));
    } else if (type == Height::typeId()) {
        if (const std::optional<Height> h = Height::fromThing(thing))
            items.append(vital(VitalKind::Height, h->when(), h->value().meters(), L("m")));
    } else if (type == BloodPressure::typeId()) {
        if (const std::optional<BloodPressure> b = BloodPressure::fromThing(thing)) {
            items.append(vital(VitalKind::Systolic, b->when(), b->systolic(), L("mm[Hg]")));
            items.append(vital(VitalKind::Diastolic, b->when(), b->diastolic(), L("mm[Hg]")));
        }
    } else if (type == HeartRate::typeId()) {
        if (const std::optional<HeartRate> h = HeartRate::fromThing(thing))
            items.append(vital(VitalKind::HeartRate, h->when(), h->beatsPerMinute(), L("/min")));
    } else if (type == BloodOxygenSaturation::typeId()) {
        if (const std::optional<BloodOxygenSaturation> s = BloodOxygenSaturation::fromThing(thing))
            items.append(
                vital(VitalKind::OxygenSaturation, s->when(), s->fraction() * 100, L("%")));
    } else if (type == VitalSigns::typeId()) {
        if (const std::optional<VitalSigns> v = VitalSigns::fromThing(thing)) {
            if (const std::optional<TemperatureValue> t = v->bodyTemperature())
                items.append(vital(VitalKind::Temperature, v->when(), t->celsius(), L("Cel")));
            for (const VitalSignResult &r : v->results()) {
                // The body temperature is a result too; it was read above.
                const CodedValue *statistic = r.title.code(QStringLiteral("vital-statistics"));
                if (!r.value || (statistic && statistic->value == L("Tmp")))
                    continue;
                DocumentItem item = vital(
                    VitalKind::Other, v->when(), *r.value, r.unit ? r.unit->text : QString());
                setConcept(item, r.title);
                items.append(item);
            }
        }
    } else if (type == Contact::typeId()) {
        if (const std::optional<Contact> c = Contact::fromThing(thing)) {
            const PersonInfo person = c->person();
            DocumentItem item;
            item.kind = ItemKind::Contact;
            item.text = person.name.full;
            item.organization = person.organization;
            if (person.contact) {
                if (!person.contact->addresses.isEmpty())
                    item.address = person.contact->addresses.first().street.join(L(", "));
                if (!person.contact->phones.isEmpty())
                    item.telephone = person.contact->phones.first().number;
                if (!person.contact->emails.isEmpty())
                    item.email = person.contact->emails.first().address;
            }
            items.append(item);
        }
    }
    return items;
}

DocumentItem ThingItems::comparable(const DocumentItem &input)
{
    DocumentItem item = input;
    if (item.kind != ItemKind::VitalSign)
        return item;
    const QString unit = DocumentThings::plainUnit(item.unit);
    const std::optional<double> value = number(item.value);
    if (item.vital != VitalKind::None && item.vital != VitalKind::Other
        && item.vital != VitalKind::RespiratoryRate && item.vital != VitalKind::BodyMassIndex
        && item.vital != VitalKind::HeadCircumference) {
        // A type of its own (weight, height, ...): the kind is the concept;
        // the record keeps no code or name for it.
        item.code = DocumentCode();
        item.text = vitalKindName(item.vital);
    }
    switch (item.vital) {
    case VitalKind::Weight:
        if (const std::optional<MassUnit> mass = Units::massUnit(unit); mass && value) {
            item.value = Units::formatRounded(Units::toKilograms(*value, *mass), 2);
            item.unit.clear();
        }
        break;
    case VitalKind::Height:
        if (const std::optional<LengthUnit> length = Units::lengthUnit(unit); length && value) {
            item.value = Units::formatRounded(Units::toMeters(*value, *length), 3);
            item.unit.clear();
        }
        break;
    case VitalKind::Temperature:
        if (const std::optional<TemperatureUnit> scale = Units::temperatureUnit(unit);
            scale && value) {
            item.value = Units::formatRounded(Units::toCelsius(*value, *scale), 1);
            item.unit.clear();
        }
        break;
    case VitalKind::Systolic:
    case VitalKind::Diastolic:
    case VitalKind::HeartRate:
        // Stored as whole numbers in their one unit.
        if (value)
            item.value = QString::number(qRound(*value));
        item.unit.clear();
        break;
    case VitalKind::OxygenSaturation:
        if (value)
            item.value
                = Units::formatRounded(unit == L("%") || *value > 1.0 ? *value : *value * 100, 1);
        item.unit.clear();
        break;
    case VitalKind::RespiratoryRate:
    case VitalKind::BodyMassIndex:
    case VitalKind::HeadCircumference:
    case VitalKind::Other:
        item.vital = VitalKind::Other;
        break;
    case VitalKind::None:
        break;
    }
    return item;
}

} // namespace hearth
