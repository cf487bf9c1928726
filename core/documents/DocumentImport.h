#pragma once

#include "core/documents/ClinicalDocument.h"
#include "core/documents/Reconciler.h"
#include "core/store/StoreError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUuid>

#include <optional>

namespace hearth {

class Clock;
class Store;

// Brings a read clinical document into a record of the store: first a
// review (each item new, already there or different, compared with the
// things the record holds; a warning when the document is about someone
// else), then, on accept, the chosen items and the document itself written
// in one store transaction, so an import lands whole or not at all.
class DocumentImport
{
    Q_DECLARE_TR_FUNCTIONS(hearth::DocumentImport)

public:
    static constexpr const char *relationshipType = "source-document";

    // What accepting would do, for the user to look at and choose from.
    struct Review
    {
        qint64 record = 0;
        ClinicalDocument document;
        QByteArray bytes; // the file as read, stored whole on accept
        QList<ReconcileEntry> entries; // one per document item, same order
        QList<DocumentItem> recordItems; // what the record holds; entries' `match` index here
        QList<QUuid> recordThings; // the thing each record item comes from
        QString patientWarning; // empty when the patient is the record's person
        QUuid existingDocument; // this very document is already stored in the record

        // The record thing an item matches; null when it is new.
        QUuid matchedThing(int item) const;
        // What an import takes without asking: every new item, once.
        QList<int> newItems() const;
    };

    // What happened on accept.
    struct Outcome
    {
        QUuid documentThing; // stored now, or the one already there
        bool documentStored = false; // false when it was already in the record
        QList<QUuid> things; // the things written, in order
        QList<int> imported; // document items they hold
        QList<int> skipped; // chosen items no thing type can hold (encounters, half a pressure)
    };

    DocumentImport(Store &store, const Clock &clock);

    // Compares the document with the record's things. Nothing when the
    // record does not exist (with *error).
    std::optional<Review> review(qint64 record, const ClinicalDocument &document,
        const QByteArray &bytes, StoreError *error) const;

    // Writes the document (unless already stored) and the selected items
    // (indices into document.items) in one transaction, each thing linked
    // to the document and queued for the vault. On any failure nothing is
    // written and *error says why.
    std::optional<Outcome> accept(
        const Review &review, const QList<int> &selected, StoreError *error);

    // A new record named after the document's patient, for an import into
    // an empty profile.
    std::optional<qint64> createRecordFor(const DocumentHeader &header, StoreError *error);

    // Empty when the document's patient (name, birth date) can be the
    // record's person; else sentences naming both.
    QString patientWarning(qint64 record, const DocumentHeader &header) const;

private:
    Store &m_store;
    const Clock &m_clock;
};

} // namespace hearth
