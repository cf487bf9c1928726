#pragma once

#include "core/protocol/PlatformMethods.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/VaultCredentials.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace hearth {
class Clock;
class KeychainAccess;
class Store;
class SyncService;
} // namespace hearth

namespace hearth::ui {

class ShellBrowserDialog;

// The app's connection to a vault: signs in through the vault's shell pages
// in an embedded browser, keeps the sign-in in the OS keychain (never in
// settings), runs the SyncService, authorizes more records and signs out.
// Problems are shown to the user in message boxes on the window.
class VaultSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        Store *store = nullptr; // the UI's connection
        QString storeFile; // for the sync thread's own connection
        QByteArray storeKey;
        QUuid profileId; // names the keychain entry
        KeychainAccess *keychain = nullptr;
        const Clock *clock = nullptr; // Clock::system() when null
    };

    // `window` is the parent of the dialogs; all must outlive the session.
    VaultSession(const Options &options, QWidget *window);
    ~VaultSession() override;

    // Starts syncing with the sign-in the keychain holds for this profile;
    // false (quietly) when there is none or it cannot be read.
    bool resume();
    bool isSignedIn() const { return m_credentials.has_value(); }
    // The vault's platform address while signed in.
    QUrl platformUrl() const;

    // The Vault menu's entries, enabled by the state.
    void addActions(QMenu *menu);
    QAction *signInAction() const { return m_signIn; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *authorizeAction() const { return m_authorize; }
    QAction *signOutAction() const { return m_signOut; }

    // "Sign in to a vault...": asks for the address (a vault on this
    // computer by default), then signInTo.
    void signIn();
    // Creates an app instance on the vault, shows its shell pages, and when
    // they complete keeps the sign-in, writes the authorized records and
    // starts syncing. False when cancelled or failed (the failure was shown).
    bool signInTo(const QUrl &address);
    // Shows the shell's page for choosing which records Hearth may use, then
    // reads the authorized records again and syncs.
    bool authorizeMoreRecords();
    // Asks, removes Hearth's authorization on the vault, forgets the sign-in
    // and, after asking again, deletes the vault's records on this computer.
    bool signOut();
    void syncNow();
    void resolve(qint64 conflictId, hearth::SyncEngine::Resolution resolution);

    // The schedule of the sync service (see SyncService::setSchedule).
    void setSchedule(int intervalMs, int minBackoffMs, int maxBackoffMs);
    SyncService *syncService() const { return m_sync.get(); }

    // A vault on this computer at its default address when it answers on
    // /health within `timeoutMs`; empty otherwise.
    static QUrl localVault(int timeoutMs = 1000);
    // What a person types ("vault.home:8443", "http://127.0.0.1:8080", or a
    // platform address) as the platform address; invalid when unusable.
    static QUrl platformAddress(const QString &typed);

signals:
    void signedInChanged(bool signedIn);
    // A shell dialog is about to load its first page (tests drive it).
    void shellOpened(hearth::ui::ShellBrowserDialog *dialog);
    void stateChanged(hearth::SyncEngine::State state, int pending, int conflicts);
    void progressChanged(const hearth::SyncEngine::Progress &progress);
    // After each sync pass; `message` is empty on success.
    void syncFinished(bool ok, const QString &message, int nextDelayMs);
    // Another connection (the sync thread, sign-out) changed the store:
    // views reload from it.
    void storeChanged();
    // Every failure shown to the user, also as a signal.
    void failed(const QString &message);

private:
    bool runShell(const QUrl &url, const QByteArray &certificateSha256, QUrl *completion);
    bool readRecords(QString *problem);
    bool writeRecords(const QUuid &personId, const QString &personName,
        const QList<protocol::AuthorizedRecord> &records, QString *problem);
    void startSync();
    void stopSync();
    void fail(const QString &title, const QString &message);
    bool ask(const QString &title, const QString &question);
    void updateActions();

    Store *m_store;
    QString m_storeFile;
    QByteArray m_storeKey;
    QUuid m_profileId;
    KeychainAccess *m_keychain;
    const Clock &m_clock;
    QPointer<QWidget> m_window;
    std::optional<VaultCredentials> m_credentials;
    std::unique_ptr<SyncService> m_sync;
    int m_intervalMs = 15 * 60 * 1000;
    int m_minBackoffMs = 5000;
    int m_maxBackoffMs = 10 * 60 * 1000;
    QAction *m_signIn;
    QAction *m_syncNow;
    QAction *m_authorize;
    QAction *m_signOut;
};

} // namespace hearth::ui
