#include "core/documents/DocumentThings.h"

#include "core/thing/Allergy.h"
#include "core/thing/BloodOxygenSaturation.h"
#include "core/thing/BloodPressure.h"
#include "core/thing/Ccd.h"
#include "core/thing/Ccr.h"
#include "core/thing/Cda.h"
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

#include <QStringDecoder>

#include <cmath>

namespace hearth {

namespace {

using L = QLatin1String;

CodableValue codable(const QString &text, const DocumentCode &code)
{
    CodableValue value(text.isEmpty() ? code.displayName : text);
    if (!code.code.isEmpty()) {
        hearth::CodedValue coded;
        coded.value = code.code;
        // Known vocabularies get HealthVault's family and name; others keep
        // what the document says, so nothing is lost.
        coded.family = !code.family.isEmpty() ? code.family
            : !code.codeSystemName.isEmpty()  ? code.codeSystemName
                                              : code.codeSystem;
        coded.type = !code.vocabulary.isEmpty() ? code.vocabulary : code.codeSystem;
        coded.version = code.version;
        value.codes.append(coded);
    }
    if (value.text.isEmpty())
        value.text = code.code;
    return value;
}

std::optional<CodableValue> optionalText(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<CodableValue>(CodableValue(text));
}

std::optional<QTime> timeOf(const ClinicalDate &d)
{
    if (d.precision < ClinicalDate::Precision::Minute)
        return std::nullopt;
    return QTime(d.hour, d.minute, d.precision == ClinicalDate::Precision::Second ? d.second : 0);
}

std::optional<ApproxDateTime> approx(const ClinicalDate &d)
{
    if (!d.isValid())
        return std::nullopt;
    ApproxDate date;
    date.year = d.year;
    if (d.precision >= ClinicalDate::Precision::Month)
        date.month = d.month;
    if (d.precision >= ClinicalDate::Precision::Day)
        date.day = d.day;
    ApproxDateTime value;
    value.date = date;
    value.time = timeOf(d);
    return value;
}

std::optional<HealthDateTime> exact(const ClinicalDate &d)
{
    if (d.precision < ClinicalDate::Precision::Day)
        return std::nullopt;
    return HealthDateTime(d.date(), timeOf(d));
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

void provenance(Thing &thing, const QString &source, const RelatedThing &link)
{
    thing.setSource(source);
    thing.addRelatedThing(link);
}

std::optional<Thing> vitalThing(const DocumentItem &item)
{
    const std::optional<HealthDateTime> when = exact(item.start);
    const std::optional<double> value = number(item.value);
    if (!when || !value)
        return std::nullopt;
    const QString unit = DocumentThings::plainUnit(item.unit);
    switch (item.vital) {
    case VitalKind::Weight: {
        const std::optional<MassUnit> mass = Units::massUnit(unit);
        if (!mass)
            return std::nullopt;
        Weight weight;
        weight.setWhen(*when);
        weight.setValue(WeightValue::fromUnit(*value, *mass));
        return weight.thing();
    }
    case VitalKind::Height: {
        const std::optional<LengthUnit> length = Units::lengthUnit(unit);
        if (!length)
            return std::nullopt;
        Height height;
        height.setWhen(*when);
        height.setValue(LengthValue::fromUnit(*value, *length));
        return height.thing();
    }
    case VitalKind::HeartRate: {
        HeartRate rate;
        rate.setWhen(*when);
        rate.setBeatsPerMinute(int(std::lround(*value)));
        return rate.thing();
    }
    case VitalKind::OxygenSaturation: {
        BloodOxygenSaturation saturation;
        saturation.setWhen(*when);
        saturation.setFraction(unit == L("%") || *value > 1.0 ? *value / 100.0 : *value);
        return saturation.thing();
    }
    case VitalKind::Temperature: {
        const std::optional<TemperatureUnit> scale = Units::temperatureUnit(unit);
        if (!scale)
            return std::nullopt;
        VitalSigns vitals;
        vitals.setWhen(*when);
        vitals.setBodyTemperature(TemperatureValue::fromUnit(*value, *scale));
        return vitals.thing();
    }
    default: {
        VitalSigns vitals;
        vitals.setWhen(*when);
        VitalSignResult result;
        result.title = codable(item.text, item.code);
        result.value = *value;
        if (!item.unit.isEmpty())
            result.unit = CodableValue(item.unit);
        vitals.addResult(result);
        return vitals.thing();
    }
    }
}

} // namespace

QString DocumentThings::plainUnit(const QString &unit)
{
    QString u = unit.trimmed();
    if (u == L("Cel"))
        return QStringLiteral("°C");
    if (u == L("[degF]"))
        return QStringLiteral("°F");
    if (u.startsWith(QLatin1Char('[')) && u.endsWith(QLatin1Char(']'))) {
        u = u.mid(1, u.size() - 2);
        const int underscore = int(u.indexOf(QLatin1Char('_')));
        if (underscore > 0)
            u = u.left(underscore);
    }
    return u;
}

QString DocumentThings::sourceText(const ClinicalDocument &document)
{
    QStringList details;
    if (!document.header.author.isEmpty())
        details << document.header.author;
    if (document.header.date.isValid())
        details << document.header.date.toIso().left(10);
    QString text = document.profile;
    if (!document.header.title.isEmpty())
        text += QStringLiteral(": ") + document.header.title;
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QLatin1String(", ")) + QLatin1Char(')');
    return text;
}

std::optional<Thing> DocumentThings::documentThing(
    const ClinicalDocument &document, const QByteArray &bytes, QString *error)
{
    // data-xml holds the document element itself: drop a byte-order mark and
    // the XML declaration (its encoding would no longer be true).
    QByteArray xml = bytes;
    if (xml.startsWith("\xFF\xFE") || xml.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(
            xml.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        xml = QString(decoder(xml.mid(2))).toUtf8();
    } else if (xml.startsWith("\xEF\xBB\xBF")) {
        xml.remove(0, 3);
    }
    if (xml.startsWith("<?xml")) {
        const qsizetype end = xml.indexOf("?>");
        if (end > 0)
            xml.remove(0, end + 2);
    }
    std::optional<Thing> thing;
    switch (document.thingKind) {
    case ClinicalDocument::ThingKind::Ccd:
        thing = Ccd().thing();
        break;
    case ClinicalDocument::ThingKind::Cda:
        thing = Cda().thing();
        break;
    case ClinicalDocument::ThingKind::Ccr:
        thing = Ccr().thing();
        break;
    }
    ThingError thingError;
    if (!thing->setDataXml(xml, &thingError)) {
        if (error)
            *error = thingError.message;
        return std::nullopt;
    }
    return thing;
}

QList<DocumentThings::Converted> DocumentThings::itemThings(const ClinicalDocument &document,
    const QList<int> &selected, const RelatedThing &link, QList<int> *skipped)
{
    QList<int> indices = selected;
    if (indices.isEmpty()) {
        for (int i = 0; i < document.items.size(); ++i)
            indices.append(i);
    }
    const QString source = sourceText(document);
    QList<Converted> out;
    QList<int> used;
    const auto add = [&](Thing thing, QList<int> items) {
        provenance(thing, source, link);
        used.append(items);
        out.append({ std::move(thing), std::move(items) });
    };

    for (int index : indices) {
        if (index < 0 || index >= document.items.size() || used.contains(index))
            continue;
        const DocumentItem &item = document.items.at(index);
        // A refused vaccine, a medication not taken, "no known problems":
        // only the allergy type can say "not"; the others would record the
        // opposite of what the document says.
        if (item.negated && item.kind != ItemKind::Allergy) {
            if (skipped)
                skipped->append(index);
            continue;
        }
        switch (item.kind) {
        case ItemKind::Medication: {
            Medication medication;
            medication.setName(codable(item.text, item.code));
            if (!item.dose.isEmpty())
                medication.setDose(GeneralMeasurement(item.dose));
            medication.setRoute(optionalText(item.route));
            medication.setDateStarted(approx(item.start));
            medication.setDateDiscontinued(approx(item.end));
            add(medication.thing(), { index });
            break;
        }
        case ItemKind::Allergy: {
            Allergy allergy;
            allergy.setName(codable(item.text, item.code));
            allergy.setReaction(optionalText(item.reactions.join(QLatin1String(", "))));
            allergy.setFirstObserved(approx(item.start));
            if (!item.valueCode.isEmpty())
                allergy.setAllergenType(codable(QString(), item.valueCode));
            if (item.negated)
                allergy.setIsNegated(true);
            add(allergy.thing(), { index });
            break;
        }
        case ItemKind::Problem: {
            Condition condition;
            condition.setName(codable(item.text, item.code));
            condition.setOnsetDate(approx(item.start));
            condition.setStopDate(approx(item.end));
            condition.setStatus(optionalText(item.status));
            add(condition.thing(), { index });
            break;
        }
        case ItemKind::Immunization: {
            Immunization immunization;
            immunization.setName(codable(item.text, item.code));
            immunization.setAdministrationDate(approx(item.start));
            immunization.setLot(item.lotNumber);
            immunization.setRoute(optionalText(item.route));
            add(immunization.thing(), { index });
            break;
        }
        case ItemKind::Procedure: {
            Procedure procedure;
            procedure.setName(codable(item.text, item.code));
            procedure.setWhen(approx(item.start));
            if (!item.performer.isEmpty()) {
                PersonInfo performer;
                performer.name.full = item.performer;
                procedure.setPrimaryProvider(performer);
            }
            add(procedure.thing(), { index });
            break;
        }
        case ItemKind::LabResult: {
            // One lab test results thing per panel, holding its results.
            QList<int> members;
            for (int j : indices) {
                const DocumentItem &other = document.items.value(j);
                if (j >= 0 && j < document.items.size() && other.kind == ItemKind::LabResult
                    && other.group == item.group && !used.contains(j))
                    members.append(j);
            }
            LabTestResults results;
            results.setWhen(approx(item.start));
            QList<LabTestResult> list;
            for (int j : members) {
                const DocumentItem &r = document.items.at(j);
                LabTestResult result;
                result.groupName = r.panel;
                result.name = r.text;
                result.when = approx(r.start);
                result.clinicalCode = codable(r.text, r.code);
                if (!r.value.isEmpty()) {
                    GeneralMeasurement measurement(
                        r.unit.isEmpty() ? r.value : r.value + QLatin1Char(' ') + r.unit);
                    if (const std::optional<double> v = number(r.value)) {
                        StructuredMeasurement structured;
                        structured.value = *v;
                        structured.units = CodableValue(r.unit);
                        if (!r.unit.isEmpty())
                            measurement.structured.append(structured);
                    }
                    result.measurement = measurement;
                }
                if (!r.interpretation.isEmpty())
                    result.flags.append(CodableValue(r.interpretation));
                result.status = optionalText(r.status);
                if (!r.referenceRange.isEmpty())
                    result.note = r.referenceRange;
                list.append(result);
            }
            results.addGroup(CodableValue(item.panel.isEmpty() ? item.text : item.panel), list);
            add(results.thing(), members);
            break;
        }
        case ItemKind::VitalSign: {
            if (item.vital == VitalKind::Systolic || item.vital == VitalKind::Diastolic) {
                // A blood pressure needs both halves, measured together.
                const VitalKind other = item.vital == VitalKind::Systolic ? VitalKind::Diastolic
                                                                          : VitalKind::Systolic;
                int partner = -1;
                for (int j : indices) {
                    if (j >= 0 && j < document.items.size() && !used.contains(j)
                        && document.items.at(j).vital == other
                        && document.items.at(j).group == item.group
                        && document.items.at(j).start == item.start)
                        partner = j;
                }
                const DocumentItem *systolic = item.vital == VitalKind::Systolic
                    ? &item
                    : (partner >= 0 ? &document.items.at(partner) : nullptr);
                const DocumentItem *diastolic = item.vital == VitalKind::Diastolic
                    ? &item
                    : (partner >= 0 ? &document.items.at(partner) : nullptr);
                const std::optional<HealthDateTime> when = exact(item.start);
                if (!systolic || !diastolic || !when || !number(systolic->value)
                    || !number(diastolic->value)) {
                    if (skipped)
                        skipped->append(index);
                    break;
                }
                BloodPressure pressure;
                pressure.setWhen(*when);
                pressure.setSystolic(int(std::lround(*number(systolic->value))));
                pressure.setDiastolic(int(std::lround(*number(diastolic->value))));
                add(pressure.thing(), { index, partner });
                break;
            }
            std::optional<Thing> thing = vitalThing(item);
            if (thing)
                add(std::move(*thing), { index });
            else if (skipped)
                skipped->append(index);
            break;
        }
        case ItemKind::Contact: {
            Contact contact;
            PersonInfo person;
            person.name.full = item.text;
            person.organization = item.organization;
            ContactInfo info;
            if (!item.address.isEmpty()) {
                PostalAddress address;
                address.street.append(item.address);
                info.addresses.append(address);
            }
            if (!item.telephone.isEmpty()) {
                PhoneNumber phone;
                phone.number = item.telephone;
                info.phones.append(phone);
            }
            if (!item.email.isEmpty()) {
                EmailAddress email;
                email.address = item.email;
                info.emails.append(email);
            }
            if (!info.isEmpty())
                person.contact = info;
            contact.setPerson(person);
            add(contact.thing(), { index });
            break;
        }
        case ItemKind::Encounter:
            if (skipped)
                skipped->append(index);
            break;
        }
    }
    return out;
}

} // namespace hearth
