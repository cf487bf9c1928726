#include "server/shell/ShellPages.h"

#include "core/Logging.h"

#include <QCryptographicHash>

#include <openssl/rand.h>

namespace hearth::vault {

namespace {

using Status = QHttpServerResponse::StatusCode;

const QByteArray kSessionCookie = QByteArrayLiteral("hearth_session");
const QByteArray kCsrfCookie = QByteArrayLiteral("hearth_csrf");

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashed(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray cookie(const QHttpServerRequest &request, const QByteArray &name)
{
    const QList<QByteArray> parts = request.value(QByteArrayLiteral("Cookie")).split(';');
    for (const QByteArray &part : parts) {
        const QByteArray item = part.trimmed();
        if (item.startsWith(name + '='))
            return item.mid(name.size() + 1);
    }
    return {};
}

QUrlQuery formOf(const QHttpServerRequest &request)
{
    QByteArray body = request.body();
    body.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(body));
}

QString field(const QUrlQuery &form, const char *name)
{
    return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

bool isPost(const QHttpServerRequest &request)
{
    return request.method() == QHttpServerRequest::Method::Post;
}

// Only local paths may be a "next" page, never another site.
QString safeNext(const QString &next)
{
    if (next.startsWith(QLatin1String("/shell/"))
        || next.startsWith(QLatin1String("/redirect.aspx")))
        return next;
    return QStringLiteral("/shell/records");
}

QString pathWithQuery(const QHttpServerRequest &request)
{
    const QUrl url = request.url();
    return url.path()
        + (url.hasQuery() ? QStringLiteral("?") + url.query(QUrl::FullyEncoded) : QString());
}

} // namespace

ShellPages::ShellPages(VaultStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{ }

void ShellPages::addRoutes(QHttpServer &http)
{
    const auto any = QHttpServerRequest::Method::Get | QHttpServerRequest::Method::Post;
    auto bind = [this](QHttpServerResponse (ShellPages::*handler)(const QHttpServerRequest &)) {
        return [this, handler](
                   const QHttpServerRequest &request) { return (this->*handler)(request); };
    };
    http.route(QStringLiteral("/redirect.aspx"), QHttpServerRequest::Method::Get,
        bind(&ShellPages::redirect));
    http.route(QStringLiteral("/shell/signin"), any, bind(&ShellPages::signIn));
    http.route(QStringLiteral("/shell/signup"), any, bind(&ShellPages::signUp));
    http.route(QStringLiteral("/shell/signout"), any, bind(&ShellPages::signOut));
    http.route(
        QStringLiteral("/shell/createapplication"), any, bind(&ShellPages::createApplication));
    http.route(QStringLiteral("/shell/appauth"), any, bind(&ShellPages::appAuth));
    http.route(QStringLiteral("/shell/createrecord"), any, bind(&ShellPages::createRecord));
    http.route(QStringLiteral("/shell/sharerecord"), any, bind(&ShellPages::shareRecord));
    http.route(QStringLiteral("/shell/records"), QHttpServerRequest::Method::Get,
        bind(&ShellPages::recordList));
    http.route(QStringLiteral("/application/complete"), QHttpServerRequest::Method::Get,
        bind(&ShellPages::complete));
}

QHttpServerResponse ShellPages::page(const QString &title, const QString &body, Status status) const
{
    const QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%1 - Hearth vault</title>"
        "<style>body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em;"
        "line-height:1.5}label{display:block;margin-top:1em}input,select,button{font-size:1em}"
        "button{margin-top:1em}.error{color:#a00}</style></head>"
        "<body><main><h1>%1</h1>%2</main></body></html>")
                             .arg(esc(title), body);
    QHttpServerResponse response(
        QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(), status);
    response.addHeader(QByteArrayLiteral("Content-Security-Policy"),
        QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                          "frame-ancestors 'none'"));
    response.addHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse ShellPages::seeOther(const QString &location) const
{
    QHttpServerResponse response(QByteArray(), QByteArray(), Status::SeeOther);
    response.addHeader(QByteArrayLiteral("Location"), location.toUtf8());
    return response;
}

QString ShellPages::sessionToken(const QHttpServerRequest &request) const
{
    return QString::fromLatin1(cookie(request, kSessionCookie));
}

const ShellPages::WebSession *ShellPages::sessionOf(const QHttpServerRequest &request) const
{
    const QString token = sessionToken(request);
    if (token.isEmpty())
        return nullptr;
    const auto it = m_sessions.constFind(hashed(token));
    if (it == m_sessions.constEnd() || it->expires <= m_clock.now())
        return nullptr;
    return &*it;
}

bool ShellPages::csrfOk(const QHttpServerRequest &request, const QUrlQuery &form) const
{
    const QString sent = field(form, "csrf");
    if (sent.isEmpty())
        return false;
    if (const WebSession *session = sessionOf(request))
        return sent == session->csrf;
    return sent == QString::fromLatin1(cookie(request, kCsrfCookie));
}

QHttpServerResponse ShellPages::toSignIn(const QHttpServerRequest &request) const
{
    return seeOther(QStringLiteral("/shell/signin?next=")
        + QString::fromLatin1(QUrl::toPercentEncoding(pathWithQuery(request))));
}

QHttpServerResponse ShellPages::redirect(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const QString target = query.queryItemValue(QStringLiteral("target")).toUpper();
    QString targetqs = query.queryItemValue(QStringLiteral("targetqs"), QUrl::FullyDecoded);
    if (targetqs.startsWith(QLatin1Char('?')))
        targetqs.remove(0, 1); // iOS and the docs send a leading '?', .NET does not
    static const QHash<QString, QString> pages {
        { QStringLiteral("CREATEAPPLICATION"), QStringLiteral("/shell/createapplication") },
        { QStringLiteral("APPAUTH"), QStringLiteral("/shell/appauth") },
        { QStringLiteral("CREATERECORD"), QStringLiteral("/shell/createrecord") },
        { QStringLiteral("SHARERECORD"), QStringLiteral("/shell/sharerecord") },
        { QStringLiteral("RECORDLIST"), QStringLiteral("/shell/records") },
        { QStringLiteral("CREATEACCOUNT"), QStringLiteral("/shell/signup") },
        { QStringLiteral("AUTH"), QStringLiteral("/shell/signin") },
        { QStringLiteral("APPSIGNOUT"), QStringLiteral("/shell/signout") },
    };
    const auto it = pages.constFind(target);
    if (it == pages.constEnd())
        return page(tr("Unknown page"),
            QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                .arg(esc(tr("This vault has no page for the target \"%1\".").arg(target))),
            Status::NotFound);
    QUrlQuery forward(targetqs);
    QString location = *it;
    if (!forward.isEmpty())
        location += QStringLiteral("?") + forward.toString(QUrl::FullyEncoded);
    return seeOther(location);
}

bool ShellPages::limited(const QString &key) const
{
    const auto it = m_failures.constFind(key);
    return it != m_failures.constEnd() && it->count >= kMaxFailures
        && it->windowStart.secsTo(m_clock.now()) < kFailureWindowSeconds;
}

void ShellPages::countFailure(const QString &key)
{
    Failures &failures = m_failures[key];
    if (!failures.windowStart.isValid()
        || failures.windowStart.secsTo(m_clock.now()) >= kFailureWindowSeconds)
        failures = { 0, m_clock.now() };
    ++failures.count;
}

QHttpServerResponse ShellPages::signIn(const QHttpServerRequest &request)
{
    const QUrlQuery form = isPost(request) ? formOf(request) : request.query();
    const QString next = safeNext(field(form, "next"));
    QString message;
    Status status = Status::Ok;
    if (isPost(request)) {
        const QString email = field(form, "email").trimmed();
        const QString accountKey = QStringLiteral("account:") + email.toLower();
        const QString addressKey = QStringLiteral("address:") + request.remoteAddress().toString();
        if (!csrfOk(request, form)) {
            message = tr("The form expired. Please try again.");
            status = Status::Forbidden;
        } else if (limited(accountKey) || limited(addressKey)) {
            message = tr("Too many failed sign-ins. Please wait a few minutes and try again.");
            status = Status::TooManyRequests;
        } else if (const auto account = m_store.signIn(email, field(form, "password"))) {
            const QString token = randomToken();
            m_sessions.insert(hashed(token),
                { account->personId, randomToken(), m_clock.now().addSecs(8 * 3600) });
            m_failures.remove(accountKey);
            qCInfo(lcVault) << "shell sign-in for account" << account->id;
            QHttpServerResponse response = seeOther(next);
            response.addHeader(QByteArrayLiteral("Set-Cookie"),
                kSessionCookie + '=' + token.toLatin1() + "; Path=/; HttpOnly; SameSite=Strict"
                    + secureFlag());
            return response;
        } else {
            countFailure(accountKey);
            countFailure(addressKey);
            message = tr("The email address or password is wrong.");
            status = Status::Unauthorized;
        }
    }
    const QString csrf = randomToken();
    QString body;
    if (!message.isEmpty())
        body += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(esc(message));
    body += QStringLiteral(
        "<form method=\"post\" action=\"/shell/signin\">"
        "<input type=\"hidden\" name=\"csrf\" value=\"%1\"><input type=\"hidden\" name=\"next\" "
        "value=\"%2\">"
        "<label for=\"email\">%3</label><input id=\"email\" name=\"email\" type=\"email\" "
        "autocomplete=\"username\" required>"
        "<label for=\"password\">%4</label><input id=\"password\" name=\"password\" "
        "type=\"password\" "
        "autocomplete=\"current-password\" required>"
        "<button type=\"submit\">%5</button></form><p><a href=\"/shell/signup?next=%6\">%7</a></p>")
                .arg(csrf, esc(next), esc(tr("Email address")), esc(tr("Password")),
                    esc(tr("Sign in")), QString::fromLatin1(QUrl::toPercentEncoding(next)),
                    esc(tr("Create an account")));
    QHttpServerResponse response = page(tr("Sign in"), body, status);
    response.addHeader(QByteArrayLiteral("Set-Cookie"),
        kCsrfCookie + '=' + csrf.toLatin1() + "; Path=/shell; HttpOnly; SameSite=Strict"
            + secureFlag());
    return response;
}

QHttpServerResponse ShellPages::signUp(const QHttpServerRequest &request)
{
    const QUrlQuery form = isPost(request) ? formOf(request) : request.query();
    const QString next = safeNext(field(form, "next"));
    QString message;
    Status status = Status::Ok;
    if (isPost(request)) {
        const QString email = field(form, "email").trimmed();
        const QString name = field(form, "name").trimmed();
        const QString password = field(form, "password");
        QString error;
        if (!csrfOk(request, form)) {
            message = tr("The form expired. Please try again.");
            status = Status::Forbidden;
        } else if (!email.contains(QLatin1Char('@')) || name.isEmpty() || name.size() > 255) {
            message = tr("Please give your name and a valid email address.");
            status = Status::BadRequest;
        } else if (password.size() < 10) {
            message = tr("The password must have at least 10 characters.");
            status = Status::BadRequest;
        } else if (const auto account = m_store.createAccount(email, password, name, &error)) {
            const QString token = randomToken();
            m_sessions.insert(hashed(token),
                { account->personId, randomToken(), m_clock.now().addSecs(8 * 3600) });
            qCInfo(lcVault) << "account created:" << account->id;
            QHttpServerResponse response = seeOther(next);
            response.addHeader(QByteArrayLiteral("Set-Cookie"),
                kSessionCookie + '=' + token.toLatin1() + "; Path=/; HttpOnly; SameSite=Strict"
                    + secureFlag());
            return response;
        } else {
            message = tr("An account with this email address exists already.");
            status = Status::Conflict;
        }
    }
    const QString csrf = randomToken();
    QString body;
    if (!message.isEmpty())
        body += QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>").arg(esc(message));
    body += QStringLiteral("<form method=\"post\" action=\"/shell/signup\">"
                           "<input type=\"hidden\" name=\"csrf\" value=\"%1\"><input "
                           "type=\"hidden\" name=\"next\" value=\"%2\">"
                           "<label for=\"name\">%3</label><input id=\"name\" name=\"name\" "
                           "autocomplete=\"name\" required>"
                           "<label for=\"email\">%4</label><input id=\"email\" name=\"email\" "
                           "type=\"email\" autocomplete=\"username\" required>"
                           "<label for=\"password\">%5</label><input id=\"password\" "
                           "name=\"password\" type=\"password\" "
                           "minlength=\"10\" autocomplete=\"new-password\" required>"
                           "<button type=\"submit\">%6</button></form>")
                .arg(csrf, esc(next), esc(tr("Your name")), esc(tr("Email address")),
                    esc(tr("Password (at least 10 characters)")), esc(tr("Create account")));
    QHttpServerResponse response = page(tr("Create an account"), body, status);
    response.addHeader(QByteArrayLiteral("Set-Cookie"),
        kCsrfCookie + '=' + csrf.toLatin1() + "; Path=/shell; HttpOnly; SameSite=Strict"
            + secureFlag());
    return response;
}

QHttpServerResponse ShellPages::signOut(const QHttpServerRequest &request)
{
    const WebSession *session = sessionOf(request);
    if (isPost(request) && session) {
        if (!csrfOk(request, formOf(request)))
            return page(
                tr("Sign out"), esc(tr("The form expired. Please try again.")), Status::Forbidden);
        m_sessions.remove(hashed(sessionToken(request)));
        QHttpServerResponse response = page(
            tr("Signed out"), QStringLiteral("<p>%1</p>").arg(esc(tr("You are signed out."))));
        response.addHeader(QByteArrayLiteral("Set-Cookie"),
            kSessionCookie + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0" + secureFlag());
        return response;
    }
    if (!session)
        return page(
            tr("Signed out"), QStringLiteral("<p>%1</p>").arg(esc(tr("You are signed out."))));
    return page(tr("Sign out"),
        QStringLiteral(
            "<form method=\"post\" action=\"/shell/signout\"><input type=\"hidden\" name=\"csrf\" "
            "value=\"%1\"><button type=\"submit\">%2</button></form>")
            .arg(session->csrf, esc(tr("Sign out"))));
}

QString ShellPages::recordChoices(const QUuid &personId, const QList<QUuid> &checked) const
{
    QString html = QStringLiteral("<fieldset><legend>%1</legend>").arg(esc(tr("Records")));
    for (const RecordShare &record : m_store.recordsOf(personId)) {
        const QString id = record.recordId.toString(QUuid::WithoutBraces);
        html += QStringLiteral(
            "<label><input type=\"checkbox\" name=\"record\" value=\"%1\"%2> %3</label>")
                    .arg(id,
                        checked.contains(record.recordId) ? QStringLiteral(" checked") : QString(),
                        esc(record.displayName));
    }
    return html + QStringLiteral("</fieldset>");
}

QHttpServerResponse ShellPages::createApplication(const QHttpServerRequest &request)
{
    const WebSession *session = sessionOf(request);
    if (!session)
        return toSignIn(request);
    const QUrlQuery query = request.query();
    const QUrlQuery form = isPost(request) ? formOf(request) : query;
    const QString token = field(form, "appCreationToken");
    const QUuid masterId = QUuid::fromString(field(form, "appid"));
    const auto instanceId = m_store.instanceForCreationToken(token);
    const auto instance = instanceId ? m_store.application(*instanceId) : std::nullopt;
    if (!instance || instance->masterId != masterId)
        return page(tr("Authorize an application"),
            QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                .arg(esc(tr("This application request is unknown or has expired. Please start "
                            "again from the application."))),
            Status::BadRequest);
    const auto master = m_store.application(masterId);
    if (isPost(request)) {
        if (!csrfOk(request, form))
            return page(tr("Authorize an application"),
                esc(tr("The form expired. Please try again.")), Status::Forbidden);
        QList<QUuid> chosen;
        const QList<RecordShare> mine = m_store.recordsOf(session->personId);
        for (const QString &value : form.allQueryItemValues(QStringLiteral("record"))) {
            const QUuid id = QUuid::fromString(value);
            for (const RecordShare &record : mine) {
                if (record.recordId == id)
                    chosen << id;
            }
        }
        if (chosen.isEmpty())
            return page(tr("Authorize an application"),
                QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                    .arg(esc(tr("Please choose at least one record."))),
                Status::BadRequest);
        if (!m_store.authorize(instance->id, session->personId, chosen, token))
            return page(tr("Authorize an application"),
                esc(tr("The authorization could not be stored.")), Status::InternalServerError);
        qCInfo(lcVault) << "application instance authorized for" << chosen.size() << "records";
        return seeOther(
            QStringLiteral("/application/complete?appid=%1&target=AppAuthSuccess&instanceid=1")
                .arg(instance->id.toString(QUuid::WithoutBraces)));
    }
    const QString body
        = QStringLiteral("<p>%1</p><form method=\"post\" action=\"/shell/createapplication\">"
                         "<input type=\"hidden\" name=\"csrf\" value=\"%2\"><input type=\"hidden\" "
                         "name=\"appid\" value=\"%3\">"
                         "<input type=\"hidden\" name=\"appCreationToken\" value=\"%4\">%5"
                         "<button type=\"submit\">%6</button></form>")
              .arg(esc(tr("%1 asks to read and change the records you choose.")
                           .arg(master ? master->name : tr("An application"))),
                  session->csrf, masterId.toString(QUuid::WithoutBraces), esc(token),
                  recordChoices(session->personId, {}), esc(tr("Authorize")));
    return page(tr("Authorize an application"), body);
}

QHttpServerResponse ShellPages::appAuth(const QHttpServerRequest &request)
{
    const WebSession *session = sessionOf(request);
    if (!session)
        return toSignIn(request);
    const QUrlQuery form = isPost(request) ? formOf(request) : request.query();
    const QUuid appId = QUuid::fromString(field(form, "appid"));
    const auto app = m_store.application(appId);
    const QList<QUuid> authorized = m_store.authorizedRecords(appId, session->personId);
    if (!app || app->masterId.isNull() || m_store.authorizedPeople(appId).isEmpty()
        || (authorized.isEmpty() && !m_store.authorizedPeople(appId).contains(session->personId)))
        return page(tr("Authorize more records"),
            QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                .arg(esc(tr("This application is unknown."))),
            Status::BadRequest);
    if (isPost(request)) {
        if (!csrfOk(request, form))
            return page(tr("Authorize more records"),
                esc(tr("The form expired. Please try again.")), Status::Forbidden);
        QList<QUuid> chosen;
        const QList<RecordShare> mine = m_store.recordsOf(session->personId);
        for (const QString &value : form.allQueryItemValues(QStringLiteral("record"))) {
            const QUuid id = QUuid::fromString(value);
            for (const RecordShare &record : mine) {
                if (record.recordId == id)
                    chosen << id;
            }
        }
        for (const QUuid &id : authorized) {
            if (!chosen.contains(id))
                m_store.deauthorize(appId, session->personId, id);
        }
        m_store.authorize(appId, session->personId, chosen);
        return seeOther(
            QStringLiteral("/application/complete?appid=%1&target=AppAuthSuccess&instanceid=1")
                .arg(appId.toString(QUuid::WithoutBraces)));
    }
    const QString body = QStringLiteral("<form method=\"post\" action=\"/shell/appauth\"><input "
                                        "type=\"hidden\" name=\"csrf\" value=\"%1\">"
                                        "<input type=\"hidden\" name=\"appid\" "
                                        "value=\"%2\">%3<button type=\"submit\">%4</button></form>")
                             .arg(session->csrf, appId.toString(QUuid::WithoutBraces),
                                 recordChoices(session->personId, authorized), esc(tr("Save")));
    return page(tr("Authorize more records"), body);
}

QHttpServerResponse ShellPages::createRecord(const QHttpServerRequest &request)
{
    const WebSession *session = sessionOf(request);
    if (!session)
        return toSignIn(request);
    if (isPost(request)) {
        const QUrlQuery form = formOf(request);
        const QString name = field(form, "name").trimmed();
        if (!csrfOk(request, form))
            return page(tr("Add a record"), esc(tr("The form expired. Please try again.")),
                Status::Forbidden);
        if (name.isEmpty() || name.size() > 255)
            return page(tr("Add a record"),
                QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                    .arg(esc(tr("Please give the person's name."))),
                Status::BadRequest);
        if (m_store.createRecord(session->personId, name).isNull())
            return page(tr("Add a record"), esc(tr("The record could not be stored.")),
                Status::InternalServerError);
        return seeOther(QStringLiteral("/shell/records"));
    }
    return page(tr("Add a record"),
        QStringLiteral("<p>%1</p><form method=\"post\" action=\"/shell/createrecord\">"
                       "<input type=\"hidden\" name=\"csrf\" value=\"%2\">"
                       "<label for=\"name\">%3</label><input id=\"name\" name=\"name\" required>"
                       "<button type=\"submit\">%4</button></form>")
            .arg(esc(tr("A record for a family member you look after, such as a child.")),
                session->csrf, esc(tr("Name")), esc(tr("Add record"))));
}

QHttpServerResponse ShellPages::shareRecord(const QHttpServerRequest &request)
{
    const WebSession *session = sessionOf(request);
    if (!session)
        return toSignIn(request);
    const QUrlQuery form = isPost(request) ? formOf(request) : request.query();
    const QUuid recordId = QUuid::fromString(field(form, "recordid"));
    if (m_store.accessTo(recordId, session->personId) != RecordAccess::Custodian)
        return page(tr("Share a record"),
            QStringLiteral("<p class=\"error\" role=\"alert\">%1</p>")
                .arg(esc(tr("Only the record's custodian can share it."))),
            Status::Forbidden);
    QString message;
    Status status = Status::Ok;
    if (isPost(request)) {
        if (!csrfOk(request, form))
            return page(tr("Share a record"), esc(tr("The form expired. Please try again.")),
                Status::Forbidden);
        const auto other = m_store.accountByEmail(field(form, "email").trimmed());
        const QString action = field(form, "action");
        if (!other || other->personId == session->personId) {
            message = tr("No other account has this email address.");
            status = Status::BadRequest;
        } else if (action == QLatin1String("revoke")) {
            m_store.revoke(recordId, other->personId);
            message = tr("Access removed.");
        } else {
            const RecordAccess access = field(form, "access") == QLatin1String("view-and-modify")
                ? RecordAccess::ViewAndModify
                : RecordAccess::View;
            QDateTime expires;
            const QString until = field(form, "expires");
            if (!until.isEmpty()) {
                const QDate date = QDate::fromString(until, Qt::ISODate);
                expires = QDateTime(date.addDays(1), QTime(0, 0), Qt::UTC);
            }
            if (!until.isEmpty() && !expires.isValid()) {
                message = tr("The expiry date is not a date.");
                status = Status::BadRequest;
            } else {
                m_store.share(recordId, other->personId, access, expires);
                message = tr("The record is shared.");
            }
        }
    }
    QString shares;
    for (const RecordShare &share : m_store.sharesOf(recordId)) {
        if (share.personId == session->personId)
            continue;
        const auto account = m_store.accountByPerson(share.personId);
        shares
            += QStringLiteral("<li>%1 (%2%3)</li>")
                   .arg(esc(account ? account->email : m_store.personName(share.personId)),
                       esc(accessName(share.access)),
                       share.expires.isValid() ? QStringLiteral(", ")
                               + esc(
                                   tr("until %1")
                                       .arg(share.expires.date().addDays(-1).toString(Qt::ISODate)))
                                               : QString());
    }
    QString body;
    if (!message.isEmpty())
        body += QStringLiteral("<p role=\"status\">%1</p>").arg(esc(message));
    body += QStringLiteral("<p>%1</p><ul>%2</ul>").arg(esc(tr("Shared with:")), shares);
    body += QStringLiteral(
        "<form method=\"post\" action=\"/shell/sharerecord\"><input type=\"hidden\" name=\"csrf\" "
        "value=\"%1\">"
        "<input type=\"hidden\" name=\"recordid\" value=\"%2\">"
        "<label for=\"email\">%3</label><input id=\"email\" name=\"email\" type=\"email\" required>"
        "<label for=\"access\">%4</label><select id=\"access\" name=\"access\">"
        "<option value=\"view\">%5</option><option value=\"view-and-modify\">%6</option></select>"
        "<label for=\"expires\">%7</label><input id=\"expires\" name=\"expires\" type=\"date\">"
        "<button type=\"submit\" name=\"action\" value=\"share\">%8</button> "
        "<button type=\"submit\" name=\"action\" value=\"revoke\">%9</button></form>")
                .arg(session->csrf, recordId.toString(QUuid::WithoutBraces),
                    esc(tr("Email address of the other account")), esc(tr("Access")),
                    esc(tr("View")), esc(tr("View and change")), esc(tr("Until (optional)")),
                    esc(tr("Share")), esc(tr("Remove access")));
    return page(tr("Share %1").arg(m_store.recordName(recordId)), body, status);
}

QHttpServerResponse ShellPages::recordList(const QHttpServerRequest &request)
{
    const WebSession *session = sessionOf(request);
    if (!session)
        return toSignIn(request);
    QString items;
    for (const RecordShare &record : m_store.recordsOf(session->personId)) {
        items += QStringLiteral("<li>%1 (%2)")
                     .arg(esc(record.displayName), esc(accessName(record.access)));
        if (record.access == RecordAccess::Custodian)
            items += QStringLiteral(" <a href=\"/shell/sharerecord?recordid=%1\">%2</a>")
                         .arg(record.recordId.toString(QUuid::WithoutBraces), esc(tr("Share")));
        items += QStringLiteral("</li>");
    }
    return page(tr("Your records"),
        QStringLiteral("<ul>%1</ul><p><a href=\"/shell/createrecord\">%2</a></p><p><a "
                       "href=\"/shell/signout\">%3</a></p>")
            .arg(items, esc(tr("Add a record")), esc(tr("Sign out"))));
}

QHttpServerResponse ShellPages::complete(const QHttpServerRequest &)
{
    return page(tr("Done"),
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr("You can close this window and return to the application."))));
}

} // namespace hearth::vault
