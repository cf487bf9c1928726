#pragma once

#include "core/documents/ClinicalDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hearth {

// Why a file was refused.
enum class ImportError {
    None,
    Empty, // no bytes, or no element
    TooLarge, // above Options::maxBytes
    UnsupportedEncoding, // declares an encoding Hearth cannot decode
    BadEncoding, // bytes that are not valid in the declared encoding
    Doctype, // a DOCTYPE / entity declaration
    TooDeep, // nesting beyond Options::maxDepth
    NotWellFormed, // not XML (broken, truncated)
    NotClinicalDocument, // XML, but neither CDA nor CCR
    FileUnreadable,
};

// The outcome of reading one document: the document, or the reason it was
// refused in words a person understands.
struct ImportResult
{
    ImportError error = ImportError::None;
    QString message;
    ClinicalDocument document;

    bool ok() const { return error == ImportError::None; }
};

// Reads a CDA R2 (C-CDA, HITSP C32, HL7 CCD, other CDA) or ASTM CCR
// document from bytes: decides the format from the content, decodes UTF-8,
// UTF-16 and declared legacy encodings, refuses DTDs and oversized input,
// and extracts the header, sections and discrete items.
class DocumentImporter
{
    Q_DECLARE_TR_FUNCTIONS(hearth::DocumentImporter)

public:
    struct Options
    {
        // Real portal exports are well under a few MB; a CDA with an
        // embedded PDF can reach several. Above this, refuse before parsing.
        qint64 maxBytes = 32 * 1024 * 1024;
        int maxDepth = 256;
    };

    static ImportResult read(const QByteArray &bytes, const Options &options);
    static ImportResult read(const QByteArray &bytes) { return read(bytes, Options()); }
    // Checks the size before reading the file into memory.
    static ImportResult readFile(const QString &path, const Options &options);
    static ImportResult readFile(const QString &path) { return readFile(path, Options()); }
};

} // namespace hearth
