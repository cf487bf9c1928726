#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace hearth {
class RecordListModel;
class Store;
} // namespace hearth

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
    // Where records' pictures are read and set; without it, initials only.
    void setStore(Store *store);
    // Makes the image file the current record's picture, cropped to the
    // middle square and at most pictureSide pixels; false with errorString().
    bool setPicture(const QString &imageFile);
    // The same with the square (picture pixels, inside the picture) to keep.
    bool setPicture(const QString &imageFile, const QRect &square);
    QString errorString() const { return m_error; }
    // True when the current record's own picture is shown (not initials).
    bool showsStoredPicture() const { return m_showsStored; }
    static constexpr int pictureSide = 512;
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
    void choosePicture();

    RecordListModel *m_model = nullptr;
    Store *m_store = nullptr;
    QString m_error;
    bool m_showsStored = false;
    QLabel *m_picture;
    QComboBox *m_records;
};

} // namespace hearth::ui
