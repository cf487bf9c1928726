#include "core/documents/RecordExport.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/documents/CcdWriter.h"
#include "core/documents/CcrWriter.h"
#include "core/documents/ThingItems.h"
#include "core/store/Store.h"
#include "core/thing/BasicDemographics.h"
#include "core/thing/Contact.h"
#include "core/thing/LabTestResults.h"
#include "core/thing/PersonalDemographics.h"

#include <QFileInfo>
#include <QSaveFile>

namespace hearth {

namespace {

constexpr int kPage = 500;

QList<Thing> currentThings(const Store &store, qint64 record, const QList<QUuid> &types)
{
    QList<Thing> things;
    ThingQuery query;
    query.record = record;
    query.types = types;
    query.state = QStringLiteral("Active");
    QDateTime afterDate;
    qint64 afterId = 0;
    for (;;) {
        const QList<ThingRow> rows = store.things(query, afterDate, afterId, kPage, true);
        for (const ThingRow &row : rows) {
            if (std::optional<Thing> thing = Thing::fromXml(row.xml))
                things.append(std::move(*thing));
        }
        if (rows.size() < kPage)
            return things;
        afterDate = rows.last().effectiveDate;
        afterId = rows.last().id;
    }
}

} // namespace

QList<ItemKind> RecordExport::sectionKinds()
{
    return { ItemKind::Medication, ItemKind::Allergy, ItemKind::Problem, ItemKind::Immunization,
        ItemKind::Procedure, ItemKind::LabResult, ItemKind::VitalSign };
}

QString RecordExport::sectionName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Medication:
        return tr("Medications");
    case ItemKind::Allergy:
        return tr("Allergies");
    case ItemKind::Problem:
        return tr("Problems and conditions");
    case ItemKind::Immunization:
        return tr("Immunizations");
    case ItemKind::Procedure:
        return tr("Procedures");
    case ItemKind::LabResult:
        return tr("Lab results");
    case ItemKind::VitalSign:
        return tr("Vital signs");
    case ItemKind::Encounter:
    case ItemKind::Contact:
        break;
    }
    return QString();
}

QList<DocumentItem> RecordExport::itemsOf(const QList<Thing> &things)
{
    const QList<ItemKind> kinds = sectionKinds();
    QList<DocumentItem> items;
    int group = 0;
    for (const Thing &thing : things) {
        const bool panel = thing.typeId() == LabTestResults::typeId();
        for (DocumentItem &item : ThingItems::fromThing(thing)) {
            if (!kinds.contains(item.kind))
                continue;
            if (panel)
                item.group = group;
            items.append(std::move(item));
        }
        if (panel)
            ++group;
    }
    return items;
}

RecordExport::RecordExport(const Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

std::optional<ClinicalDocument> RecordExport::collect(qint64 record, StoreError *error) const
{
    const std::optional<RecordRow> row = m_store.record(record);
    if (!row) {
        if (error) {
            error->code = StoreError::Code::InvalidArgument;
            error->message = tr("There is no such record in this profile.");
        }
        return std::nullopt;
    }
    ClinicalDocument content;
    DocumentHeader &h = content.header;
    h.patientName = row->personName.isEmpty() ? row->displayName : row->personName;
    h.title = tr("Health summary of %1").arg(h.patientName);

    const QList<Thing> demographics = currentThings(
        m_store, record, { PersonalDemographics::typeId(), BasicDemographics::typeId() });
    for (const Thing &thing : demographics) {
        if (const std::optional<PersonalDemographics> p = PersonalDemographics::fromThing(thing)) {
            if (const std::optional<PersonName> name = p->name()) {
                h.patientGiven = QStringList({ name->first, name->middle })
                                     .join(QLatin1Char(' '))
                                     .simplified();
                h.patientFamily = name->last;
            }
            if (const std::optional<HealthDateTime> birth = p->birthDate()) {
                h.patientBirth.year = birth->date.year();
                h.patientBirth.month = birth->date.month();
                h.patientBirth.day = birth->date.day();
                h.patientBirth.precision = ClinicalDate::Precision::Day;
            }
        } else if (const std::optional<BasicDemographics> b = BasicDemographics::fromThing(thing)) {
            const QString gender = b->gender().toLower();
            if (gender == QLatin1String("f") || gender == QLatin1String("m"))
                h.patientGender = gender.toUpper();
            if (!h.patientBirth.isValid() && b->birthYear()) {
                h.patientBirth.year = *b->birthYear();
                h.patientBirth.precision = ClinicalDate::Precision::Year;
            }
        }
    }
    if (h.patientGiven.isEmpty() && h.patientFamily.isEmpty()) {
        // The record's name: the last word as the family name.
        const QStringList words = h.patientName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() > 1) {
            h.patientFamily = words.last();
            h.patientGiven = words.mid(0, words.size() - 1).join(QLatin1Char(' '));
        }
    }

    QList<QUuid> types = ThingItems::types();
    types.removeAll(Contact::typeId());
    content.items = itemsOf(currentThings(m_store, record, types));
    return content;
}

QByteArray RecordExport::write(const ClinicalDocument &content, Format format,
    const QList<ItemKind> &sections, QList<int> *skipped) const
{
    const QDateTime now = m_clock.now();
    return format == Format::Ccd ? CcdWriter::write(content, sections, now)
                                 : CcrWriter::write(content, sections, now, skipped);
}

bool RecordExport::exportToFile(qint64 record, Format format, const QList<ItemKind> &sections,
    const QString &path, QString *error) const
{
    StoreError storeError;
    const std::optional<ClinicalDocument> content = collect(record, &storeError);
    if (!content) {
        if (error)
            *error = storeError.message;
        return false;
    }
    return saveFile(path, write(*content, format, sections), error);
}

bool RecordExport::saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    // QSaveFile writes beside the target and renames on commit; cancelled or
    // failed, it removes its temporary file and leaves the target alone.
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 could not be created: %2").arg(name, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        if (error)
            *error = tr("%1 could not be written: %2. Nothing was saved.")
                         .arg(name, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error
                = tr("%1 could not be saved: %2. Nothing was saved.").arg(name, file.errorString());
        return false;
    }
    qCInfo(lcDocuments) << "exported a document of" << bytes.size() << "bytes";
    return true;
}

} // namespace hearth
