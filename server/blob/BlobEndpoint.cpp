#include "server/blob/BlobEndpoint.h"

#include "core/Logging.h"
#include "core/protocol/BlobHash.h"
#include "server/blob/BlobUrls.h"
#include "server/blob/ByteRanges.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrlQuery>

namespace hearth::vault {

namespace {

constexpr qint64 kReadChunk = 1024 * 1024;
constexpr int kMaxTrackedHashes = 64;

BlobEndpoint::Answer refuse(int status, const QString &message)
{
    return { status, message.toUtf8() + '\n', {} };
}

QPair<QByteArray, QByteArray> receivedHeader(qint64 received)
{
    return { QByteArrayLiteral("x-hv-blob-received"), QByteArray::number(received) };
}

} // namespace

BlobEndpoint::BlobEndpoint(VaultStore &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

BlobEndpoint::~BlobEndpoint() = default;

QString BlobEndpoint::filePath(const QString &file) const
{
    return QDir(m_folder).filePath(file);
}

std::optional<BlobUpload> BlobEndpoint::findUpload(const QUrl &url, Answer *refusal)
{
    const QString token = QUrlQuery(url).queryItemValue(QStringLiteral("upload"));
    std::optional<BlobUpload> upload;
    if (!token.isEmpty())
        upload = m_store.blobUpload(BlobUrls::tokenHash(token));
    if (!upload) {
        *refusal = refuse(404, QStringLiteral("unknown upload; begin one with BeginPutBlob"));
        return std::nullopt;
    }
    if (upload->expires < m_clock.now()) {
        *refusal = refuse(410, QStringLiteral("the upload has expired; begin a new one"));
        return std::nullopt;
    }
    return upload;
}

BlobEndpoint::Answer BlobEndpoint::uploadStatus(const QUrl &url)
{
    Answer answer;
    const auto upload = findUpload(url, &answer);
    if (!upload)
        return answer;
    const char *state = upload->state == BlobUpload::State::Open ? "open"
        : upload->state == BlobUpload::State::Complete           ? "complete"
                                                                 : "attached";
    answer.body
        = QByteArray("received ") + QByteArray::number(upload->received) + ' ' + state + '\n';
    answer.headers << receivedHeader(upload->received)
                   << qMakePair(QByteArrayLiteral("x-hv-blob-state"), QByteArray(state));
    return answer;
}

BlobEndpoint::Answer BlobEndpoint::upload(
    const QUrl &url, const QByteArray &contentRange, bool complete, const QByteArray &body)
{
    Answer answer;
    auto upload = findUpload(url, &answer);
    if (!upload)
        return answer;
    if (upload->state != BlobUpload::State::Open)
        return refuse(409, QStringLiteral("the upload is already complete"));
    if (body.size() > m_limits.chunkSize)
        return refuse(
            413, QStringLiteral("a chunk may hold at most %1 bytes").arg(m_limits.chunkSize));
    std::optional<ByteRange> range;
    if (!body.isEmpty() || !contentRange.isEmpty()) {
        range = ByteRanges::parseContentRange(contentRange);
        if (!range || range->length() != body.size())
            return refuse(400,
                QStringLiteral("Content-Range must be \"bytes FIRST-LAST/*\" and match the "
                               "chunk's length"));
        if (range->first != upload->received) {
            answer = refuse(
                416, QStringLiteral("the upload continues at byte %1").arg(upload->received));
            answer.headers << receivedHeader(upload->received);
            return answer;
        }
        if (upload->received + body.size() > m_limits.maxBlobSize
            || range->total > m_limits.maxBlobSize)
            return refuse(413,
                QStringLiteral("the blob is larger than this vault accepts (%1 bytes)")
                    .arg(m_limits.maxBlobSize));
    }
    if (!body.isEmpty()) {
        if (!QDir().mkpath(m_folder))
            return refuse(500, QStringLiteral("the blob folder cannot be created"));
        QFile file(filePath(upload->file));
        // Bytes past the last recorded chunk are from a write the vault did
        // not finish recording (killed): they are cut off and written again.
        if (!file.open(QIODevice::ReadWrite) || !file.resize(upload->received)
            || !file.seek(upload->received) || file.write(body) != body.size() || !file.flush())
            return refuse(500, QStringLiteral("the chunk could not be stored"));
        file.close();
        auto &hash = m_hashes[upload->tokenHash];
        if (!hash && upload->received == 0) {
            if (m_hashes.size() > kMaxTrackedHashes)
                m_hashes.clear(); // abandoned uploads; completion reads the file then
            hash = std::make_shared<protocol::BlobHash>();
        }
        if (hash && hash->size() == upload->received)
            hash->addData(body);
        else
            m_hashes.remove(upload->tokenHash);
        if (!m_store.setBlobUploadReceived(upload->tokenHash, upload->received + body.size()))
            return refuse(500, QStringLiteral("the chunk could not be recorded"));
        upload->received += body.size();
    }
    if (complete && !finish(*upload, &answer))
        return answer;
    answer.headers << receivedHeader(upload->received);
    answer.body = QByteArray("received ") + QByteArray::number(upload->received) + '\n';
    return answer;
}

bool BlobEndpoint::finish(BlobUpload &upload, Answer *refusal)
{
    QString hash;
    const auto tracked = m_hashes.take(upload.tokenHash);
    if (tracked && tracked->size() == upload.received) {
        hash = tracked->result();
    } else {
        // After a restart: the file, read once in bounded pieces.
        protocol::BlobHash fromFile;
        QFile file(filePath(upload.file));
        if (upload.received > 0 && !file.open(QIODevice::ReadOnly)) {
            *refusal = refuse(500, QStringLiteral("the uploaded data cannot be read"));
            return false;
        }
        while (fromFile.size() < upload.received) {
            const QByteArray piece = file.read(qMin(kReadChunk, upload.received - fromFile.size()));
            if (piece.isEmpty()) {
                *refusal = refuse(500, QStringLiteral("the uploaded data is incomplete"));
                return false;
            }
            fromFile.addData(piece);
        }
        hash = fromFile.result();
    }
    if (upload.received == 0) {
        QFile empty(filePath(upload.file));
        if (!QDir().mkpath(m_folder) || !empty.open(QIODevice::WriteOnly)) {
            *refusal = refuse(500, QStringLiteral("the blob could not be stored"));
            return false;
        }
    }
    if (!m_store.completeBlobUpload(upload.tokenHash, hash)) {
        *refusal = refuse(500, QStringLiteral("the upload could not be completed"));
        return false;
    }
    upload.state = BlobUpload::State::Complete;
    upload.hash = hash;
    return true;
}

void BlobEndpoint::dropExpiredUploads()
{
    for (const QString &file : m_store.dropExpiredBlobUploads()) {
        if (BlobUrls::isFileName(file))
            QFile::remove(filePath(file));
    }
}

void BlobEndpoint::addRoutes(QHttpServer &http)
{
    http.route(BlobUrls::path(), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) {
            const bool complete
                = request.value(QByteArrayLiteral("x-hv-blob-complete")).trimmed() == "1";
            const Answer answer = upload(request.url(),
                request.value(QByteArrayLiteral("Content-Range")), complete, request.body());
            QHttpServerResponse response(QByteArrayLiteral("text/plain"), answer.body,
                QHttpServerResponse::StatusCode(answer.httpStatus));
            for (const auto &header : answer.headers)
                response.addHeader(header.first, header.second);
            return response;
        });
    http.route(BlobUrls::path(), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            // Qt 6.4's header lists are initializer lists: headers one by one.
            auto reply
                = [&responder](int status, const QByteArray &type,
                      const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body) {
                      responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
                      responder.writeHeader(QByteArrayLiteral("Content-Type"), type);
                      responder.writeHeader(
                          QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
                      for (const auto &header : headers)
                          responder.writeHeader(header.first, header.second);
                      responder.writeBody(body);
                  };
            auto send = [&reply](const Answer &answer) {
                reply(answer.httpStatus, QByteArrayLiteral("text/plain"), answer.headers,
                    answer.body);
            };
            const QUrlQuery query(request.url());
            if (query.hasQueryItem(QStringLiteral("upload"))) {
                send(uploadStatus(request.url()));
                return;
            }
            // The download link is checked against the vault's key; its host
            // may differ from the listen address, so only path and query count.
            BlobUrls urls(request.url(), m_store.blobUrlKey());
            const QString name = urls.downloadFile(request.url(), m_clock.now());
            if (name.isEmpty()) {
                send(refuse(403, QStringLiteral("the download link is invalid or has expired")));
                return;
            }
            auto file = std::make_unique<QFile>(filePath(name));
            if (!file->open(QIODevice::ReadOnly)) {
                send(refuse(404, QStringLiteral("the blob is not on this vault")));
                return;
            }
            const qint64 size = file->size();
            const QByteArray rangeHeader = request.value(QByteArrayLiteral("Range"));
            const QByteArray type = QByteArrayLiteral("application/octet-stream");
            if (rangeHeader.isEmpty() && size > m_limits.chunkSize) {
                // Qt 6.4 sends a device in 128 KiB pieces; see docs/vault.md.
                responder.write(file.release(),
                    { { QByteArrayLiteral("Content-Type"), type },
                        { QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes") } },
                    QHttpServerResponder::StatusCode::Ok);
                return;
            }
            qint64 first = 0;
            qint64 last = size - 1;
            bool partial = false;
            if (!rangeHeader.isEmpty()) {
                const auto range = ByteRanges::parseRange(rangeHeader);
                if (!range || range->first >= qMax<qint64>(size, 1)) {
                    Answer answer = refuse(416, QStringLiteral("the range is not in the blob"));
                    answer.headers << qMakePair(QByteArrayLiteral("Content-Range"),
                        QByteArray("bytes */") + QByteArray::number(size));
                    send(answer);
                    return;
                }
                partial = true;
                first = range->first;
                last = qMin(range->last < 0 ? size - 1 : range->last, size - 1);
                last = qMin(last, first + m_limits.chunkSize - 1);
            }
            QByteArray data;
            if (size > 0) {
                file->seek(first);
                data = file->read(last - first + 1);
            }
            QList<QPair<QByteArray, QByteArray>> headers { { QByteArrayLiteral("Accept-Ranges"),
                QByteArrayLiteral("bytes") } };
            if (partial)
                headers.append({ QByteArrayLiteral("Content-Range"),
                    QByteArray("bytes ") + QByteArray::number(first) + '-'
                        + QByteArray::number(last) + '/' + QByteArray::number(size) });
            reply(partial ? 206 : 200, type, headers, data);
        });
}

} // namespace hearth::vault
