#include "ui/SquareCropDialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>

namespace hearth::ui {

SquareCropArea::SquareCropArea(const QImage &image, QWidget *parent)
    : QWidget(parent)
    , m_image(image)
{
    setAccessibleName(tr("Picture crop"));
    setAccessibleDescription(tr("Drag to move or draw the square; arrow keys move it, plus and "
                                "minus change its size."));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 200);
    const int side = std::min(image.width(), image.height());
    m_selection = QRect((image.width() - side) / 2, (image.height() - side) / 2, side, side);
}

QSize SquareCropArea::sizeHint() const
{
    return m_image.size().scaled(480, 480, Qt::KeepAspectRatio);
}

void SquareCropArea::setSelection(const QRect &square)
{
    const int limit = std::min(m_image.width(), m_image.height());
    const int side = std::clamp(std::min(square.width(), square.height()), 1, std::max(limit, 1));
    const int x = std::clamp(square.x(), 0, m_image.width() - side);
    const int y = std::clamp(square.y(), 0, m_image.height() - side);
    const QRect clamped(x, y, side, side);
    if (clamped == m_selection)
        return;
    m_selection = clamped;
    update();
    emit selectionChanged(m_selection);
}

QRectF SquareCropArea::shownRect() const
{
    const QSizeF shown = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - shown.width()) / 2, (height() - shown.height()) / 2), shown);
}

QPoint SquareCropArea::toImage(const QPointF &widgetPoint) const
{
    const QRectF shown = shownRect();
    if (shown.isEmpty())
        return {};
    const double scale = m_image.width() / shown.width();
    return ((widgetPoint - shown.topLeft()) * scale).toPoint();
}

void SquareCropArea::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF shown = shownRect();
    painter.drawImage(shown, m_image);
    if (shown.isEmpty())
        return;
    const double scale = shown.width() / m_image.width();
    const QRectF square(shown.topLeft() + QPointF(m_selection.topLeft()) * scale,
        QSizeF(m_selection.size()) * scale);
    // Dim what is cut away, outline what stays.
    QPainterPath outside;
    outside.addRect(shown);
    outside.addRect(square);
    painter.fillPath(outside, QColor(0, 0, 0, 128));
    painter.setPen(QPen(hasFocus() ? palette().color(QPalette::Highlight) : Qt::white, 2));
    painter.drawRect(square);
}

void SquareCropArea::mousePressEvent(QMouseEvent *event)
{
    const QPoint point = toImage(event->position());
    if (m_selection.contains(point)) {
        m_drag = Drag::Move;
        m_grabOffset = point - m_selection.topLeft();
    } else {
        m_drag = Drag::Draw;
        m_anchor = point;
    }
}

void SquareCropArea::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = toImage(event->position());
    if (m_drag == Drag::Move) {
        setSelection(QRect(point - m_grabOffset, m_selection.size()));
    } else if (m_drag == Drag::Draw) {
        const QPoint delta = point - m_anchor;
        const int side = std::max(std::abs(delta.x()), std::abs(delta.y()));
        if (side < 1)
            return;
        const int x = delta.x() < 0 ? m_anchor.x() - side : m_anchor.x();
        const int y = delta.y() < 0 ? m_anchor.y() - side : m_anchor.y();
        setSelection(QRect(x, y, side, side));
    }
}

void SquareCropArea::mouseReleaseEvent(QMouseEvent *)
{
    m_drag = Drag::None;
}

void SquareCropArea::keyPressEvent(QKeyEvent *event)
{
    const int step = std::max(1, std::min(m_image.width(), m_image.height()) / 50)
        * (event->modifiers() & Qt::ShiftModifier ? 10 : 1);
    QRect next = m_selection;
    switch (event->key()) {
    case Qt::Key_Left:
        next.translate(-step, 0);
        break;
    case Qt::Key_Right:
        next.translate(step, 0);
        break;
    case Qt::Key_Up:
        next.translate(0, -step);
        break;
    case Qt::Key_Down:
        next.translate(0, step);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        next.adjust(-step, -step, step, step);
        break;
    case Qt::Key_Minus:
        if (next.width() > 2 * step + 1)
            next.adjust(step, step, -step, -step);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setSelection(next);
}

SquareCropDialog::SquareCropDialog(const QImage &image, QWidget *parent)
    : QDialog(parent)
    , m_area(new SquareCropArea(image))
{
    setWindowTitle(tr("Choose the square of the picture"));
    setAccessibleName(tr("Crop the picture"));
    auto *hint = new QLabel(tr("Drag to move or draw the square; arrow keys move it, + and - "
                               "change its size."));
    hint->setWordWrap(true);
    hint->setAccessibleName(tr("How to crop"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setAccessibleName(tr("Crop buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_area, 1);
    layout->addWidget(buttons);
    m_area->setFocus();
}

QRect SquareCropDialog::selection() const
{
    return m_area->selection();
}

} // namespace hearth::ui
