#pragma once

// Screenshot helpers for UI tests: keep the PNG as a test artifact under
// build/<preset>/screenshots/ and tell a rendered window from a blank one.

#include <QDir>
#include <QImage>
#include <QSet>
#include <QWidget>

namespace hearth::test {

// Grabs `widget`, saves it as screenshots/<name>.png and returns the image
// (a null image when it could not be saved).
inline QImage saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = QStringLiteral(HEARTH_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    const QImage image = widget->grab().toImage();
    return image.save(folder + QLatin1Char('/') + name + QStringLiteral(".png")) ? image : QImage();
}

// The number of distinct colours on a 4-pixel grid. A blank or single-colour
// window has a handful; rendered text and frames give many more.
inline int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace hearth::test
