#pragma once

#include <QPainterPath>
#include <QRectF>

class QBrush;
class QPainter;
class QPen;

namespace crisis::ui {

/// Draws shapes cut to a rectangle by their geometry, not by the painter's clip: Qt 6.4's SVG generator drops
/// the clip, so a band or a line reaching past the plot would spill over the axis labels and the title in an
/// SVG while the PNG and the PDF cut it. What falls outside is not drawn at all, so every format shows the same
/// page. Shapes wholly inside are drawn as they are; those across the edge are intersected with the rectangle
/// (a stroked line becomes the filled outline of its visible part).
class ClippedPainter
{
public:
    ClippedPainter(QPainter* painter, const QRectF& clip);

    const QRectF& clip() const { return m_clip; }

    void fillRect(const QRectF& rect, const QBrush& brush) const;
    /// A line in the painter's pen.
    void drawLine(const QPointF& from, const QPointF& to) const;
    /// A rectangle's outline in the painter's pen (and no fill).
    void drawRect(const QRectF& rect) const;
    /// A shape filled with the painter's brush and outlined with its pen.
    void drawPath(const QPainterPath& path) const;

private:
    void stroke(const QPainterPath& path) const;

    QPainter* m_painter;
    QRectF m_clip;
    QPainterPath m_clipPath;
};

} // namespace crisis::ui
