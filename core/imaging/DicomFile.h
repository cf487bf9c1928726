#pragma once

#include "core/imaging/DicomMetadata.h"
#include "core/imaging/DicomWindow.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

class DcmFileFormat;
class DicomImage;

namespace hearth {

// One DICOM file opened with DCMTK: its header as DicomMetadata and its frames
// rendered to QImage with a window. Large values (the pixel data) stay on disk
// until a frame is rendered, and then only that frame is decoded.
class DicomFile
{
    Q_DECLARE_TR_FUNCTIONS(hearth::DicomFile)
public:
    enum class Error {
        None,
        CannotOpen, // missing or unreadable
        NotDicom, // neither a DICOM file nor a bare DICOM data set
        NoMetaHeader, // a data set without file header that DCMTK cannot parse
        Truncated, // the file ends inside an element
        Damaged, // any other parse failure
    };

    DicomFile();
    ~DicomFile();
    DicomFile(DicomFile &&) noexcept;
    DicomFile &operator=(DicomFile &&) noexcept;
    DicomFile(const DicomFile &) = delete;
    DicomFile &operator=(const DicomFile &) = delete;

    // Reads the header; false with error() and errorString() when the file
    // cannot be read as DICOM. A file that opens may still not be displayable.
    bool open(const QString &path);
    QString path() const { return m_path; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    const DicomMetadata &metadata() const { return m_metadata; }
    int frameCount() const { return m_metadata.frames; }
    bool isMonochrome() const;

    // True when the file has pixel data in an encoding Hearth can decode;
    // otherwise displayProblem() says why ("Cannot display this encoding ...").
    bool canDisplay() const { return m_displayProblem.isEmpty(); }
    QString displayProblem() const { return m_displayProblem; }

    // The file's own first window, or an automatic one.
    DicomWindow fileWindow() const;

    // Renders frame (0-based) as Grayscale8 (monochrome) or RGB888 (colour).
    // Monochrome images use window, or with an automatic window the file's
    // own window or else the frame's min/max. The window is ignored for
    // colour. A null image on failure, with renderError().
    QImage render(int frame, const DicomWindow &window = {});
    QString renderError() const { return m_renderError; }
    // The window that the last render() of a monochrome frame applied.
    DicomWindow appliedWindow() const { return m_appliedWindow; }

    // Largest frame (rows x columns) render() accepts, against hostile headers.
    static constexpr qint64 maxPixelsPerFrame = 100LL * 1000 * 1000;

private:
    void readMetadata();
    void checkDisplayable();
    bool prepareFrame(int frame);
    QImage renderFrame(int frame, const DicomWindow &window);

    QString m_path;
    Error m_error = Error::None;
    QString m_errorString;
    DicomMetadata m_metadata;
    QString m_displayProblem;
    QString m_renderError;
    DicomWindow m_appliedWindow;
    std::unique_ptr<DcmFileFormat> m_file;
    std::unique_ptr<DicomImage> m_image; // the decoded frame m_imageFrame
    int m_imageFrame = -1;
    DicomWindow m_fileWindow;
};

} // namespace hearth
