#include "core/store/KeyMaterial.h"

#include "core/store/CipherVfs.h"

#include <QCoreApplication>

#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

namespace hearth {
namespace {

constexpr int kNonce = 12;
constexpr int kTag = 16;
constexpr char kWrapContext[] = "hearth database key v1";

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        qFatal("The system random number generator failed");
    return out;
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

} // namespace

QByteArray KeyMaterial::randomKey()
{
    return randomBytes(CipherVfs::keySize);
}

QByteArray KeyMaterial::randomSalt()
{
    return randomBytes(16);
}

QByteArray KeyMaterial::deriveFromPassphrase(const QString &passphrase, const QByteArray &salt,
    const ScryptParameters &parameters, QString *error)
{
    if (passphrase.isEmpty()) {
        *error = QCoreApplication::translate("hearth::KeyMaterial", "The passphrase is empty.");
        return {};
    }
    QByteArray utf8 = passphrase.toUtf8();
    QByteArray key(CipherVfs::keySize, Qt::Uninitialized);
    const quint64 maxMemory = 128 * parameters.n * parameters.r * parameters.p + (64u << 20);
    const int ok = EVP_PBE_scrypt(utf8.constData(), size_t(utf8.size()),
        reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()),
        parameters.n, parameters.r, parameters.p, maxMemory,
        reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()));
    OPENSSL_cleanse(utf8.data(), size_t(utf8.size()));
    if (ok != 1) {
        *error = QCoreApplication::translate("hearth::KeyMaterial",
            "The key could not be derived from the passphrase "
            "(not enough memory?).");
        return {};
    }
    return key;
}

QByteArray KeyMaterial::wrap(const QByteArray &keyEncryptionKey, const QByteArray &key)
{
    Q_ASSERT(keyEncryptionKey.size() == CipherVfs::keySize);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out = randomBytes(kNonce);
    out.resize(kNonce + key.size() + kTag);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    int len = 0;
    const bool ok = ctx
        && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
               reinterpret_cast<const unsigned char *>(keyEncryptionKey.constData()), bytes)
            == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &len,
               reinterpret_cast<const unsigned char *>(kWrapContext), int(sizeof(kWrapContext) - 1))
            == 1
        && EVP_EncryptUpdate(ctx.get(), bytes + kNonce, &len,
               reinterpret_cast<const unsigned char *>(key.constData()), key.size())
            == 1
        && EVP_EncryptFinal_ex(ctx.get(), bytes + kNonce + len, &len) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTag, bytes + kNonce + key.size())
            == 1;
    if (!ok)
        qFatal("AES-256-GCM is not available from OpenSSL");
    return out;
}

std::optional<QByteArray> KeyMaterial::unwrap(
    const QByteArray &keyEncryptionKey, const QByteArray &wrapped)
{
    if (keyEncryptionKey.size() != CipherVfs::keySize || wrapped.size() <= kNonce + kTag)
        return std::nullopt;
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    const auto *bytes = reinterpret_cast<const unsigned char *>(wrapped.constData());
    const int bodySize = wrapped.size() - kNonce - kTag;
    QByteArray key(bodySize, Qt::Uninitialized);
    QByteArray tag = wrapped.right(kTag);
    int len = 0;
    const bool ok = ctx
        && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
               reinterpret_cast<const unsigned char *>(keyEncryptionKey.constData()), bytes)
            == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &len,
               reinterpret_cast<const unsigned char *>(kWrapContext), int(sizeof(kWrapContext) - 1))
            == 1
        && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(key.data()), &len,
               bytes + kNonce, bodySize)
            == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTag, tag.data()) == 1
        && EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(key.data()) + len, &len)
            == 1;
    if (!ok) {
        OPENSSL_cleanse(key.data(), size_t(key.size()));
        return std::nullopt;
    }
    return key;
}

} // namespace hearth
