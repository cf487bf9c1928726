#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace hearth::ui {

class Navigator;
class RecordSwitcher;

// The window a person keeps open: the record switcher and navigator on the
// left, the page of the chosen section on the right, sync state below.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    Navigator *navigator() const { return m_navigator; }
    RecordSwitcher *recordSwitcher() const { return m_recordSwitcher; }
    QStackedWidget *content() const { return m_content; }

private:
    QWidget *createPage(const QString &title);

    RecordSwitcher *m_recordSwitcher;
    Navigator *m_navigator;
    QStackedWidget *m_content;
    QLabel *m_syncState;
};

} // namespace hearth::ui
