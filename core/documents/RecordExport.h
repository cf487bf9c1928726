#pragma once

#include "core/documents/ClinicalDocument.h"
#include "core/store/StoreError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace hearth {

class Clock;
class Store;
class Thing;

// Exports a record of the store (or the chosen sections of it) as a C-CDA
// CCD or an ASTM CCR file: its things read back into items (ThingItems),
// the patient header from the record and its demographics, written by
// CcdWriter or CcrWriter, and saved so that a failed write leaves nothing
// half-written behind.
class RecordExport
{
    Q_DECLARE_TR_FUNCTIONS(hearth::RecordExport)

public:
    enum class Format { Ccd, Ccr };

    // The kinds an export can hold, in the order the dialog lists them:
    // medications, allergies, problems, immunizations, procedures, results,
    // vital signs.
    static QList<ItemKind> sectionKinds();
    // "Medications", "Allergies", ... for people.
    static QString sectionName(ItemKind kind);

    // The items the things hold (things of other types give none); each
    // lab test results thing is one panel (its items share a group).
    static QList<DocumentItem> itemsOf(const QList<Thing> &things);

    RecordExport(const Store &store, const Clock &clock);

    // The record's header (person's name, birth date, gender) and every
    // item of the export kinds. Nothing (with *error) when the record does
    // not exist.
    std::optional<ClinicalDocument> collect(qint64 record, StoreError *error) const;

    // The document as the format writes it; only items of `sections`.
    // `skipped` receives items the format cannot hold (CCR: negated allergies).
    QByteArray write(const ClinicalDocument &content, Format format,
        const QList<ItemKind> &sections, QList<int> *skipped = nullptr) const;

    // collect + write + saveFile. False with a sentence in *error.
    bool exportToFile(qint64 record, Format format, const QList<ItemKind> &sections,
        const QString &path, QString *error) const;

    // Writes `bytes` to a temporary file beside `path` and renames it into
    // place; on any failure (a full disk, no permission) the temporary file
    // is removed, `path` is left as it was, and *error says why.
    static bool saveFile(const QString &path, const QByteArray &bytes, QString *error);

private:
    const Store &m_store;
    const Clock &m_clock;
};

} // namespace hearth
