#include "core/documents/DocumentImport.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/documents/DocumentThings.h"
#include "core/documents/ThingItems.h"
#include "core/store/Store.h"
#include "core/store/ThingIndex.h"
#include "core/thing/BasicDemographics.h"
#include "core/thing/Ccd.h"
#include "core/thing/Ccr.h"
#include "core/thing/Cda.h"
#include "core/thing/PersonalDemographics.h"
#include "core/thing/ThingTypeRegistry.h"

#include <QLocale>

namespace hearth {

namespace {

constexpr int kPage = 500;

// Every current thing of the record of these types, parsed, in pages.
template<class Fn>
void forEachThing(const Store &store, qint64 record, const QList<QUuid> &types, Fn fn)
{
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
                fn(*thing);
        }
        if (rows.size() < kPage)
            return;
        afterDate = rows.last().effectiveDate;
        afterId = rows.last().id;
    }
}

// A new key and the indexed row for a thing written by the import.
ThingRow prepare(Thing &thing, qint64 record, const QDateTime &now)
{
    if (thing.id().isNull())
        thing.setKey(QUuid::createUuid(), QUuid::createUuid().toString(QUuid::WithoutBraces));
    thing.setState(ThingState::Active);
    const QDateTime effective = ThingTypeRegistry::effectiveDate(thing);
    if (effective.isValid())
        thing.setEffectiveDate(effective);
    ThingRow row = ThingIndex::rowFor(record, thing, now);
    row.xml = thing.toXml();
    return row;
}

} // namespace

QUuid DocumentImport::Review::matchedThing(int item) const
{
    if (item < 0 || item >= entries.size())
        return QUuid();
    return recordThings.value(entries.at(item).match);
}

QList<int> DocumentImport::Review::newItems() const
{
    QList<int> items;
    for (const ReconcileEntry &entry : entries) {
        if (entry.status == ReconcileStatus::New && entry.duplicateOf < 0)
            items.append(entry.item);
    }
    return items;
}

DocumentImport::DocumentImport(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

std::optional<DocumentImport::Review> DocumentImport::review(qint64 record,
    const ClinicalDocument &document, const QByteArray &bytes, StoreError *error) const
{
    if (!m_store.record(record)) {
        if (error) {
            error->code = StoreError::Code::InvalidArgument;
            error->message = tr("There is no such record in this profile.");
        }
        return std::nullopt;
    }
    Review review;
    review.record = record;
    review.document = document;
    review.bytes = bytes;

    forEachThing(m_store, record, ThingItems::types(), [&](const Thing &thing) {
        for (DocumentItem &item : ThingItems::fromThing(thing)) {
            review.recordItems.append(std::move(item));
            review.recordThings.append(thing.id());
        }
    });

    QList<DocumentItem> recordSide;
    recordSide.reserve(review.recordItems.size());
    for (const DocumentItem &item : std::as_const(review.recordItems))
        recordSide.append(ThingItems::comparable(item));
    QList<DocumentItem> documentSide;
    documentSide.reserve(document.items.size());
    for (const DocumentItem &item : document.items)
        documentSide.append(ThingItems::comparable(item));
    review.entries = Reconciler::classify(recordSide, documentSide);
    review.patientWarning = patientWarning(record, document.header);

    // The same file imported before: link to it instead of storing it twice.
    if (const std::optional<Thing> incoming = DocumentThings::documentThing(document, bytes)) {
        // The document element only: <common> (source) is added on import.
        const QByteArray data = incoming->dataRoot()->toXml();
        forEachThing(m_store, record, { Ccd::typeId(), Cda::typeId(), Ccr::typeId() },
            [&](const Thing &stored) {
                if (review.existingDocument.isNull() && stored.dataRoot()
                    && stored.dataRoot()->toXml() == data)
                    review.existingDocument = stored.id();
            });
    }
    return review;
}

std::optional<DocumentImport::Outcome> DocumentImport::accept(
    const Review &review, const QList<int> &selected, StoreError *error)
{
    StoreError local;
    StoreError *err = error ? error : &local;
    const auto fail = [err](const QString &message) {
        err->code = StoreError::Code::InvalidArgument;
        err->message = message;
        return std::nullopt;
    };
    if (!m_store.record(review.record))
        return fail(tr("There is no such record in this profile."));

    Outcome outcome;
    std::optional<Thing> documentThing;
    if (review.existingDocument.isNull()) {
        QString reason;
        documentThing = DocumentThings::documentThing(review.document, review.bytes, &reason);
        if (!documentThing)
            return fail(tr("The document could not be stored: %1").arg(reason));
        documentThing->setSource(DocumentThings::sourceText(review.document));
        documentThing->setKey(
            QUuid::createUuid(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        outcome.documentThing = documentThing->id();
        outcome.documentStored = true;
    } else {
        outcome.documentThing = review.existingDocument;
    }

    // itemThings takes an empty selection as "everything"; here it means
    // the document alone.
    QList<DocumentThings::Converted> converted;
    if (!selected.isEmpty()) {
        RelatedThing link;
        link.thingId = outcome.documentThing;
        link.relationshipType = QLatin1String(relationshipType);
        converted = DocumentThings::itemThings(review.document, selected, link, &outcome.skipped);
    }

    const QDateTime now = m_clock.now();
    QList<ThingRow> rows;
    if (documentThing)
        rows.append(prepare(*documentThing, review.record, now));
    for (DocumentThings::Converted &c : converted) {
        rows.append(prepare(c.thing, review.record, now));
        outcome.things.append(c.thing.id());
        outcome.imported.append(c.items);
    }

    const bool ok = m_store.transaction(
        [&] {
            for (ThingRow &row : rows) {
                if (!m_store.putThing(row, err))
                    return false;
                OutboundChange change;
                change.record = row.record;
                change.operation = OutboundChange::Operation::Create;
                change.thingId = row.thingId;
                change.xml = row.xml;
                change.queuedAt = now;
                if (!m_store.enqueue(change, err))
                    return false;
            }
            return true;
        },
        err);
    if (!ok) {
        qCWarning(lcDocuments) << "import rolled back:" << int(err->code);
        return std::nullopt;
    }
    qCInfo(lcDocuments) << "imported" << outcome.things.size() << "things, document stored"
                        << outcome.documentStored;
    return outcome;
}

std::optional<qint64> DocumentImport::createRecordFor(
    const DocumentHeader &header, StoreError *error)
{
    RecordRow row;
    row.recordId = QUuid::createUuid();
    row.personId = QUuid::createUuid();
    const QString name = header.patientName.simplified();
    row.personName = name.isEmpty() ? tr("Imported record") : name;
    row.displayName = row.personName;
    row.relationship = QStringLiteral("Self");
    row.access = RecordRow::Access::Custodian;
    return m_store.putRecord(row, error);
}

QString DocumentImport::patientWarning(qint64 record, const DocumentHeader &header) const
{
    const std::optional<RecordRow> row = m_store.record(record);
    if (!row)
        return QString();
    QStringList warnings;
    const QString recordName = row->personName.isEmpty() ? row->displayName : row->personName;
    const QString name = Reconciler::patientMismatchWarning(recordName, header);
    if (!name.isEmpty())
        warnings.append(name);

    // The record's birth date, when it has one: a full date from personal
    // demographics, else the year from basic demographics.
    QDate birthDate;
    std::optional<int> birthYear;
    forEachThing(m_store, record, { PersonalDemographics::typeId(), BasicDemographics::typeId() },
        [&](const Thing &thing) {
            if (const std::optional<PersonalDemographics> p
                = PersonalDemographics::fromThing(thing)) {
                if (const std::optional<HealthDateTime> birth = p->birthDate())
                    birthDate = birth->date;
            } else if (const std::optional<BasicDemographics> b
                = BasicDemographics::fromThing(thing)) {
                birthYear = b->birthYear();
            }
        });
    const ClinicalDate &born = header.patientBirth;
    if (born.isValid()) {
        const QLocale locale;
        if (birthDate.isValid() && born.precision >= ClinicalDate::Precision::Day
            && born.date() != birthDate) {
            warnings.append(tr("The document gives the birth date %1, the record %2.")
                                .arg(locale.toString(born.date(), QLocale::ShortFormat),
                                    locale.toString(birthDate, QLocale::ShortFormat)));
        } else if (!birthDate.isValid() && birthYear && *birthYear != born.year) {
            warnings.append(tr("The document gives the birth year %1, the record %2.")
                                .arg(born.year)
                                .arg(*birthYear));
        }
    }
    return warnings.join(QLatin1Char(' '));
}

} // namespace hearth
