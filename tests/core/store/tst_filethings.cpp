// File things and the personal picture in a real encrypted store: content
// streamed as the default blob and read back identical, the vault's
// SHA256Block hash, the size limit, cancel, and replacing a picture.

#include "core/Clock.h"
#include "core/store/FileThings.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {

qint64 count(const Store &store, const QString &table)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QByteArray randomBytes(qint64 size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(generator.generate() & 0xff);
    return data;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// SHA256Block as the vault computes it: SHA-256 over the concatenated
// SHA-256 digests of 2 MiB blocks, in Base64.
QString sha256Block(const QByteArray &data)
{
    QByteArray digests;
    for (qint64 at = 0; at < data.size(); at += 2 * 1024 * 1024)
        digests
            += QCryptographicHash::hash(data.mid(at, 2 * 1024 * 1024), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        QCryptographicHash::hash(digests, QCryptographicHash::Sha256).toBase64());
}

// Peak resident memory since resetPeakMemory(), from /proc (Linux >= 4.0).
void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}
qint64 peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

// The start of a PNG: enough for the content type to be image/png.
const QByteArray kPng = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + randomBytes(300);

} // namespace

class TestFileThings : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        StoreError error;
        m_store = Store::open(
            m_dir->filePath(QStringLiteral("s.db")), KeyMaterial::randomKey(), m_clock, &error);
        QVERIFY2(m_store, qPrintable(error.message));
        RecordRow r;
        r.recordId = QUuid::createUuid();
        r.personId = QUuid::createUuid();
        r.personName = QStringLiteral("Ann");
        r.displayName = QStringLiteral("Ann");
        r.access = RecordRow::Access::Custodian;
        m_record = m_store->putRecord(r, &error).value_or(0);
        QVERIFY(m_record > 0);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void aFileIsStoredInChunksAndReadBackIdentical()
    {
        // Three and a half chunks, two SHA256Block blocks.
        const QByteArray data = randomBytes(3 * Store::blobChunkSize + Store::blobChunkSize / 2);
        const QString path = m_dir->filePath(QStringLiteral("lab report.pdf"));
        QVERIFY(writeFile(path, QByteArray("%PDF-1.4\n") + data));
        const QByteArray content = QByteArray("%PDF-1.4\n") + data;

        FileThings files(*m_store, m_clock);
        QList<qint64> progress;
        files.blobs().setProgressHandler([&](qint64 done) { progress.append(done); });
        StoreError error;
        std::optional<File> file = files.addFile(m_record, path, &error);
        QVERIFY2(file, qPrintable(error.message));
        QCOMPARE(progress.size(), 4);
        QCOMPARE(progress.last(), qint64(content.size()));
        QCOMPARE(count(*m_store, QStringLiteral("blob_chunks")), qint64(4));

        std::optional<Thing> loaded = m_store->loadThing(file->thing().id(), &error);
        QVERIFY2(loaded, qPrintable(error.message));
        std::optional<File> typed = File::fromThing(*loaded);
        QVERIFY(typed);
        QCOMPARE(typed->name(), QStringLiteral("lab report.pdf"));
        QCOMPARE(typed->size(), qint64(content.size()));
        QCOMPARE(typed->contentType()->text, QStringLiteral("application/pdf"));
        const QList<ThingBlob> blobs = loaded->blobs();
        QCOMPARE(blobs.size(), 1);
        QVERIFY(blobs.first().name.isEmpty());
        QCOMPARE(blobs.first().hash, sha256Block(content));
        QCOMPARE(blobs.first().hashBlockSize, qint64(2 * 1024 * 1024));
        QCOMPARE(ThingBlobStore::localHash(blobs.first()),
            QString::fromLatin1(
                QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));

        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QVERIFY2(files.blobs().read(blobs.first(), sink, &error), qPrintable(error.message));
        QCOMPARE(QCryptographicHash::hash(sink.data(), QCryptographicHash::Sha256),
            QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QCOMPARE(count(*m_store, QStringLiteral("outbound")), qint64(1));
    }

    void memoryDoesNotGrowWithTheFile()
    {
        // 64 MiB of a sparse file: the store must stream it, not hold it.
        const QString path = m_dir->filePath(QStringLiteral("scan.tiff"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(64) * 1024 * 1024));
        }
        FileThings files(*m_store, m_clock);
        resetPeakMemory();
        const qint64 before = peakMemoryMb();
        StoreError error;
        std::optional<File> file = files.addFile(m_record, path, &error);
        QVERIFY2(file, qPrintable(error.message));
        const qint64 growth = peakMemoryMb() - before;
        QVERIFY2(growth < 24, qPrintable(QStringLiteral("peak RSS grew by %1 MB").arg(growth)));
        QCOMPARE(count(*m_store, QStringLiteral("blob_chunks")), qint64(64));
    }

    void aFileOverTheLimitIsRefusedClearly()
    {
        const QString path = m_dir->filePath(QStringLiteral("scan.jpg"));
        QVERIFY(writeFile(path, randomBytes(5000)));
        FileThings files(*m_store, m_clock);
        files.setMaxFileSize(4096);
        StoreError error;
        QVERIFY(!files.addFile(m_record, path, &error));
        QCOMPARE(error.code, StoreError::Code::InvalidArgument);
        QVERIFY2(error.message.contains(QStringLiteral("scan.jpg")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("up to")), qPrintable(error.message));
        QCOMPARE(count(*m_store, QStringLiteral("things")), qint64(0));
        QCOMPARE(count(*m_store, QStringLiteral("blobs")), qint64(0));
    }

    void cancelStoresNothing()
    {
        const QString path = m_dir->filePath(QStringLiteral("big.bin"));
        QVERIFY(writeFile(path, randomBytes(3 * Store::blobChunkSize)));
        FileThings files(*m_store, m_clock);
        files.blobs().setProgressHandler([&](qint64) { files.blobs().cancel(); });
        StoreError error;
        QVERIFY(!files.addFile(m_record, path, &error));
        QCOMPARE(error.code, StoreError::Code::Cancelled);
        QCOMPARE(count(*m_store, QStringLiteral("things")), qint64(0));
        QCOMPARE(count(*m_store, QStringLiteral("blob_chunks")), qint64(0));
        QCOMPARE(count(*m_store, QStringLiteral("outbound")), qint64(0));
    }

    void thePersonalPictureIsSetAndReplaced()
    {
        const QString first = m_dir->filePath(QStringLiteral("ann.png"));
        QVERIFY(writeFile(first, kPng));
        FileThings files(*m_store, m_clock);
        StoreError error;
        std::optional<PersonalImage> image = files.setPersonalImage(m_record, first, &error);
        QVERIFY2(image, qPrintable(error.message));
        QCOMPARE(m_store->record(m_record)->pictureThingId, image->thing().id());
        QCOMPARE(image->image().contentType, QStringLiteral("image/png"));
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QVERIFY2(files.readPersonalImage(m_record, sink, &error), qPrintable(error.message));
        QCOMPARE(sink.data(), kPng);

        const QByteArray second = kPng + QByteArray("newer");
        const QString secondPath = m_dir->filePath(QStringLiteral("ann-2024.png"));
        QVERIFY(writeFile(secondPath, second));
        std::optional<PersonalImage> replaced
            = files.setPersonalImage(m_record, secondPath, &error);
        QVERIFY2(replaced, qPrintable(error.message));
        QCOMPARE(replaced->thing().id(), image->thing().id());
        QCOMPARE(m_store->history(image->thing().id()).size(), 1);
        ThingQuery query;
        query.types = { PersonalImage::typeId() };
        QCOMPARE(m_store->countThings(query), qint64(1));
        QBuffer again;
        again.open(QIODevice::WriteOnly);
        QVERIFY(files.readPersonalImage(m_record, again, &error));
        QCOMPARE(again.data(), second);
    }

    void aPictureMustBeAnImage()
    {
        const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(path, "just some text\n"));
        FileThings files(*m_store, m_clock);
        StoreError error;
        QVERIFY(!files.setPersonalImage(m_record, path, &error));
        QCOMPARE(error.code, StoreError::Code::InvalidArgument);
        QVERIFY(error.message.contains(QStringLiteral("not a picture")));
        QVERIFY(m_store->record(m_record)->pictureThingId.isNull());
        QCOMPARE(count(*m_store, QStringLiteral("blobs")), qint64(0));
    }

private:
    FixedClock m_clock { QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_record = 0;
};

QTEST_GUILESS_MAIN(TestFileThings)
#include "tst_filethings.moc"
