#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace hearth::ui {

// The top-left corner of the main window: the current record's picture and
// name, and the list of every record this profile holds (self, children,
// parents) to switch between.
class RecordSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit RecordSwitcher(QWidget *parent = nullptr);

    QComboBox *recordList() const { return m_records; }

private:
    QLabel *m_picture;
    QComboBox *m_records;
};

} // namespace hearth::ui
