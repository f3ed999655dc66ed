#include <crisis/ui/charts/clippedpainter.h>

#include <QPainter>
#include <QPainterPathStroker>

#include <algorithm>

namespace crisis::ui {

ClippedPainter::ClippedPainter(QPainter* painter, const QRectF& clip)
    : m_painter(painter)
    , m_clip(clip)
{
    m_clipPath.addRect(clip);
}

void ClippedPainter::fillRect(const QRectF& rect, const QBrush& brush) const
{
    const QRectF visible = rect.normalized().intersected(m_clip);
    if (!visible.isEmpty())
        m_painter->fillRect(visible, brush);
}

void ClippedPainter::drawLine(const QPointF& from, const QPointF& to) const
{
    QPainterPath line(from);
    line.lineTo(to);
    stroke(line);
}

void ClippedPainter::drawRect(const QRectF& rect) const
{
    QPainterPath outline;
    outline.addRect(rect.normalized());
    stroke(outline);
}

void ClippedPainter::drawPath(const QPainterPath& path) const
{
    if (m_painter->brush().style() != Qt::NoBrush) {
        const QRectF bounds = path.controlPointRect();
        if (m_clip.contains(bounds))
            m_painter->fillPath(path, m_painter->brush());
        else if (m_clip.intersects(bounds))
            m_painter->fillPath(path.intersected(m_clipPath), m_painter->brush());
    }
    stroke(path);
}

void ClippedPainter::stroke(const QPainterPath& path) const
{
    const QPen pen = m_painter->pen();
    if (pen.style() == Qt::NoPen)
        return;
    // Most lines lie well inside or wholly outside: told apart by their control points widened by the pen (a cap
    // or a mitred corner reaches less than a pen's width past them), without outlining them.
    const double width = std::max(1.0, pen.widthF());
    const QRectF rough = path.controlPointRect().adjusted(-width, -width, width, width);
    if (!m_clip.intersects(rough))
        return;
    if (m_clip.contains(rough)) {
        m_painter->save();
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawPath(path);
        m_painter->restore();
        return;
    }
    QPainterPathStroker stroker(pen);
    stroker.setWidth(width);
    m_painter->fillPath(stroker.createStroke(path).intersected(m_clipPath), pen.brush());
}

} // namespace crisis::ui
