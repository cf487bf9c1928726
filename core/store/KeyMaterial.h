#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace hearth {

// The 256-bit database key and what protects it when no OS keychain is
// available: scrypt turns a passphrase into a key-encryption key that wraps
// the random database key with AES-256-GCM.
class KeyMaterial
{
public:
    struct ScryptParameters
    {
        // 2^17 * 128 * r bytes = 128 MiB of memory per guess.
        quint64 n = quint64(1) << 17;
        quint64 r = 8;
        quint64 p = 1;
    };

    static QByteArray randomKey();
    static QByteArray randomSalt();

    // Empty on failure, with *error set.
    static QByteArray deriveFromPassphrase(const QString &passphrase, const QByteArray &salt,
        const ScryptParameters &parameters, QString *error);

    // nonce (12) | ciphertext | tag (16); the associated data names the use.
    static QByteArray wrap(const QByteArray &keyEncryptionKey, const QByteArray &key);
    // Nothing when the key-encryption key is wrong or the bytes were changed.
    static std::optional<QByteArray> unwrap(
        const QByteArray &keyEncryptionKey, const QByteArray &wrapped);
};

} // namespace hearth
