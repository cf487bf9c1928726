#include "ui/signin/VaultSession.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/protocol/PlatformClient.h"
#include "core/store/Store.h"
#include "core/sync/SodaSignIn.h"
#include "core/sync/SyncService.h"
#include "ui/signin/ShellBrowserDialog.h"
#include "ui/signin/ShellPage.h"

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace hearth::ui {

using protocol::PlatformError;

namespace {

const char *const kPlatformPath = "/platform/wildcat.ashx";

// The wait cursor while the GUI thread waits for the vault.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

VaultSession::VaultSession(const Options &options, QWidget *window)
    : QObject(window)
    , m_store(options.store)
    , m_storeFile(options.storeFile)
    , m_storeKey(options.storeKey)
    , m_profileId(options.profileId)
    , m_keychain(options.keychain)
    , m_clock(options.clock ? *options.clock : Clock::system())
    , m_window(window)
    , m_signIn(new QAction(tr("&Sign in to a vault..."), this))
    , m_syncNow(new QAction(tr("S&ync now"), this))
    , m_authorize(new QAction(tr("&Authorize another record..."), this))
    , m_signOut(new QAction(tr("Sign &out of this vault..."), this))
{
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_authorize->setObjectName(QStringLiteral("authorizeAction"));
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signIn, &QAction::triggered, this, &VaultSession::signIn);
    connect(m_syncNow, &QAction::triggered, this, &VaultSession::syncNow);
    connect(m_authorize, &QAction::triggered, this, &VaultSession::authorizeMoreRecords);
    connect(m_signOut, &QAction::triggered, this, &VaultSession::signOut);
    updateActions();
}

VaultSession::~VaultSession()
{
    stopSync();
    m_storeKey.fill('\0');
}

QUrl VaultSession::platformUrl() const
{
    return m_credentials ? m_credentials->platformUrl : QUrl();
}

void VaultSession::addActions(QMenu *menu)
{
    menu->addAction(m_signIn);
    menu->addAction(m_syncNow);
    menu->addAction(m_authorize);
    menu->addSeparator();
    menu->addAction(m_signOut);
}

void VaultSession::updateActions()
{
    m_signIn->setEnabled(!isSignedIn());
    m_syncNow->setEnabled(isSignedIn());
    m_authorize->setEnabled(isSignedIn());
    m_signOut->setEnabled(isSignedIn());
}

bool VaultSession::resume()
{
    if (isSignedIn() || !m_keychain)
        return isSignedIn();
    QString problem;
    std::optional<VaultCredentials> saved
        = VaultCredentials::load(*m_keychain, m_profileId, &problem);
    if (!saved) {
        // No sign-in is the usual case; the reason is not personal.
        qCInfo(lcApp) << "no vault sign-in for this profile:" << problem;
        return false;
    }
    m_credentials = std::move(saved);
    startSync();
    return true;
}

QUrl VaultSession::localVault(int timeoutMs)
{
    const QUrl base(QStringLiteral("http://127.0.0.1:8080"));
    QNetworkAccessManager network;
    QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/health"))));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const bool answers = reply->error() == QNetworkReply::NoError
        && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    reply->deleteLater();
    return answers ? base : QUrl();
}

QUrl VaultSession::platformAddress(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    // fromUserInput guesses http; a vault that is not on this computer is
    // reached over HTTPS only, so the guess is https there.
    if (!text.contains(QLatin1String("://")) && url.host() != QLatin1String("127.0.0.1")
        && url.host() != QLatin1String("localhost"))
        url.setScheme(QStringLiteral("https"));
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QLatin1String(kPlatformPath));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void VaultSession::signIn()
{
    QUrl suggestion;
    {
        BusyCursor busy;
        suggestion = localVault();
    }
    bool ok = false;
    const QString typed = QInputDialog::getText(m_window, tr("Sign in to a vault"),
        tr("Address of the vault (ask the person who runs it):"), QLineEdit::Normal,
        suggestion.toString(), &ok);
    if (!ok)
        return;
    const QUrl address = platformAddress(typed);
    if (!address.isValid()) {
        fail(tr("Sign in to a vault"),
            tr("\"%1\" is not a vault address. It looks like https://vault.example.org or "
               "http://127.0.0.1:8080.")
                .arg(typed));
        return;
    }
    signInTo(address);
}

bool VaultSession::signInTo(const QUrl &address)
{
    if (isSignedIn()) {
        fail(tr("Sign in to a vault"),
            tr("Hearth is signed in to a vault already. Sign out of it first."));
        return false;
    }
    if (!m_keychain) {
        fail(tr("Sign in to a vault"),
            tr("There is no system keychain, and Hearth keeps a vault sign-in nowhere else. "
               "Start Hearth in a desktop session with a keychain to sign in."));
        return false;
    }
    SodaSignIn soda(platformAddress(address.toString()), m_clock);
    PlatformError error;
    {
        BusyCursor busy;
        error = soda.begin();
    }
    if (!error.untrustedCertificateSha256.isEmpty()
        && ask(tr("Sign in to a vault"),
            tr("The vault at %1 uses a certificate that this computer does not trust. Trust it "
               "only if the vault shows this same fingerprint:\n\n%2")
                .arg(address.host(),
                    ShellPage::formatFingerprint(error.untrustedCertificateSha256)))) {
        soda.setTrustedCertificate(error.untrustedCertificateSha256);
        BusyCursor busy;
        error = soda.begin();
    }
    if (!error.isOk()) {
        fail(tr("Sign in to a vault"),
            tr("The vault at %1 could not start the sign-in: %2")
                .arg(address.host(), error.message));
        return false;
    }
    QUrl completion;
    if (!runShell(soda.createApplicationUrl(), soda.credentials().certificateSha256, &completion))
        return false;
    {
        BusyCursor busy;
        error = soda.complete(completion);
    }
    if (!error.isOk()) {
        fail(tr("Sign in to a vault"), tr("The sign-in did not finish: %1").arg(error.message));
        return false;
    }
    QString problem;
    if (!soda.credentials().save(*m_keychain, m_profileId, &problem)) {
        fail(tr("Sign in to a vault"),
            tr("The sign-in could not be kept in the system keychain, so Hearth is not "
               "signed in: %1")
                .arg(problem));
        return false;
    }
    m_credentials = soda.credentials();
    if (!writeRecords(m_credentials->personId, soda.personName(), soda.records(), &problem))
        fail(tr("Sign in to a vault"),
            tr("The authorized records could not be stored: %1").arg(problem));
    qCInfo(lcApp) << "signed in to a vault with" << soda.records().size() << "records";
    startSync();
    emit signedInChanged(true);
    return true;
}

bool VaultSession::runShell(const QUrl &url, const QByteArray &certificateSha256, QUrl *completion)
{
    ShellBrowserDialog dialog(m_window);
    // The certificate the user confirmed for the vault is not asked again.
    if (!certificateSha256.isEmpty())
        dialog.page()->trustFingerprint(certificateSha256);
    emit shellOpened(&dialog);
    dialog.load(url);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *completion = dialog.completionUrl();
    return true;
}

bool VaultSession::writeRecords(const QUuid &personId, const QString &personName,
    const QList<protocol::AuthorizedRecord> &records, QString *problem)
{
    for (const protocol::AuthorizedRecord &authorized : records) {
        RecordRow row = SyncEngine::recordRow(personId, personName, authorized);
        // The picture is chosen on this computer; the vault does not know it.
        for (qint64 after = 0;;) {
            const QList<RecordRow> known = m_store->records(after, 100);
            if (known.isEmpty())
                break;
            for (const RecordRow &local : known)
                if (local.recordId == row.recordId)
                    row.pictureThingId = local.pictureThingId;
            after = known.constLast().id;
        }
        StoreError error;
        if (!m_store->putRecord(row, &error)) {
            *problem = error.message;
            return false;
        }
    }
    return true;
}

bool VaultSession::readRecords(QString *problem)
{
    protocol::PlatformClient client(m_credentials->platformUrl, m_clock);
    client.setApplication(m_credentials->instanceId, m_credentials->appSecret);
    client.setPersonId(m_credentials->personId);
    client.setTrustedCertificate(m_credentials->certificateSha256);
    protocol::GetAuthorizedPeople people;
    const PlatformError error = client.execute(people);
    if (!error.isOk()) {
        *problem = error.message;
        return false;
    }
    for (const protocol::AuthorizedPerson &person : std::as_const(people.people))
        if (person.personId == m_credentials->personId)
            return writeRecords(person.personId, person.name, person.records, problem);
    return true;
}

bool VaultSession::authorizeMoreRecords()
{
    if (!m_credentials)
        return false;
    protocol::PlatformClient anonymous(m_credentials->platformUrl, m_clock);
    anonymous.setTrustedCertificate(m_credentials->certificateSha256);
    protocol::GetServiceDefinition definition;
    PlatformError error;
    {
        BusyCursor busy;
        error = anonymous.execute(definition);
    }
    if (!error.isOk()) {
        fail(tr("Authorize another record"),
            tr("The vault could not be reached: %1").arg(error.message));
        return false;
    }
    QUrl completion;
    if (!runShell(SodaSignIn::appAuthUrl(definition.shellUrl, m_credentials->instanceId),
            m_credentials->certificateSha256, &completion))
        return false;
    QString problem;
    bool read = false;
    {
        BusyCursor busy;
        read = readRecords(&problem);
    }
    if (!read) {
        fail(tr("Authorize another record"),
            tr("The records could not be read again: %1").arg(problem));
        return false;
    }
    emit storeChanged();
    syncNow();
    return true;
}

bool VaultSession::signOut()
{
    if (!m_credentials)
        return false;
    const int pending = int(m_store->pendingChanges(100000).size());
    QString question = tr("Sign out of the vault at %1? Hearth stops syncing and the vault "
                          "no longer lets this computer read your records.")
                           .arg(m_credentials->platformUrl.host());
    if (pending > 0)
        question += QLatin1Char(' ')
            + tr("%n change(s) made here have not reached the vault and will not be sent.", nullptr,
                pending);
    if (!ask(tr("Sign out of this vault"), question))
        return false;
    stopSync();

    // Remove this app instance's authorization for every record it holds.
    protocol::PlatformClient client(m_credentials->platformUrl, m_clock);
    client.setApplication(m_credentials->instanceId, m_credentials->appSecret);
    client.setPersonId(m_credentials->personId);
    client.setTrustedCertificate(m_credentials->certificateSha256);
    PlatformError error;
    {
        BusyCursor busy;
        protocol::GetAuthorizedPeople people;
        error = client.execute(people);
        for (const protocol::AuthorizedPerson &person : std::as_const(people.people)) {
            if (person.personId != m_credentials->personId)
                continue;
            for (const protocol::AuthorizedRecord &record : person.records) {
                if (!error.isOk())
                    break;
                protocol::RemoveApplicationRecordAuthorization remove;
                remove.recordId = record.id;
                error = client.execute(remove);
            }
        }
    }
    if (!error.isOk()
        && !ask(tr("Sign out of this vault"),
            tr("The vault could not be told (%1). Forget the sign-in on this computer anyway? "
               "The vault then still lists Hearth as allowed until you remove it there.")
                .arg(error.message))) {
        startSync();
        return false;
    }

    QString problem;
    if (!VaultCredentials::forget(*m_keychain, m_profileId, &problem))
        fail(tr("Sign out of this vault"),
            tr("The sign-in could not be removed from the system keychain: %1").arg(problem));

    const QUuid personId = m_credentials->personId;
    m_credentials.reset();
    updateActions();
    emit signedInChanged(false);

    QList<qint64> fromVault;
    for (qint64 after = 0;;) {
        const QList<RecordRow> page = m_store->records(after, 100);
        if (page.isEmpty())
            break;
        for (const RecordRow &row : page)
            if (row.personId == personId)
                fromVault << row.id;
        after = page.constLast().id;
    }
    if (!fromVault.isEmpty()
        && ask(tr("Sign out of this vault"),
            tr("Delete the %n record(s) from the vault from this computer too? They stay in "
               "the vault.",
                nullptr, int(fromVault.size())))) {
        for (qint64 id : std::as_const(fromVault)) {
            StoreError storeError;
            if (!m_store->removeRecord(id, &storeError)) {
                fail(tr("Sign out of this vault"),
                    tr("A record could not be deleted: %1").arg(storeError.message));
                break;
            }
        }
    }
    qCInfo(lcApp) << "signed out of the vault";
    emit storeChanged();
    return true;
}

void VaultSession::syncNow()
{
    if (m_sync)
        m_sync->syncNow();
}

void VaultSession::resolve(qint64 conflictId, SyncEngine::Resolution resolution)
{
    if (m_sync)
        m_sync->resolve(conflictId, resolution);
}

void VaultSession::setSchedule(int intervalMs, int minBackoffMs, int maxBackoffMs)
{
    m_intervalMs = intervalMs;
    m_minBackoffMs = minBackoffMs;
    m_maxBackoffMs = maxBackoffMs;
    if (m_sync)
        m_sync->setSchedule(intervalMs, minBackoffMs, maxBackoffMs);
}

void VaultSession::startSync()
{
    stopSync();
    SyncService::Connection connection { m_credentials->platformUrl, m_credentials->instanceId,
        m_credentials->appSecret, m_credentials->personId, m_credentials->certificateSha256 };
    m_sync = std::make_unique<SyncService>(m_storeFile, m_storeKey, connection, m_clock);
    m_sync->setSchedule(m_intervalMs, m_minBackoffMs, m_maxBackoffMs);
    connect(m_sync.get(), &SyncService::stateChanged, this, &VaultSession::stateChanged);
    connect(m_sync.get(), &SyncService::progressChanged, this, &VaultSession::progressChanged);
    connect(m_sync.get(), &SyncService::finished, this,
        [this](bool ok, const QString &message, int nextDelayMs) {
            // The worker wrote through its own connection, which the UI's
            // models do not hear.
            emit storeChanged();
            emit syncFinished(ok, message, nextDelayMs);
        });
    updateActions();
    m_sync->start();
}

void VaultSession::stopSync()
{
    // Waits for a pass in progress: it ends at the vault's next answer.
    m_sync.reset();
    updateActions();
}

void VaultSession::fail(const QString &title, const QString &message)
{
    emit failed(message);
    QMessageBox::warning(m_window, title, message);
}

bool VaultSession::ask(const QString &title, const QString &question)
{
    return QMessageBox::question(
               m_window, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace hearth::ui
