#pragma once

#include <QTextBrowser>

namespace hearth {
struct ClinicalDocument;
}

namespace hearth::ui {

// A clinical document for reading: header, each section's narrative with
// its tables, and the entries Hearth extracted beside it, as
// NarrativeRenderer writes it (nothing from the document can link out or
// load anything).
class DocumentView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DocumentView(QWidget *parent = nullptr);
    void setDocument(const ClinicalDocument &document);
};

} // namespace hearth::ui
