#pragma once

#include "core/Clock.h"
#include "server/store/VaultStore.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

namespace hearth::vault {

// The shell: the vault's plain HTML pages behind /redirect.aspx (sign-in,
// create account, authorize an app instance, records, sharing). Browser
// sessions are HttpOnly SameSite=Strict cookies held in memory; every form
// carries a CSRF token; failed sign-ins are rate-limited per account and per
// address.
class ShellPages : public QObject
{
    Q_OBJECT
public:
    ShellPages(VaultStore &store, const Clock &clock, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    // Under TLS the cookies are also Secure.
    void setSecureCookies(bool secure) { m_secure = secure; }
    void addRoutes(QHttpServer &http);

    // Failed sign-ins allowed per account and per address in a window.
    static constexpr int kMaxFailures = 5;
    static constexpr int kFailureWindowSeconds = 15 * 60;

private:
    struct WebSession
    {
        QUuid personId;
        QString csrf;
        QDateTime expires;
    };
    struct Failures
    {
        int count = 0;
        QDateTime windowStart;
    };

    QHttpServerResponse redirect(const QHttpServerRequest &request);
    QHttpServerResponse signIn(const QHttpServerRequest &request);
    QHttpServerResponse signUp(const QHttpServerRequest &request);
    QHttpServerResponse signOut(const QHttpServerRequest &request);
    QHttpServerResponse createApplication(const QHttpServerRequest &request);
    QHttpServerResponse appAuth(const QHttpServerRequest &request);
    QHttpServerResponse createRecord(const QHttpServerRequest &request);
    QHttpServerResponse shareRecord(const QHttpServerRequest &request);
    QHttpServerResponse recordList(const QHttpServerRequest &request);
    QHttpServerResponse complete(const QHttpServerRequest &request);

    // The signed-in session of the request's cookie, or nullptr.
    const WebSession *sessionOf(const QHttpServerRequest &request) const;
    QString sessionToken(const QHttpServerRequest &request) const;
    bool csrfOk(const QHttpServerRequest &request, const QUrlQuery &form) const;
    QHttpServerResponse toSignIn(const QHttpServerRequest &request) const;
    QHttpServerResponse page(const QString &title, const QString &body,
        QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok) const;
    QHttpServerResponse seeOther(const QString &location) const;
    QString recordChoices(const QUuid &personId, const QList<QUuid> &checked) const;
    bool limited(const QString &key) const;
    QByteArray secureFlag() const
    {
        return m_secure ? QByteArrayLiteral("; Secure") : QByteArray();
    }
    void countFailure(const QString &key);

    VaultStore &m_store;
    const Clock &m_clock;
    QUrl m_baseUrl;
    bool m_secure = false;
    QHash<QString, WebSession> m_sessions; // by SHA-256 of the cookie value
    QHash<QString, Failures> m_failures; // "account:<email>" and "address:<ip>"
};

} // namespace hearth::vault
