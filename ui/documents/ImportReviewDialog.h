#pragma once

#include "core/documents/DocumentImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace hearth::ui {

class DocumentView;

// The review before an import lands: the document's items grouped by kind,
// each marked new, already in the record, or different from it, with a
// check box; new items are checked. A banner warns when the document is
// about someone else. The document itself can be read in a second tab.
class ImportReviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { ItemColumn, DateColumn, DetailsColumn, StatusColumn };

    explicit ImportReviewDialog(const DocumentImport::Review &review, QWidget *parent = nullptr);

    // The checked items (indices into the document's items), in order.
    QList<int> selected() const;
    // Checks exactly these items (those that can be imported).
    void setSelected(const QList<int> &items);

    QTreeWidget *itemTree() const { return m_tree; }
    QLabel *patientBanner() const { return m_banner; }
    QPushButton *importButton() const { return m_import; }
    DocumentView *documentView() const { return m_view; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void fill();
    void updateImportButton();

    DocumentImport::Review m_review;
    QLabel *m_banner;
    QTabWidget *m_tabs;
    QTreeWidget *m_tree;
    DocumentView *m_view;
    QPushButton *m_import;
    QPushButton *m_selectNew;
    QPushButton *m_selectNone;
    QList<QTreeWidgetItem *> m_items; // per document item; null when not listed
};

} // namespace hearth::ui
