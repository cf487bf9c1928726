#pragma once

#include <QList>
#include <QString>

namespace hearth {

// A VOI window (centre and width in modality units, Hounsfield for CT) that
// maps stored grey values to the screen; width <= 0 means "use the file's own
// window, else the image's min/max".
struct DicomWindow
{
    double center = 0;
    double width = 0;

    bool isAutomatic() const { return width <= 0; }
    bool operator==(const DicomWindow &other) const
    {
        return center == other.center && width == other.width;
    }
    bool operator!=(const DicomWindow &other) const { return !(*this == other); }
};

// The usual CT windows offered as presets.
struct DicomWindowPreset
{
    enum class Kind { SoftTissue, Lung, Bone };
    Kind kind;
    DicomWindow window;

    static QList<DicomWindowPreset> all();
    // Translated name, e.g. "Soft tissue".
    static QString name(Kind kind);
};

} // namespace hearth
