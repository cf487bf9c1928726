#include "ui/documents/DocumentDialog.h"

#include "core/documents/DocumentImporter.h"
#include "core/thing/Ccd.h"
#include "core/thing/Ccr.h"
#include "core/thing/Cda.h"
#include "core/thing/Thing.h"
#include "core/thing/XmlNode.h"
#include "ui/documents/DocumentView.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hearth::ui {

bool DocumentDialog::isDocument(const Thing &thing)
{
    const QUuid type = thing.typeId();
    return type == Ccd::typeId() || type == Ccr::typeId() || type == Cda::typeId();
}

DocumentDialog::DocumentDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new DocumentView(this))
{
    setObjectName(QStringLiteral("documentDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 700);
}

DocumentDialog *DocumentDialog::open(const Thing &thing, QWidget *parent)
{
    if (!isDocument(thing))
        return nullptr;
    const XmlNode *root = thing.dataRoot();
    const ImportResult read = root ? DocumentImporter::read(root->toXml()) : ImportResult();
    if (!root || !read.ok()) {
        QMessageBox::warning(parent, tr("Open document"),
            tr("This document cannot be shown: %1")
                .arg(root ? read.message : tr("the record holds no document in it.")));
        return nullptr;
    }
    auto *dialog = new DocumentDialog(parent);
    const QString title
        = read.document.header.title.isEmpty() ? read.document.profile : read.document.header.title;
    dialog->setWindowTitle(title);
    dialog->setAccessibleName(tr("Document: %1").arg(title));
    dialog->m_view->setDocument(read.document);
    dialog->show();
    return dialog;
}

} // namespace hearth::ui
