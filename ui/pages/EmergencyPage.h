#pragma once

#include "ui/emergency/EmergencyCard.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace hearth {
class Store;
}

namespace hearth::ui {

// Emergency profile: allergies, active conditions, current medications and
// contacts from the record, with blood type and notes for the printout;
// print it, or save it as PDF on one page or as a wallet card.
class EmergencyPage : public QWidget
{
    Q_OBJECT
public:
    explicit EmergencyPage(Store *store, QWidget *parent = nullptr);
    void setRecord(qint64 record);

    // The card as it would print now.
    EmergencyCard card() const;
    QTextBrowser *preview() const { return m_preview; }

    bool savePdf(const QString &path, bool walletCard) const;

public slots:
    void refresh();

private:
    void print();
    void chooseAndSave(bool walletCard);

    Store *m_store;
    qint64 m_record = 0;
    EmergencyCard m_fromRecord;
    QLineEdit *m_bloodType;
    QPlainTextEdit *m_notes;
    QTextBrowser *m_preview;
};

} // namespace hearth::ui
