// The square crop of a record's picture: it starts on the middle square,
// keys move and resize it inside the picture, a drag draws a new square or
// moves it, and the record's stored picture is exactly the chosen square.

#include "core/Clock.h"
#include "core/store/FileThings.h"
#include "core/store/KeyMaterial.h"
#include "core/store/RecordListModel.h"
#include "core/store/Store.h"
#include "ui/RecordSwitcher.h"
#include "ui/SquareCropDialog.h"

#include <QBuffer>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using namespace hearth::ui;

namespace {

// Four 100x100 quadrants: red, green / blue, yellow.
QImage quadrants()
{
    QImage image(200, 200, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(0, 0, 100, 100, Qt::red);
    painter.fillRect(100, 0, 100, 100, Qt::green);
    painter.fillRect(0, 100, 100, 100, Qt::blue);
    painter.fillRect(100, 100, 100, 100, Qt::yellow);
    return image;
}

} // namespace

class TestSquareCrop : public QObject
{
    Q_OBJECT
private slots:
    void keysMoveAndResizeInsideThePicture()
    {
        QImage wide(300, 200, QImage::Format_RGB32);
        wide.fill(Qt::gray);
        SquareCropDialog dialog(wide);
        SquareCropArea *area = dialog.area();
        QVERIFY(!area->accessibleName().isEmpty());
        QCOMPARE(dialog.selection(), QRect(50, 0, 200, 200));
        QTest::keyClick(area, Qt::Key_Left); // step: 200 / 50
        QCOMPARE(dialog.selection(), QRect(46, 0, 200, 200));
        QTest::keyClick(area, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(dialog.selection(), QRect(6, 0, 200, 200));
        QTest::keyClick(area, Qt::Key_Left, Qt::ShiftModifier); // stops at the edge
        QCOMPARE(dialog.selection(), QRect(0, 0, 200, 200));
        QTest::keyClick(area, Qt::Key_Minus);
        QCOMPARE(dialog.selection(), QRect(4, 4, 192, 192));
        QTest::keyClick(area, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(dialog.selection(), QRect(4, 8, 192, 192));
        QTest::keyClick(area, Qt::Key_Plus); // never larger than the picture
        QCOMPARE(dialog.selection(), QRect(0, 0, 200, 200));
    }

    void aDragDrawsAndMovesTheSquare()
    {
        SquareCropArea area(quadrants());
        area.resize(200, 200); // one widget pixel per picture pixel
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        area.setSelection(QRect(150, 150, 50, 50));
        QTest::mousePress(&area, Qt::LeftButton, {}, QPoint(10, 20));
        QTest::mouseMove(&area, QPoint(70, 50));
        QTest::mouseRelease(&area, Qt::LeftButton, {}, QPoint(70, 50));
        QCOMPARE(area.selection(), QRect(10, 20, 60, 60));
        QTest::mousePress(&area, Qt::LeftButton, {}, QPoint(40, 50));
        QTest::mouseMove(&area, QPoint(90, 60));
        QTest::mouseRelease(&area, Qt::LeftButton, {}, QPoint(90, 60));
        QCOMPARE(area.selection(), QRect(60, 30, 60, 60));
    }

    void theStoredPictureIsTheChosenSquare()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
        StoreError error;
        std::unique_ptr<Store> store = Store::open(
            dir.filePath(QStringLiteral("s.db")), KeyMaterial::randomKey(), clock, &error);
        QVERIFY2(store, qPrintable(error.message));
        RecordRow r;
        r.recordId = QUuid::createUuid();
        r.personId = QUuid::createUuid();
        r.personName = QStringLiteral("Ann");
        r.displayName = QStringLiteral("Ann");
        r.access = RecordRow::Access::Custodian;
        const qint64 record = store->putRecord(r, &error).value_or(0);
        QVERIFY(record > 0);
        RecordListModel records(store.get());
        RecordSwitcher switcher;
        switcher.setModel(&records);
        switcher.setStore(store.get());
        QCOMPARE(switcher.currentRecord(), record);

        const QString path = dir.filePath(QStringLiteral("ann.png"));
        QVERIFY(quadrants().save(path));
        SquareCropDialog dialog(quadrants());
        dialog.area()->setSelection(QRect(100, 100, 100, 100)); // the yellow quadrant
        QVERIFY2(switcher.setPicture(path, dialog.selection()), qPrintable(switcher.errorString()));

        FileThings files(*store, clock);
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        QVERIFY2(files.readPersonalImage(record, bytes, &error), qPrintable(error.message));
        QImage stored;
        QVERIFY(stored.loadFromData(bytes.data()));
        QCOMPARE(stored.size(), QSize(100, 100));
        for (const QPoint &at : { QPoint(0, 0), QPoint(99, 0), QPoint(50, 50), QPoint(0, 99) })
            QCOMPARE(QColor(stored.pixel(at)), QColor(Qt::yellow));
        QVERIFY(!switcher.setPicture(path, QRect(150, 150, 100, 100)));
        QVERIFY(!switcher.setPicture(path, QRect(0, 0, 100, 50)));
    }
};

QTEST_MAIN(TestSquareCrop)
#include "tst_squarecrop.moc"
