// Blobs between two Hearth profiles through a real hearth-vault: a File
// thing with a multi-MB blob pushed from one profile and pulled into the
// other byte for byte; the vault killed mid-upload, then the upload resumed
// where the vault's received bytes end; an upload cancelled and then resumed; a wrong hash refused
// by the vault and a corrupted download refused by the client (nothing stored); a blob over the
// vault's size limit refused clearly on both sides.

#include "core/protocol/BlobHash.h"
#include "core/protocol/BlobHttp.h"
#include "core/protocol/BlobUpload.h"
#include "core/protocol/PlatformMethods.h"
#include "core/store/FileThings.h"
#include "core/store/Store.h"
#include "core/sync/SyncEngine.h"
#include "core/thing/Thing.h"
#include "tests/common/VaultFixture.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QTest>

using namespace hearth;
using hearth::protocol::PlatformError;
using hearth::test::VaultFixture;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// One Hearth profile: its store, client and engine.
struct Profile
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<protocol::PlatformClient> client;
    std::unique_ptr<SyncEngine> engine;

    Profile(VaultFixture &vault, const VaultFixture::Instance &instance)
    {
        StoreError error;
        store = Store::open(dir.filePath(QStringLiteral("hearth.db")), QByteArray(32, '\x05'),
            Clock::system(), &error);
        if (!store)
            qFatal("store: %s", qPrintable(error.message));
        client = vault.client(instance, Clock::system());
        engine = std::make_unique<SyncEngine>(*store, *client, Clock::system());
    }
    qint64 record() const { return store->records(0, 10).first().id; }
    QList<Thing> things() const
    {
        QList<Thing> result;
        for (const ThingRow &row : store->things(ThingQuery {}, QDateTime(), 0, 100, true))
            result << *Thing::fromXml(row.xml);
        return result;
    }
    QByteArray blobBytes(const Thing &thing) const
    {
        QByteArray bytes;
        QBuffer sink(&bytes);
        sink.open(QIODevice::WriteOnly);
        StoreError error;
        ThingBlobStore blobs(*store);
        if (!blobs.read(thing.blobs().value(0), sink, &error))
            return {};
        return bytes;
    }
};

// Bytes that differ in every block, so a shifted or repeated chunk shows.
QByteArray pattern(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed;
    for (qint64 i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        bytes[i] = char(x >> 24);
    }
    return bytes;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestBlobTransfer : public QObject
{
    Q_OBJECT

private:
    VaultFixture *m_vault = nullptr;
    VaultFixture::Person m_person;
    QTemporaryDir m_files;

    void startVault(const QStringList &arguments = {})
    {
        delete m_vault;
        m_vault = new VaultFixture;
        m_vault->setExtraArguments(arguments);
        m_person = m_vault->addPerson(QStringLiteral("blobs@example.org"));
        QVERIFY(m_vault->start());
    }

    // A profile with its record, and a File thing queued in it.
    std::unique_ptr<Profile> profileWithFile(const QByteArray &content, const QString &name)
    {
        auto profile = std::make_unique<Profile>(*m_vault, m_vault->authorize(m_person));
        if (!profile->engine->syncOnce().isOk())
            return nullptr;
        FileThings files(*profile->store, Clock::system());
        StoreError error;
        if (!files.addFile(profile->record(), writeFile(m_files, name, content), &error))
            return nullptr;
        return profile;
    }

private slots:
    void cleanup()
    {
        delete m_vault;
        m_vault = nullptr;
    }

    void roundTripBetweenProfiles()
    {
        startVault();
        const QByteArray content = pattern(12 * kMiB + 12345, 1);
        auto a = profileWithFile(content, QStringLiteral("scan.pdf"));
        QVERIFY(a);
        qint64 lastProgress = 0;
        a->engine->blobTransfer().setProgressHandler(
            [&](qint64 done, qint64 total) { lastProgress = done == total ? total : 0; });
        const PlatformError pushed = a->engine->syncOnce();
        QVERIFY2(pushed.isOk(), qPrintable(pushed.message));
        QCOMPARE(lastProgress, content.size());

        // The vault holds the thing with its blob, the same bytes on disk.
        const auto onVault = m_vault->vaultThings(m_person.recordId);
        QCOMPARE(onVault.size(), 1);
        const auto blobs = m_vault->store().thingBlobs(onVault.first().versionStamp);
        QCOMPARE(blobs.size(), 1);
        QCOMPARE(blobs.first().length, content.size());
        QCOMPARE(blobs.first().hash, protocol::BlobHash::of(content));
        QFile stored(m_vault->dataDir() + QStringLiteral("/blobs/") + blobs.first().file);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), content);

        // The pushing profile keeps its local copy when its own thing comes back.
        QVERIFY(a->engine->syncOnce().isOk());
        QCOMPARE(a->things().size(), 1);
        QCOMPARE(
            a->things().first().blobs().first().refUrl.scheme(), QStringLiteral("hearth-blob"));
        QCOMPARE(a->blobBytes(a->things().first()), content);

        // Another profile pulls it: identical bytes, stored locally.
        auto b = std::make_unique<Profile>(*m_vault, m_vault->authorize(m_person));
        const PlatformError pulled = b->engine->syncOnce();
        QVERIFY2(pulled.isOk(), qPrintable(pulled.message));
        QCOMPARE(b->things().size(), 1);
        const Thing thing = b->things().first();
        QCOMPARE(thing.id(), onVault.first().thingId);
        QCOMPARE(thing.blobs().first().refUrl.scheme(), QStringLiteral("hearth-blob"));
        QCOMPARE(thing.blobs().first().hash, protocol::BlobHash::of(content));
        QCOMPARE(b->blobBytes(thing), content);

        // A plain GET of the download link (as the .NET SDK does) gets it whole.
        protocol::GetThingsRequest get;
        get.recordId = m_person.recordId;
        protocol::ThingGroupQuery group;
        group.ids << thing.id();
        get.groups << group;
        QVERIFY(b->client->execute(get).isOk());
        const QUrl link
            = Thing::fromXml(get.results.first().things.first())->blobs().first().refUrl;
        QCOMPARE(link.path(), QStringLiteral("/streaming/wildcatblob.ashx"));
        protocol::BlobHttp::Reply whole;
        QVERIFY(protocol::BlobHttp::exchange(*b->client, link, "GET", {}, {}, &whole).isOk());
        QCOMPARE(whole.httpStatus, 200);
        QCOMPARE(whole.body.size(), content.size());
        QVERIFY(whole.body == content);
        // A link with another signature is refused.
        QUrl forged = link;
        forged.setQuery(link.query().replace(QStringLiteral("sig="), QStringLiteral("sig=0")));
        protocol::BlobHttp::Reply refused;
        QCOMPARE(
            protocol::BlobHttp::exchange(*b->client, forged, "GET", {}, {}, &refused).httpStatus,
            403);
    }

    void vaultKilledMidUploadResumes()
    {
        startVault();
        const QByteArray content = pattern(20 * kMiB + 7, 2);
        auto a = profileWithFile(content, QStringLiteral("xray.dcm"));
        QVERIFY(a);
        QList<qint64> progress;
        bool killed = false;
        a->engine->blobTransfer().setProgressHandler([&](qint64 done, qint64) {
            progress << done;
            if (!killed && done >= 8 * kMiB) {
                killed = true;
                m_vault->kill(); // after the vault stored two chunks
            }
        });
        const PlatformError interrupted = a->engine->syncOnce();
        QVERIFY(!interrupted.isOk());
        QVERIFY(interrupted.isTransient());
        QVERIFY(killed);
        // Nothing half-uploaded is attached to anything.
        QVERIFY(m_vault->vaultThings(m_person.recordId).isEmpty());

        QVERIFY(m_vault->start());
        progress.clear();
        const PlatformError resumed = a->engine->syncOnce();
        QVERIFY2(resumed.isOk(), qPrintable(resumed.message));
        // It went on from the vault's 8 MiB, not from the start.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.first(), 12 * kMiB);
        QCOMPARE(progress.last(), content.size());

        auto b = std::make_unique<Profile>(*m_vault, m_vault->authorize(m_person));
        QVERIFY(b->engine->syncOnce().isOk());
        QCOMPARE(b->things().size(), 1);
        QCOMPARE(b->blobBytes(b->things().first()), content);
    }

    void cancelledUploadGoesOnLater()
    {
        startVault();
        const QByteArray content = pattern(9 * kMiB, 7);
        auto a = profileWithFile(content, QStringLiteral("letter.png"));
        QVERIFY(a);
        QList<qint64> progress;
        a->engine->blobTransfer().setProgressHandler([&](qint64 done, qint64) {
            progress << done;
            a->engine->blobTransfer().cancel();
        });
        const PlatformError cancelled = a->engine->syncOnce();
        QVERIFY(!cancelled.isOk());
        QVERIFY2(
            cancelled.message.contains(QStringLiteral("cancelled")), qPrintable(cancelled.message));
        QCOMPARE(progress, QList<qint64> { 4 * kMiB });
        QVERIFY(m_vault->vaultThings(m_person.recordId).isEmpty());

        a->engine->blobTransfer().resetCancel();
        a->engine->blobTransfer().setProgressHandler(
            [&](qint64 done, qint64) { progress << done; });
        progress.clear();
        QVERIFY(a->engine->syncOnce().isOk());
        QCOMPARE(progress, (QList<qint64> { 8 * kMiB, content.size() }));
        QCOMPARE(m_vault->vaultThings(m_person.recordId).size(), 1);
    }

    void wrongHashRefusedByVault()
    {
        startVault();
        const auto instance = m_vault->authorize(m_person);
        auto client = m_vault->client(instance, Clock::system());
        const QByteArray content = pattern(3 * kMiB, 3);
        protocol::BeginPutBlob begin;
        begin.recordId = m_person.recordId;
        QVERIFY(client->execute(begin).isOk());
        QCOMPARE(begin.chunkSize, 4 * kMiB);
        QCOMPARE(begin.hashAlgorithm, QStringLiteral("SHA256Block"));
        QCOMPARE(begin.hashBlockSize, protocol::BlobHash::defaultBlockSize);
        protocol::BlobUpload upload(*client, begin.blobRefUrl, begin.chunkSize, content.size());
        upload.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        QCOMPARE(upload.write(content), content.size());
        QVERIFY(upload.finish());

        auto put = [&](const QString &hash) {
            File file;
            file.setName(QStringLiteral("lab.pdf"));
            file.setSize(content.size());
            ThingBlob blob;
            blob.contentType = QStringLiteral("application/pdf");
            blob.hashAlgorithm = QStringLiteral("SHA256Block");
            blob.hashBlockSize = protocol::BlobHash::defaultBlockSize;
            blob.hash = hash;
            blob.contentLength = content.size();
            blob.refUrl = begin.blobRefUrl;
            file.thing().setBlobs({ blob });
            protocol::PutThingsRequest request;
            request.recordId = m_person.recordId;
            request.things << file.thing().toXml();
            return client->execute(request);
        };
        const PlatformError wrong = put(protocol::BlobHash::of(pattern(3 * kMiB, 4)));
        QCOMPARE(wrong.kind, PlatformError::Kind::Status);
        QCOMPARE(wrong.rawStatus, 111); // INVALID_BLOB_HASH
        QVERIFY(m_vault->vaultThings(m_person.recordId).isEmpty());
        // The right hash attaches it, once.
        QVERIFY(put(protocol::BlobHash::of(content)).isOk());
        QCOMPARE(put(protocol::BlobHash::of(content)).rawStatus, 101); // BLOB_TOKEN_COMMITTED
        // An upload address of another record is refused.
        const auto other = m_vault->addPerson(QStringLiteral("other@example.org"));
        auto otherClient = m_vault->client(m_vault->authorize(other), Clock::system());
        protocol::PutThingsRequest stolen;
        stolen.recordId = other.recordId;
        File file;
        file.setName(QStringLiteral("x"));
        file.setSize(content.size()); // valid data-xml, so the blob is what is refused
        ThingBlob blob;
        blob.refUrl = begin.blobRefUrl;
        file.thing().setBlobs({ blob });
        stolen.things << file.thing().toXml();
        QCOMPARE(otherClient->execute(stolen).rawStatus, 88); // INVALID_BLOB_REF_URL
    }

    void corruptedDownloadStoresNothing()
    {
        startVault();
        const QByteArray content = pattern(5 * kMiB, 5);
        auto a = profileWithFile(content, QStringLiteral("photo.jpg"));
        QVERIFY(a);
        QVERIFY(a->engine->syncOnce().isOk());
        // One byte of the vault's copy changes on disk.
        QDirIterator files(m_vault->dataDir() + QStringLiteral("/blobs"), QDir::Files);
        QVERIFY(files.hasNext());
        QFile stored(files.next());
        QVERIFY(stored.open(QIODevice::ReadWrite));
        stored.seek(3 * kMiB);
        stored.write("!");
        stored.close();

        auto b = std::make_unique<Profile>(*m_vault, m_vault->authorize(m_person));
        const PlatformError pulled = b->engine->syncOnce();
        QVERIFY(!pulled.isOk());
        QVERIFY2(pulled.message.contains(QStringLiteral("does not match its hash")),
            qPrintable(pulled.message));
        QVERIFY(b->things().isEmpty());
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QVERIFY(!b->store->hasBlob(sha));
        QCOMPARE(b->store->syncCursor(b->record()), QString()); // tried again next time
    }

    void blobOverTheLimitRefused()
    {
        startVault({ QStringLiteral("--max-blob-size"), QString::number(2 * kMiB) });
        const QByteArray content = pattern(3 * kMiB, 6);
        auto a = profileWithFile(content, QStringLiteral("big.bin"));
        QVERIFY(a);
        const PlatformError refused = a->engine->syncOnce();
        QVERIFY(!refused.isOk());
        QVERIFY2(refused.message.contains(QStringLiteral("at most 2097152 bytes")),
            qPrintable(refused.message));
        QVERIFY(m_vault->vaultThings(m_person.recordId).isEmpty());

        // The vault enforces it too, whatever a client says.
        protocol::BeginPutBlob begin;
        begin.recordId = m_person.recordId;
        QVERIFY(a->client->execute(begin).isOk());
        QCOMPARE(begin.maxBlobSize, 2 * kMiB);
        protocol::BlobUpload upload(*a->client, begin.blobRefUrl, begin.chunkSize, 1);
        upload.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        upload.write(content);
        QVERIFY(!upload.finish());
        QCOMPARE(upload.error().httpStatus, 413);
        QVERIFY2(upload.error().message.contains(QStringLiteral("larger than this vault accepts")),
            qPrintable(upload.error().message));
    }
};

QTEST_GUILESS_MAIN(TestBlobTransfer)
#include "tst_blobtransfer.moc"
