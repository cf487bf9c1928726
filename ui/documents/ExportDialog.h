#pragma once

#include "core/documents/ClinicalDocument.h"
#include "core/documents/RecordExport.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace hearth {
class Clock;
class Store;
} // namespace hearth

namespace hearth::ui {

// File › Export record: the format (C-CDA CCD or ASTM CCR), the sections to
// include (with how many items each holds), and the file. Exporting writes
// through a temporary file, so a failed write (a full disk) leaves nothing
// half-written; the dialog then says why and stays open.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Store &store, const Clock &clock, qint64 record, QWidget *parent = nullptr);

    RecordExport::Format format() const;
    void setFormat(RecordExport::Format format);
    QList<ItemKind> sections() const;
    QCheckBox *sectionBox(ItemKind kind) const { return m_sections.value(int(kind)); }
    QLineEdit *pathField() const { return m_path; }
    QPushButton *exportButton() const { return m_export; }
    // The record could not be read (no such record): nothing to export.
    bool isUsable() const { return m_usable; }

    // Writes the file; false (with a message box) when it could not.
    bool exportNow();
    // Why the last export failed; empty after a success.
    QString lastError() const { return m_error; }
    // What a successful export did, for the status bar.
    QString notice() const { return m_notice; }

private:
    void choosePath();
    void updateButtons();

    const Store &m_store;
    const Clock &m_clock;
    qint64 m_record;
    bool m_usable = false;
    ClinicalDocument m_content;
    QString m_error;
    QString m_notice;
    QRadioButton *m_ccd;
    QRadioButton *m_ccr;
    QHash<int, QCheckBox *> m_sections;
    QLineEdit *m_path;
    QPushButton *m_choose;
    QPushButton *m_export;
    QDialogButtonBox *m_buttons;
};

} // namespace hearth::ui
