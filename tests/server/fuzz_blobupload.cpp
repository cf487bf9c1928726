// libFuzzer target: the vault's blob endpoint takes outside input (the
// Content-Range and Range headers, the address's query, the chunk). The
// input is split at newlines: Content-Range, Range, the query of a download
// address, a completion flag ("1"), then the chunk. Nothing may crash, hang
// or write outside the upload's own file.

#include "server/blob/BlobEndpoint.h"
#include "server/blob/BlobUrls.h"
#include "server/blob/ByteRanges.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <cstdlib>

using namespace hearth;
using namespace hearth::vault;

namespace {

struct Vault
{
    QTemporaryDir dir;
    FixedClock clock { QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC) };
    VaultStore store { clock };
    BlobEndpoint endpoint { store, clock };
    QUrl upload;
    int uploads = 0;

    Vault()
    {
        QString error;
        if (!store.open(dir.filePath(QStringLiteral("vault.sqlite")), &error))
            std::abort();
        BlobLimits limits;
        limits.chunkSize = 64 * 1024;
        limits.maxBlobSize = 256 * 1024;
        endpoint.setLimits(limits);
        endpoint.setFolder(dir.filePath(QStringLiteral("blobs")));
        begin();
    }

    // A fresh upload; the last one's file goes, so the disk does not fill.
    void begin()
    {
        if (uploads > 0)
            QFile::remove(
                dir.filePath(QStringLiteral("blobs/%1").arg(uploads, 32, 10, QLatin1Char('0'))));
        const QString token = QStringLiteral("token%1").arg(++uploads);
        BlobUpload row;
        row.tokenHash = BlobUrls::tokenHash(token);
        row.file = QStringLiteral("%1").arg(uploads, 32, 10, QLatin1Char('0'));
        row.appId = QUuid::createUuid();
        row.recordId = QUuid::createUuid();
        row.expires = clock.now().addSecs(3600);
        store.addBlobUpload(row);
        upload = BlobUrls(QUrl(QStringLiteral("http://127.0.0.1/")), "key").uploadUrl(token);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_blobupload";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static Vault vault;

    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> parts = input.split('\n');
    while (parts.size() < 5)
        parts << QByteArray();
    const QByteArray contentRange = parts.at(0);
    const QByteArray range = parts.at(1);
    const QByteArray query = parts.at(2);
    const bool complete = parts.at(3) == "1";
    const qsizetype bodyStart = qMin<qsizetype>(
        input.size(), contentRange.size() + range.size() + query.size() + parts.at(3).size() + 4);
    const QByteArray body = input.mid(bodyStart);

    ByteRanges::parseContentRange(contentRange);
    ByteRanges::parseRange(range);
    QUrl download(QStringLiteral("http://127.0.0.1/streaming/wildcatblob.ashx"));
    download.setQuery(QString::fromLatin1(query));
    BlobUrls urls(QUrl(QStringLiteral("http://127.0.0.1/")), "key");
    urls.downloadFile(download, vault.clock.now());
    urls.uploadToken(download);

    const auto answer = vault.endpoint.upload(vault.upload, contentRange, complete, body);
    vault.endpoint.upload(download, contentRange, complete, body);
    if (answer.httpStatus == 409 || answer.httpStatus == 413)
        vault.begin();
    return 0;
}
