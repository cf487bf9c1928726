#include "core/imaging/DicomWindow.h"

#include <QCoreApplication>

namespace hearth {

QList<DicomWindowPreset> DicomWindowPreset::all()
{
    return {
        { Kind::SoftTissue, { 40, 400 } },
        { Kind::Lung, { -600, 1500 } },
        { Kind::Bone, { 300, 1500 } },
    };
}

QString DicomWindowPreset::name(Kind kind)
{
    switch (kind) {
    case Kind::SoftTissue:
        return QCoreApplication::translate("hearth::DicomWindowPreset", "Soft tissue");
    case Kind::Lung:
        return QCoreApplication::translate("hearth::DicomWindowPreset", "Lung");
    case Kind::Bone:
        return QCoreApplication::translate("hearth::DicomWindowPreset", "Bone");
    }
    return {};
}

} // namespace hearth
