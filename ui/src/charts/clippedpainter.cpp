#include <crisis/ui/charts/clippedpainter.h>

#include <QPainter>
#include <QPainterPathStroker>

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
        if (m_clip.contains(path.boundingRect())) {
            m_painter->fillPath(path, m_painter->brush());
        } else if (m_clip.intersects(path.boundingRect())) {
            m_painter->fillPath(path.intersected(m_clipPath), m_painter->brush());
        }
    }
    stroke(path);
}

void ClippedPainter::stroke(const QPainterPath& path) const
{
    const QPen pen = m_painter->pen();
    if (pen.style() == Qt::NoPen)
        return;
    QPainterPathStroker stroker(pen);
    if (pen.widthF() <= 0)
        stroker.setWidth(1);
    const QPainterPath outline = stroker.createStroke(path);
    const QRectF bounds = outline.boundingRect();
    if (m_clip.contains(bounds)) {
        m_painter->save();
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawPath(path);
        m_painter->restore();
    } else if (m_clip.intersects(bounds)) {
        m_painter->fillPath(outline.intersected(m_clipPath), pen.brush());
    }
}

} // namespace crisis::ui
