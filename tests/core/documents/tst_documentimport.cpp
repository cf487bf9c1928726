// DocumentImport on real sample documents and a real encrypted store file:
// review (new / exists / differs, patient warnings) and accept (one
// transaction, all or nothing).

#include "core/Clock.h"
#include "core/documents/DocumentImport.h"
#include "core/documents/DocumentImporter.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"
#include "core/thing/Ccd.h"
#include "core/thing/Ccr.h"
#include "core/thing/Condition.h"
#include "core/thing/Medication.h"
#include "core/thing/PersonalDemographics.h"
#include "core/thing/Thing.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

class TestDocumentImport : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock { QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_key;
    std::unique_ptr<Store> m_store;

    static QString sample(const QString &name)
    {
        return QStringLiteral(HEARTH_SHARED_DIR "/samples/") + name;
    }

    void requireSample(const QString &name)
    {
        if (!QFile::exists(sample(name)))
            QSKIP(qPrintable(QStringLiteral("%1 is missing; HEARTH_SHARED_DIR holds the "
                                            "sample documents")
                                 .arg(sample(name))));
    }

    qint64 addRecord(const QString &name)
    {
        RecordRow row;
        row.recordId = QUuid::createUuid();
        row.personId = QUuid::createUuid();
        row.personName = name;
        row.displayName = name;
        row.access = RecordRow::Access::Custodian;
        StoreError error;
        const std::optional<qint64> id = m_store->putRecord(row, &error);
        if (!id)
            qFatal("record: %s", qPrintable(error.message));
        return *id;
    }

    struct Read
    {
        ClinicalDocument document;
        QByteArray bytes;
    };
    static Read read(const QString &name)
    {
        QFile file(sample(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open %s", qPrintable(name));
        Read r;
        r.bytes = file.readAll();
        const ImportResult result = DocumentImporter::read(r.bytes);
        if (!result.ok())
            qFatal("%s: %s", qPrintable(name), qPrintable(result.message));
        r.document = result.document;
        return r;
    }

    qint64 count(const QString &table)
    {
        QSqlQuery q(m_store->database());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        q.next();
        return q.value(0).toLongLong();
    }

    qint64 countThings(qint64 record, const QList<QUuid> &types = {})
    {
        ThingQuery query;
        query.record = record;
        query.types = types;
        return m_store->countThings(query);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_key = KeyMaterial::randomKey();
        StoreError error;
        m_store = Store::open(m_dir->filePath(QStringLiteral("hearth.db")), m_key, m_clock, &error);
        QVERIFY2(m_store, qPrintable(error.message));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void ccdIntoAnEmptyRecordThenAgain()
    {
        requireSample(QStringLiteral("ccda/CCD.XML"));
        const Read ccd = read(QStringLiteral("ccda/CCD.XML"));
        const qint64 record = addRecord(ccd.document.header.patientName);
        DocumentImport import(*m_store, m_clock);

        StoreError error;
        std::optional<DocumentImport::Review> review
            = import.review(record, ccd.document, ccd.bytes, &error);
        QVERIFY2(review, qPrintable(error.message));
        QCOMPARE(review->entries.size(), ccd.document.items.size());
        QVERIFY(review->patientWarning.isEmpty());
        QVERIFY(review->existingDocument.isNull());
        for (const ReconcileEntry &entry : std::as_const(review->entries))
            QCOMPARE(entry.status, ReconcileStatus::New);
        const QList<int> chosen = review->newItems();
        QVERIFY(chosen.size() > 10);

        QSignalSpy added(m_store.get(), &Store::thingAdded);
        std::optional<DocumentImport::Outcome> outcome = import.accept(*review, chosen, &error);
        QVERIFY2(outcome, qPrintable(error.message));
        QVERIFY(outcome->documentStored);
        QVERIFY(!outcome->things.isEmpty());
        QCOMPARE(countThings(record), qint64(outcome->things.size() + 1));
        QCOMPARE(countThings(record, { Ccd::typeId() }), 1);
        QCOMPARE(count(QStringLiteral("outbound")), qint64(outcome->things.size() + 1));
        QCOMPARE(added.count(), outcome->things.size() + 1);
        // Every chosen item is either written or reported as skipped.
        QList<int> accounted = outcome->imported + outcome->skipped;
        std::sort(accounted.begin(), accounted.end());
        QList<int> sortedChosen = chosen;
        std::sort(sortedChosen.begin(), sortedChosen.end());
        QCOMPARE(accounted, sortedChosen);

        // Each item thing points back at the stored document.
        for (const QUuid &id : std::as_const(outcome->things)) {
            const std::optional<Thing> thing = m_store->loadThing(id, &error);
            QVERIFY(thing);
            const QList<RelatedThing> related = thing->relatedThings();
            QCOMPARE(related.size(), 1);
            QCOMPARE(related.first().thingId, outcome->documentThing);
            QCOMPARE(related.first().relationshipType, QStringLiteral("source-document"));
            QVERIFY(thing->source().contains(QLatin1String("CCD")));
        }

        // Importing the same file again finds every imported item and the
        // document itself; nothing new is offered.
        review = import.review(record, ccd.document, ccd.bytes, &error);
        QVERIFY(review);
        QCOMPARE(review->existingDocument, outcome->documentThing);
        for (int item : std::as_const(outcome->imported)) {
            const ReconcileEntry &entry = review->entries.at(item);
            QVERIFY2(entry.status == ReconcileStatus::Exists,
                qPrintable(QStringLiteral("item %1 (%2 %3): %4")
                               .arg(item)
                               .arg(itemKindName(ccd.document.items.at(item).kind),
                                   ccd.document.items.at(item).text,
                                   entry.differences.join(QLatin1Char(',')))));
            QVERIFY(!review->matchedThing(item).isNull());
        }
        const qint64 before = countThings(record);
        outcome = import.accept(*review, review->newItems(), &error);
        QVERIFY(outcome);
        QVERIFY(!outcome->documentStored);
        QCOMPARE(outcome->documentThing, review->existingDocument);
        // Only what no thing can hold (encounters) is still "new"; it is
        // skipped again, and nothing is written twice.
        QVERIFY(outcome->things.isEmpty());
        QCOMPARE(countThings(record), before);
    }

    void everySampleIsFoundAgainAfterItsImport_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &folder : { QStringLiteral("ccda"), QStringLiteral("ccr") }) {
            const QDir dir(sample(folder));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                const QString file = folder + QLatin1Char('/') + name;
                if (DocumentImporter::readFile(sample(file)).ok())
                    QTest::newRow(qPrintable(file)) << file;
            }
        }
    }

    void everySampleIsFoundAgainAfterItsImport()
    {
        QFETCH(QString, file);
        const Read doc = read(file);
        const qint64 record = addRecord(doc.document.header.patientName);
        DocumentImport import(*m_store, m_clock);
        StoreError error;
        std::optional<DocumentImport::Review> review
            = import.review(record, doc.document, doc.bytes, &error);
        QVERIFY(review);
        const std::optional<DocumentImport::Outcome> outcome
            = import.accept(*review, review->newItems(), &error);
        QVERIFY2(outcome, qPrintable(error.message));
        review = import.review(record, doc.document, doc.bytes, &error);
        QVERIFY(review);
        QCOMPARE(review->existingDocument, outcome->documentThing);
        for (int item : std::as_const(outcome->imported)) {
            const ReconcileEntry &entry = review->entries.at(item);
            QVERIFY2(entry.status == ReconcileStatus::Exists,
                qPrintable(QStringLiteral("item %1 (%2 %3): %4")
                               .arg(item)
                               .arg(itemKindName(doc.document.items.at(item).kind),
                                   doc.document.items.at(item).text,
                                   entry.differences.join(QLatin1Char(',')))));
        }
    }

    void aChangedThingDiffers()
    {
        requireSample(QStringLiteral("ccda/CCD.XML"));
        const Read ccd = read(QStringLiteral("ccda/CCD.XML"));
        const qint64 record = addRecord(ccd.document.header.patientName);
        DocumentImport import(*m_store, m_clock);
        StoreError error;
        std::optional<DocumentImport::Review> review
            = import.review(record, ccd.document, ccd.bytes, &error);
        QVERIFY(review);
        int problem = -1;
        for (int i = 0; i < ccd.document.items.size() && problem < 0; ++i) {
            if (ccd.document.items.at(i).kind == ItemKind::Problem
                && !ccd.document.items.at(i).status.isEmpty())
                problem = i;
        }
        QVERIFY(problem >= 0);
        const std::optional<DocumentImport::Outcome> outcome
            = import.accept(*review, { problem }, &error);
        QVERIFY(outcome);
        QCOMPARE(outcome->things.size(), 1);

        // The user later marks the condition with another status.
        std::optional<Condition> condition
            = Condition::fromThing(*m_store->loadThing(outcome->things.first(), &error));
        QVERIFY(condition);
        condition->setStatus(CodableValue(QStringLiteral("something else")));
        QVERIFY(m_store->putThing(record, condition->thing(), &error));

        review = import.review(record, ccd.document, ccd.bytes, &error);
        QVERIFY(review);
        const ReconcileEntry &entry = review->entries.at(problem);
        QCOMPARE(entry.status, ReconcileStatus::Differs);
        QCOMPARE(entry.differences, QStringList { QStringLiteral("status") });
        QCOMPARE(review->matchedThing(problem), outcome->things.first());
        QVERIFY(!review->newItems().contains(problem));
    }

    void aFailureMidwayLeavesTheStoreUnchanged()
    {
        requireSample(QStringLiteral("ccda/CCD.XML"));
        const Read ccd = read(QStringLiteral("ccda/CCD.XML"));
        const qint64 record = addRecord(ccd.document.header.patientName);
        DocumentImport import(*m_store, m_clock);
        StoreError error;
        const std::optional<DocumentImport::Review> review
            = import.review(record, ccd.document, ccd.bytes, &error);
        QVERIFY(review);

        // The store refuses the first condition, after the document and the
        // medications and allergies before it are written in the transaction.
        QSqlQuery trigger(m_store->database());
        QVERIFY2(trigger.exec(QStringLiteral(
                     "CREATE TEMP TRIGGER refuse_condition BEFORE INSERT ON things "
                     "WHEN NEW.type_id = '%1' BEGIN SELECT RAISE(ABORT, 'disk said no'); END")
                                  .arg(Condition::typeId().toString(QUuid::WithoutBraces))),
            qPrintable(trigger.lastError().text()));

        const qint64 things = count(QStringLiteral("things"));
        const qint64 outbound = count(QStringLiteral("outbound"));
        QSignalSpy added(m_store.get(), &Store::thingAdded);
        const std::optional<DocumentImport::Outcome> outcome
            = import.accept(*review, review->newItems(), &error);
        QVERIFY(!outcome);
        QVERIFY(error);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(count(QStringLiteral("things")), things);
        QCOMPARE(count(QStringLiteral("outbound")), outbound);
        QCOMPARE(count(QStringLiteral("thing_history")), 0);
        QCOMPARE(added.count(), 0);

        // Without the fault the same review goes through.
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse_condition")));
        QVERIFY(import.accept(*review, review->newItems(), &error));
        QVERIFY(count(QStringLiteral("things")) > things);
    }

    void theImportIsInTheFileAfterReopening()
    {
        requireSample(QStringLiteral("ccr/CCR.xml"));
        const Read ccr = read(QStringLiteral("ccr/CCR.xml"));
        const qint64 record = addRecord(ccr.document.header.patientName);
        StoreError error;
        qint64 written = 0;
        {
            DocumentImport import(*m_store, m_clock);
            const std::optional<DocumentImport::Review> review
                = import.review(record, ccr.document, ccr.bytes, &error);
            QVERIFY(review);
            const std::optional<DocumentImport::Outcome> outcome
                = import.accept(*review, review->newItems(), &error);
            QVERIFY2(outcome, qPrintable(error.message));
            QVERIFY(!outcome->things.isEmpty());
            written = outcome->things.size() + 1;
        }
        m_store.reset();
        m_store = Store::open(m_dir->filePath(QStringLiteral("hearth.db")), m_key, m_clock, &error);
        QVERIFY2(m_store, qPrintable(error.message));
        QVERIFY(m_store->integrityProblems().isEmpty());
        QCOMPARE(countThings(record), written);
        QCOMPARE(countThings(record, { Ccr::typeId() }), 1);
        QVERIFY(countThings(record, { Medication::typeId() }) > 0);
    }

    void anotherPatientIsWarnedAbout()
    {
        requireSample(QStringLiteral("ccda/CCD.XML"));
        const Read ccd = read(QStringLiteral("ccda/CCD.XML"));
        QVERIFY(ccd.document.header.patientBirth.isValid());
        DocumentImport import(*m_store, m_clock);

        const qint64 other = addRecord(QStringLiteral("Robert Someone"));
        const QString warning = import.patientWarning(other, ccd.document.header);
        QVERIFY(warning.contains(QLatin1String("Robert Someone")));
        QVERIFY(warning.contains(ccd.document.header.patientName));
        StoreError error;
        const std::optional<DocumentImport::Review> review
            = import.review(other, ccd.document, ccd.bytes, &error);
        QVERIFY(review);
        QCOMPARE(review->patientWarning, warning);

        // Same name, another birth date in the record's demographics.
        const qint64 same = addRecord(ccd.document.header.patientName);
        QVERIFY(import.patientWarning(same, ccd.document.header).isEmpty());
        PersonalDemographics demographics;
        demographics.setBirthDate(
            HealthDateTime(ccd.document.header.patientBirth.date().addYears(-3)));
        Thing thing = demographics.thing();
        thing.setKey(QUuid::createUuid(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(m_store->putThing(same, thing, &error));
        const QString birth = import.patientWarning(same, ccd.document.header);
        QVERIFY2(birth.contains(QLatin1String("birth date")), qPrintable(birth));

        // The right birth date: no warning.
        PersonalDemographics right;
        right.setBirthDate(HealthDateTime(ccd.document.header.patientBirth.date()));
        Thing rightThing = right.thing();
        rightThing.setKey(thing.id(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(m_store->putThing(same, rightThing, &error));
        QVERIFY(import.patientWarning(same, ccd.document.header).isEmpty());
    }

    void aMissingRecordIsRefused()
    {
        requireSample(QStringLiteral("ccda/CCD.XML"));
        const Read ccd = read(QStringLiteral("ccda/CCD.XML"));
        DocumentImport import(*m_store, m_clock);
        StoreError error;
        QVERIFY(!import.review(4711, ccd.document, ccd.bytes, &error));
        QCOMPARE(error.code, StoreError::Code::InvalidArgument);
        QVERIFY(!error.message.isEmpty());
    }

    void anEmptyProfileGetsARecordNamedAfterThePatient()
    {
        requireSample(QStringLiteral("ccda/CCD.XML"));
        const Read ccd = read(QStringLiteral("ccda/CCD.XML"));
        DocumentImport import(*m_store, m_clock);
        StoreError error;
        const std::optional<qint64> id = import.createRecordFor(ccd.document.header, &error);
        QVERIFY(id);
        QCOMPARE(m_store->record(*id)->displayName, ccd.document.header.patientName);
        QVERIFY(import.patientWarning(*id, ccd.document.header).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDocumentImport)
#include "tst_documentimport.moc"
