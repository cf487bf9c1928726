#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace hearth {
class Settings;
}

namespace hearth::ui {

class Navigator;
class RecordSwitcher;

// The window a person keeps open: the record switcher and navigator on the
// left, the page of the chosen section on the right, sync state below.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Restores the window's geometry and last page from `settings`, and saves
    // them there when the window closes. `settings` must outlive the window.
    explicit MainWindow(Settings *settings, QWidget *parent = nullptr);

    Navigator *navigator() const { return m_navigator; }
    RecordSwitcher *recordSwitcher() const { return m_recordSwitcher; }
    QStackedWidget *content() const { return m_content; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createPage(const QString &title);

    Settings *m_settings;
    RecordSwitcher *m_recordSwitcher;
    Navigator *m_navigator;
    QStackedWidget *m_content;
    QLabel *m_syncState;
};

} // namespace hearth::ui
