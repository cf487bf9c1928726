// The "Images and files" page on a real encrypted store: a DICOM study and
// the patient CD imported, a PDF added and saved back identical, a stored
// study opened in the viewer showing the same pixels as the original file,
// files dropped, and the record's picture set (cropped to its middle square)
// and shown by the record switcher; screenshots under build/<preset>/screenshots/.

#include "../common/Screenshot.h"
#include "core/Clock.h"
#include "core/imaging/DicomFile.h"
#include "core/store/FileThings.h"
#include "core/store/KeyMaterial.h"
#include "core/store/RecordListModel.h"
#include "core/store/Store.h"
#include "core/thing/File.h"
#include "core/thing/MedicalImageStudy.h"
#include "ui/RecordSwitcher.h"
#include "ui/imaging/DicomImageView.h"
#include "ui/imaging/DicomViewer.h"
#include "ui/pages/ImagesPage.h"
#include "ui/pages/ThingTableModel.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace hearth;
using namespace hearth::ui;

namespace {

QString samples()
{
    return QStringLiteral(HEARTH_SHARED_DIR "/samples/dicom");
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

class TestImagesPage : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        if (!QFile::exists(samples() + QStringLiteral("/CT_small.dcm")))
            QSKIP("the DICOM samples of HEARTH_SHARED_DIR are not here");
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

    void importsAddsOpensAndSaves()
    {
        ImagesPage page(m_store.get(), m_clock);
        page.resize(900, 500);
        page.setRecord(m_record);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.rowCount(), 0);
        auto *empty = page.findChild<QLabel *>(QStringLiteral("emptyNote"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!page.view()->isVisible());
        for (QPushButton *button : page.findChildren<QPushButton *>())
            QVERIFY(!button->accessibleName().isEmpty());

        QVERIFY2(page.importStudies(samples() + QStringLiteral("/CT_small.dcm")),
            qPrintable(page.errorString()));
        QCOMPARE(page.rowCount(), 1);
        QVERIFY(!empty->isVisible());
        QVERIFY(page.view()->isVisible());
        QVERIFY2(page.importStudies(samples() + QStringLiteral("/dicomdir/DICOMDIR")),
            qPrintable(page.errorString()));
        QCOMPARE(page.rowCount(), 7);
        const QString text = m_dir->filePath(QStringLiteral("notes.dcm"));
        {
            QFile out(text);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("not an image at all\n");
        }
        QVERIFY(!page.importStudies(text));
        QVERIFY(!page.errorString().isEmpty());
        QCOMPARE(page.rowCount(), 7);

        const QString pdf = m_dir->filePath(QStringLiteral("lab report.pdf"));
        {
            QFile out(pdf);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("%PDF-1.4\n% a lab report\n");
            out.write(QByteArray(3 * 1024 * 1024 + 17, 'x'));
        }
        QVERIFY2(page.addFile(pdf), qPrintable(page.errorString()));
        DicomFile original;
        QVERIFY(original.open(samples() + QStringLiteral("/CT_small.dcm")));
        int fileRow = -1;
        int ctRow = -1;
        auto *table = qobject_cast<ThingTableModel *>(page.view()->model());
        QVERIFY(table);
        for (int row = 0; row < page.rowCount(); ++row) {
            const QString summary
                = table->index(row, ThingTableModel::SummaryColumn).data().toString();
            if (summary.startsWith(QLatin1String("lab report.pdf")))
                fileRow = row;
            const std::optional<Thing> thing = table->thingAt(row);
            const std::optional<MedicalImageStudy> study
                = thing ? MedicalImageStudy::fromThing(*thing) : std::nullopt;
            if (study && study->studyInstanceUid() == original.metadata().studyInstanceUid)
                ctRow = row;
        }
        QVERIFY(fileRow >= 0);
        QVERIFY(ctRow >= 0);
        QTest::qWait(50);
        const QImage pageShot = test::saveScreenshot(&page, QStringLiteral("imagespage"));
        QVERIFY(!pageShot.isNull());
        QVERIFY(test::distinctColours(pageShot) > 8);

        const QString copy = m_dir->filePath(QStringLiteral("copy.pdf"));
        QVERIFY2(page.saveCopy(fileRow, copy), qPrintable(page.errorString()));
        QCOMPARE(fileHash(copy), fileHash(pdf));
        QVERIFY(!page.saveCopy(ctRow, copy));

        DicomViewer *viewer = page.openStudy(ctRow);
        QVERIFY2(viewer, qPrintable(page.errorString()));
        QWidget *window = viewer->QWidget::window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(viewer->findChild<QLabel *>(QStringLiteral("detailModality"))->text(),
            QStringLiteral("CT"));
        viewer->setWindow({ 40, 400 });
        QTest::qWait(50);
        // The stored copy shows the very pixels of the original file.
        QCOMPARE(viewer->currentImage(), original.render(0, { 40, 400 }));
        const QImage shot = test::saveScreenshot(window, QStringLiteral("imagespage-study"));
        QVERIFY(!shot.isNull());
        auto *view = viewer->findChild<DicomImageView *>(QStringLiteral("dicomImage"));
        QVERIFY(test::distinctColours(view->grab().toImage()) > 30);
        window->close();
    }

    void dropsADicomFileAndADocument()
    {
        ImagesPage page(m_store.get(), m_clock);
        page.setRecord(m_record);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.acceptDrops());
        const QString note = m_dir->filePath(QStringLiteral("referral.txt"));
        {
            QFile out(note);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("Please see the MR of the head.\n");
        }
        QMimeData data;
        data.setUrls({ QUrl::fromLocalFile(samples() + QStringLiteral("/MR_small.dcm")),
            QUrl::fromLocalFile(note) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&page, &drop);
        QCOMPARE(page.rowCount(), 2);
        auto *table = qobject_cast<ThingTableModel *>(page.view()->model());
        int studies = 0;
        int files = 0;
        for (int row = 0; row < page.rowCount(); ++row) {
            const std::optional<Thing> thing = table->thingAt(row);
            QVERIFY(thing);
            studies += MedicalImageStudy::fromThing(*thing).has_value();
            files += File::fromThing(*thing).has_value();
        }
        QCOMPARE(studies, 1);
        QCOMPARE(files, 1);
    }

    void theRecordPictureIsCroppedStoredAndShown()
    {
        RecordListModel records(m_store.get());
        RecordSwitcher switcher;
        switcher.setModel(&records);
        switcher.setStore(m_store.get());
        switcher.show();
        QVERIFY(QTest::qWaitForWindowExposed(&switcher));
        QCOMPARE(switcher.currentRecord(), m_record);
        QVERIFY(!switcher.showsStoredPicture());

        // Red | green square | blue: the crop keeps the green middle only.
        QImage photo(1200, 800, QImage::Format_RGB32);
        photo.fill(Qt::red);
        QPainter painter(&photo);
        painter.fillRect(200, 0, 800, 800, Qt::green);
        painter.fillRect(1000, 0, 200, 800, Qt::blue);
        painter.end();
        const QString path = m_dir->filePath(QStringLiteral("ann.jpg"));
        QVERIFY(photo.save(path, "PNG")); // a PNG named .jpg: read by content
        QVERIFY2(switcher.setPicture(path), qPrintable(switcher.errorString()));
        QVERIFY(switcher.showsStoredPicture());

        FileThings files(*m_store, m_clock);
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        StoreError error;
        QVERIFY2(files.readPersonalImage(m_record, bytes, &error), qPrintable(error.message));
        QImage stored;
        QVERIFY(stored.loadFromData(bytes.data()));
        QCOMPARE(stored.size(), QSize(RecordSwitcher::pictureSide, RecordSwitcher::pictureSide));
        for (const QPoint &at : { QPoint(1, 1), QPoint(510, 1), QPoint(256, 256), QPoint(1, 510) })
            QCOMPARE(QColor(stored.pixel(at)), QColor(Qt::green));
        auto *label = switcher.findChild<QLabel *>(QStringLiteral("recordPicture"));
        const QImage shown = label->grab().toImage();
        const QColor middle = shown.pixelColor(shown.width() / 2, shown.height() / 2);
        QVERIFY2(middle.green() > 200 && middle.red() < 60 && middle.blue() < 60,
            qPrintable(middle.name()));
        QVERIFY(!switcher.setPicture(m_dir->filePath(QStringLiteral("missing.png"))));
        QVERIFY(!switcher.errorString().isEmpty());
    }

private:
    FixedClock m_clock { QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_record = 0;
};

QTEST_MAIN(TestImagesPage)
#include "tst_imagespage.moc"
