#include "server/api/AppCertificate.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace hearth::vault {

namespace {

struct BioFree
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
struct X509Free
{
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};

std::unique_ptr<X509, X509Free> readCertificate(const QByteArray &pem)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return nullptr;
    return std::unique_ptr<X509, X509Free>(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

} // namespace

std::optional<AppCertificate> AppCertificate::fromPem(const QByteArray &pem, QString *error)
{
    const auto cert = readCertificate(pem);
    if (!cert) {
        *error = QStringLiteral("no PEM certificate found");
        return std::nullopt;
    }
    if (X509_get0_pubkey(cert.get()) == nullptr
        || EVP_PKEY_base_id(X509_get0_pubkey(cert.get())) != EVP_PKEY_RSA) {
        *error = QStringLiteral("the certificate has no RSA key (RSA-SHA1 needs one)");
        return std::nullopt;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(cert.get(), EVP_sha1(), digest, &length) != 1) {
        *error = QStringLiteral("the certificate's thumbprint could not be computed");
        return std::nullopt;
    }
    std::unique_ptr<BIO, BioFree> out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_X509(out.get(), cert.get()) != 1) {
        *error = QStringLiteral("the certificate could not be encoded");
        return std::nullopt;
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    AppCertificate result;
    result.m_pem = QByteArray(data, int(size));
    result.m_thumbprint = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex().toUpper());
    return result;
}

bool AppCertificate::verifySha1(const QByteArray &data, const QByteArray &signature) const
{
    const auto cert = readCertificate(m_pem);
    if (!cert || signature.isEmpty())
        return false;
    EVP_PKEY *key = X509_get0_pubkey(cert.get());
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (key == nullptr || !ctx
        || EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha1(), nullptr, key) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.data()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.data()),
               size_t(data.size()))
        == 1;
}

} // namespace hearth::vault
