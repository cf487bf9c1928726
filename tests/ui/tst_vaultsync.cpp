// The whole vault story with real parts: a real hearth-vault on loopback,
// the embedded browser filled through runJavaScript, the OS keychain
// (gnome-keyring from scripts/test-session.sh), the main window with its
// Vault menu and status bar, edits made through the editors' repository
// while the vault is down, and sign-out.

#include "core/Clock.h"
#include "core/Settings.h"
#include "core/secrets/Keychain.h"
#include "core/store/Store.h"
#include "core/store/ThingIndex.h"
#include "core/sync/VaultCredentials.h"
#include "core/thing/Medication.h"
#include "tests/common/Screenshot.h"
#include "tests/common/VaultFixture.h"
#include "ui/MainWindow.h"
#include "ui/Navigator.h"
#include "ui/RecordSwitcher.h"
#include "ui/editors/ThingEditing.h"
#include "ui/editors/ThingRepository.h"
#include "ui/firstrun/DemoRecord.h"
#include "ui/pages/ThingListPage.h"
#include "ui/pages/ThingTableModel.h"
#include "ui/signin/ShellBrowserDialog.h"
#include "ui/signin/ShellPage.h"
#include "ui/signin/VaultSession.h"
#include "ui/sync/ConflictDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace hearth;
using hearth::test::VaultFixture;
using hearth::ui::ConflictDialog;
using hearth::ui::MainWindow;
using hearth::ui::ShellBrowserDialog;
using hearth::ui::ShellPage;
using hearth::ui::ThingTableModel;
using hearth::ui::VaultSession;

namespace {

const QString kPassword = QStringLiteral("a long test password"); // VaultFixture's

// Fills whatever shell page the dialog shows: the sign-in form, then the
// record choice (only `records` checked), as a person would.
class ShellDriver : public QObject
{
public:
    QString email;
    QStringList records;
    QStringList pagesSeen;

    void attach(ShellBrowserDialog *dialog)
    {
        connect(dialog->view(), &QWebEngineView::loadFinished, this, [this, dialog](bool ok) {
            if (!ok)
                return;
            const QString path = dialog->view()->url().path();
            pagesSeen << path;
            QString script;
            if (path == QLatin1String("/shell/signin")) {
                script = QStringLiteral("document.getElementById('email').value = '%1';"
                                        "document.getElementById('password').value = '%2';"
                                        "document.querySelector('button[type=submit]').click();")
                             .arg(email, kPassword);
            } else if (path == QLatin1String("/shell/createapplication")
                || path == QLatin1String("/shell/appauth")) {
                script = QStringLiteral(
                    "var wanted = %1;"
                    "document.querySelectorAll('input[name=record]').forEach(function (box) {"
                    "  box.checked = wanted.indexOf(box.value) >= 0; });"
                    "document.querySelector('button[type=submit]').click();")
                             .arg(QStringLiteral("['") + records.join(QStringLiteral("','"))
                                 + QStringLiteral("']"));
            }
            if (!script.isEmpty())
                // An isolated world: the shell's Content-Security-Policy
                // governs the page's own scripts, not the embedder's.
                dialog->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld);
        });
    }
};

// Answers the next question boxes with Yes (sign-out asks twice).
class QuestionAnswerer : public QObject
{
public:
    QStringList questions;

    QuestionAnswerer()
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            questions << box->text();
            if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                yes->click();
            else
                box->reject();
        });
        timer->start(50);
    }
};

double kgOf(const QByteArray &dataXml);

QList<double> vaultWeights(VaultFixture &vault, const QUuid &recordId)
{
    QList<double> values;
    for (const vault::ThingVersion &t : vault.vaultThings(recordId)) {
        values << kgOf(t.dataXml);
    }
    std::sort(values.begin(), values.end());
    return values;
}

Thing newWeight(int hour, double kg)
{
    Thing thing;
    thing.setTypeId(test::kWeightType);
    thing.setDataXml(test::weightData(hour, kg));
    thing.setEffectiveDate(
        QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(hour) * 3600));
    return thing;
}

double kgOf(const QByteArray &dataXml)
{
    const qsizetype from = dataXml.indexOf("<kg>") + 4;
    return dataXml.mid(from, dataXml.indexOf("</kg>") - from).toDouble();
}

class FakeKeychain : public KeychainAccess
{
public:
    QMap<QString, QByteArray> entries;
    std::optional<QByteArray> read(const QString &entry, QString *error) override
    {
        if (!entries.contains(entry)) {
            *error = QStringLiteral("no entry");
            return std::nullopt;
        }
        return entries.value(entry);
    }
    bool write(const QString &entry, const QByteArray &secret, QString *) override
    {
        entries.insert(entry, secret);
        return true;
    }
    bool remove(const QString &entry, QString *) override { return entries.remove(entry) > 0; }
};

qint64 storeRowOf(Store &store, const QUuid &recordId)
{
    for (const RecordRow &row : store.records(0, 100))
        if (row.recordId == recordId)
            return row.id;
    return 0;
}

} // namespace

class TestVaultSync : public QObject
{
    Q_OBJECT
private slots:
    void signInSyncEditOfflineAndSignOut()
    {
        // The vault: one account with two records holding a few weights.
        VaultFixture vault;
        const auto ada = vault.addPerson(QStringLiteral("ada@example.org"));
        const VaultFixture::Person adaChild { ada.personId,
            vault.store().createRecord(ada.personId, QStringLiteral("Ada's child")) };
        const auto seeder = vault.authorize(ada);
        const auto seeded = vault.seedWeights(ada, seeder, 5);
        vault.seedWeights(adaChild, seeder, 3, 100);
        QVERIFY(vault.start());

        // Hearth: an empty profile store, the window, the session.
        QTemporaryDir dir;
        StoreError error;
        const QByteArray key(32, '\x2a');
        const QString storeFile = dir.filePath(QStringLiteral("hearth.db"));
        auto store = Store::open(storeFile, key, Clock::system(), &error);
        QVERIFY2(store, qPrintable(error.message));
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        Keychain keychain(QStringLiteral("HearthTest"));
        const QUuid profileId = QUuid::createUuid();
        MainWindow window(&settings, store.get());
        VaultSession::Options options;
        options.store = store.get();
        options.storeFile = storeFile;
        options.storeKey = key;
        options.profileId = profileId;
        options.keychain = &keychain;
        auto *session = new VaultSession(options, &window);
        session->setSchedule(60 * 60 * 1000, 50, 200);
        window.setVaultSession(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *syncState = window.findChild<QLabel *>(QStringLiteral("syncState"));
        auto *pending = window.findChild<QLabel *>(QStringLiteral("pendingChanges"));
        QCOMPARE(syncState->text(), QStringLiteral("On this computer only"));
        QVERIFY(session->signInAction()->isEnabled());
        QVERIFY(!session->syncNowAction()->isEnabled());

        // Sign in through the shell pages, authorizing the first record.
        ShellDriver driver;
        driver.email = QStringLiteral("ada@example.org");
        driver.records = QStringList { ada.recordId.toString(QUuid::WithoutBraces) };
        connect(session, &VaultSession::shellOpened, &driver, &ShellDriver::attach);
        QSignalSpy finished(session, &VaultSession::syncFinished);
        QVERIFY(session->signInTo(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(vault.port()))));
        QCOMPARE(driver.pagesSeen,
            QStringList(
                { QStringLiteral("/shell/signin"), QStringLiteral("/shell/createapplication") }));
        QVERIFY(session->isSignedIn());
        QVERIFY(!session->signInAction()->isEnabled());
        QVERIFY(session->signOutAction()->isEnabled());

        // The sign-in is in the keychain, nowhere in the settings.
        QString problem;
        const auto saved = VaultCredentials::load(keychain, profileId, &problem);
        QVERIFY2(saved, qPrintable(problem));
        QCOMPARE(saved->personId, ada.personId);
        QCOMPARE(vault.store().authorizedRecords(saved->instanceId, ada.personId),
            QList<QUuid> { ada.recordId });
        settings.sync();
        QFile settingsFile(dir.filePath(QStringLiteral("settings.ini")));
        if (settingsFile.open(QIODevice::ReadOnly))
            QVERIFY(!settingsFile.readAll().contains(saved->appSecret.toBase64()));

        // The first sync brings the record's things; the window shows them.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(store->countThings(ThingQuery {}), 5);
        QCOMPARE(window.recordSwitcher()->recordList()->count(), 1);
        QVERIFY2(syncState->text().startsWith(QStringLiteral("Up to date")),
            qPrintable(syncState->text()));

        // Authorize another record: the APPAUTH page, then the list and a sync.
        driver.pagesSeen.clear();
        driver.records << adaChild.recordId.toString(QUuid::WithoutBraces);
        finished.clear();
        QVERIFY(session->authorizeMoreRecords());
        QCOMPARE(driver.pagesSeen,
            QStringList({ QStringLiteral("/shell/signin"), QStringLiteral("/shell/appauth") }));
        QCOMPARE(window.recordSwitcher()->recordList()->count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(store->countThings(ThingQuery {}), 8);

        // The signed-in window, for people to look at.
        const auto *vaultMenu = window.vaultMenu();
        QVERIFY(vaultMenu && vaultMenu->menuAction()->isVisible());
        QVERIFY(window.menuBar()->actions().contains(vaultMenu->menuAction()));
        for (const char *name : { "syncState", "pendingChanges", "recordSwitcher", "navigator" }) {
            auto *widget = window.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(widget && widget->isVisible(), name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        QTest::qWait(100);
        const QImage shot
            = hearth::test::saveScreenshot(&window, QStringLiteral("vault-signed-in"));
        QVERIFY(!shot.isNull());
        QVERIFY(hearth::test::distinctColours(shot) > 20);
        QMenu *menu = window.vaultMenu();
        menu->popup(window.mapToGlobal(QPoint(40, 40)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QStringList entries;
        for (QAction *action : menu->actions())
            if (!action->isSeparator() && action->isEnabled())
                entries << action->objectName();
        QCOMPARE(entries,
            QStringList({ QStringLiteral("syncNowAction"), QStringLiteral("authorizeAction"),
                QStringLiteral("signOutAction") }));
        QTest::qWait(100);
        QVERIFY(!hearth::test::saveScreenshot(menu, QStringLiteral("vault-menu")).isNull());
        menu->hide();

        // Offline: edits through the repository the editors use.
        vault.stop();
        const qint64 first = storeRowOf(*store, ada.recordId);
        const qint64 second = storeRowOf(*store, adaChild.recordId);
        window.showRecord(first);
        ui::ThingRepository *repository = window.editing()->repository();
        QVERIFY(repository->put(newWeight(500, 81.5)));
        std::optional<Thing> edited = store->loadThing(seeded.at(1).thingId, &error);
        QVERIFY(edited);
        edited->setDataXml(test::weightData(1, 85.5));
        QVERIFY(repository->put(*edited));
        QVERIFY(repository->remove(seeded.at(2).thingId));
        window.showRecord(second);
        QVERIFY(repository->put(newWeight(600, 42.5)));
        QVERIFY2(
            pending->text().startsWith(QStringLiteral("4 change")), qPrintable(pending->text()));

        finished.clear();
        session->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QVERIFY(!finished.last().at(0).toBool());
        // Retries every 200 ms show "Syncing..." for a moment each.
        QTRY_VERIFY2_WITH_TIMEOUT(syncState->text().startsWith(QStringLiteral("Offline")),
            qPrintable(syncState->text()), 5000);
        QVERIFY2(
            pending->text().startsWith(QStringLiteral("4 change")), qPrintable(pending->text()));

        // Back online: every edit arrives.
        QVERIFY(vault.start());
        QTRY_VERIFY_WITH_TIMEOUT(
            !finished.isEmpty() && finished.last().at(0).toBool(), 20000); // the backoff retry
        QCOMPARE(pending->text(), QStringLiteral("No changes waiting"));
        QVERIFY2(syncState->text().startsWith(QStringLiteral("Up to date")),
            qPrintable(syncState->text()));
        const QList<double> firstRecord = vaultWeights(vault, ada.recordId);
        QCOMPARE(firstRecord.size(), 5 - 1 + 1);
        QVERIFY(firstRecord.contains(81.5));
        QVERIFY(firstRecord.contains(85.5));
        QVERIFY(vault.store().currentVersion(ada.recordId, seeded.at(2).thingId)->deleted);
        const QList<double> secondRecord = vaultWeights(vault, adaChild.recordId);
        QCOMPARE(secondRecord.size(), 3 + 1);
        QVERIFY(secondRecord.contains(42.5));
        QCOMPARE(store->countThings(ThingQuery {}), 5 + 4);

        // Sign out: the vault forgets the instance, the keychain the entry,
        // and (asked) this computer the records.
        QuestionAnswerer answerer;
        QVERIFY(session->signOut());
        QCOMPARE(answerer.questions.size(), 2);
        QVERIFY(!session->isSignedIn());
        QVERIFY(vault.store().authorizedRecords(saved->instanceId, ada.personId).isEmpty());
        QVERIFY(!VaultCredentials::load(keychain, profileId, &problem));
        QVERIFY(store->records(0, 10).isEmpty());
        QCOMPARE(store->countThings(ThingQuery {}), 0);
        QCOMPARE(window.recordSwitcher()->recordList()->count(), 0);
        QCOMPARE(syncState->text(), QStringLiteral("On this computer only"));
        QVERIFY(session->signInAction()->isEnabled());
    }

    void conflictsAreResolvedFromTheStatusBar()
    {
        VaultFixture vault;
        const auto bo = vault.addPerson(QStringLiteral("bo@example.org"));
        const auto instance = vault.authorize(bo);
        const auto seeded = vault.seedWeights(bo, instance, 4);
        QVERIFY(vault.start());

        // A profile signed in earlier: its sign-in is in the keychain.
        QTemporaryDir dir;
        StoreError error;
        const QByteArray key(32, '\x2b');
        const QString storeFile = dir.filePath(QStringLiteral("hearth.db"));
        auto store = Store::open(storeFile, key, Clock::system(), &error);
        QVERIFY2(store, qPrintable(error.message));
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        FakeKeychain keychain;
        const QUuid profileId = QUuid::createUuid();
        const VaultCredentials credentials { vault.platformUrl(), instance.instanceId,
            instance.secret, bo.personId, {} };
        QString problem;
        QVERIFY(credentials.save(keychain, profileId, &problem));
        // A record kept on this computer only, with an edit queued: the
        // vault does not hold it, so the sync steps over its change.
        RecordRow local;
        local.recordId = QUuid::createUuid();
        local.personId = QUuid::createUuid();
        local.displayName = QStringLiteral("On this computer");
        QVERIFY(store->putRecord(local, &error));
        MainWindow window(&settings, store.get());
        QVERIFY(window.editing()->repository()->put(newWeight(700, 55.5)));
        VaultSession::Options options;
        options.store = store.get();
        options.storeFile = storeFile;
        options.storeKey = key;
        options.profileId = profileId;
        options.keychain = &keychain;
        auto *session = new VaultSession(options, &window);
        session->setSchedule(60 * 60 * 1000, 50, 200);
        window.setVaultSession(session);
        window.show();
        QSignalSpy finished(session, &VaultSession::syncFinished);
        QVERIFY(session->resume());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(store->countThings(ThingQuery {}), 1 + 4);

        // Three weights changed here and, differently, in the vault.
        ui::ThingRepository *repository = window.editing()->repository();
        vault::Audit audit;
        audit.appId = instance.instanceId;
        audit.personId = bo.personId;
        audit.action = QStringLiteral("Updated");
        audit.timestamp = QDateTime::currentDateTimeUtc();
        QList<vault::ThingWrite> writes;
        for (int i = 0; i < 3; ++i) {
            std::optional<Thing> mine = store->loadThing(seeded.at(i).thingId, &error);
            QVERIFY(mine);
            mine->setDataXml(test::weightData(i, 70.5 + i));
            QVERIFY(repository->put(*mine));
            vault::ThingWrite theirs;
            theirs.thingId = seeded.at(i).thingId;
            theirs.versionStamp = seeded.at(i).versionStamp;
            theirs.typeId = test::kWeightType;
            theirs.effDate = seeded.at(i).effDate;
            theirs.dataXml = test::weightData(i, 90.5 + i);
            writes << theirs;
        }
        QList<vault::ThingVersion> written;
        int failed = -1;
        vault.store().writeThings(bo.recordId, writes, audit, &written, &failed);
        QCOMPARE(written.size(), 3);

        finished.clear();
        session->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QLabel *conflicts = window.conflictsLabel();
        QVERIFY(conflicts->isVisible());
        QVERIFY2(conflicts->text().contains(QStringLiteral("3 conflict")),
            qPrintable(conflicts->text()));

        // The link opens the dialog; each choice is made with its button.
        QUuid theirsKept, mineKept, bothKept;
        int shown = -1;
        connect(&window, &MainWindow::conflictDialogOpened, this, [&](ConflictDialog *dialog) {
            QTimer::singleShot(0, dialog, [&, dialog] {
                shown = dialog->count();
                for (const char *name : { "conflictList", "conflictMine", "conflictTheirs",
                         "keepMine", "keepTheirs", "keepBoth" }) {
                    auto *widget = dialog->findChild<QWidget *>(QLatin1String(name));
                    if (!widget || !widget->isVisible() || widget->accessibleName().isEmpty())
                        shown = -2;
                }
                hearth::test::saveScreenshot(dialog, QStringLiteral("vault-conflicts"));
                const std::pair<QPushButton *, QUuid *> steps[] = {
                    { dialog->keepTheirsButton(), &theirsKept },
                    { dialog->keepMineButton(), &mineKept },
                    { dialog->keepBothButton(), &bothKept },
                };
                for (const auto &[button, kept] : steps) {
                    const int before = dialog->count();
                    dialog->list()->setCurrentRow(0);
                    *kept = dialog->conflicts().at(0).thingId;
                    if (!button->isEnabled())
                        break;
                    QTest::mouseClick(button, Qt::LeftButton);
                    if (!QTest::qWaitFor([&] { return dialog->count() == before - 1; }, 20000))
                        break;
                }
                dialog->accept();
            });
        });
        emit conflicts->linkActivated(QStringLiteral("#conflicts"));
        QCOMPARE(shown, 3);
        QVERIFY(!conflicts->isVisible());

        const auto storeKg = [&](const QUuid &id) {
            const std::optional<Thing> thing = store->loadThing(id, &error);
            return thing ? kgOf(thing->dataXml()) : -1.0;
        };
        const auto vaultKg = [&](const QUuid &id) {
            const auto version = vault.store().currentVersion(bo.recordId, id);
            return version ? kgOf(version->dataXml) : -1.0;
        };
        const auto indexOf = [&](const QUuid &id) {
            for (int i = 0; i < seeded.size(); ++i)
                if (seeded.at(i).thingId == id)
                    return i;
            return -1;
        };
        QVERIFY(!theirsKept.isNull() && !mineKept.isNull() && !bothKept.isNull());
        // Keep theirs: the vault's version here too.
        QCOMPARE(storeKg(theirsKept), 90.5 + indexOf(theirsKept));
        QCOMPARE(vaultKg(theirsKept), 90.5 + indexOf(theirsKept));
        // Keep mine: my version went to the vault.
        QCOMPARE(vaultKg(mineKept), 70.5 + indexOf(mineKept));
        QCOMPARE(storeKg(mineKept), 70.5 + indexOf(mineKept));
        // Keep both: theirs under its id, mine as a new thing on both sides.
        QCOMPARE(vaultKg(bothKept), 90.5 + indexOf(bothKept));
        const QList<double> all = vaultWeights(vault, bo.recordId);
        QCOMPARE(all.size(), 5);
        QVERIFY(all.contains(70.5 + indexOf(bothKept)));
        QVERIFY(!all.contains(55.5));
        QCOMPARE(store->countThings(ThingQuery {}), 1 + 5);
        // Only the local record's change is left.
        QCOMPARE(store->pendingChanges(10).size(), 1);
    }

    void aSelfSignedVaultIsTrustedByItsConfirmedFingerprint()
    {
        QTemporaryDir tmp;
        const QString certPath = tmp.filePath(QStringLiteral("vault.crt"));
        const QString keyPath = tmp.filePath(QStringLiteral("vault.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath });
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath);
        QCOMPARE(certificates.size(), 1);
        const QByteArray fingerprint = certificates.first().digest(QCryptographicHash::Sha256);

        VaultFixture vault;
        const auto cy = vault.addPerson(QStringLiteral("cy@example.org"));
        vault.seedWeights(cy, vault.authorize(cy), 2);
        vault.useTls(certPath, keyPath);
        QVERIFY(vault.start());
        QCOMPARE(vault.platformUrl().scheme(), QStringLiteral("https"));

        QTemporaryDir dir;
        StoreError error;
        const QByteArray key(32, '\x2d');
        const QString storeFile = dir.filePath(QStringLiteral("hearth.db"));
        auto store = Store::open(storeFile, key, Clock::system(), &error);
        QVERIFY2(store, qPrintable(error.message));
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        FakeKeychain keychain;
        const QUuid profileId = QUuid::createUuid();
        MainWindow window(&settings, store.get());
        VaultSession::Options options;
        options.store = store.get();
        options.storeFile = storeFile;
        options.storeKey = key;
        options.profileId = profileId;
        options.keychain = &keychain;
        auto *session = new VaultSession(options, &window);
        session->setSchedule(60 * 60 * 1000, 50, 200);
        window.setVaultSession(session);
        window.show();

        ShellDriver driver;
        driver.email = QStringLiteral("cy@example.org");
        driver.records = QStringList { cy.recordId.toString(QUuid::WithoutBraces) };
        connect(session, &VaultSession::shellOpened, &driver, &ShellDriver::attach);
        QSignalSpy finished(session, &VaultSession::syncFinished);
        QuestionAnswerer answerer;
        QVERIFY(session->signInTo(vault.platformUrl()));
        // Asked once, with the certificate's fingerprint; the browser then
        // trusts the same certificate without asking again.
        QCOMPARE(answerer.questions.size(), 1);
        QVERIFY2(answerer.questions.first().contains(ShellPage::formatFingerprint(fingerprint)),
            qPrintable(answerer.questions.first()));
        QCOMPARE(driver.pagesSeen,
            QStringList(
                { QStringLiteral("/shell/signin"), QStringLiteral("/shell/createapplication") }));
        QString problem;
        const auto saved = VaultCredentials::load(keychain, profileId, &problem);
        QVERIFY2(saved, qPrintable(problem));
        QCOMPARE(saved->certificateSha256, fingerprint);

        // The sync thread reaches the vault through the pinned certificate.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(store->countThings(ThingQuery {}), 2);
    }

    void refusingTheCertificateSignsNothingIn()
    {
        QTemporaryDir tmp;
        const QString certPath = tmp.filePath(QStringLiteral("vault.crt"));
        const QString keyPath = tmp.filePath(QStringLiteral("vault.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath });
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        VaultFixture vault;
        vault.useTls(certPath, keyPath);
        QVERIFY(vault.start());

        QTemporaryDir dir;
        StoreError error;
        auto store = Store::open(dir.filePath(QStringLiteral("hearth.db")), QByteArray(32, '\x2e'),
            Clock::system(), &error);
        QVERIFY2(store, qPrintable(error.message));
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        FakeKeychain keychain;
        MainWindow window(&settings, store.get());
        VaultSession::Options options;
        options.store = store.get();
        options.storeFile = store->fileName();
        options.storeKey = QByteArray(32, '\x2e');
        options.profileId = QUuid::createUuid();
        options.keychain = &keychain;
        auto *session = new VaultSession(options, &window);
        QSignalSpy failed(session, &VaultSession::failed);
        QSignalSpy opened(session, &VaultSession::shellOpened);
        // No to the fingerprint, then OK on the error.
        auto *timer = new QTimer(&window);
        connect(timer, &QTimer::timeout, &window, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                if (QAbstractButton *no = box->button(QMessageBox::No))
                    no->click();
                else
                    box->accept();
            }
        });
        timer->start(50);
        QVERIFY(!session->signInTo(vault.platformUrl()));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(opened.size(), 0);
        QVERIFY(!session->isSignedIn());
        QVERIFY(keychain.entries.isEmpty());
    }

    void theWindowFollowsWritesOfTheSyncConnection()
    {
        QTemporaryDir dir;
        StoreError error;
        const QByteArray key(32, '\x2c');
        const QString storeFile = dir.filePath(QStringLiteral("hearth.db"));
        auto store = Store::open(storeFile, key, Clock::system(), &error);
        QVERIFY2(store, qPrintable(error.message));
        const auto demo = ui::DemoRecord::create(
            store.get(), QStringLiteral("Alex Example"), QDate(2025, 6, 1), &error);
        QVERIFY2(demo, qPrintable(error.message));
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(&settings, store.get());
        window.show();
        window.navigator()->setCurrentPage(ui::Navigator::Page::Medications);
        ui::ThingListPage *list = window.listPage(int(ui::Navigator::Page::Medications));
        const int before = list->visibleRows();
        QVERIFY(before >= 2);
        list->view()->setCurrentIndex(list->view()->model()->index(1, 0));
        const QUuid selected
            = list->view()->currentIndex().data(ThingTableModel::ThingIdRole).toUuid();
        QVERIFY(!selected.isNull());

        // The sync thread's connection adds a medication and a record; the
        // window's store hears nothing of it.
        auto other = Store::open(storeFile, key, Clock::system(), &error);
        QVERIFY2(other, qPrintable(error.message));
        ThingQuery medications;
        medications.record = *demo;
        medications.types = { Medication::typeId() };
        const QList<ThingRow> rows = other->things(medications, {}, 0, 1, true);
        std::optional<Thing> copy = Thing::fromXml(rows.first().xml);
        QVERIFY(copy);
        copy->setKey(QUuid::createUuid(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        ThingRow row = ThingIndex::rowFor(*demo, *copy, QDateTime::currentDateTimeUtc());
        row.xml = copy->toXml();
        QVERIFY(other->putThing(row, &error));
        RecordRow child;
        child.recordId = QUuid::createUuid();
        child.personId = QUuid::createUuid();
        child.displayName = QStringLiteral("Mia Example");
        QVERIFY(other->putRecord(child, &error));
        QCOMPARE(list->visibleRows(), before);
        QCOMPARE(window.recordSwitcher()->recordList()->count(), 1);

        window.reloadFromStore();
        QCOMPARE(list->visibleRows(), before + 1);
        QCOMPARE(window.recordSwitcher()->recordList()->count(), 2);
        QCOMPARE(window.recordSwitcher()->currentRecord(), *demo);
        QCOMPARE(
            list->view()->currentIndex().data(ThingTableModel::ThingIdRole).toUuid(), selected);
    }

    void addressesPeopleType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("platform");
        QTest::newRow("local") << "http://127.0.0.1:8080"
                               << "http://127.0.0.1:8080/platform/wildcat.ashx";
        QTest::newRow("local without scheme") << "127.0.0.1:8080"
                                              << "http://127.0.0.1:8080/platform/wildcat.ashx";
        QTest::newRow("remote without scheme") << "vault.home:8443"
                                               << "https://vault.home:8443/platform/wildcat.ashx";
        QTest::newRow("platform address") << "https://v.example.org/platform/wildcat.ashx"
                                          << "https://v.example.org/platform/wildcat.ashx";
        QTest::newRow("empty") << "  "
                               << "";
        QTest::newRow("other scheme") << "ftp://v.example.org"
                                      << "";
    }
    void addressesPeopleType()
    {
        QFETCH(QString, typed);
        QFETCH(QString, platform);
        QCOMPARE(VaultSession::platformAddress(typed).toString(), platform);
    }
};

QTEST_MAIN(TestVaultSync)
#include "tst_vaultsync.moc"
