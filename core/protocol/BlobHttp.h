#pragma once

#include "core/protocol/PlatformError.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <atomic>
#include <memory>

class QNetworkReply;

namespace hearth::protocol {

class PlatformClient;

// One blocking HTTP exchange on a vault blob address, for BlobUpload and
// BlobDownload: waits in a local event loop (as PlatformClient::execute),
// turns transport failures and non-2xx answers into a PlatformError.
struct BlobHttp
{
    struct Reply
    {
        int httpStatus = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };

    // A request sent and not yet waited for (so the next range can travel
    // while the last one is stored). Aborted if dropped unfinished.
    class Pending
    {
    public:
        ~Pending();
        // Waits for the answer; cancel, if set and true, aborts it.
        PlatformError wait(Reply *reply, const std::atomic_bool *cancel = nullptr);

    private:
        friend struct BlobHttp;
        PlatformClient *m_client = nullptr;
        QNetworkReply *m_reply = nullptr;
        QByteArray m_untrusted;
        qint64 m_sent = 0;
    };

    static std::unique_ptr<Pending> start(PlatformClient &client, const QUrl &url,
        const QByteArray &verb, const QList<QPair<QByteArray, QByteArray>> &headers,
        const QByteArray &body);
    // start() and wait() in one.
    static PlatformError exchange(PlatformClient &client, const QUrl &url, const QByteArray &verb,
        const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, Reply *reply,
        const std::atomic_bool *cancel = nullptr);
    // The error of a cancelled transfer.
    static PlatformError cancelled();
};

} // namespace hearth::protocol
