#pragma once

#include "core/protocol/PlatformError.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <atomic>

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

    // cancel, if set and true, aborts the exchange while it waits.
    static PlatformError exchange(PlatformClient &client, const QUrl &url, const QByteArray &verb,
        const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, Reply *reply,
        const std::atomic_bool *cancel = nullptr);
    // The error of a cancelled transfer.
    static PlatformError cancelled();
};

} // namespace hearth::protocol
