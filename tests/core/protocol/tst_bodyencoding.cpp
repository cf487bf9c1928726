// Request body encodings: gzip and both flavours of deflate, with a size cap.

#include "core/protocol/BodyEncoding.h"

#include <QTest>

#include <zlib.h>

using hearth::protocol::BodyEncoding;

class TestBodyEncoding : public QObject
{
    Q_OBJECT
private:
    static QByteArray zlibWrapped(const QByteArray &data)
    {
        uLongf size = compressBound(uLong(data.size()));
        QByteArray out(qsizetype(size), Qt::Uninitialized);
        compress(reinterpret_cast<Bytef *>(out.data()), &size,
            reinterpret_cast<const Bytef *>(data.constData()), uLong(data.size()));
        out.resize(qsizetype(size));
        return out;
    }

private slots:
    void roundTrips()
    {
        const QByteArray data = QByteArray("<info>weight</info>").repeated(1000);
        QByteArray out;
        QCOMPARE(BodyEncoding::decode(BodyEncoding::gzip(data), "gzip", 1 << 20, &out),
            BodyEncoding::Result::Ok);
        QCOMPARE(out, data);
        QCOMPARE(BodyEncoding::decode(BodyEncoding::deflateRaw(data), "Deflate", 1 << 20, &out),
            BodyEncoding::Result::Ok);
        QCOMPARE(out, data);
        QCOMPARE(BodyEncoding::decode(zlibWrapped(data), "deflate", 1 << 20, &out),
            BodyEncoding::Result::Ok);
        QCOMPARE(out, data);
        QCOMPARE(BodyEncoding::decode(data, "", 1 << 20, &out), BodyEncoding::Result::Ok);
        QCOMPARE(out, data);
        QCOMPARE(BodyEncoding::decode(data, "identity", 1 << 20, &out), BodyEncoding::Result::Ok);
    }

    void capsTheDecodedSize()
    {
        const QByteArray bomb(8 * 1024 * 1024, 'a');
        const QByteArray packed = BodyEncoding::gzip(bomb);
        QVERIFY(packed.size() < 64 * 1024);
        QByteArray out;
        QCOMPARE(BodyEncoding::decode(packed, "gzip", 1024 * 1024, &out),
            BodyEncoding::Result::TooLarge);
        QVERIFY(out.size() <= 1024 * 1024 + 64 * 1024 + 1);
        QCOMPARE(BodyEncoding::decode(bomb, "", 1024, &out), BodyEncoding::Result::TooLarge);
        QCOMPARE(BodyEncoding::decode(packed, "gzip", bomb.size(), &out), BodyEncoding::Result::Ok);
    }

    void rejectsCorruptAndUnknown()
    {
        QByteArray out;
        QCOMPARE(
            BodyEncoding::decode("<info/>", "gzip", 1024, &out), BodyEncoding::Result::Corrupt);
        QByteArray truncated = BodyEncoding::gzip(QByteArray(5000, 'x'));
        truncated.chop(10);
        QCOMPARE(
            BodyEncoding::decode(truncated, "gzip", 1 << 20, &out), BodyEncoding::Result::Corrupt);
        QCOMPARE(
            BodyEncoding::decode("abc", "br", 1024, &out), BodyEncoding::Result::UnknownEncoding);
    }
};

QTEST_GUILESS_MAIN(TestBodyEncoding)
#include "tst_bodyencoding.moc"
