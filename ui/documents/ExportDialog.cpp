#include "ui/documents/ExportDialog.h"

#include "core/store/Store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace hearth::ui {

ExportDialog::ExportDialog(const Store &store, const Clock &clock, qint64 record, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_clock(clock)
    , m_record(record)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export record"));
    setAccessibleName(tr("Export record"));

    RecordExport exporter(m_store, m_clock);
    StoreError error;
    const std::optional<ClinicalDocument> content = exporter.collect(m_record, &error);
    m_usable = content.has_value();
    if (content)
        m_content = *content;

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(m_usable
            ? tr("Export the record of %1 as a clinical document that other health "
                 "programs and portals can read.")
                  .arg(m_content.header.patientName)
            : error.message,
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QVBoxLayout(formatBox);
    m_ccd
        = new QRadioButton(tr("C-CDA &CCD (Continuity of Care Document, most portals)"), formatBox);
    m_ccd->setAccessibleName(tr("C-CDA CCD format"));
    m_ccr = new QRadioButton(tr("ASTM CC&R (Continuity of Care Record, older systems)"), formatBox);
    m_ccr->setAccessibleName(tr("ASTM CCR format"));
    m_ccd->setChecked(true);
    formatLayout->addWidget(m_ccd);
    formatLayout->addWidget(m_ccr);
    layout->addWidget(formatBox);

    auto *sectionsBox = new QGroupBox(tr("Sections"), this);
    auto *sectionsLayout = new QVBoxLayout(sectionsBox);
    for (ItemKind kind : RecordExport::sectionKinds()) {
        const int count = m_content.count(kind);
        const QString name = RecordExport::sectionName(kind);
        auto *box = new QCheckBox(tr("%1 (%2)").arg(name).arg(count), sectionsBox);
        box->setAccessibleName(name);
        box->setChecked(true);
        box->setToolTip(count ? tr("%n item(s)", nullptr, count)
                              : tr("Nothing recorded: the section says it has no information."));
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateButtons);
        sectionsLayout->addWidget(box);
        m_sections.insert(int(kind), box);
    }
    layout->addWidget(sectionsBox);

    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("File to write"));
    fileLabel->setBuddy(m_path);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = m_content.header.patientName.isEmpty()
        ? tr("health-record")
        : m_content.header.patientName.simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    m_path->setText(QDir(folder).filePath(base + QStringLiteral("-ccd.xml")));
    m_choose = new QPushButton(tr("C&hoose..."), this);
    m_choose->setAccessibleName(tr("Choose the file"));
    connect(m_choose, &QPushButton::clicked, this, &ExportDialog::choosePath);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    layout->addLayout(fileRow);

    // The suggested name follows the format.
    connect(m_ccr, &QRadioButton::toggled, this, [this](bool ccr) {
        QString path = m_path->text();
        const QString from = ccr ? QStringLiteral("-ccd.xml") : QStringLiteral("-ccr.xml");
        if (path.endsWith(from)) {
            path.chop(from.size());
            m_path->setText(path + (ccr ? QStringLiteral("-ccr.xml") : QStringLiteral("-ccd.xml")));
        }
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setAccessibleName(tr("Export"));
    m_export->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportNow())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    updateButtons();
}

RecordExport::Format ExportDialog::format() const
{
    return m_ccr->isChecked() ? RecordExport::Format::Ccr : RecordExport::Format::Ccd;
}

void ExportDialog::setFormat(RecordExport::Format format)
{
    (format == RecordExport::Format::Ccr ? m_ccr : m_ccd)->setChecked(true);
}

QList<ItemKind> ExportDialog::sections() const
{
    QList<ItemKind> out;
    for (ItemKind kind : RecordExport::sectionKinds()) {
        if (m_sections.value(int(kind))->isChecked())
            out.append(kind);
    }
    return out;
}

void ExportDialog::choosePath()
{
    const bool ccr = format() == RecordExport::Format::Ccr;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export record"), m_path->text(),
        ccr ? tr("Continuity of Care Record (*.xml *.ccr)")
            : tr("Continuity of Care Document (*.xml *.ccd)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::updateButtons()
{
    m_export->setEnabled(m_usable && !sections().isEmpty() && !m_path->text().trimmed().isEmpty());
}

bool ExportDialog::exportNow()
{
    m_error.clear();
    m_notice.clear();
    const QString path = m_path->text().trimmed();
    if (!m_usable || path.isEmpty() || sections().isEmpty())
        return false;
    const RecordExport exporter(m_store, m_clock);
    QList<int> skipped;
    const QByteArray bytes = exporter.write(m_content, format(), sections(), &skipped);
    if (!RecordExport::saveFile(path, bytes, &m_error)) {
        QMessageBox::warning(this, tr("Export record"), m_error);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    m_notice = skipped.isEmpty()
        ? tr("Exported the record to %1.").arg(name)
        : tr("Exported the record to %1; %n entry(ies) saying there is no allergy were left out "
             "(a CCR cannot say so; a CCD can).",
            nullptr, int(skipped.size()))
              .arg(name);
    return true;
}

} // namespace hearth::ui
