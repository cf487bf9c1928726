#include "ui/imaging/DicomImageView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace hearth::ui {

namespace {
constexpr double minZoom = 0.05;
constexpr double maxZoom = 32.0;
} // namespace

DicomImageView::DicomImageView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 200);
    setAutoFillBackground(false);
}

void DicomImageView::setImage(const QImage &image)
{
    const bool sizeChanged = image.size() != m_image.size();
    m_image = image;
    if (sizeChanged && m_fit)
        emit zoomChanged(zoom());
    update();
}

double DicomImageView::fitZoom() const
{
    if (m_image.isNull())
        return 1.0;
    return qMin(double(width()) / m_image.width(), double(height()) / m_image.height());
}

double DicomImageView::zoom() const
{
    return m_fit ? fitZoom() : m_zoom;
}

void DicomImageView::setZoom(double zoom)
{
    m_fit = false;
    m_zoom = qBound(minZoom, zoom, maxZoom);
    update();
    emit zoomChanged(m_zoom);
}

void DicomImageView::fitToWindow()
{
    m_fit = true;
    m_pan = {};
    update();
    emit zoomChanged(zoom());
}

void DicomImageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_image.isNull())
        return;
    const double scale = zoom();
    const QSizeF size(m_image.width() * scale, m_image.height() * scale);
    const QPointF topLeft
        = QPointF((width() - size.width()) / 2, (height() - size.height()) / 2) + m_pan;
    // Smooth when shrinking; nearest when enlarging, so pixels stay honest.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1.0);
    painter.drawImage(QRectF(topLeft, size), m_image);
}

void DicomImageView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_lastPos = event->position().toPoint();
    if (event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ControlModifier))
        m_drag = Drag::Window;
    else if (event->button() == Qt::LeftButton || event->button() == Qt::RightButton
        || event->button() == Qt::MiddleButton)
        m_drag = Drag::Pan;
    event->accept();
}

void DicomImageView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QPoint delta = pos - m_lastPos;
    m_lastPos = pos;
    if (m_drag == Drag::Window && !delta.isNull()) {
        emit windowDragged(delta.x(), delta.y());
    } else if (m_drag == Drag::Pan && !delta.isNull()) {
        m_pan += delta;
        update();
    }
}

void DicomImageView::mouseReleaseEvent(QMouseEvent *)
{
    m_drag = Drag::None;
}

void DicomImageView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta != 0)
            setZoom(zoom() * (delta > 0 ? 1.25 : 0.8));
    } else {
        // One step per notch (120), summed for touchpads that send less.
        m_wheelRemainder += delta;
        const int steps = m_wheelRemainder / 120;
        m_wheelRemainder -= steps * 120;
        if (steps != 0)
            emit frameStepRequested(-steps);
    }
    event->accept();
}

} // namespace hearth::ui
