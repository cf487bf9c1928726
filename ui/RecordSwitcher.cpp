#include "ui/RecordSwitcher.h"

#include "core/Clock.h"
#include "core/store/FileThings.h"
#include "core/store/RecordListModel.h"
#include "core/store/Store.h"
#include "ui/SquareCropDialog.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QShortcut>
#include <QStyle>
#include <QTemporaryDir>

namespace hearth::ui {

namespace {

// A round picture with the initials of the name, in a colour of its own,
// until the record has a photo.
QPixmap initialsPicture(const QString &name, int side, qreal ratio)
{
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QString initials;
    for (const QString &part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 2))
        initials += part.at(0).toUpper();
    const QColor colour = QColor::fromHsv(int(qHash(name) % 360), 120, 180);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(0, 0, side, side));
    QFont font = painter.font();
    font.setPixelSize(side * 2 / 5);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, initials);
    return pixmap;
}

// The picture as a circle of side x side, from its middle square.
QPixmap roundPicture(const QImage &image, int side, qreal ratio)
{
    const int square = std::min(image.width(), image.height());
    const QImage middle
        = image.copy((image.width() - square) / 2, (image.height() - square) / 2, square, square);
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, side, side));
    painter.setClipPath(circle);
    painter.drawImage(QRectF(0, 0, side, side), middle);
    return pixmap;
}

} // namespace

RecordSwitcher::RecordSwitcher(QWidget *parent)
    : QWidget(parent)
    , m_picture(new QLabel(this))
    , m_records(new QComboBox(this))
{
    setObjectName(QStringLiteral("recordSwitcher"));
    setAccessibleName(tr("Record switcher"));

    m_picture->setObjectName(QStringLiteral("recordPicture"));
    m_picture->setAccessibleName(tr("Picture of the record"));
    const int side = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_picture->setPixmap(style()->standardIcon(QStyle::SP_DirHomeIcon).pixmap(side, side));

    m_records->setObjectName(QStringLiteral("recordList"));
    m_records->setAccessibleName(tr("Records"));
    m_records->setPlaceholderText(tr("No record yet"));
    m_records->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_records, &QComboBox::currentIndexChanged, this, [this] {
        showPicture();
        emit recordChanged(currentRecord());
    });

    for (int n = 1; n <= 9; ++n) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, n] { switchTo(n - 1); });
    }

    auto *setPictureAction = new QAction(tr("Set the picture..."), m_picture);
    connect(setPictureAction, &QAction::triggered, this, &RecordSwitcher::choosePicture);
    m_picture->addAction(setPictureAction);
    m_picture->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_picture);
    layout->addWidget(m_records, 1);
}

void RecordSwitcher::setModel(RecordListModel *model)
{
    m_model = model;
    m_records->setModel(model);
    while (model->canFetchMore({}))
        model->fetchMore({});
    if (m_records->currentIndex() < 0 && m_records->count() > 0)
        m_records->setCurrentIndex(0);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_records->currentIndex() < 0)
            m_records->setCurrentIndex(0);
    });
    showPicture();
}

qint64 RecordSwitcher::currentRecord() const
{
    if (!m_model || m_records->currentIndex() < 0)
        return 0;
    return m_model->recordAt(m_records->currentIndex()).id;
}

bool RecordSwitcher::setCurrentRecord(qint64 rowId)
{
    if (!m_model)
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->recordAt(row).id == rowId) {
            m_records->setCurrentIndex(row);
            return true;
        }
    }
    return false;
}

void RecordSwitcher::switchTo(int index)
{
    if (index >= 0 && index < m_records->count())
        m_records->setCurrentIndex(index);
}

void RecordSwitcher::setStore(Store *store)
{
    m_store = store;
    connect(store, &Store::recordChanged, this, [this](qint64 id) {
        if (id == currentRecord())
            showPicture();
    });
    showPicture();
}

bool RecordSwitcher::setPicture(const QString &imageFile)
{
    return setPicture(imageFile, QRect());
}

bool RecordSwitcher::setPicture(const QString &imageFile, const QRect &square)
{
    m_error.clear();
    const qint64 record = currentRecord();
    if (!m_store || record <= 0) {
        m_error = tr("There is no record to set the picture of.");
        return false;
    }
    QImageReader reader(imageFile);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_error = tr("This picture could not be read: %1").arg(reader.errorString());
        return false;
    }
    QRect keep = square;
    if (keep.isNull()) {
        const int side = std::min(image.width(), image.height());
        keep = QRect((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    }
    if (keep.width() != keep.height() || keep.isEmpty() || !image.rect().contains(keep)) {
        m_error = tr("The chosen square does not fit in the picture.");
        return false;
    }
    QImage cropped = image.copy(keep);
    if (keep.width() > pictureSide)
        cropped = cropped.scaled(
            pictureSide, pictureSide, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QTemporaryDir folder;
    const QString png = folder.filePath(QStringLiteral("picture.png"));
    if (!folder.isValid() || !cropped.save(png, "PNG")) {
        m_error = tr("The picture could not be prepared.");
        return false;
    }
    FileThings files(*m_store, Clock::system());
    StoreError error;
    if (!files.setPersonalImage(record, png, &error)) {
        m_error = error.message;
        return false;
    }
    showPicture();
    return true;
}

void RecordSwitcher::choosePicture()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Set the picture"), QString(),
        tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"));
    if (file.isEmpty())
        return;
    QImageReader reader(file);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        QMessageBox::warning(this, tr("Picture not set"),
            tr("This picture could not be read: %1").arg(reader.errorString()));
        return;
    }
    SquareCropDialog crop(image, this);
    if (crop.exec() == QDialog::Accepted && !setPicture(file, crop.selection()))
        QMessageBox::warning(this, tr("Picture not set"), m_error);
}

void RecordSwitcher::showPicture()
{
    const int side = style()->pixelMetric(QStyle::PM_LargeIconSize);
    const QString name = m_records->currentText();
    if (name.isEmpty())
        return;
    m_showsStored = false;
    if (m_store && currentRecord() > 0) {
        FileThings files(*m_store, Clock::system());
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        StoreError error;
        QImage image;
        if (files.readPersonalImage(currentRecord(), bytes, &error)
            && image.loadFromData(bytes.data())) {
            m_picture->setPixmap(roundPicture(image, side, devicePixelRatioF()));
            m_picture->setAccessibleDescription(tr("Picture of %1").arg(name));
            m_showsStored = true;
            return;
        }
    }
    m_picture->setPixmap(initialsPicture(name, side, devicePixelRatioF()));
    m_picture->setAccessibleDescription(tr("Picture of %1").arg(name));
}

} // namespace hearth::ui
