#include "ui/documents/DocumentView.h"

#include "core/documents/ClinicalDocument.h"
#include "core/documents/NarrativeRenderer.h"

namespace hearth::ui {

DocumentView::DocumentView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("documentView"));
    setAccessibleName(tr("Document text"));
    // The renderer emits no links; this keeps it so if one slipped through.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

void DocumentView::setDocument(const ClinicalDocument &document)
{
    setHtml(NarrativeRenderer::renderDocument(document));
}

} // namespace hearth::ui
