// The preview of a stored file: a PNG shows its own pixels (a huge one
// scaled down), a PDF written here shows its first page, a damaged picture
// and other files show their details with a clear note, and the "Images and
// files" page previews the selected row (screenshot under
// build/<preset>/screenshots/).

#include "../common/Screenshot.h"
#include "core/Clock.h"
#include "core/store/FileThings.h"
#include "core/store/KeyMaterial.h"
#include "core/store/Store.h"
#include "core/thing/File.h"
#include "ui/pages/FilePreview.h"
#include "ui/pages/ImagesPage.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace hearth;
using namespace hearth::ui;

namespace {

// Left half red, right half blue.
QImage twoColours(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(0, 0, size.width() / 2, size.height(), Qt::red);
    painter.fillRect(size.width() / 2, 0, size.width() - size.width() / 2, size.height(), Qt::blue);
    return image;
}

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 200 && qGreen(pixel) < 60 && qBlue(pixel) < 60;
}

bool isBlue(QRgb pixel)
{
    return qBlue(pixel) > 200 && qRed(pixel) < 60 && qGreen(pixel) < 60;
}

} // namespace

class TestFilePreview : public QObject
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

    void aStoredPictureShowsItsPixels()
    {
        const QString path = m_dir->filePath(QStringLiteral("photo.png"));
        QVERIFY(twoColours(QSize(40, 30)).save(path));
        FilePreview preview;
        preview.showFile(ThingBlobStore(*m_store), add(path));
        QCOMPARE(preview.kind(), FilePreview::Kind::Picture);
        const QImage shown = preview.image();
        QCOMPARE(shown.size(), QSize(40, 30));
        QVERIFY(isRed(shown.pixel(5, 15)));
        QVERIFY(isBlue(shown.pixel(34, 15)));
        QVERIFY(preview.message().contains(QStringLiteral("photo.png")));
    }

    void aHugePictureIsDecodedScaledDown()
    {
        const QString path = m_dir->filePath(QStringLiteral("wide.png"));
        QVERIFY(twoColours(QSize(4000, 1000)).save(path));
        FilePreview preview;
        preview.showFile(ThingBlobStore(*m_store), add(path));
        QCOMPARE(preview.kind(), FilePreview::Kind::Picture);
        QCOMPARE(preview.image().size(), QSize(FilePreview::maxSide, FilePreview::maxSide / 4));
        QVERIFY(isRed(preview.image().pixel(100, 200)));
        QVERIFY(isBlue(preview.image().pixel(FilePreview::maxSide - 100, 200)));
    }

    void aStoredPdfShowsItsFirstPage()
    {
        const QString path = m_dir->filePath(QStringLiteral("letter.pdf"));
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A5));
            QPainter painter(&writer);
            const QRect page(QPoint(0, 0), QSize(writer.width(), writer.height()));
            painter.fillRect(page, Qt::red);
            writer.newPage();
            painter.fillRect(page, Qt::blue);
        }
        FilePreview preview;
        preview.showFile(ThingBlobStore(*m_store), add(path));
        QCOMPARE(preview.kind(), FilePreview::Kind::PdfPage);
        const QImage page = preview.image();
        // A5 is taller than wide; its points at twice the size.
        QVERIFY(page.height() > page.width());
        QVERIFY(page.width() > 500);
        QVERIFY2(isRed(page.pixel(page.width() / 2, page.height() / 2)),
            "the middle of the preview is the first (red) page");
    }

    void aDamagedPictureSaysSo()
    {
        const QString path = m_dir->filePath(QStringLiteral("broken.png"));
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(twoColours(QSize(40, 30)).save(&buffer, "PNG"));
        }
        bytes.truncate(40);
        bytes.append(QByteArray(200, '\x5a'));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        FilePreview preview;
        preview.showFile(ThingBlobStore(*m_store), add(path));
        QCOMPARE(preview.kind(), FilePreview::Kind::Details);
        QVERIFY(preview.image().isNull());
        QVERIFY(preview.message().contains(QStringLiteral("damaged")));
        QVERIFY(preview.message().contains(QStringLiteral("broken.png")));
    }

    void anotherFileShowsItsDetails()
    {
        const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("blood test on Monday\n");
        file.close();
        FilePreview preview;
        preview.showFile(ThingBlobStore(*m_store), add(path));
        QCOMPARE(preview.kind(), FilePreview::Kind::Details);
        QVERIFY(preview.message().contains(QStringLiteral("notes.txt")));
        QVERIFY(preview.message().contains(QStringLiteral("text/plain")));
        QVERIFY(preview.message().contains(QStringLiteral("No preview")));
    }

    void thePagePreviewsTheSelectedFile()
    {
        const QString path = m_dir->filePath(QStringLiteral("photo.png"));
        QVERIFY(twoColours(QSize(300, 200)).save(path));
        ImagesPage page(m_store.get(), m_clock);
        page.setRecord(m_record);
        QVERIFY(page.addFile(path));
        QTRY_COMPARE(page.rowCount(), 1);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->setCurrentIndex(page.view()->model()->index(0, 0));
        QCOMPARE(page.preview()->kind(), FilePreview::Kind::Picture);
        QCOMPARE(page.preview()->image().size(), QSize(300, 200));
        const QImage shot = test::saveScreenshot(&page, QStringLiteral("filepreview-page"));
        QVERIFY(!shot.isNull());
        // The shown picture sits in the preview: red and blue are both on screen.
        const QImage shown = page.preview()->grab().toImage();
        bool red = false;
        bool blue = false;
        for (int y = 0; y < shown.height(); y += 3) {
            for (int x = 0; x < shown.width(); x += 3) {
                red = red || isRed(shown.pixel(x, y));
                blue = blue || isBlue(shown.pixel(x, y));
            }
        }
        QVERIFY(red && blue);
    }

private:
    File add(const QString &path)
    {
        FileThings files(*m_store, m_clock);
        StoreError error;
        const std::optional<File> file = files.addFile(m_record, path, &error);
        if (!file)
            qFatal("cannot add %s: %s", qPrintable(path), qPrintable(error.message));
        return *file;
    }

    FixedClock m_clock { QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_record = 0;
};

QTEST_MAIN(TestFilePreview)
#include "tst_filepreview.moc"
