#pragma once

#include <QString>

namespace hearth {

// DCMTK needs its data dictionary to read any DICOM file; a missing one makes
// every import fail, so start-up and the self-test check it once.
class DicomDictionary
{
public:
    // Empty when the dictionary is loaded, otherwise what is wrong.
    static QString check();
};

} // namespace hearth
