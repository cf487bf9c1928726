#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;

namespace hearth {

// Incremental SHA-256 through OpenSSL, for blobs: several times faster than
// Qt 6.4's own implementation (bench_blobs), which bounded the blob store.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // The 32-byte digest; the hash starts again afterwards.
    QByteArray result();
    static QByteArray hash(QByteArrayView data);
    void reset();

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
};

} // namespace hearth
