#include "core/store/Sha256.h"

#include <cstdlib>
#include <openssl/evp.h>

namespace hearth {

void Sha256::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    // Allocation failure of a digest context leaves nothing sensible to do.
    if (!m_context)
        std::abort();
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    if (EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1)
        std::abort();
}

void Sha256::addData(QByteArrayView data)
{
    if (EVP_DigestUpdate(m_context.get(), data.data(), size_t(data.size())) != 1)
        std::abort();
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(
            m_context.get(), reinterpret_cast<unsigned char *>(digest.data()), &length)
        != 1)
        std::abort();
    digest.resize(int(length));
    reset();
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

} // namespace hearth
