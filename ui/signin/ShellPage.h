#pragma once

#include <QSet>
#include <QUrl>
#include <QWebEnginePage>

class QSslCertificate;

namespace hearth::ui {

// The web page that shows a vault's shell (sign in, create account, choose
// records). It watches for the shell's `/application/complete` redirect and
// never lets the browser load it, and it accepts a certificate the system
// does not trust only when the user confirmed its fingerprint.
class ShellPage : public QWebEnginePage
{
    Q_OBJECT
public:
    ShellPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // Only a completion redirect to this origin (scheme, host, port) counts.
    void setShellOrigin(const QUrl &url)
    {
        m_shellOrigin = url.adjusted(
            QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    }

    // Accept certificates with this SHA-256 fingerprint from now on.
    void trustFingerprint(const QByteArray &sha256) { m_trusted.insert(sha256); }

    static QByteArray fingerprint(const QSslCertificate &certificate);
    // "AB:CD:..." as a person compares it with what the vault shows.
    static QString formatFingerprint(const QByteArray &sha256);
    // The `instanceid` query value, whatever the case of its name.
    static QString instanceIdFrom(const QUrl &url);
    // The completion address the shell redirected to (empty before).
    QUrl completionUrl() const { return m_completionUrl; }

signals:
    void applicationCompleted(const QString &instanceId);
    void untrustedCertificate(const QByteArray &sha256, const QString &description);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    bool isShellOrigin(const QUrl &url) const;

    QUrl m_shellOrigin;
    QUrl m_completionUrl;
    QSet<QByteArray> m_trusted;
};

} // namespace hearth::ui
