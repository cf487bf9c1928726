#include "ui/signin/ShellPage.h"

#include <QSslCertificate>
#include <QUrlQuery>
#include <QWebEngineCertificateError>

namespace hearth::ui {

ShellPage::ShellPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    connect(
        this, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
            const QList<QSslCertificate> chain = error.certificateChain();
            const QByteArray leaf = chain.isEmpty() ? QByteArray() : fingerprint(chain.first());
            if (!leaf.isEmpty() && error.isOverridable() && m_trusted.contains(leaf)) {
                error.acceptCertificate();
                return;
            }
            error.rejectCertificate();
            emit untrustedCertificate(leaf, error.description());
        });
}

QByteArray ShellPage::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString ShellPage::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString ShellPage::instanceIdFrom(const QUrl &url)
{
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name.compare(QLatin1String("instanceid"), Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ShellPage::isShellOrigin(const QUrl &url) const
{
    return m_shellOrigin.isValid() && url.scheme() == m_shellOrigin.scheme()
        && url.host() == m_shellOrigin.host() && url.port(-1) == m_shellOrigin.port(-1);
}

bool ShellPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (isMainFrame && isShellOrigin(url)
        && url.path().endsWith(QLatin1String("/application/complete"), Qt::CaseInsensitive)) {
        const QString instanceId = instanceIdFrom(url);
        if (!instanceId.isEmpty()) {
            m_completionUrl = url;
            emit applicationCompleted(instanceId);
        }
        // The shell is done; there is nothing for the browser to show.
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

} // namespace hearth::ui
