#pragma once

#include <QDialog>
#include <QImage>

namespace hearth::ui {

// The picture with a square selection on it: drag inside the square to move
// it, drag elsewhere to draw a new one; arrow keys move it (Shift: faster),
// + and - resize it. Coordinates are the picture's pixels.
class SquareCropArea : public QWidget
{
    Q_OBJECT
public:
    explicit SquareCropArea(const QImage &image, QWidget *parent = nullptr);

    QRect selection() const { return m_selection; }
    // Clamped into the picture and made square.
    void setSelection(const QRect &square);
    QSize sizeHint() const override;

signals:
    void selectionChanged(const QRect &square);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF shownRect() const;
    QPoint toImage(const QPointF &widgetPoint) const;

    QImage m_image;
    QRect m_selection;
    enum class Drag { None, Move, Draw } m_drag = Drag::None;
    QPoint m_anchor; // picture pixels: the press point
    QPoint m_grabOffset; // press point minus the square's corner when moving
};

// Asks which square of a picture becomes a record's picture; starts with the
// middle square.
class SquareCropDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SquareCropDialog(const QImage &image, QWidget *parent = nullptr);

    SquareCropArea *area() const { return m_area; }
    QRect selection() const;

private:
    SquareCropArea *m_area;
};

} // namespace hearth::ui
