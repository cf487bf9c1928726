#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace hearth {
class RecordListModel;
}

namespace hearth::ui {

// The top-left corner of the main window: the current record's picture and
// name, and the list of every record this profile holds (self, children,
// parents) to switch between, also with Ctrl+1 .. Ctrl+9.
class RecordSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit RecordSwitcher(QWidget *parent = nullptr);

    // The records to offer; the first one becomes current when none is.
    void setModel(RecordListModel *model);
    QComboBox *recordList() const { return m_records; }

    // The store row id of the current record, 0 when there is none.
    qint64 currentRecord() const;
    // Makes the record with this row id current; false when it is not listed.
    bool setCurrentRecord(qint64 rowId);
    // Switches to the n-th record (0-based), as Ctrl+1.. do.
    void switchTo(int index);

signals:
    void recordChanged(qint64 rowId);

private:
    void showPicture();

    RecordListModel *m_model = nullptr;
    QLabel *m_picture;
    QComboBox *m_records;
};

} // namespace hearth::ui
