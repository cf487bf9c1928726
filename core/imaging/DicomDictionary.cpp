#include "core/imaging/DicomDictionary.h"

#include <dcmtk/dcmdata/dcdict.h>

namespace hearth {

QString DicomDictionary::check()
{
    if (!dcmDataDict.isDictionaryLoaded())
        return QStringLiteral("the DICOM data dictionary of DCMTK is not loaded (DCMDICTPATH)");
    return {};
}

} // namespace hearth
