#include "ui/pages/FilePreview.h"

#include "core/store/ThingBlobStore.h"
#include "core/thing/File.h"

#include <QBuffer>
#include <QEventLoop>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPdfDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace hearth::ui {

namespace {

// A memory sink that refuses to grow past its limit, so reading a blob
// larger than its recorded size still stops at maxPreviewBytes.
class BoundedBuffer : public QBuffer
{
public:
    explicit BoundedBuffer(qint64 limit)
        : m_limit(limit)
    { }

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        if (pos() + length > m_limit)
            return -1;
        return QBuffer::writeData(data, length);
    }

private:
    qint64 m_limit;
};

// Fits `size` into a maxSide square, never enlarging it.
QSize bounded(QSize size)
{
    if (size.width() <= FilePreview::maxSide && size.height() <= FilePreview::maxSide)
        return size;
    return size.scaled(FilePreview::maxSide, FilePreview::maxSide, Qt::KeepAspectRatio);
}

} // namespace

FilePreview::FilePreview(QWidget *parent)
    : QWidget(parent)
    , m_picture(new QLabel)
    , m_text(new QLabel)
{
    setAccessibleName(tr("File preview"));
    m_picture->setAccessibleName(tr("Preview picture"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(160, 160);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_text->setAccessibleName(tr("Preview details"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picture, 1);
    layout->addWidget(m_text);
    showNote(tr("Select a file to see it here."));
}

void FilePreview::showNote(const QString &note)
{
    m_kind = Kind::Nothing;
    m_image = QImage();
    m_picture->clear();
    m_text->setText(note);
}

QString FilePreview::message() const
{
    return m_text->text();
}

void FilePreview::showFile(const ThingBlobStore &blobs, const File &file)
{
    m_image = QImage();
    m_picture->clear();
    // blobs() answers a copy: keep the default blob itself, not a pointer
    // into that temporary list.
    std::optional<ThingBlob> content;
    const QList<ThingBlob> all = file.thing().blobs();
    for (const ThingBlob &blob : all) {
        if (blob.name.isEmpty()) {
            content = blob;
            break;
        }
    }
    if (!content) {
        showDetails(file, tr("This file has no content."));
        return;
    }
    const qint64 size = content->contentLength >= 0 ? content->contentLength : file.size();
    if (size > maxPreviewBytes) {
        showDetails(file, tr("Too large to preview here; open it or save a copy."));
        return;
    }
    BoundedBuffer data(maxPreviewBytes);
    data.open(QIODevice::ReadWrite);
    if (content->hasInlineData) {
        data.write(content->inlineData);
    } else {
        StoreError error;
        if (!blobs.read(*content, data, &error)) {
            showDetails(file, tr("The file cannot be read: %1").arg(error.message));
            return;
        }
    }
    data.seek(0);
    const QMimeType type
        = QMimeDatabase().mimeTypeForFileNameAndData(file.name(), data.data().left(4096));
    if (type.inherits(QStringLiteral("application/pdf"))) {
        if (!showPdf(data))
            return showDetails(file, tr("This PDF is damaged or protected; it has no preview."));
    } else if (type.name().startsWith(QLatin1String("image/"))) {
        if (!showPicture(data))
            return showDetails(file,
                tr("This picture is damaged or in a format Hearth cannot show; it has no "
                   "preview."));
    } else {
        return showDetails(file, tr("No preview for this kind of file."));
    }
    m_text->setText(
        QStringLiteral("%1 (%2)").arg(file.name(), QLocale().formattedDataSize(data.size())));
    fitPicture();
}

bool FilePreview::showPicture(QIODevice &data)
{
    QImageReader reader(&data);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid())
        return false;
    reader.setScaledSize(bounded(size));
    QImage image;
    if (!reader.read(&image))
        return false;
    m_kind = Kind::Picture;
    m_image = image;
    return true;
}

bool FilePreview::showPdf(QIODevice &data)
{
    QPdfDocument document;
    document.load(&data);
    if (document.status() == QPdfDocument::Status::Loading) {
        // Loading from memory finishes at once; the guard is for a stuck load.
        QEventLoop wait;
        connect(&document, &QPdfDocument::statusChanged, &wait, &QEventLoop::quit);
        QTimer::singleShot(5000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1)
        return false;
    // Points to pixels at 2x for a sharp page, bounded like a picture.
    const QSize page = (document.pagePointSize(0) * 2).toSize();
    if (page.isEmpty())
        return false;
    const QImage image = document.render(0, bounded(page));
    if (image.isNull())
        return false;
    m_kind = Kind::PdfPage;
    m_image = image;
    return true;
}

void FilePreview::showDetails(const File &file, const QString &reason)
{
    m_kind = Kind::Details;
    m_image = QImage();
    m_picture->clear();
    const std::optional<CodableValue> type = file.contentType();
    m_text->setText(tr("%1\nSize: %2\nType: %3\n%4")
                        .arg(file.name(), QLocale().formattedDataSize(file.size()),
                            type && !type->text.isEmpty() ? type->text : tr("unknown"), reason));
}

void FilePreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitPicture();
}

void FilePreview::fitPicture()
{
    if (m_image.isNull())
        return;
    const QSize room = m_picture->size().boundedTo(m_image.size());
    m_picture->setPixmap(
        QPixmap::fromImage(m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace hearth::ui
