#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/interchange/briefpack.h>
#include <crisis/ui/charts/chartview.h>
#include <crisis/ui/charts/clippedpainter.h>
#include <crisis/ui/charts/timelineview.h>
#include <crisis/ui/models/labels.h>

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace crisis::ui {

using namespace crisis::core;

namespace {

constexpr int rightMargin = 16;
constexpr qint64 minimumDays = 14;
constexpr qint64 maximumDays = 200 * 366;

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
{
    setPalette(themePalette(m_style.theme));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    setStatusTip(
        tr("Wheel: zoom \u00b7 drag or Shift+wheel: pan \u00b7 \u2190/\u2192: pan \u00b7 +/\u2212: zoom \u00b7 "
           "0: fit all \u00b7 \u2191/\u2193: previous/next event \u00b7 Enter: its source"));
}

void TimelineView::setChartStyle(const ChartStyle& style)
{
    m_style = style;
    // Its own palette, so that an exported timeline has the export's colours whatever the window's.
    setPalette(themePalette(style.theme));
    update();
}

void TimelineView::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_events.clear();
    if (m_workspace) {
        m_events.resize(static_cast<size_t>(m_workspace->events().size()));
        std::iota(m_events.begin(), m_events.end(), 0);
    }
    m_selected = -1;
    fitAll();
}

void TimelineView::setEvents(std::vector<qint32> events)
{
    m_events = std::move(events);
    relayout();
}

void TimelineView::fitAll()
{
    QDate first;
    QDate last;
    if (m_workspace) {
        for (const qint32 index : m_events) {
            const Period& period = m_workspace->events().at(index).period;
            first = !first.isValid() || period.earliest() < first ? period.earliest() : first;
            last = !last.isValid() || period.latest() > last ? period.latest() : last;
        }
    }
    if (!first.isValid()) {
        first = QDate::currentDate().addYears(-1);
        last = QDate::currentDate();
    }
    const qint64 pad = std::max<qint64>(30, first.daysTo(last) / 30);
    setRange(first.addDays(-pad), last.addDays(pad));
}

void TimelineView::setRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    qint64 days = from.daysTo(to);
    if (days < minimumDays) {
        const QDate middle = from.addDays(days / 2);
        from = middle.addDays(-minimumDays / 2);
        to = middle.addDays(minimumDays / 2);
    } else if (days > maximumDays) {
        const QDate middle = from.addDays(days / 2);
        from = middle.addDays(-maximumDays / 2);
        to = middle.addDays(maximumDays / 2);
    }
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    relayout();
    Q_EMIT rangeChanged(m_from, m_to);
}

void TimelineView::zoom(double factor, double x)
{
    const QDate anchor = dateAt(x);
    const double days = static_cast<double>(m_from.daysTo(m_to)) / factor;
    const double share = std::clamp((x - plotLeft()) / plotWidth(), 0.0, 1.0);
    const QDate from = anchor.addDays(-static_cast<qint64>(std::llround(days * share)));
    setRange(from, from.addDays(static_cast<qint64>(std::llround(days))));
}

void TimelineView::pan(double pixels)
{
    const auto days
        = static_cast<qint64>(std::llround(pixels / plotWidth() * static_cast<double>(m_from.daysTo(m_to))));
    setRange(m_from.addDays(days), m_to.addDays(days));
}

int TimelineView::scaled(int pixels) const
{
    const int standard = QFontMetrics(QApplication::font()).height();
    return standard > 0 ? pixels * fontMetrics().height() / standard : pixels;
}

void TimelineView::setForPrint(bool forPrint)
{
    m_forPrint = forPrint;
    update();
}

double TimelineView::plotLeft() const
{
    return laneHeaderWidth();
}

double TimelineView::plotWidth() const
{
    return std::max(50.0, static_cast<double>(width() - laneHeaderWidth() - rightMargin));
}

TimelineOptions TimelineView::axisOptions() const
{
    TimelineOptions options;
    options.from = m_from;
    options.to = m_to;
    options.width = plotWidth();
    options.breaks = m_breaks;
    options.breakWidth = std::max(20, fontMetrics().horizontalAdvance(QStringLiteral("\u2248")) * 3);
    return options;
}

double TimelineView::xOf(QDate date) const
{
    return plotLeft() + timelineX(date, axisOptions());
}

QDate TimelineView::dateAt(double x) const
{
    return timelineDateAt(x - plotLeft(), axisOptions());
}

int TimelineView::rowHeight(int lane) const
{
    const int lines = lane < m_layout.lanes.size() ? m_layout.lanes.at(lane).lines : 1;
    return markerHeight() + lines * fontMetrics().height() + 10;
}

int TimelineView::laneTop(int lane) const
{
    int top = axisHeight();
    for (int l = 0; l < lane && l < m_layout.lanes.size(); ++l)
        top += m_layout.lanes.at(l).rows * rowHeight(l) + 8;
    return top;
}

void TimelineView::relayout()
{
    updateAccessibleText();
    if (!m_workspace || !m_from.isValid()) {
        m_layout = {};
        update();
        return;
    }
    // On a page, years with no event are collapsed behind an axis break: the years with events get the room.
    m_breaks = m_forPrint ? timelineBreaks(*m_workspace, m_events, m_from, m_to) : QList<TimelineBreak>();
    TimelineOptions options = axisOptions();
    // In the window the selected event's label is drawn bold: its room is measured for that.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF metrics(m_forPrint ? font() : bold);
    options.textWidth = [metrics](const QString& text) { return std::ceil(metrics.horizontalAdvance(text)); };
    TimelineLayout layout = layoutTimeline(*m_workspace, m_events, options);
    // Items are in widget coordinates from here on. Shifted before the height is set: setting it may resize the
    // view and lay it out again, and that layout must not be shifted twice.
    for (TimelineItem& item : layout.items) {
        item.x0 += plotLeft();
        item.x1 += plotLeft();
        item.labelX += plotLeft();
    }
    const int lanes = static_cast<int>(layout.lanes.size());
    m_layout = std::move(layout);
    // Tall enough for every lane: a scroll area around the view scrolls when the window is not.
    setMinimumHeight(laneTop(lanes) + 8);
    update();
}

QRect TimelineView::markerRect(const TimelineItem& item) const
{
    const int top = laneTop(item.lane) + 6 + item.row * rowHeight(item.lane);
    if (item.isDay()) // a diamond, as the legend says
        return QRect(static_cast<int>(item.x0) - markerHeight() / 2, top, markerHeight(), markerHeight());
    // A month, a year or a span of dates: a bar, however far out the view is, never narrower than can be seen.
    const int width = std::max(static_cast<int>(item.x1 - item.x0), markerHeight());
    return QRect(static_cast<int>(item.x0), top, width, markerHeight());
}

QRect TimelineView::labelRect(const TimelineItem& item) const
{
    const QRect marker = markerRect(item);
    const int lines = static_cast<int>(std::max<qsizetype>(1, item.lines.size()));
    return QRect(static_cast<int>(std::floor(item.labelX)), marker.bottom() + 3,
        static_cast<int>(std::ceil(item.labelWidth)), lines * fontMetrics().height());
}

std::optional<QRect> TimelineView::itemRect(qsizetype eventIndex) const
{
    for (const TimelineItem& item : m_layout.items) {
        if (item.eventIndex == eventIndex)
            return item.labelShown ? markerRect(item).united(labelRect(item)) : markerRect(item);
    }
    return std::nullopt;
}

const TimelineItem* TimelineView::itemAt(const QPoint& point) const
{
    // The topmost drawn wins: the last in drawing order.
    for (auto it = m_layout.items.crbegin(); it != m_layout.items.crend(); ++it) {
        if (markerRect(*it).adjusted(-3, -3, 3, 3).contains(point)
            || (it->labelShown && labelRect(*it).contains(point)))
            return &*it;
    }
    return nullptr;
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QFontMetrics metrics = fontMetrics();
    if (!m_workspace || m_layout.lanes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, m_workspace ? tr("No events to show") : tr("No database open"));
        paintFocus(&painter);
        return;
    }

    // Lanes.
    for (int lane = 0; lane < m_layout.lanes.size(); ++lane) {
        const int top = laneTop(lane);
        const int height = m_layout.lanes.at(lane).rows * rowHeight(lane) + 4;
        QColor band = m_style.categoryColor(m_layout.lanes.at(lane).category);
        band.setAlpha(lane % 2 ? 14 : 26);
        painter.fillRect(QRect(0, top, width(), height), band);
        painter.fillRect(QRect(0, top, 5, height), m_style.categoryColor(m_layout.lanes.at(lane).category));
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(12, top + 4, laneHeaderWidth() - 16, height - 8),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, categoryLabel(m_layout.lanes.at(lane).category));
        painter.setFont(font());
    }

    // The date axis: months, quarters, years or decades, the finest step whose labels do not run into each other.
    qint64 days = std::max<qint64>(1, m_from.daysTo(m_to));
    double shownWidth = plotWidth();
    for (const TimelineBreak& b : std::as_const(m_breaks)) {
        days -= b.from.daysTo(b.to);
        shownWidth -= axisOptions().breakWidth;
    }
    const double pixelsPerMonth = shownWidth * 30.44 / static_cast<double>(std::max<qint64>(1, days));
    const int labelWidth = fontMetrics().horizontalAdvance(formatDate(PartialDate::fromParts(2024, 9))) + 16;
    const int yearLabelWidth = fontMetrics().horizontalAdvance(QStringLiteral("2024")) + 16;
    int monthsPerTick = 1;
    for (const int step : { 1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 6000 }) {
        monthsPerTick = step;
        if (pixelsPerMonth * step >= (step >= 12 ? yearLabelWidth : labelWidth))
            break;
    }
    // Ticks on round dates: whole multiples of the step from year 0 (1850, 1900, ... for fifty years).
    const int stepYears = std::max(1, monthsPerTick / 12);
    QDate tick(m_from.year() - m_from.year() % stepYears, 1, 1);
    while (tick < m_from)
        tick = tick.addMonths(monthsPerTick);
    // Everything right of the lane headers is cut to that area by geometry, not by a clip, which an export to SVG
    // would drop (see ClippedPainter); a label that would cross its edge is moved inside or left out.
    const QRectF area(laneHeaderWidth(), 0, width() - laneHeaderWidth(), height());
    const ClippedPainter clipped(&painter, area);
    for (const TimelineBreak& b : std::as_const(m_breaks)) {
        // The break: a pale band down the lanes and a "≈" on the axis, the years left out said beside it.
        const double x0 = xOf(b.from);
        const double x1 = xOf(b.to);
        clipped.fillRect(QRectF(x0 + 2, axisHeight() - 4, x1 - x0 - 4, height()), m_style.laneShade);
        painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
        for (const double x : { x0 + 3, x1 - 3 })
            clipped.drawLine(QPointF(x - 3, axisHeight()), QPointF(x + 3, axisHeight() - 10));
        painter.drawText(QRectF(x0, axisHeight() - 12 - metrics.height(), x1 - x0, metrics.height()), Qt::AlignCenter,
            QStringLiteral("\u2248"));
    }
    const auto inBreak = [this](QDate date) {
        return std::any_of(m_breaks.cbegin(), m_breaks.cend(),
            [date](const TimelineBreak& b) { return date >= b.from && date < b.to; });
    };
    for (; tick <= m_to; tick = tick.addMonths(monthsPerTick)) {
        if (inBreak(tick))
            continue;
        const double x = xOf(tick);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
        clipped.drawLine(QPointF(x, axisHeight() - 6), QPointF(x, height()));
        painter.setPen(palette().color(QPalette::Text));
        const QString label = monthsPerTick >= 12 ? QString::number(tick.year())
                                                  : formatDate(PartialDate::fromParts(tick.year(), tick.month()));
        // A label that would run into a break's mark is left out.
        const double end = x + 4 + metrics.horizontalAdvance(label);
        const bool intoBreak = std::any_of(m_breaks.cbegin(), m_breaks.cend(),
            [&](const TimelineBreak& b) { return xOf(b.from) > x && xOf(b.from) - 6 < end; });
        if (x + 4 >= area.left() && end <= area.right() && !intoBreak)
            painter.drawText(QPointF(x + 4, axisHeight() - 12), label);
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(plotLeft(), axisHeight() - 4), QPointF(width(), axisHeight() - 4));

    // Events.
    for (const TimelineItem& item : std::as_const(m_layout.items)) {
        const Event& event = m_workspace->events().at(item.eventIndex);
        const QColor color = m_style.categoryColor(event.category);
        const bool selected = item.eventIndex == m_selected;
        const QRect marker = markerRect(item);
        QColor fill = color;
        fill.setAlpha(item.approximate ? 90 : 200);
        QPen outline(color.darker(130), selected ? 2.5 : 1, item.approximate ? Qt::DashLine : Qt::SolidLine);
        // Expected and proposed: hollow, with a thicker outline, dashed for expected and dotted for proposed.
        const bool pending = item.status != EventStatus::Occurred;
        if (pending) {
            outline.setWidthF(selected ? 3 : 2);
            outline.setStyle(item.status == EventStatus::Expected ? Qt::DashLine : Qt::DotLine);
            fill = palette().color(QPalette::Base);
        }
        if (selected)
            outline.setColor(palette().color(QPalette::Text));
        painter.setPen(outline);
        painter.setBrush(fill);
        if (item.isDay()) {
            QPainterPath diamond;
            const QPointF c = QRectF(marker).center();
            diamond.moveTo(c.x(), marker.top());
            diamond.lineTo(marker.right() + 1, c.y());
            diamond.lineTo(c.x(), marker.bottom() + 1);
            diamond.lineTo(marker.left(), c.y());
            diamond.closeSubpath();
            clipped.drawPath(diamond);
        } else {
            QPainterPath bar;
            bar.addRoundedRect(QRectF(marker), 3, 3);
            clipped.drawPath(bar);
        }
        if (item.labelShown) {
            QFont labelFont = font();
            labelFont.setBold(selected);
            labelFont.setItalic(item.inferred);
            painter.setFont(labelFont);
            painter.setPen(palette().color(QPalette::Text));
            // An event that began before the dates shown has its label start where they do.
            QRect label = labelRect(item);
            label.setLeft(std::max(label.left(), static_cast<int>(std::ceil(area.left()))));
            label.setRight(std::min(label.right(), static_cast<int>(std::floor(area.right()))));
            // Each line as the layout wrapped it; a line is elided only where the layout cut the label (a full lane).
            const QFontMetrics labelMetrics(labelFont);
            for (qsizetype line = 0; line < item.lines.size(); ++line) {
                const QString text = item.labelCut
                    ? labelMetrics.elidedText(item.lines.at(line), Qt::ElideRight, label.width())
                    : item.lines.at(line);
                const QRect lineRect(label.left(), label.top() + static_cast<int>(line) * metrics.height(),
                    std::max(label.width(), labelMetrics.horizontalAdvance(text)), metrics.height());
                if (label.width() > 0 && !text.isEmpty())
                    painter.drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter, text);
            }
        }
    }
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    if (m_layout.hiddenLabels > 0)
        painter.drawText(QRect(6, 2, laneHeaderWidth() - 10, axisHeight() - 4),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
            m_forPrint ? (m_layout.hiddenLabels == 1 ? tr("1 label left out for room")
                                                     : tr("%1 labels left out for room").arg(m_layout.hiddenLabels))
                       : (m_layout.hiddenLabels == 1 ? tr("1 label hidden: zoom in")
                                                     : tr("%1 labels hidden: zoom in").arg(m_layout.hiddenLabels)));
    paintFocus(&painter);
}

void TimelineView::paintFocus(QPainter* painter) const
{
    if (!hasFocus() || m_forPrint)
        return;
    painter->setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DotLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void TimelineView::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void TimelineView::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void TimelineView::updateAccessibleText()
{
    // The selected event as a screen reader says it when the arrows reach it, and the brief pack's alt text of
    // the events shown as the description.
    QString name = tr("Timeline");
    if (m_workspace && m_selected >= 0 && m_selected < m_workspace->events().size()) {
        const Event& e = m_workspace->events().at(m_selected);
        name = tr("Timeline: %1, %2, %3").arg(e.title, formatPeriod(e.period), categoryLabel(e.category));
        if (e.status != EventStatus::Occurred)
            name = tr("%1 (%2)").arg(name, eventStatusLabel(e.status));
    }
    setAccessibleName(name);
    setAccessibleDescription(
        m_workspace && m_from.isValid() ? timelineAltText(*m_workspace, m_events, m_from, m_to) : QString());
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

bool TimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_workspace) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const TimelineItem* item = itemAt(help->pos())) {
            const Event& e = m_workspace->events().at(item->eventIndex);
            QString html = QStringLiteral("<b>%1</b><br>%2")
                               .arg(escapedForRichText(e.title), escapedForRichText(formatPeriod(e.period)));
            if (e.status != EventStatus::Occurred)
                html.prepend(QStringLiteral("<i>%1</i><br>").arg(escapedForRichText(eventStatusNote(e.status))));
            if (e.periodInferred)
                html += QStringLiteral(" <i>(%1)</i>").arg(escapedForRichText(tr("inferred: %1").arg(e.periodNote)));
            html += QStringLiteral("<br>%1").arg(escapedForRichText(e.summary));
            for (const Citation& c : e.citations) {
                const Source* source = m_workspace->source(c.sourceId);
                html += QStringLiteral("<br><br>\u201c%1\u201d<br>\u2014 %2")
                            .arg(escapedForRichText(c.quote),
                                escapedForRichText(source ? m_workspace->sourceLabel(*source) : c.sourceId));
            }
            QToolTip::showText(help->globalPos(), html, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        const int amount = std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
        pan(-amount / 120.0 * plotWidth() / 10);
    } else {
        zoom(std::pow(1.25, delta.y() / 120.0), event->position().x());
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressAt = event->pos();
    m_pressFrom = m_from;
    m_pressTo = m_to;
    m_dragging = false;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const int dx = event->pos().x() - m_pressAt.x();
    if (!m_dragging && std::abs(dx) < 4)
        return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    const auto days
        = static_cast<qint64>(std::llround(-dx / plotWidth() * static_cast<double>(m_pressFrom.daysTo(m_pressTo))));
    setRange(m_pressFrom.addDays(days), m_pressTo.addDays(days));
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    unsetCursor();
    if (event->button() == Qt::LeftButton && !m_dragging) {
        if (const TimelineItem* item = itemAt(event->pos())) {
            const qsizetype index = item->eventIndex;
            setSelectedEvent(index);
            Q_EMIT eventActivated(index);
        }
    }
    m_dragging = false;
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    const double middle = plotLeft() + plotWidth() / 2;
    switch (event->key()) {
    case Qt::Key_Left:
        pan(-plotWidth() * 0.15);
        break;
    case Qt::Key_Right:
        pan(plotWidth() * 0.15);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.5, middle);
        break;
    case Qt::Key_Minus:
        zoom(1 / 1.5, middle);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        step(1);
        break;
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        step(-1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0)
            Q_EMIT eventActivated(m_selected);
        else
            step(1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

std::vector<qint32> TimelineView::eventsByDate() const
{
    std::vector<qint32> ordered = m_events;
    std::stable_sort(ordered.begin(), ordered.end(), [this](qint32 a, qint32 b) {
        return m_workspace->events().at(a).period.earliest() < m_workspace->events().at(b).period.earliest();
    });
    return ordered;
}

void TimelineView::step(int direction)
{
    if (!m_workspace || m_events.empty())
        return;
    const std::vector<qint32> ordered = eventsByDate();
    const auto at = std::find(ordered.cbegin(), ordered.cend(), static_cast<qint32>(m_selected));
    qsizetype next = 0;
    if (at != ordered.cend())
        next
            = std::clamp<qsizetype>((at - ordered.cbegin()) + direction, 0, static_cast<qsizetype>(ordered.size()) - 1);
    else if (direction < 0)
        next = static_cast<qsizetype>(ordered.size()) - 1;
    const qsizetype index = ordered[static_cast<size_t>(next)];
    setSelectedEvent(index);
    Q_EMIT eventActivated(index);
}

void TimelineView::setSelectedEvent(qsizetype eventIndex)
{
    if (m_selected == eventIndex)
        return;
    m_selected = eventIndex;
    if (eventIndex >= 0)
        ensureVisible(eventIndex);
    updateAccessibleText();
    update();
}

void TimelineView::ensureVisible(qsizetype eventIndex)
{
    if (!m_workspace || eventIndex >= m_workspace->events().size())
        return;
    const Period& period = m_workspace->events().at(eventIndex).period;
    if (period.earliest() >= m_from && period.latest() <= m_to)
        return;
    const qint64 span = m_from.daysTo(m_to);
    const QDate middle = period.earliest().addDays(period.earliest().daysTo(period.latest()) / 2);
    setRange(middle.addDays(-span / 2), middle.addDays(span - span / 2));
}

} // namespace crisis::ui
