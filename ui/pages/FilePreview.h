#pragma once

#include <QImage>
#include <QWidget>

class QLabel;

namespace hearth {
class File;
class ThingBlobStore;
} // namespace hearth

namespace hearth::ui {

// Shows a stored file inside Hearth: a picture scaled to fit, the first page
// of a PDF, or the name, size and type of anything else. Only files up to
// maxPreviewBytes are read, and pictures are decoded at most maxSide pixels
// wide or high, so a huge file cannot exhaust memory.
class FilePreview : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Nothing, Picture, PdfPage, Details };
    static constexpr qint64 maxPreviewBytes = qint64(64) * 1024 * 1024;
    static constexpr int maxSide = 1600;

    explicit FilePreview(QWidget *parent = nullptr);

    void showFile(const ThingBlobStore &blobs, const File &file);
    // An empty preview with a note such as "Select a file to see it here."
    void showNote(const QString &note);

    Kind kind() const { return m_kind; }
    // The decoded picture or rendered page; null for the other kinds.
    QImage image() const { return m_image; }
    // The text under the preview: the details, or why there is no preview.
    QString message() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    bool showPicture(QIODevice &data);
    bool showPdf(QIODevice &data);
    void showDetails(const File &file, const QString &reason);
    void fitPicture();

    Kind m_kind = Kind::Nothing;
    QImage m_image;
    QLabel *m_picture;
    QLabel *m_text;
};

} // namespace hearth::ui
