#include "core/store/Profile.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/store/KeychainAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <openssl/crypto.h>

namespace hearth {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::Profile", text);
}

QString keychainEntry(const QString &profileId)
{
    return QStringLiteral("profile-%1/database-key").arg(profileId);
}

void wipe(QByteArray &secret)
{
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

bool writeKeyFile(const QString &path, const QJsonObject &json, StoreError *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0
        || !file.commit()) {
        *error = { StoreError::Code::Io,
            tr("The profile's key file could not be written: %1").arg(file.errorString()) };
        return false;
    }
    return true;
}

} // namespace

Profile::Profile(const QString &directory)
    : m_directory(directory)
    , m_lock(QDir(directory).filePath(QLatin1String(lockFileName)))
{
    // A lock left by a Hearth that crashed is taken over (its process is
    // gone); a live one is never stolen, however old.
    m_lock.setStaleLockTime(0);
}

Profile::~Profile()
{
    wipe(m_key);
}

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

std::unique_ptr<Profile> Profile::open(const Options &options, StoreError *error)
{
    const QString directory = options.directory.isEmpty() ? defaultDirectory() : options.directory;
    if (!QDir().mkpath(directory)) {
        *error = { StoreError::Code::Io,
            tr("The profile folder %1 could not be created.").arg(directory) };
        return nullptr;
    }
    std::unique_ptr<Profile> profile(new Profile(directory));
    if (!profile->m_lock.tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        profile->m_lock.getLockInfo(&pid, &host, &app);
        *error = { StoreError::Code::ProfileInUse,
            profile->m_lock.error() == QLockFile::LockFailedError
                ? tr("This profile is already open in another Hearth (process %1 on "
                     "%2). Close that Hearth first, or choose another profile.")
                      .arg(pid)
                      .arg(host)
                : tr("The profile folder %1 cannot be locked (no permission?).").arg(directory) };
        return nullptr;
    }

    const QDir dir(directory);
    const QString keyPath = dir.filePath(QLatin1String(keyFileName));
    const QString dbPath = dir.filePath(QLatin1String(databaseFileName));
    QByteArray key;
    QJsonObject keyFile;
    if (!QFile::exists(keyPath)) {
        if (QFile::exists(dbPath)) {
            *error = { StoreError::Code::Key,
                tr("The profile's key file %1 is missing, so its database cannot be "
                   "opened. Restore the file from a backup.")
                    .arg(keyPath) };
            return nullptr;
        }
        profile->m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        key = KeyMaterial::randomKey();
        keyFile.insert(QStringLiteral("format"), 1);
        keyFile.insert(QStringLiteral("profile"), profile->m_id);
        if (options.keychain) {
            QString reason;
            if (!options.keychain->write(keychainEntry(profile->m_id), key, &reason)) {
                wipe(key);
                *error = { StoreError::Code::Key,
                    tr("The new profile's key could not be saved in the system "
                       "keychain: %1. The profile was not created.")
                        .arg(reason) };
                return nullptr;
            }
            keyFile.insert(QStringLiteral("source"), QStringLiteral("keychain"));
            profile->m_keyInKeychain = true;
        } else {
            const QString passphrase = options.passphrase ? options.passphrase(true) : QString();
            if (passphrase.isEmpty()) {
                wipe(key);
                *error = { StoreError::Code::Key,
                    tr("No system keychain is available and no passphrase was given. "
                       "The profile was not created.") };
                return nullptr;
            }
            const QByteArray salt = KeyMaterial::randomSalt();
            QString reason;
            QByteArray kek
                = KeyMaterial::deriveFromPassphrase(passphrase, salt, options.scrypt, &reason);
            if (kek.isEmpty()) {
                wipe(key);
                *error = { StoreError::Code::Key, reason };
                return nullptr;
            }
            keyFile.insert(QStringLiteral("source"), QStringLiteral("passphrase"));
            keyFile.insert(QStringLiteral("kdf"),
                QJsonObject {
                    { QStringLiteral("name"), QStringLiteral("scrypt") },
                    { QStringLiteral("n"), double(options.scrypt.n) },
                    { QStringLiteral("r"), double(options.scrypt.r) },
                    { QStringLiteral("p"), double(options.scrypt.p) },
                    { QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()) },
                });
            keyFile.insert(QStringLiteral("wrappedKey"),
                QString::fromLatin1(KeyMaterial::wrap(kek, key).toBase64()));
            wipe(kek);
        }
        if (!writeKeyFile(keyPath, keyFile, error)) {
            wipe(key);
            return nullptr;
        }
    } else {
        QFile file(keyPath);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = { StoreError::Code::Key,
                tr("The profile's key file could not be read: %1").arg(file.errorString()) };
            return nullptr;
        }
        keyFile = QJsonDocument::fromJson(file.read(64 * 1024)).object();
        profile->m_id = keyFile.value(QStringLiteral("profile")).toString();
        const QString source = keyFile.value(QStringLiteral("source")).toString();
        if (keyFile.value(QStringLiteral("format")).toInt() != 1 || profile->m_id.isEmpty()) {
            *error = { StoreError::Code::Key, tr("The profile's key file is damaged.") };
            return nullptr;
        }
        if (source == QLatin1String("keychain")) {
            profile->m_keyInKeychain = true;
            if (!options.keychain) {
                *error = { StoreError::Code::Key,
                    tr("This profile keeps its key in the system keychain, which is not "
                       "available. Start Hearth in your desktop session.") };
                return nullptr;
            }
            QString reason;
            auto stored = options.keychain->read(keychainEntry(profile->m_id), &reason);
            if (!stored) {
                *error = { StoreError::Code::Key,
                    tr("The profile's key could not be read from the system keychain: "
                       "%1")
                        .arg(reason) };
                return nullptr;
            }
            key = *stored;
            wipe(*stored);
        } else if (source == QLatin1String("passphrase")) {
            const QJsonObject kdf = keyFile.value(QStringLiteral("kdf")).toObject();
            KeyMaterial::ScryptParameters parameters;
            parameters.n = quint64(kdf.value(QStringLiteral("n")).toDouble());
            parameters.r = quint64(kdf.value(QStringLiteral("r")).toDouble());
            parameters.p = quint64(kdf.value(QStringLiteral("p")).toDouble());
            const QByteArray salt
                = QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
            const QByteArray wrapped = QByteArray::fromBase64(
                keyFile.value(QStringLiteral("wrappedKey")).toString().toLatin1());
            const QString passphrase = options.passphrase ? options.passphrase(false) : QString();
            if (passphrase.isEmpty()) {
                *error = { StoreError::Code::Key, tr("No passphrase was given.") };
                return nullptr;
            }
            QString reason;
            QByteArray kek
                = KeyMaterial::deriveFromPassphrase(passphrase, salt, parameters, &reason);
            if (kek.isEmpty()) {
                *error = { StoreError::Code::Key, reason };
                return nullptr;
            }
            auto unwrapped = KeyMaterial::unwrap(kek, wrapped);
            wipe(kek);
            if (!unwrapped) {
                *error = { StoreError::Code::Key, tr("The passphrase is wrong.") };
                return nullptr;
            }
            key = *unwrapped;
            wipe(*unwrapped);
        } else {
            *error = { StoreError::Code::Key, tr("The profile's key file is damaged.") };
            return nullptr;
        }
    }

    const Clock &clock = options.clock ? *options.clock : Clock::system();
    profile->m_store = Store::open(dbPath, key, clock, error);
    if (!profile->m_store) {
        wipe(key);
        return nullptr;
    }
    profile->m_key = key;
    wipe(key);
    qCInfo(lcStore) << "opened profile" << profile->m_id;
    return profile;
}

} // namespace hearth
