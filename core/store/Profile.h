#pragma once

#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"

#include <QLockFile>

#include <functional>
#include <memory>

namespace hearth {

class Clock;
class KeychainAccess;

// One Hearth profile folder: the encrypted store, the file that says where its
// key lives, and a lock so a second Hearth on the same profile is refused.
class Profile
{
public:
    struct Options
    {
        QString directory; // empty: QStandardPaths::AppDataLocation
        // The OS keychain, or null where there is none; then the key is
        // wrapped with a passphrase instead.
        KeychainAccess *keychain = nullptr;
        // Asked for the passphrase (newProfile: choose one); an empty answer
        // cancels.
        std::function<QString(bool newProfile)> passphrase;
        const Clock *clock = nullptr; // Clock::system() when null
        KeyMaterial::ScryptParameters scrypt;
    };

    static std::unique_ptr<Profile> open(const Options &options, StoreError *error);
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    ~Profile();

    QString id() const { return m_id; }
    // The database key, for a second connection to the same store (the
    // sync thread's). Kept in memory only, wiped when the profile closes.
    QByteArray storeKey() const { return m_key; }
    bool keyInKeychain() const { return m_keyInKeychain; }
    Store &store() { return *m_store; }

    static constexpr const char *databaseFileName = "hearth.db";
    static constexpr const char *keyFileName = "key.json";
    static constexpr const char *lockFileName = "hearth.lock";

private:
    explicit Profile(const QString &directory);

    QString m_directory;
    QString m_id;
    QByteArray m_key;
    bool m_keyInKeychain = false;
    QLockFile m_lock;
    std::unique_ptr<Store> m_store;
};

} // namespace hearth
