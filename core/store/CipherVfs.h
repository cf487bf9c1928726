#pragma once

#include <QByteArray>
#include <QString>

namespace hearth {

// A SQLite VFS shim that encrypts every page of a database, its rollback journal
// and its WAL with AES-256-GCM (nonce and tag in the page's reserved bytes).
// See docs/store.md for the format and why it is sound.
class CipherVfs
{
public:
    // The name used in a URI: file:/path/db?vfs=<name>&hearthkey=<token>.
    static const char *name();

    // Registers the VFS with SQLite once per process; false if SQLite refused.
    static bool ensureRegistered();

    // Bytes SQLite must leave free at the end of each page (nonce + tag).
    static constexpr int reserveBytes = 28;
    // The only page size the shim accepts (page 1 must be decryptable
    // before its header can be read).
    static constexpr int pageSize = 4096;
    static constexpr int keySize = 32;

    // Makes a 256-bit key known to the VFS under a random token that goes
    // into the database URI; forget it when the connection is closed.
    static QString registerKey(const QByteArray &key);
    static void forgetKey(const QString &token);

    // Extended SQLite result code the shim returns when a page fails
    // authentication (wrong key, flipped byte, swapped page).
    static int authenticationFailureCode();
    // How many pages failed authentication in this thread so far; lets a
    // caller tell a wrong key from other errors where SQLite's code is lost.
    static quint64 authenticationFailures();
};

} // namespace hearth
