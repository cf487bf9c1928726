#include "core/imaging/DicomFile.h"

#include "core/Logging.h"
#include "core/imaging/DicomCodecs.h"

#include <QFile>

#include <cstring>
#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmimgle/dcmimage.h>
#include <exception>
#include <vector>

namespace hearth {

namespace {

// DICOM strings are ASCII unless SpecificCharacterSet says otherwise;
// ISO_IR 192 is UTF-8 and the common single-byte sets read as Latin-1.
struct TextReader
{
    DcmItem *item;
    bool utf8 = false;

    QString raw(const DcmTagKey &tag) const
    {
        OFString value;
        if (item->findAndGetOFStringArray(tag, value).bad())
            return {};
        return utf8 ? QString::fromUtf8(value.c_str(), int(value.length())).trimmed()
                    : QString::fromLatin1(value.c_str(), int(value.length())).trimmed();
    }

    int integer(const DcmTagKey &tag) const { return raw(tag).toInt(); }

    QDate date(const DcmTagKey &tag) const
    {
        // Old ACR-NEMA files write "1996.10.29".
        QString text = raw(tag);
        text.remove(QLatin1Char('.'));
        return QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd"));
    }

    QTime time(const DcmTagKey &tag) const
    {
        QString text = raw(tag);
        text.remove(QLatin1Char(':'));
        text = text.left(text.indexOf(QLatin1Char('.')) < 0 ? 6 : text.indexOf(QLatin1Char('.')));
        if (text.size() == 2)
            return QTime::fromString(text, QStringLiteral("HH"));
        if (text.size() == 4)
            return QTime::fromString(text, QStringLiteral("HHmm"));
        return QTime::fromString(text.left(6), QStringLiteral("HHmmss"));
    }

    // "Family^Given^Middle" reads as "Family, Given Middle".
    QString personName(const DcmTagKey &tag) const
    {
        const QString alphabetic = raw(tag).section(QLatin1Char('='), 0, 0);
        QStringList parts = alphabetic.split(QLatin1Char('^'));
        for (QString &part : parts)
            part = part.trimmed();
        const QString family = parts.value(0);
        QStringList rest;
        for (int i = 1; i < qMin(parts.size(), 3); ++i) {
            if (!parts.at(i).isEmpty())
                rest << parts.at(i);
        }
        if (rest.isEmpty())
            return family;
        if (family.isEmpty())
            return rest.join(QLatin1Char(' '));
        return family + QStringLiteral(", ") + rest.join(QLatin1Char(' '));
    }
};

constexpr int preambleSize = 128;

// An RLE frame opens with a 64-byte header: the number of segments (1..15)
// and each segment's offset in the fragment (PS3.5 Annex G). DCMTK 3.6.7
// trusts those offsets and reads past the fragment when one points outside
// it (found by fuzz_dicomimport), so Hearth checks them before DCMTK decodes.
bool rleFragmentIsSound(const Uint8 *data, Uint32 length)
{
    constexpr Uint32 headerSize = 64;
    if (!data || length < headerSize)
        return false;
    const auto word = [data](int index) {
        const Uint8 *p = data + 4 * index;
        return Uint32(p[0]) | Uint32(p[1]) << 8 | Uint32(p[2]) << 16 | Uint32(p[3]) << 24;
    };
    const Uint32 segments = word(0);
    if (segments < 1 || segments > 15 || word(1) != headerSize)
        return false;
    for (Uint32 i = 1; i <= segments; ++i) {
        const Uint32 offset = word(int(i));
        if (offset >= length || (i > 1 && offset < word(int(i) - 1)))
            return false;
    }
    return true;
}

// Each RLE frame is one fragment after the basic offset table.
bool rlePixelDataIsSound(DcmDataset *dataset, int frames)
{
    DcmElement *element = nullptr;
    if (dataset->findAndGetElement(DCM_PixelData, element).bad() || !element)
        return false;
    DcmPixelSequence *sequence = nullptr;
    if (static_cast<DcmPixelData *>(element)
            ->getEncapsulatedRepresentation(EXS_RLELossless, nullptr, sequence)
            .bad()
        || !sequence || sequence->card() != unsigned(frames) + 1)
        return false;
    for (unsigned long i = 1; i < sequence->card(); ++i) {
        DcmPixelItem *fragment = nullptr;
        Uint8 *data = nullptr;
        if (sequence->getItem(fragment, i).bad() || fragment->getUint8Array(data).bad()
            || !rleFragmentIsSound(data, fragment->getLength()))
            return false;
    }
    return true;
}

} // namespace

DicomFile::DicomFile() = default;
DicomFile::~DicomFile() = default;
DicomFile::DicomFile(DicomFile &&) noexcept = default;
DicomFile &DicomFile::operator=(DicomFile &&) noexcept = default;

bool DicomFile::open(const QString &path)
{
    DicomCodecs::ensureRegistered();
    *this = DicomFile();
    m_path = path;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = Error::CannotOpen;
        m_errorString = tr("The file cannot be opened: %1").arg(file.errorString());
        return false;
    }
    const QByteArray head = file.read(preambleSize + 4);
    file.close();
    const bool hasMagic
        = head.size() == preambleSize + 4 && head.mid(preambleSize) == QByteArrayLiteral("DICM");
    if (!hasMagic) {
        // A bare data set (old ACR-NEMA style) starts with a low group,
        // identifying or file meta; anything else is not worth parsing.
        const auto byte = [&head](int i) { return quint8(head.at(i)); };
        const int group = head.size() >= 8 ? byte(0) | (byte(1) << 8) : -1;
        if (group != 0x0002 && group != 0x0008) {
            m_error = Error::NotDicom;
            m_errorString = tr("This is not a DICOM file: it has no DICOM file header.");
            return false;
        }
    }

    m_file = std::make_unique<DcmFileFormat>();
    const QByteArray localPath = QFile::encodeName(path);
    // DCMTK 3.6.7 can throw from inside its parser on hostile input (found by
    // fuzz_dicomimport: std::out_of_range from a directory record).
    OFCondition status = EC_Normal;
    try {
        status = m_file->loadFile(localPath.constData());
    } catch (const std::exception &) {
        m_file.reset();
        m_error = Error::Damaged;
        m_errorString = tr("The DICOM file is damaged and cannot be read.");
        return false;
    }
    if (status.bad()) {
        qCDebug(lcImaging, "DCMTK cannot read a file: %s", status.text());
        m_file.reset();
        if (!hasMagic) {
            m_error = Error::NoMetaHeader;
            m_errorString = tr("This file has no DICOM file header and its contents cannot be "
                               "read.");
        } else if (status == EC_StreamNotifyClient) {
            m_error = Error::Truncated;
            m_errorString = tr("The DICOM file is incomplete: it ends before its data does.");
        } else {
            m_error = Error::Damaged;
            m_errorString = tr("The DICOM file is damaged and cannot be read (%1).")
                                .arg(QString::fromLatin1(status.text()));
        }
        return false;
    }

    DcmDataset *dataset = m_file->getDataset();
    if (!hasMagic && !dataset->tagExists(DCM_SOPClassUID) && !dataset->tagExists(DCM_PixelData)) {
        m_file.reset();
        m_error = Error::NotDicom;
        m_errorString = tr("This is not a DICOM file: it has no DICOM file header.");
        return false;
    }
    m_metadata.hasFileMetaHeader = hasMagic;
    try {
        readMetadata();
        checkDisplayable();
    } catch (const std::exception &) {
        *this = DicomFile();
        m_path = path;
        m_error = Error::Damaged;
        m_errorString = tr("The DICOM file is damaged and cannot be read.");
        return false;
    }
    return true;
}

void DicomFile::readMetadata()
{
    DcmDataset *dataset = m_file->getDataset();
    TextReader text { dataset };
    text.utf8 = text.raw(DCM_SpecificCharacterSet).contains(QLatin1String("ISO_IR 192"));

    DicomMetadata &m = m_metadata;
    m.patientName = text.personName(DCM_PatientName);
    m.patientId = text.raw(DCM_PatientID);
    m.patientBirthDate = text.date(DCM_PatientBirthDate);
    m.patientSex = text.raw(DCM_PatientSex);
    m.studyInstanceUid = text.raw(DCM_StudyInstanceUID);
    m.studyDescription = text.raw(DCM_StudyDescription);
    m.studyDate = text.date(DCM_StudyDate);
    m.studyTime = text.time(DCM_StudyTime);
    m.accessionNumber = text.raw(DCM_AccessionNumber);
    m.seriesInstanceUid = text.raw(DCM_SeriesInstanceUID);
    m.seriesDescription = text.raw(DCM_SeriesDescription);
    m.seriesNumber = text.integer(DCM_SeriesNumber);
    m.modality = text.raw(DCM_Modality);
    m.bodyPartExamined = text.raw(DCM_BodyPartExamined);
    m.sopClassUid = text.raw(DCM_SOPClassUID);
    m.sopInstanceUid = text.raw(DCM_SOPInstanceUID);
    if (m.sopInstanceUid.isEmpty()) {
        TextReader meta { m_file->getMetaInfo() };
        m.sopInstanceUid = meta.raw(DCM_MediaStorageSOPInstanceUID);
        m.sopClassUid
            = m.sopClassUid.isEmpty() ? meta.raw(DCM_MediaStorageSOPClassUID) : m.sopClassUid;
    }
    m.instanceNumber = text.integer(DCM_InstanceNumber);

    Uint16 value = 0;
    if (dataset->findAndGetUint16(DCM_Rows, value).good())
        m.rows = value;
    if (dataset->findAndGetUint16(DCM_Columns, value).good())
        m.columns = value;
    if (dataset->findAndGetUint16(DCM_BitsAllocated, value).good())
        m.bitsAllocated = value;
    if (dataset->findAndGetUint16(DCM_BitsStored, value).good())
        m.bitsStored = value;
    if (dataset->findAndGetUint16(DCM_SamplesPerPixel, value).good())
        m.samplesPerPixel = value;
    m.photometricInterpretation = text.raw(DCM_PhotometricInterpretation);
    m.frames = dataset->tagExists(DCM_PixelData) ? qMax(1, text.integer(DCM_NumberOfFrames)) : 0;

    const DcmXfer xfer(dataset->getOriginalXfer());
    TextReader meta { m_file->getMetaInfo() };
    m.transferSyntaxUid = meta.raw(DCM_TransferSyntaxUID);
    if (m.transferSyntaxUid.isEmpty())
        m.transferSyntaxUid = QString::fromLatin1(xfer.getXferID());
    m.transferSyntaxName = QString::fromLatin1(xfer.getXferName());

    m_fileWindow = {};
    Float64 center = 0;
    Float64 width = 0;
    if (dataset->findAndGetFloat64(DCM_WindowCenter, center).good()
        && dataset->findAndGetFloat64(DCM_WindowWidth, width).good() && width > 0)
        m_fileWindow = { center, width };
}

void DicomFile::checkDisplayable()
{
    const DicomMetadata &m = m_metadata;
    if (m.frames == 0) {
        m_displayProblem = tr("This file holds no image.");
        return;
    }
    const E_TransferSyntax original = m_file->getDataset()->getOriginalXfer();
    const DcmXfer xfer(original);
    if (xfer.isEncapsulated()
        && !DcmCodecList::canChangeCoding(original, EXS_LittleEndianExplicit)) {
        m_displayProblem = tr("Cannot display this encoding (%1). The file is kept as it is and "
                              "can still be exported.")
                               .arg(m.transferSyntaxName);
        return;
    }
    if (original == EXS_RLELossless && !rlePixelDataIsSound(m_file->getDataset(), m.frames)) {
        m_displayProblem = tr("The image data in this file is damaged and cannot be displayed. "
                              "The file is kept as it is.");
        return;
    }
    if (m.rows <= 0 || m.columns <= 0 || qint64(m.rows) * m.columns > maxPixelsPerFrame)
        m_displayProblem
            = tr("This image has an unusable size (%1 x %2).").arg(m.columns).arg(m.rows);
}

bool DicomFile::isMonochrome() const
{
    return m_metadata.photometricInterpretation.startsWith(QLatin1String("MONOCHROME"))
        || (m_metadata.photometricInterpretation.isEmpty() && m_metadata.samplesPerPixel <= 1);
}

DicomWindow DicomFile::fileWindow() const
{
    return m_fileWindow;
}

bool DicomFile::prepareFrame(int frame)
{
    if (m_image && m_imageFrame == frame)
        return true;
    m_image.reset();
    m_imageFrame = -1;
    DcmDataset *dataset = m_file->getDataset();
    auto image = std::make_unique<DicomImage>(dataset, dataset->getOriginalXfer(),
        CIF_UsePartialAccessToPixelData, static_cast<unsigned long>(frame), 1UL);
    if (image->getStatus() != EIS_Normal) {
        m_renderError = tr("This image cannot be displayed (%1).")
                            .arg(QString::fromLatin1(DicomImage::getString(image->getStatus())));
        return false;
    }
    m_image = std::move(image);
    m_imageFrame = frame;
    return true;
}

QImage DicomFile::render(int frame, const DicomWindow &window)
{
    m_renderError.clear();
    if (!m_file) {
        m_renderError = m_errorString.isEmpty() ? tr("No file is open.") : m_errorString;
        return {};
    }
    if (!canDisplay()) {
        m_renderError = m_displayProblem;
        return {};
    }
    if (frame < 0 || frame >= m_metadata.frames) {
        m_renderError = tr("This image has no frame %1.").arg(frame + 1);
        return {};
    }
    try {
        return renderFrame(frame, window);
    } catch (const std::exception &) {
        m_image.reset();
        m_imageFrame = -1;
        m_renderError = tr("This image is damaged and cannot be displayed.");
        return {};
    }
}

QImage DicomFile::renderFrame(int frame, const DicomWindow &window)
{
    if (!prepareFrame(frame))
        return {};

    const bool mono = m_image->isMonochrome();
    if (mono) {
        if (!window.isAutomatic())
            m_image->setWindow(window.center, window.width);
        else if (!m_fileWindow.isAutomatic())
            m_image->setWindow(m_fileWindow.center, m_fileWindow.width);
        else
            m_image->setMinMaxWindow();
        double center = 0;
        double width = 0;
        m_image->getWindow(center, width);
        m_appliedWindow = { center, width };
    }

    const int width = int(m_image->getWidth());
    const int height = int(m_image->getHeight());
    const int channels = mono ? 1 : 3;
    QImage image(width, height, mono ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    if (image.isNull()) {
        m_renderError = tr("Not enough memory to display this image.");
        return {};
    }
    const size_t rowBytes = size_t(width) * channels;
    const size_t size = rowBytes * size_t(height);
    // QImage rows are 32-bit aligned; DCMTK writes packed rows.
    if (size_t(image.bytesPerLine()) == rowBytes) {
        if (!m_image->getOutputData(image.bits(), size, 8, 0, 0)) {
            m_renderError = tr("This image cannot be displayed.");
            return {};
        }
    } else {
        std::vector<uchar> packed(size);
        if (!m_image->getOutputData(packed.data(), size, 8, 0, 0)) {
            m_renderError = tr("This image cannot be displayed.");
            return {};
        }
        for (int y = 0; y < height; ++y)
            std::memcpy(image.scanLine(y), packed.data() + size_t(y) * rowBytes, rowBytes);
    }
    return image;
}

} // namespace hearth
