#include "app/ImportCommand.h"

#include "core/Clock.h"
#include "core/documents/DocumentImport.h"
#include "core/documents/DocumentImporter.h"
#include "core/store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <optional>

namespace {

using namespace hearth;

QList<RecordRow> allRecords(const Store &store)
{
    QList<RecordRow> rows;
    qint64 after = 0;
    for (;;) {
        const QList<RecordRow> page = store.records(after, 200);
        rows.append(page);
        if (page.size() < 200)
            return rows;
        after = page.last().id;
    }
}

QString recordName(const RecordRow &row)
{
    return row.displayName.isEmpty() ? row.personName : row.displayName;
}

// The record --record names: its row id, display name or person name.
std::optional<RecordRow> findRecord(const QList<RecordRow> &records, const QString &wanted)
{
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    for (const RecordRow &row : records) {
        if ((isNumber && row.id == id) || row.displayName.compare(wanted, Qt::CaseInsensitive) == 0
            || row.personName.compare(wanted, Qt::CaseInsensitive) == 0)
            return row;
    }
    return std::nullopt;
}

QString names(const QList<RecordRow> &records)
{
    QStringList list;
    for (const RecordRow &row : records)
        list << QStringLiteral("\"%1\" (%2)").arg(recordName(row)).arg(row.id);
    return list.join(QLatin1String(", "));
}

} // namespace

int ImportCommand::run(Store &store, const Options &options,
    const std::function<void(const QString &)> &out,
    const std::function<void(const QString &)> &err)
{
    const QList<RecordRow> records = allRecords(store);
    std::optional<RecordRow> target;
    if (!options.record.isEmpty()) {
        target = findRecord(records, options.record);
        if (!target) {
            err(records.isEmpty()
                    ? tr("There is no record \"%1\": this profile has no records yet. Leave out "
                         "--record to create one named after the document's patient.")
                          .arg(options.record)
                    : tr("There is no record \"%1\" in this profile. Its records: %2.")
                          .arg(options.record, names(records)));
            return Unusable;
        }
    } else if (records.size() == 1) {
        target = records.first();
    } else if (records.size() > 1) {
        err(tr("This profile holds several records; choose one with --record NAME: %1.")
                .arg(names(records)));
        return Unusable;
    }

    DocumentImport import(store, Clock::system());
    int exit = Success;
    for (const QString &path : options.files) {
        const QString file = QFileInfo(path).fileName();
        // Read once; a file over the limit is refused before it is read.
        QFile input(path);
        const bool tooLarge = input.size() > DocumentImporter::Options().maxBytes;
        QByteArray bytes;
        if (!tooLarge && input.open(QIODevice::ReadOnly))
            bytes = input.readAll();
        const ImportResult read = tooLarge || !input.isOpen() ? DocumentImporter::readFile(path)
                                                              : DocumentImporter::read(bytes);
        if (!read.ok()) {
            err(tr("%1: refused: %2").arg(file, read.message));
            exit = SomeRefused;
            continue;
        }
        StoreError error;
        if (!target) {
            // An empty profile: the first document names the record.
            const std::optional<qint64> id = import.createRecordFor(read.document.header, &error);
            if (!id) {
                err(tr("%1: refused: %2").arg(file, error.message));
                return Unusable;
            }
            target = store.record(*id);
            out(tr("Created the record \"%1\".").arg(recordName(*target)));
        }
        const std::optional<DocumentImport::Review> review
            = import.review(target->id, read.document, bytes, &error);
        if (!review) {
            err(tr("%1: refused: %2").arg(file, error.message));
            exit = SomeRefused;
            continue;
        }
        if (!review->patientWarning.isEmpty() && !options.otherPatient) {
            err(tr("%1: refused: %2 To import it anyway, add --other-patient.")
                    .arg(file, review->patientWarning));
            exit = SomeRefused;
            continue;
        }
        const std::optional<DocumentImport::Outcome> outcome
            = import.accept(*review, review->newItems(), &error);
        if (!outcome) {
            err(tr("%1: refused, nothing was imported: %2").arg(file, error.message));
            exit = SomeRefused;
            continue;
        }

        // Counts per kind of what landed, in the model's kind order.
        QMap<int, int> perKind;
        for (int item : outcome->imported)
            ++perKind[int(read.document.items.at(item).kind)];
        QStringList kinds;
        for (auto it = perKind.constBegin(); it != perKind.constEnd(); ++it)
            kinds << QStringLiteral("%1 %2").arg(itemKindName(ItemKind(it.key()))).arg(it.value());
        int existing = 0;
        int differing = 0;
        for (const ReconcileEntry &entry : review->entries) {
            existing += entry.status == ReconcileStatus::Exists ? 1 : 0;
            differing += entry.status == ReconcileStatus::Differs ? 1 : 0;
        }
        QString line = tr("%1: %2 of %3 items imported into \"%4\"")
                           .arg(file)
                           .arg(outcome->imported.size())
                           .arg(read.document.items.size())
                           .arg(recordName(*target));
        if (!kinds.isEmpty())
            line += QStringLiteral(" (") + kinds.join(QLatin1String(", ")) + QLatin1Char(')');
        line += tr("; %1 already there, %2 differ from the record, %3 not importable")
                    .arg(existing)
                    .arg(differing)
                    .arg(outcome->skipped.size());
        line += outcome->documentStored ? tr("; document stored.")
                                        : tr("; the document was already stored.");
        out(line);
    }
    return exit;
}
