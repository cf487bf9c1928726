#include "ui/pages/EmergencyPage.h"

#include "core/store/Store.h"
#include "core/thing/Allergy.h"
#include "core/thing/Condition.h"
#include "core/thing/Contact.h"
#include "core/thing/Medication.h"
#include "core/thing/ThingTypeRegistry.h"
#include "ui/emergency/EmergencyPrinter.h"
#include "ui/pages/RecordReader.h"
#include "ui/pages/ThingTableModel.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hearth::ui {

EmergencyPage::EmergencyPage(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_bloodType(new QLineEdit)
    , m_notes(new QPlainTextEdit)
    , m_preview(new QTextBrowser)
{
    setAccessibleName(tr("Emergency profile"));
    auto *heading = new QLabel(tr("Emergency profile"));
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setAccessibleName(tr("Page heading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    m_bloodType->setObjectName(QStringLiteral("bloodTypeField"));
    m_bloodType->setAccessibleName(tr("Blood type"));
    m_bloodType->setPlaceholderText(tr("e.g. A+"));
    m_notes->setObjectName(QStringLiteral("emergencyNotesField"));
    m_notes->setAccessibleName(tr("Notes for the printout"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);
    m_preview->setObjectName(QStringLiteral("emergencyPreview"));
    m_preview->setAccessibleName(tr("Preview of the emergency profile"));
    connect(m_bloodType, &QLineEdit::textChanged, this, &EmergencyPage::refresh);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &EmergencyPage::refresh);

    auto *form = new QFormLayout;
    auto *bloodLabel = new QLabel(tr("&Blood type:"));
    bloodLabel->setBuddy(m_bloodType);
    auto *notesLabel = new QLabel(tr("N&otes:"));
    notesLabel->setBuddy(m_notes);
    form->addRow(bloodLabel, m_bloodType);
    form->addRow(notesLabel, m_notes);

    auto *print = new QPushButton(tr("&Print…"));
    print->setObjectName(QStringLiteral("printButton"));
    print->setAccessibleName(tr("Print the emergency profile"));
    auto *pdf = new QPushButton(tr("Save as P&DF…"));
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    pdf->setAccessibleName(tr("Save the emergency profile as PDF"));
    auto *card = new QPushButton(tr("&Wallet card PDF…"));
    card->setObjectName(QStringLiteral("walletCardButton"));
    card->setAccessibleName(tr("Save a wallet card as PDF"));
    connect(print, &QPushButton::clicked, this, &EmergencyPage::print);
    connect(pdf, &QPushButton::clicked, this, [this] { chooseAndSave(false); });
    connect(card, &QPushButton::clicked, this, [this] { chooseAndSave(true); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(print);
    buttons->addWidget(pdf);
    buttons->addWidget(card);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addLayout(buttons);

    connect(store, &Store::thingAdded, this, [this] { setRecord(m_record); });
    connect(store, &Store::thingChanged, this, [this] { setRecord(m_record); });
    connect(store, &Store::thingRemoved, this, [this] { setRecord(m_record); });
}

void EmergencyPage::setRecord(qint64 record)
{
    m_record = record;
    m_fromRecord = {};
    if (const auto row = m_store->record(record))
        m_fromRecord.name = row->displayName.isEmpty() ? row->personName : row->displayName;
    for (const Thing &thing : RecordReader::things(m_store, record, { Allergy::typeId() }, 200))
        m_fromRecord.allergies << ThingTypeRegistry::summary(thing);
    for (const Thing &thing : RecordReader::things(m_store, record, { Condition::typeId() }, 200)) {
        if (ThingTableModel::isCurrent(thing))
            m_fromRecord.conditions << ThingTypeRegistry::summary(thing);
    }
    for (const Thing &thing :
        RecordReader::things(m_store, record, { Medication::typeId() }, 200)) {
        if (ThingTableModel::isCurrent(thing))
            m_fromRecord.medications << ThingTypeRegistry::summary(thing);
    }
    for (const Thing &thing : RecordReader::things(m_store, record, { Contact::typeId() }, 20))
        m_fromRecord.contacts.append({ ThingTypeRegistry::summary(thing), {}, {} });
    refresh();
}

EmergencyCard EmergencyPage::card() const
{
    EmergencyCard card = m_fromRecord;
    card.bloodType = m_bloodType->text().trimmed();
    card.notes = m_notes->toPlainText().trimmed();
    card.printedOn = QDate::currentDate();
    return card;
}

void EmergencyPage::refresh()
{
    m_preview->setHtml(EmergencyPrinter::html(card()));
}

bool EmergencyPage::savePdf(const QString &path, bool walletCard) const
{
    return EmergencyPrinter::savePdf(card(),
        walletCard ? EmergencyPrinter::Layout::WalletCard : EmergencyPrinter::Layout::Page, path);
}

void EmergencyPage::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        EmergencyPrinter::paint(card(), EmergencyPrinter::Layout::Page, &printer);
}

void EmergencyPage::chooseAndSave(bool walletCard)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = walletCard ? tr("Emergency card.pdf") : tr("Emergency profile.pdf");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), folder + QLatin1Char('/') + name, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path, walletCard);
}

} // namespace hearth::ui
