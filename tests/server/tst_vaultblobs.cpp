// The vault's blobs in-process (FixedClock): BeginPutBlob's answer against
// the official response schema; the upload endpoint's refusals (unknown and
// expired tokens, a chunk at the wrong offset, a Content-Range that lies,
// an oversized chunk, a blob over the limit, a second completion); bytes a
// killed vault wrote past its last recorded chunk are cut off; PutThings
// attaching only complete uploads of the same app and record; GetThings'
// blob-payload (schema-valid, with a signed download link that expires);
// an update that keeps or names the thing's blobs; the header parsers.

#include "ApiTestClient.h"
#include "XsdValidator.h"
#include "core/protocol/BlobHash.h"
#include "server/api/PlatformApi.h"
#include "server/blob/BlobEndpoint.h"
#include "server/blob/BlobUrls.h"
#include "server/blob/ByteRanges.h"

#include <QDir>
#include <QTest>
#include <QUrlQuery>

using namespace hearth;
using namespace hearth::vault;
using namespace hearth::vault::test;
using hearth::protocol::StatusCode;

namespace {

const QString kFileType = QStringLiteral("bd0403c5-4ae2-4b0e-a8db-1888678e4528");

QByteArray bytes(qint64 size, char seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(seed + i * 7 + i / 1000);
    return data;
}

QByteArray range(qint64 first, qint64 last)
{
    return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + "/*";
}

} // namespace

class TestVaultBlobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<VaultStore> m_store;
    std::unique_ptr<PlatformApi> m_api;
    std::unique_ptr<BlobEndpoint> m_blobs;
    std::unique_ptr<ApiTestClient> m_client;
    const QString m_xsdDir = QStringLiteral(HEARTH_SHARED_DIR "/reference/healthvault/xsd");
    BlobLimits m_limits;

    std::unique_ptr<ApiTestClient> signedUp(const QString &email)
    {
        QString error;
        const auto account = m_store->createAccount(
            email, QStringLiteral("correct horse battery"), QStringLiteral("A"), &error);
        auto c = std::make_unique<ApiTestClient>(
            [this](const QByteArray &request) { return m_api->handle(request); },
            [this] { return m_clock.now(); });
        if (!account || !c->newApplication())
            return nullptr;
        c->personId = account->personId;
        c->recordId = m_store->recordsOf(account->personId).first().recordId;
        m_store->authorize(c->instanceId, account->personId, { c->recordId }, c->appToken);
        const auto session = c->createSession();
        return session && session->status() == StatusCode::Ok ? std::move(c) : nullptr;
    }

    void checkSchema(const QByteArray &rawInfo, const QString &xsd)
    {
        if (!QDir(m_xsdDir).exists())
            return; // the shared reference folder is not here
        const QString errors = XsdValidator(m_xsdDir).validate(xsd, rawInfo);
        QVERIFY2(errors.isEmpty(), qPrintable(xsd + QStringLiteral(": ") + errors));
    }

    QUrl beginPutBlob(ApiTestClient &c)
    {
        const auto response = c.signedCall(QStringLiteral("BeginPutBlob"), 1, "<info/>");
        if (!response || response->status() != StatusCode::Ok)
            return {};
        return QUrl(firstText(response->rawInfo(), QStringLiteral("blob-ref-url")));
    }

    // Uploads data in chunks of the vault's size, the last one completing it.
    QUrl uploaded(ApiTestClient &c, const QByteArray &data)
    {
        const QUrl url = beginPutBlob(c);
        for (qint64 at = 0; at < data.size(); at += m_limits.chunkSize) {
            const QByteArray chunk = data.mid(at, m_limits.chunkSize);
            const bool last = at + chunk.size() == data.size();
            if (m_blobs->upload(url, range(at, at + chunk.size() - 1), last, chunk).httpStatus
                != 200)
                return {};
        }
        return url;
    }

    QByteArray fileThing(
        const QString &refUrl, const QString &hash, qint64 length, const QString &thingKey = {})
    {
        return "<thing>" + thingKey.toUtf8() + "<type-id>" + kFileType.toLatin1()
            + "</type-id><data-xml><file><name>a.pdf</name><size>" + QByteArray::number(length)
            + "</size></file></data-xml><blob-payload><blob><blob-info><name/>"
              "<content-type>application/pdf</content-type><hash-info><algorithm>SHA256Block"
              "</algorithm><params><block-size>2097152</block-size></params><hash>"
            + hash.toLatin1() + "</hash></hash-info></blob-info><content-length>"
            + QByteArray::number(length) + "</content-length><blob-ref-url>"
            + refUrl.toHtmlEscaped().toUtf8() + "</blob-ref-url></blob></blob-payload></thing>";
    }

    std::optional<protocol::ResponseEnvelope> put(ApiTestClient &c, const QByteArray &thing)
    {
        return c.signedCall(QStringLiteral("PutThings"), 2, "<info>" + thing + "</info>");
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<VaultStore>(m_clock);
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("vault.sqlite")), &error),
            qPrintable(error));
        m_limits.chunkSize = 64 * 1024;
        m_limits.maxBlobSize = 1024 * 1024;
        m_api = std::make_unique<PlatformApi>(*m_store, m_clock);
        m_api->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/")));
        m_api->setBlobLimits(m_limits);
        m_blobs = std::make_unique<BlobEndpoint>(*m_store, m_clock);
        m_blobs->setFolder(m_dir.filePath(QStringLiteral("blobs")));
        m_blobs->setLimits(m_limits);
        m_client = signedUp(QStringLiteral("alice@example.org"));
        QVERIFY(m_client);
    }

    void beginPutBlobAnswer()
    {
        const auto response = m_client->signedCall(QStringLiteral("BeginPutBlob"), 1, "<info/>");
        QVERIFY(response);
        QCOMPARE(response->status(), StatusCode::Ok);
        QCOMPARE(response->infoNamespace(),
            QStringLiteral("urn:com.microsoft.wc.methods.response.BeginPutBlob"));
        checkSchema(response->rawInfo(), QStringLiteral("response-beginputblob.xsd"));
        QCOMPARE(firstText(response->rawInfo(), QStringLiteral("blob-chunk-size")),
            QStringLiteral("65536"));
        QCOMPARE(firstText(response->rawInfo(), QStringLiteral("max-blob-size")),
            QStringLiteral("1048576"));
        QCOMPARE(firstText(response->rawInfo(), QStringLiteral("blob-hash-algorithm")),
            QStringLiteral("SHA256Block"));
        QCOMPARE(firstText(response->rawInfo(), QStringLiteral("block-size")),
            QStringLiteral("2097152"));
        const QUrl url(firstText(response->rawInfo(), QStringLiteral("blob-ref-url")));
        QCOMPARE(url.path(), QStringLiteral("/streaming/wildcatblob.ashx"));
    }

    void uploadRefusals()
    {
        const QUrl url = beginPutBlob(*m_client);
        QUrl unknown = url;
        unknown.setQuery(QStringLiteral("upload=0123"));
        QCOMPARE(m_blobs->upload(unknown, range(0, 2), false, "abc").httpStatus, 404);
        QCOMPARE(m_blobs->upload(url, "bytes 0-9/*", false, "abc").httpStatus, 400);
        QCOMPARE(m_blobs->upload(url, "bytes 0-2", false, "abc").httpStatus, 400);
        QCOMPARE(m_blobs->upload(url, {}, false, "abc").httpStatus, 400);
        const auto ahead = m_blobs->upload(url, range(5, 7), false, "abc");
        QCOMPARE(ahead.httpStatus, 416);
        QVERIFY(ahead.headers.contains(
            qMakePair(QByteArrayLiteral("x-hv-blob-received"), QByteArrayLiteral("0"))));
        QCOMPARE(m_blobs
                     ->upload(url, range(0, m_limits.chunkSize), false,
                         QByteArray(m_limits.chunkSize + 1, 'x'))
                     .httpStatus,
            413);
        // Chunk by chunk up to the limit, then one byte more.
        qint64 at = 0;
        while (at < m_limits.maxBlobSize) {
            QCOMPARE(m_blobs
                         ->upload(url, range(at, at + m_limits.chunkSize - 1), false,
                             QByteArray(m_limits.chunkSize, 'y'))
                         .httpStatus,
                200);
            at += m_limits.chunkSize;
        }
        const auto over = m_blobs->upload(url, range(at, at), true, "z");
        QCOMPARE(over.httpStatus, 413);
        QVERIFY(over.body.contains("larger than this vault accepts (1048576 bytes)"));
        QCOMPARE(m_blobs->uploadStatus(url).body, QByteArray("received 1048576 open\n"));
        QCOMPARE(m_blobs->upload(url, {}, true, {}).httpStatus, 200);
        QCOMPARE(m_blobs->upload(url, {}, true, {}).httpStatus, 409);
        // Expired: a day later the upload is gone, its file too.
        m_clock.advanceSeconds(25 * 3600);
        QCOMPARE(m_blobs->upload(url, {}, true, {}).httpStatus, 410);
        const int before = int(QDir(m_blobs->folder()).entryList(QDir::Files).size());
        m_blobs->dropExpiredUploads();
        QCOMPARE(int(QDir(m_blobs->folder()).entryList(QDir::Files).size()), before - 1);
        QCOMPARE(m_blobs->uploadStatus(url).httpStatus, 404);
        QCOMPARE(m_client->createSession()->status(), StatusCode::Ok); // the old one expired
    }

    void bytesPastTheRecordedEndAreCutOff()
    {
        const QByteArray data = bytes(3 * m_limits.chunkSize - 5, 'a');
        const QUrl url = beginPutBlob(*m_client);
        const QByteArray first = data.left(m_limits.chunkSize);
        QCOMPARE(m_blobs->upload(url, range(0, first.size() - 1), false, first).httpStatus, 200);
        // A vault killed after writing part of the next chunk, before recording it.
        const auto upload = m_store->blobUpload(
            BlobUrls::tokenHash(QUrlQuery(url).queryItemValue(QStringLiteral("upload"))));
        QVERIFY(upload);
        QFile file(QDir(m_blobs->folder()).filePath(upload->file));
        QVERIFY(file.open(QIODevice::Append));
        file.write("garbage that never was acknowledged");
        file.close();
        for (qint64 at = m_limits.chunkSize; at < data.size(); at += m_limits.chunkSize) {
            const QByteArray chunk = data.mid(at, m_limits.chunkSize);
            QCOMPARE(m_blobs
                         ->upload(url, range(at, at + chunk.size() - 1),
                             at + chunk.size() == data.size(), chunk)
                         .httpStatus,
                200);
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), data);
        QCOMPARE(m_store->blobUpload(upload->tokenHash)->hash, protocol::BlobHash::of(data));
    }

    void putThingsAttachesCompleteUploadsOnly()
    {
        const QByteArray data = bytes(200 * 1024, 'q');
        const QString hash = protocol::BlobHash::of(data);
        // Not complete yet: BLOB_TOKEN_NOT_COMPLETED.
        const QUrl open = beginPutBlob(*m_client);
        QCOMPARE(m_blobs->upload(open, range(0, 9), false, data.left(10)).httpStatus, 200);
        QCOMPARE(put(*m_client, fileThing(open.toString(), hash, data.size()))->status(),
            StatusCode::BlobTokenNotCompleted);
        // Another person's app may not use this app's upload.
        const QUrl url = uploaded(*m_client, data);
        QVERIFY(url.isValid());
        auto bob = signedUp(QStringLiteral("bob@example.org"));
        QCOMPARE(put(*bob, fileThing(url.toString(), hash, data.size()))->status(),
            StatusCode::InvalidBlobRefUrl);
        // A length or hash that does not match, another algorithm or block size.
        QCOMPARE(put(*m_client, fileThing(url.toString(), hash, data.size() + 1))->status(),
            StatusCode::InvalidBlobHash);
        QCOMPARE(put(*m_client, fileThing(url.toString(), protocol::BlobHash::of("x"), data.size()))
                     ->status(),
            StatusCode::InvalidBlobHash);
        QByteArray sha1 = fileThing(url.toString(), hash, data.size());
        sha1.replace("<algorithm>SHA256Block", "<algorithm>SHA1");
        QCOMPARE(put(*m_client, sha1)->status(), StatusCode::InvalidBlobHashAlgorithm);
        QByteArray block = fileThing(url.toString(), hash, data.size());
        block.replace("<block-size>2097152", "<block-size>1024");
        QCOMPARE(put(*m_client, block)->status(), StatusCode::UnsupportedBlobHashBlockSize);
        QByteArray inlined = fileThing(url.toString(), hash, data.size());
        inlined.replace("<blob-ref-url>", "<base64data>YWJj</base64data><blob-ref-url>");
        QVERIFY(put(*m_client, inlined)->status() != StatusCode::Ok);
        // The right one attaches, and only once.
        const auto created = put(*m_client, fileThing(url.toString(), hash, data.size()));
        QCOMPARE(created->status(), StatusCode::Ok);
        QCOMPARE(put(*m_client, fileThing(url.toString(), hash, data.size()))->status(),
            StatusCode::BlobTokenCommitted);

        // GetThings with blobpayload: schema-valid, a signed link that serves the bytes.
        const QString thingId = firstText(created->rawInfo(), QStringLiteral("thing-id"));
        const QByteArray query = "<info><group><id>" + thingId.toLatin1()
            + "</id><format><section>core</section><section>blobpayload</section><xml/>"
              "<blob-payload-request><blob-format><blob-format-spec>streamed</blob-format-spec>"
              "</blob-format></blob-payload-request></format></group></info>";
        const auto got = m_client->signedCall(QStringLiteral("GetThings"), 3, query);
        QCOMPARE(got->status(), StatusCode::Ok);
        checkSchema(got->rawInfo(), QStringLiteral("response-getthings3.xsd"));
        QCOMPARE(firstText(got->rawInfo(), QStringLiteral("hash")), hash);
        QCOMPARE(firstText(got->rawInfo(), QStringLiteral("content-length")),
            QString::number(data.size()));
        const QUrl download(firstText(got->rawInfo(), QStringLiteral("blob-ref-url")));
        BlobUrls urls(QUrl(QStringLiteral("http://127.0.0.1:9/")), m_store->blobUrlKey());
        const QString file = urls.downloadFile(download, m_clock.now());
        QVERIFY(!file.isEmpty());
        QFile stored(QDir(m_blobs->folder()).filePath(file));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), data);
        QUrl forged = download;
        forged.setQuery(download.query().replace(file, QString(32, QLatin1Char('0'))));
        QVERIFY(urls.downloadFile(forged, m_clock.now()).isEmpty());
        QVERIFY(urls.downloadFile(download, m_clock.now().addSecs(2 * 3600)).isEmpty());
        // Without the section: no blob-payload.
        QByteArray plain = query;
        plain.replace("<section>blobpayload</section>", "");
        QVERIFY(!m_client->signedCall(QStringLiteral("GetThings"), 3, plain)
                     ->rawInfo()
                     .contains("blob-payload"));

        // An update without blob-payload keeps the blob; one naming the
        // thing's own (even expired) link keeps it too; a foreign link fails.
        const QString stamp = firstText(created->rawInfo(), QStringLiteral("thing-id"));
        QString version;
        {
            const QByteArray raw = created->rawInfo();
            const qsizetype at = raw.indexOf("version-stamp=\"") + 15;
            version = QString::fromLatin1(raw.mid(at, 36));
        }
        const QString key
            = QStringLiteral("<thing-id version-stamp=\"%1\">%2</thing-id>").arg(version, thingId);
        QByteArray noBlobs = fileThing({}, {}, 0, key);
        noBlobs.truncate(noBlobs.indexOf("<blob-payload>"));
        noBlobs += "</thing>";
        const auto updated = put(*m_client, noBlobs);
        QCOMPARE(updated->status(), StatusCode::Ok);
        const QUuid newStamp = QUuid::fromString(QString::fromLatin1(
            updated->rawInfo().mid(updated->rawInfo().indexOf("version-stamp=\"") + 15, 36)));
        QCOMPARE(m_store->thingBlobs(newStamp).size(), 1);
        m_clock.advanceSeconds(2 * 3600);
        const QString key2 = QStringLiteral("<thing-id version-stamp=\"%1\">%2</thing-id>")
                                 .arg(newStamp.toString(QUuid::WithoutBraces), thingId);
        QCOMPARE(put(*m_client, fileThing(download.toString(), hash, data.size(), key2))->status(),
            StatusCode::Ok);
        QCOMPARE(put(*m_client, fileThing(forged.toString(), hash, data.size(), key2))->status(),
            StatusCode::InvalidBlobRefUrl);
    }

    void headerParsers()
    {
        const auto cr = ByteRanges::parseContentRange("bytes 10-19/*");
        QVERIFY(cr);
        QCOMPARE(cr->first, 10);
        QCOMPARE(cr->length(), 10);
        QCOMPARE(cr->total, -1);
        QCOMPARE(ByteRanges::parseContentRange("bytes 0-4/5")->total, 5);
        for (const char *bad : { "bytes 5-4/*", "bytes -1-4/*", "bytes 0-4/4", "bytes a-b/*",
                 "bits 0-4/*", "bytes 0-99999999999999999999/*", "bytes 0-4", "" })
            QVERIFY2(!ByteRanges::parseContentRange(bad), bad);
        QCOMPARE(ByteRanges::parseRange("bytes=5-")->last, -1);
        QCOMPARE(ByteRanges::parseRange("bytes=5-9")->last, 9);
        for (const char *bad : { "bytes=-5", "bytes=9-5", "bytes=0-1,4-5", "items=0-1", "" })
            QVERIFY2(!ByteRanges::parseRange(bad), bad);
    }
};

QTEST_GUILESS_MAIN(TestVaultBlobs)
#include "tst_vaultblobs.moc"
