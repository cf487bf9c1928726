#pragma once

#include <QString>

namespace hearth {

// Why a store operation failed, with a message fit to show the user.
struct StoreError
{
    enum class Code {
        None,
        WrongKeyOrDamaged, // page 1 does not decrypt: wrong key, or the header is damaged
        Damaged, // a page failed authentication or the structure is corrupt
        Locked, // another program holds the database
        ProfileInUse, // another Hearth has this profile open
        DiskFull,
        NewerSchema, // written by a newer Hearth
        Migration,
        Key, // the key could not be obtained (keychain, passphrase)
        Io,
        InvalidArgument,
        Cancelled, // the user stopped it; nothing was written
    };
    Code code = Code::None;
    QString message;

    explicit operator bool() const { return code != Code::None; }
};

} // namespace hearth
