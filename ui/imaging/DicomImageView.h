#pragma once

#include "core/imaging/DicomWindow.h"

#include <QImage>
#include <QPoint>
#include <QPointF>
#include <QWidget>

namespace hearth::ui {

// Paints one rendered DICOM frame with zoom and pan, and turns mouse and
// keys into requests: left drag for window/level, right or middle drag (or
// Ctrl + left drag) to pan, wheel for frames, Ctrl + wheel to zoom.
class DicomImageView : public QWidget
{
    Q_OBJECT
public:
    explicit DicomImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }

    // 1.0 shows one image pixel per screen pixel; fit mode follows the size.
    double zoom() const;
    bool isFitToWindow() const { return m_fit; }
    void setZoom(double zoom);
    void fitToWindow();
    QPointF pan() const { return m_pan; }

    QSize sizeHint() const override { return { 512, 512 }; }

signals:
    // Window change asked for by a drag, in screen pixels moved since the last event.
    void windowDragged(int dx, int dy);
    void frameStepRequested(int steps); // +1 next, -1 previous
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    double fitZoom() const;

    enum class Drag { None, Window, Pan };
    QImage m_image;
    double m_zoom = 1.0;
    bool m_fit = true;
    QPointF m_pan;
    Drag m_drag = Drag::None;
    QPoint m_lastPos;
    int m_wheelRemainder = 0;
};

} // namespace hearth::ui
