// libFuzzer target for the clinical document importers: whatever the bytes,
// reading, summarising, rendering and reconciling must neither crash nor hang.
// Built twice (fuzz_cda_import, fuzz_ccr_import) with the CDA or the CCR
// samples as seed corpus, so each importer is explored from its own format.
#include "core/documents/DocumentImporter.h"
#include "core/documents/DocumentSummary.h"
#include "core/documents/NarrativeRenderer.h"
#include "core/documents/Reconciler.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hearth::DocumentImporter::Options options;
    options.maxBytes = 4 * 1024 * 1024;
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const hearth::ImportResult result = hearth::DocumentImporter::read(bytes, options);
    if (!result.ok())
        return 0;
    hearth::DocumentSummary::full(result.document);
    hearth::NarrativeRenderer::renderDocument(result.document);
    hearth::Reconciler::classify(result.document.items, result.document.items);
    hearth::Reconciler::patientMismatchWarning(
        QStringLiteral("Eve Betterhalf"), result.document.header);
    return 0;
}
