#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QProgressBar;
class QPushButton;
class QWebEngineProfile;
class QWebEngineView;

namespace hearth::ui {

class ShellPage;

// A dialog with an embedded browser on a vault's shell pages. Each dialog has
// its own off-the-record browser profile, so no cookie or page of the vault
// stays on disk. It closes with Accepted once the shell hands back the new
// application instance id.
class ShellBrowserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShellBrowserDialog(QWidget *parent = nullptr);
    ~ShellBrowserDialog() override;

    void load(const QUrl &shellUrl);

    QString instanceId() const { return m_instanceId; }
    // The whole completion address, for SodaSignIn::complete.
    QUrl completionUrl() const;
    ShellPage *page() const { return m_page; }
    QWebEngineView *view() const { return m_view; }

private:
    void askToTrust(const QByteArray &sha256, const QString &description);

    QWebEngineProfile *m_profile;
    ShellPage *m_page;
    QWebEngineView *m_view;
    QProgressBar *m_progress;
    QLabel *m_status;
    QWidget *m_trustPanel;
    QLabel *m_trustText;
    QPushButton *m_trustButton;
    QByteArray m_pendingFingerprint;
    QUrl m_url;
    QString m_instanceId;
};

} // namespace hearth::ui
