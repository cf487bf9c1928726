#include "app/ExportCommand.h"

#include "core/documents/RecordExport.h"
#include "core/store/Store.h"

#include <QFileInfo>

using namespace hearth;

int ExportCommand::run(const Store &store, const Clock &clock, const Options &options,
    const std::function<void(const QString &)> &out,
    const std::function<void(const QString &)> &err)
{
    const QString format = options.format.toLower();
    if (!format.isEmpty() && format != QLatin1String("ccd") && format != QLatin1String("ccr")) {
        err(tr("Unknown format \"%1\": use --format ccd or --format ccr.").arg(options.format));
        return Unusable;
    }
    const bool ccr = format == QLatin1String("ccr");

    QList<RecordRow> records;
    for (qint64 after = 0;;) {
        const QList<RecordRow> page = store.records(after, 200);
        records.append(page);
        if (page.size() < 200)
            break;
        after = page.last().id;
    }
    QStringList names;
    for (const RecordRow &row : std::as_const(records))
        names << QStringLiteral("\"%1\" (%2)").arg(row.displayName).arg(row.id);
    std::optional<RecordRow> target;
    if (!options.record.isEmpty()) {
        bool isNumber = false;
        const qint64 id = options.record.toLongLong(&isNumber);
        for (const RecordRow &row : std::as_const(records)) {
            if ((isNumber && row.id == id)
                || row.displayName.compare(options.record, Qt::CaseInsensitive) == 0
                || row.personName.compare(options.record, Qt::CaseInsensitive) == 0)
                target = row;
        }
        if (!target) {
            err(tr("There is no record \"%1\" in this profile. Its records: %2.")
                    .arg(options.record, names.join(QLatin1String(", "))));
            return Unusable;
        }
    } else if (records.size() == 1) {
        target = records.first();
    } else if (records.isEmpty()) {
        err(tr("This profile holds no records: there is nothing to export."));
        return Unusable;
    } else {
        err(tr("This profile holds several records; choose one with --record NAME: %1.")
                .arg(names.join(QLatin1String(", "))));
        return Unusable;
    }

    const RecordExport exporter(store, clock);
    StoreError error;
    const std::optional<ClinicalDocument> content = exporter.collect(target->id, &error);
    if (!content) {
        err(error.message);
        return Unusable;
    }
    const QList<ItemKind> sections = RecordExport::sectionKinds();
    QList<int> skipped;
    const QByteArray bytes = exporter.write(
        *content, ccr ? RecordExport::Format::Ccr : RecordExport::Format::Ccd, sections, &skipped);
    QString problem;
    if (!RecordExport::saveFile(options.file, bytes, &problem)) {
        err(problem);
        return Failed;
    }
    QStringList counts;
    for (ItemKind kind : sections)
        counts << QStringLiteral("%1 %2").arg(itemKindName(kind)).arg(content->count(kind));
    QString line = tr("Exported \"%1\" to %2 as %3: %4 items (%5)")
                       .arg(target->displayName, QFileInfo(options.file).fileName(),
                           ccr ? QStringLiteral("ASTM CCR") : QStringLiteral("C-CDA CCD"))
                       .arg(content->items.size() - skipped.size())
                       .arg(counts.join(QLatin1String(", ")));
    if (!skipped.isEmpty())
        line += tr("; %1 left out (a CCR cannot say there is no allergy)").arg(skipped.size());
    out(line + QLatin1Char('.'));
    return Success;
}
