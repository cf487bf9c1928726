#include "core/documents/DocumentImporter.h"

#include "core/Logging.h"
#include "core/documents/CcrExtractor.h"
#include "core/documents/CdaExtractor.h"
#include "core/documents/LegacyEncoding.h"
#include "core/documents/XmlTree.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace hearth {

namespace {

const QLatin1String kCdaNamespace("urn:hl7-org:v3");
const QLatin1String kCcrNamespace("urn:astm-org:CCR");

ImportResult failure(ImportError error, QString message)
{
    ImportResult result;
    result.error = error;
    result.message = std::move(message);
    return result;
}

// The encoding named in the XML declaration, lower-case; empty when none.
QString declaredEncoding(const QByteArray &bytes)
{
    if (!bytes.startsWith("<?xml"))
        return QString();
    const int end = bytes.indexOf("?>");
    if (end < 0 || end > 512)
        return QString();
    static const QRegularExpression re(QStringLiteral("encoding\\s*=\\s*[\"']([^\"']*)[\"']"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(bytes.left(end)));
    return m.hasMatch() ? m.captured(1).trimmed().toLower() : QString();
}

bool isUtf8Name(const QString &name)
{
    return name.isEmpty() || name == QLatin1String("utf-8") || name == QLatin1String("utf8")
        || name == QLatin1String("us-ascii") || name == QLatin1String("ascii");
}

int findDocumentElement(const XmlTree &tree, DocumentFormat &format)
{
    // The document element itself, or one wrapped in an envelope (a CCR in
    // an Atom entry, as Google Health served them).
    for (int i = 0; i < tree.size(); ++i) {
        if (!tree.isElement(i))
            continue;
        const QString &name = tree.node(i).name;
        const QString ns = tree.namespaceUri(i);
        if (name == QLatin1String("ClinicalDocument") && (ns == kCdaNamespace || ns.isEmpty())) {
            format = DocumentFormat::Cda;
            return i;
        }
        if (name == QLatin1String("ContinuityOfCareRecord")
            && (ns == kCcrNamespace || ns.isEmpty())) {
            format = DocumentFormat::Ccr;
            return i;
        }
    }
    return XmlTree::None;
}

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

ImportResult DocumentImporter::read(const QByteArray &bytes, const Options &options)
{
    if (bytes.size() > options.maxBytes) {
        return failure(ImportError::TooLarge,
            tr("The document is %1 MB; Hearth imports documents up to %2 MB.")
                .arg(megabytes(bytes.size()), megabytes(options.maxBytes)));
    }
    if (bytes.trimmed().isEmpty())
        return failure(ImportError::Empty, tr("The file is empty."));

    // Decide how to decode. UTF-8 and UTF-16/32 with a byte-order mark go to
    // the reader as bytes (it decodes them itself, fastest path); UTF-16
    // without a mark and declared legacy encodings are decoded here first.
    QXmlStreamReader reader;
    reader.setNamespaceProcessing(true);
    QString decoded;
    const auto startsWith = [&](std::initializer_list<unsigned char> prefix) {
        if (bytes.size() < qsizetype(prefix.size()))
            return false;
        int i = 0;
        for (unsigned char c : prefix) {
            if (static_cast<unsigned char>(bytes.at(i++)) != c)
                return false;
        }
        return true;
    };
    const bool bom = startsWith({ 0xEF, 0xBB, 0xBF }) || startsWith({ 0xFF, 0xFE })
        || startsWith({ 0xFE, 0xFF });
    const QString declared = bom ? QString() : declaredEncoding(bytes);
    bool useBytes = bom;
    if (!bom && startsWith({ '<', 0 })) {
        QStringDecoder decoder(QStringDecoder::Utf16LE);
        decoded = decoder(bytes);
        if (decoder.hasError())
            return failure(ImportError::BadEncoding, tr("The document is not valid UTF-16."));
    } else if (!bom && startsWith({ 0, '<' })) {
        QStringDecoder decoder(QStringDecoder::Utf16BE);
        decoded = decoder(bytes);
        if (decoder.hasError())
            return failure(ImportError::BadEncoding, tr("The document is not valid UTF-16."));
    } else if (!bom && isUtf8Name(declared)) {
        // Check UTF-8 up front so that a wrongly labelled Latin-1 or
        // Windows-1252 file gets a message that says so.
        if (!LegacyEncoding::isValidUtf8(bytes)) {
            return failure(ImportError::BadEncoding,
                tr("The document is not valid UTF-8. It may be in another encoding "
                   "without saying so in its XML declaration."));
        }
        // The reader knows "utf-8" but not every ASCII alias.
        useBytes = declared.isEmpty() || declared == QLatin1String("utf-8");
        if (!useBytes)
            decoded = QString::fromUtf8(bytes);
    } else if (!bom) {
        std::optional<QString> legacy = LegacyEncoding::decode(declared, bytes);
        if (!legacy) {
            QStringDecoder decoder(declared.toLatin1().constData());
            if (!decoder.isValid()) {
                return failure(ImportError::UnsupportedEncoding,
                    tr("The document declares the encoding \"%1\", which Hearth "
                       "cannot read.")
                        .arg(declared.left(40)));
            }
            legacy = decoder(bytes);
            if (decoder.hasError()) {
                return failure(ImportError::BadEncoding,
                    tr("The document is not valid %1.").arg(declared.left(40)));
            }
        }
        decoded = *legacy;
    }
    if (useBytes)
        reader.addData(bytes);
    else
        reader.addData(decoded);

    XmlTree tree;
    XmlTree::Limits limits;
    limits.maxDepth = options.maxDepth;
    if (!tree.build(reader, limits)) {
        switch (tree.error()) {
        case XmlTree::Error::Doctype:
            return failure(ImportError::Doctype,
                tr("The document contains a DOCTYPE or entity declaration. Hearth "
                   "does not read those, for safety."));
        case XmlTree::Error::TooDeep:
            return failure(ImportError::TooDeep,
                tr("The document nests elements more than %1 levels deep.").arg(options.maxDepth));
        case XmlTree::Error::Empty:
            return failure(ImportError::Empty, tr("The file has no XML content."));
        default:
            return failure(ImportError::NotWellFormed,
                tr("The file is not well-formed XML (it may be truncated or "
                   "damaged): %1")
                    .arg(tree.errorDetail()));
        }
    }

    DocumentFormat format = DocumentFormat::Cda;
    const int root = findDocumentElement(tree, format);
    if (root == XmlTree::None) {
        return failure(ImportError::NotClinicalDocument,
            tr("This XML file is not a clinical document: Hearth reads HL7 CDA (CCD, "
               "C-CDA) and ASTM CCR documents, and this one starts with <%1>.")
                .arg(tree.node(tree.root()).name.left(60)));
    }

    ImportResult result;
    result.document = format == DocumentFormat::Cda ? CdaExtractor(tree, root).extract()
                                                    : CcrExtractor(tree, root).extract();
    qCDebug(lcDocuments, "read a document: %lld sections, %lld items",
        static_cast<long long>(result.document.sections.size()),
        static_cast<long long>(result.document.items.size()));
    return result;
}

ImportResult DocumentImporter::readFile(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > options.maxBytes) {
        return failure(ImportError::TooLarge,
            tr("The document is %1 MB; Hearth imports documents up to %2 MB.")
                .arg(megabytes(info.size()), megabytes(options.maxBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            ImportError::FileUnreadable, tr("The file cannot be read: %1").arg(file.errorString()));
    // Read at most one byte past the limit, in case the file grew.
    return read(file.read(options.maxBytes + 1), options);
}

} // namespace hearth
