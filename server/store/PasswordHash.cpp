#include "server/store/PasswordHash.h"

#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace hearth::vault {

namespace {

constexpr quint64 kCostN = quint64(1) << 17;
constexpr quint32 kBlockSize = 8;
constexpr quint32 kParallelism = 1;
constexpr int kHashLength = 32;

QByteArray scrypt(
    const QByteArray &password, const QByteArray &salt, quint64 n, quint32 r, quint32 p)
{
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    if (!kdf)
        return {};
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    if (!ctx)
        return {};
    uint64_t costN = n;
    uint32_t costR = r;
    uint32_t costP = p;
    uint64_t maxMemory = 1024ULL * 1024 * 1024;
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD,
            const_cast<char *>(password.constData()), size_t(password.size())),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.constData()), size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &costN),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &costR),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &costP),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(kHashLength, Qt::Uninitialized);
    const int ok = EVP_KDF_derive(
        ctx, reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()), params);
    EVP_KDF_CTX_free(ctx);
    return ok == 1 ? out : QByteArray();
}

} // namespace

QString PasswordHash::hash(const QString &password)
{
    QByteArray salt(16, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), int(salt.size()));
    const QByteArray derived = scrypt(password.toUtf8(), salt, kCostN, kBlockSize, kParallelism);
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(kCostN)
        .arg(kBlockSize)
        .arg(kParallelism)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHash::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[0] != QLatin1String("scrypt"))
        return false;
    const quint64 n = parts[1].toULongLong();
    const quint32 r = parts[2].toUInt();
    const quint32 p = parts[3].toUInt();
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    if (n < 2 || n > (quint64(1) << 20) || r == 0 || r > 16 || p == 0 || p > 4
        || expected.size() != kHashLength)
        return false;
    const QByteArray derived = scrypt(password.toUtf8(), salt, n, r, p);
    return derived.size() == expected.size()
        && CRYPTO_memcmp(derived.constData(), expected.constData(), size_t(derived.size())) == 0;
}

} // namespace hearth::vault
