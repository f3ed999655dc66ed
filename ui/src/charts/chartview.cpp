#include <crisis/core/analysis/calendaraxis.h>
#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/analysis/labellayout.h>
#include <crisis/core/interchange/briefpack.h>
#include <crisis/ui/charts/chartview.h>
#include <crisis/ui/charts/clippedpainter.h>
#include <crisis/ui/models/labels.h>

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QKeyEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QScatterSeries>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace crisis::ui {

using namespace crisis::core;

namespace {

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// Text from data as Qt Charts takes it: it draws legend labels, axis labels and titles as HTML, and elides them a
// character at a time. Escaped, without control characters, and cut to a length that fits a legend.
QString chartText(const QString& text)
{
    return escapedForRichText(text, 200);
}

} // namespace

Qt::PenStyle penStyleOf(FigureStatus status)
{
    switch (status) {
    case FigureStatus::Actual:
        return Qt::SolidLine;
    case FigureStatus::Pledged:
        return Qt::DashLine;
    case FigureStatus::Target:
        return Qt::DashDotLine;
    case FigureStatus::ProposedTarget:
        return Qt::DotLine;
    case FigureStatus::Estimate:
        return Qt::DashDotDotLine;
    }
    return Qt::SolidLine;
}

// Everything drawn over the plot that Qt Charts has no series for: spans, bars and their parts, event
// bands, shortfall hatching, date whiskers, labels and footnote numbers, the selection ring.
class ChartOverlay : public QGraphicsItem
{
public:
    ChartOverlay(QChart* chart, bool foreground, std::function<void(QPainter*)> paint)
        : QGraphicsItem(chart)
        , m_chart(chart)
        , m_paint(std::move(paint))
    {
        setZValue(foreground ? 50 : 1);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override { return m_chart->rect(); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        painter->save();
        m_paint(painter);
        painter->restore();
    }

private:
    QChart* m_chart;
    std::function<void(QPainter*)> m_paint;
};

ChartView::ChartView(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
    setToolTip(tr("Drag across the chart to zoom into those dates; click a point for its source"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Chart"));
    // Our own legend, drawn below the plot in as many rows as its entries take: Qt Charts' cuts names to
    // "Kenya…" when they do not fit one row.
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        layOutLabels();
        chart()->update();
    });
}

ChartView::~ChartView() = default;

void ChartView::setChartStyle(const ChartStyle& style)
{
    m_style = style;
    rebuild();
}

void ChartView::setSpec(ChartSpec spec, std::shared_ptr<const Workspace> workspace)
{
    m_spec = std::move(spec);
    m_workspace = std::move(workspace);
    rebuild();
}

double ChartView::xOf(QDate date) const
{
    if (!m_spec.categories.isEmpty())
        return 0;
    return static_cast<double>(QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

QPointF ChartView::pointOf(const ChartMark& mark, qsizetype markIndex) const
{
    const double y = mark.value / m_yScale;
    if (!m_spec.categories.isEmpty())
        return { static_cast<double>(markIndex), y };
    // The middle of the mark's extent; a single day in its middle.
    return { (xOf(mark.from) + xOf(mark.to.addDays(1))) / 2, y };
}

void ChartView::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis); // gives the axis back to us: it is ours to delete
        delete axis;
    }
    for (QGraphicsItem* child : c->childItems()) {
        if (dynamic_cast<ChartOverlay*>(child))
            delete child;
    }
    m_markSeries.clear();
    m_dateAxis = nullptr;
    m_firstLabelWidth = 0;
    m_selection = nullptr;
    m_labels = {};
    m_eventLabels.clear();
    m_unplacedCaptions.clear();
    m_legend.clear();
    m_notesHeight = 0;
    m_legendHeight = 0;
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundBrush(m_style.page);
    setBackgroundBrush(m_style.page);
    updateAccessibleText();
    if (m_spec.isEmpty())
        return;

    const double top = m_spec.yMax;
    m_yScale = top >= 5e9 ? 1e9 : top >= 5e6 ? 1e6 : top >= 5e4 ? 1e3 : 1;
    QAbstractAxis* xAxis = nullptr;
    if (!m_spec.categories.isEmpty()) {
        auto* axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (qsizetype i = 0; i < m_spec.categories.size(); ++i)
            axis->append(chartText(m_spec.categories.at(i)), static_cast<double>(i)); // Qt Charts reads HTML
        axis->setRange(-0.6, static_cast<double>(m_spec.categories.size()) - 0.4);
        axis->setGridLineVisible(false);
        xAxis = axis;
    } else {
        // Ticks on calendar boundaries (years, quarters or months by the span), the range whole units: what the
        // export's "Dates shown" line says.
        m_tickBudget = tickBudget();
        const CalendarAxis calendar = calendarAxis(m_spec.from, m_spec.to, m_tickBudget);
        auto* axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setRange(xOf(calendar.from), xOf(calendar.to.addDays(1)));
        for (const CalendarAxis::Tick& tick : calendar.ticks) {
            const QString& label = tick.label;
            axis->append(label, xOf(tick.date));
        }
        axis->setStartValue(xOf(calendar.from));
        xAxis = axis;
        m_dateAxis = axis;
        m_axisFrom = xOf(calendar.from);
        m_axisTo = xOf(calendar.to.addDays(1));
        m_firstLabelWidth = calendar.ticks.isEmpty() || calendar.ticks.constFirst().date != calendar.from
            ? 0
            : QFontMetricsF(font()).horizontalAdvance(calendar.ticks.constFirst().label);
    }
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, top / m_yScale);
    yAxis->applyNiceNumbers();
    yAxis->setLabelFormat(top / m_yScale >= 100 || m_yScale == 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    QString yTitle = m_spec.yTitle;
    if (m_yScale > 1)
        yTitle += m_yScale == 1e9 ? tr(" (billions)") : m_yScale == 1e6 ? tr(" (millions)") : tr(" (thousands)");
    yAxis->setTitleText(chartText(yTitle)); // Qt Charts draws titles and legend labels as HTML
    // Axes and legend in the view's font, so an export at a larger size scales them with everything else.
    QFont titleFont = font();
    titleFont.setBold(true);
    for (QAbstractAxis* axis : { xAxis, static_cast<QAbstractAxis*>(yAxis) }) {
        axis->setLabelsFont(font());
        axis->setTitleFont(titleFont);
    }
    c->legend()->setFont(font());
    for (QAbstractAxis* axis : { xAxis, static_cast<QAbstractAxis*>(yAxis) }) {
        axis->setLabelsColor(m_style.quietText);
        axis->setTitleBrush(m_style.text);
        axis->setGridLineColor(m_style.grid);
        axis->setLinePenColor(m_style.axisLine);
    }
    c->addAxis(xAxis, Qt::AlignBottom);
    c->addAxis(yAxis, Qt::AlignLeft);

    const auto attach = [&](QAbstractSeries* series, bool inLegend) {
        c->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        if (!inLegend) {
            for (QLegendMarker* marker : c->legend()->markers(series))
                marker->setVisible(false);
        }
    };

    for (qsizetype s = 0; s < m_spec.series.size(); ++s) {
        const ChartSeries& series = m_spec.series.at(s);
        const QColor color
            = m_spec.categories.isEmpty() ? m_style.seriesColor(series.colorIndex) : m_style.seriesColor(0);
        if (series.style == ChartSeries::Style::Step) {
            for (const auto& segment : series.path) {
                auto* line = new QLineSeries;
                QList<QPointF> points;
                for (const auto& [date, value] : segment)
                    points.append({ xOf(date) + 43200000.0, value / m_yScale });
                line->replace(points);
                QPen pen(color, (series.status == FigureStatus::Actual ? 2.8 : 2.2) * m_style.lineScale,
                    penStyleOf(series.status));
                line->setPen(pen);
                line->setName(chartText(series.name));
                attach(line, false);
            }
            m_legend.append({ series.name, QPen(color, 2.5, penStyleOf(series.status)), false });
        } else if (series.style == ChartSeries::Style::Span) {
            m_legend.append(
                { series.note.isEmpty() ? series.name : series.name + QStringLiteral(" (") + series.note + u')',
                    QPen(color, 5, Qt::SolidLine, Qt::FlatCap), false });
        } else {
            m_legend.append(
                { series.note.isEmpty() ? series.name : series.name + QStringLiteral(" (") + series.note + u')',
                    QPen(color), true });
        }
        addMarkSeries(s, color);
    }
    // A legend entry for every colour drawn: the stated parts of bars (each stacked component, the share of
    // children), and the red of reports that disagree.
    QList<QStringList> partNames;
    bool anyConflict = false;
    for (const ChartSeries& series : m_spec.series) {
        for (const ChartMark& mark : series.marks) {
            anyConflict = anyConflict || mark.conflicting;
            for (qsizetype p = 0; p < mark.parts.size(); ++p) {
                if (partNames.size() <= p)
                    partNames.resize(p + 1);
                const QString name = m_workspace ? m_workspace->figures().subgroup(mark.parts.at(p).row)
                                                 : mark.parts.at(p).label.section(u':', 0, 0);
                if (!name.isEmpty() && !partNames[p].contains(name))
                    partNames[p].append(name);
            }
        }
    }
    for (qsizetype p = 0; p < partNames.size(); ++p) {
        QString name = partNames.at(p).join(QStringLiteral(" / "));
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_legend.append({ name.isEmpty() ? tr("Stated part") : tr("%1 (stated part)").arg(name),
            QPen(m_style.seriesColor(static_cast<int>(p) + 1)), true });
    }
    if (anyConflict)
        m_legend.append({ tr("\u2260 Reports that disagree (both shown)"), QPen(m_style.conflict, 2), false });
    if (!m_spec.shortfalls.isEmpty())
        m_legend.append(
            { tr("Shortfall (computed by us, not reported)"), QPen(m_style.hatch, 1.2, Qt::DotLine), true, true });
    for (QAbstractSeries* series : c->series()) {
        if (auto* scatter = qobject_cast<QScatterSeries*>(series)) {
            connect(scatter, &QScatterSeries::hovered, this,
                [this, scatter](const QPointF& point, bool state) { onHovered(scatter, point, state); });
            connect(scatter, &QScatterSeries::clicked, this,
                [this, scatter](const QPointF& point) { onClicked(scatter, point); });
        }
    }

    // A reference series to map chart values to positions for the overlays.
    auto* reference = new QLineSeries;
    reference->setName(QString());
    attach(reference, false);
    const auto map = [c, reference](QPointF value) { return c->mapToPosition(value, reference); };

    new ChartOverlay(c, false, [this, c, map](QPainter* painter) {
        const QRectF plot = c->plotArea();
        // Cut to the plot by geometry: the SVG generator drops a painter's clip (see ClippedPainter).
        const ClippedPainter clipped(painter, plot);
        const double bottom = map({ 0, 0 }).y();
        // Events marked on the chart: a band over the span their date can mean, a line in its middle.
        for (const ChartMarker& marker : m_spec.markers) {
            const bool selected = m_workspace && m_selectedEvent == m_workspace->eventIndex(marker.eventId);
            const double x0 = map({ xOf(marker.from), 0 }).x();
            const double x1 = map({ xOf(marker.to.addDays(1)), 0 }).x();
            clipped.fillRect(QRectF(x0, plot.top(), std::max(1.0, x1 - x0), plot.height()),
                withAlpha(m_style.band, selected ? 70 : 28));
            painter->setPen(QPen(withAlpha(m_style.bandLine, selected ? 255 : 160), selected ? 2 : 1, Qt::DashLine));
            const double mid = (x0 + x1) / 2;
            clipped.drawLine(QPointF(mid, plot.top()), QPointF(mid, plot.bottom()));
        }
        // The shortfall against the target: computed by us, not reported, so drawn unlike any report: grey
        // hatching inside a dotted outline, no fill of a series' colour.
        for (const ShortfallBand& band : m_spec.shortfalls) {
            const QRectF area = shortfallArea(band);
            clipped.fillRect(area, withAlpha(m_style.hatch, 22));
            clipped.fillRect(area, QBrush(withAlpha(m_style.hatch, 120), Qt::BDiagPattern));
            if (band.deployedLow < band.deployedHigh) {
                const QPointF low = map({ xOf(band.to.addDays(1)), band.deployedLow / m_yScale });
                clipped.fillRect(QRectF(QPointF(area.left(), area.bottom()), QPointF(area.right(), low.y())),
                    QBrush(withAlpha(m_style.hatch, 70), Qt::FDiagPattern));
            }
            painter->setPen(QPen(m_style.hatch, 1.2, Qt::DotLine));
            painter->setBrush(Qt::NoBrush);
            clipped.drawRect(area);
        }
        for (const ChartSeries& series : m_spec.series) {
            const QColor color
                = m_spec.categories.isEmpty() ? m_style.seriesColor(series.colorIndex) : m_style.seriesColor(0);
            for (qsizetype i = 0; i < series.marks.size(); ++i) {
                const ChartMark& mark = series.marks.at(i);
                if (series.style == ChartSeries::Style::Span) {
                    // A report over its period: never joined to the next.
                    const QPointF a = map({ xOf(mark.from), mark.value / m_yScale });
                    const QPointF b = map({ xOf(mark.to.addDays(1)), mark.value / m_yScale });
                    QPen pen(
                        color, 5 * m_style.lineScale, mark.periodInferred ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
                    painter->setPen(pen);
                    clipped.drawLine(a, b);
                    painter->setPen(QPen(color, 1.5));
                    clipped.drawLine(QPointF(a.x(), a.y() - 6), QPointF(a.x(), a.y() + 6));
                    clipped.drawLine(QPointF(b.x(), b.y() - 6), QPointF(b.x(), b.y() + 6));
                } else if (series.style == ChartSeries::Style::Bar) {
                    QRectF bar;
                    if (!m_spec.categories.isEmpty()) {
                        bar = QRectF(map({ i - 0.32, mark.value / m_yScale }), map({ i + 0.32, 0 }));
                    } else {
                        const QPointF centre = map(pointOf(mark, i));
                        const double half = std::max(
                            14.0, (map({ xOf(mark.to.addDays(1)), 0 }).x() - map({ xOf(mark.from), 0 }).x()) / 2);
                        bar = QRectF(QPointF(centre.x() - half, centre.y()), QPointF(centre.x() + half, bottom));
                    }
                    QColor fill = color;
                    fill.setAlpha(mark.parts.isEmpty() ? 200 : 70);
                    clipped.fillRect(bar, fill);
                    painter->setPen(
                        QPen(color.darker(130), 1.2, mark.bound == ValueBound::Exact ? Qt::SolidLine : Qt::DashLine));
                    clipped.drawRect(bar);
                    // Stated parts: stacked components of a total, or a share inside it.
                    double base = 0;
                    for (qsizetype p = 0; p < mark.parts.size(); ++p) {
                        const ChartMark::Part& part = mark.parts.at(p);
                        const double partTop = map({ 0, (base + part.value) / m_yScale }).y();
                        const double partBottom = map({ 0, base / m_yScale }).y();
                        QColor shade = m_style.seriesColor(static_cast<int>(p) + 1);
                        shade.setAlpha(190);
                        const QRectF piece(QPointF(bar.left() + 3, partTop), QPointF(bar.right() - 3, partBottom));
                        clipped.fillRect(piece, shade);
                        painter->setPen(QPen(m_style.page, 1));
                        clipped.drawRect(piece);
                        if (!m_spec.categories.isEmpty())
                            base += part.value; // components stack; a share sits inside the bar
                    }
                } else if (mark.from.daysTo(mark.to) > 20) {
                    // A report whose date is a month or a year: a whisker over the days it can mean.
                    const QPointF a = map({ xOf(mark.from), mark.value / m_yScale });
                    const QPointF b = map({ xOf(mark.to.addDays(1)), mark.value / m_yScale });
                    QColor whisker = color;
                    whisker.setAlpha(120);
                    painter->setPen(QPen(whisker, 1.2));
                    clipped.drawLine(a, b);
                    clipped.drawLine(QPointF(a.x(), a.y() - 4), QPointF(a.x(), a.y() + 4));
                    clipped.drawLine(QPointF(b.x(), b.y() - 4), QPointF(b.x(), b.y() + 4));
                }
            }
            // Reports that disagree at the same time: a red bracket joins them, so neither is taken for the truth.
            QList<QPointF> conflicting;
            for (qsizetype i = 0; i < series.marks.size(); ++i) {
                if (series.marks.at(i).conflicting)
                    conflicting.append(map(pointOf(series.marks.at(i), i)));
            }
            if (conflicting.size() > 1) {
                double lowest = conflicting.first().y();
                double highest = lowest;
                for (const QPointF& p : conflicting) {
                    lowest = std::max(lowest, p.y());
                    highest = std::min(highest, p.y());
                }
                const double x = conflicting.first().x() - 12;
                painter->setPen(QPen(m_style.conflict, 1.6));
                clipped.drawLine(QPointF(x, highest), QPointF(x, lowest));
                clipped.drawLine(QPointF(x, highest), QPointF(x + 6, highest));
                clipped.drawLine(QPointF(x, lowest), QPointF(x + 6, lowest));
            }
        }
    });

    new ChartOverlay(c, true, [this, c, map](QPainter* painter) {
        const QRectF plot = c->plotArea();
        const QFont small = labelFont();
        painter->setFont(small);
        const QFontMetricsF metrics(small);
        // Presenting: the date being told, its line under the texts (which read across it), its label over them.
        const bool presenting = m_cursor.isValid() && m_spec.categories.isEmpty();
        const double cursorX = !presenting      ? 0
            : m_cursorEdge == CursorEdge::Left  ? plot.left() + 2
            : m_cursorEdge == CursorEdge::Right ? plot.right() - 2
                                                : map({ xOf(m_cursor), 0 }).x();
        const bool cursorShown = presenting && cursorX >= plot.left() && cursorX <= plot.right();
        if (cursorShown) {
            painter->setPen(
                QPen(m_style.cursor, 3 * m_style.lineScale, m_cursorPending ? Qt::DashLine : Qt::SolidLine));
            painter->drawLine(QPointF(cursorX, plot.top()), QPointF(cursorX, plot.bottom()));
        }
        // Event labels along the top of the plot, as laid out with the value labels.
        for (const EventLabel& label : std::as_const(m_eventLabels)) {
            painter->fillRect(label.box, withAlpha(m_style.labelBackground, 240));
            painter->setPen(m_style.quietText);
            const double lineHeight = label.box.height() / static_cast<double>(label.lines.size());
            for (qsizetype line = 0; line < label.lines.size(); ++line) {
                const QRectF box(label.box.left() + 3, label.box.top() + lineHeight * static_cast<double>(line),
                    label.box.width() - 3, lineHeight);
                painter->drawText(box, Qt::AlignVCenter | Qt::AlignLeft, label.lines.at(line));
            }
        }
        // Value labels where the layout placed them: beside their mark, or further out with a leader to it.
        const LabelLayout& layout = m_labels.layout;
        for (qsizetype i = 0; i < layout.labels.size(); ++i) {
            const PlacedLabel& placed = layout.labels.at(i);
            if (placed.box.isEmpty())
                continue;
            const ChartLabel& label = m_labels.labels.at(i);
            const QColor color = labelColor(label);
            if (placed.state == PlacedLabel::State::Leader) {
                const QRectF anchor = m_labels.requests.at(i).anchor;
                painter->setPen(QPen(m_style.bandLine, 1));
                painter->drawLine(placed.leaderFrom, edgeToward(anchor, placed.leaderFrom));
            }
            painter->fillRect(placed.box.adjusted(-1, 0, 1, 0), m_style.labelBackground);
            if (placed.state == PlacedLabel::State::Noted) {
                // No room for the value: its number here, the value in the list below the chart.
                painter->setPen(QPen(color, 1));
                painter->drawRect(placed.box.adjusted(0, 0, -1, -1));
                painter->drawText(placed.box, Qt::AlignCenter, noteTag(placed.note));
                continue;
            }
            QFont font = small;
            font.setItalic(label.computed);
            painter->setFont(font);
            painter->setPen(color);
            painter->drawText(QPointF(placed.box.left(), placed.box.top() + metrics.ascent()), label.text);
            painter->setFont(small);
        }
        paintLegend(painter);
        if (!layout.noted.isEmpty() || !m_unplacedCaptions.isEmpty()) {
            painter->setFont(small);
            painter->setPen(m_style.quietText);
            painter->drawText(notesRect(), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, notesText());
        }
        // Presenting: the date's label at the foot of its line, and the figures that hold then.
        if (cursorShown) {
            QFont bold = small;
            bold.setBold(true);
            painter->setFont(bold);
            const QString text = cursorText();
            const QRectF box = cursorLabelBox(cursorX, plot);
            if (m_cursorPending) {
                // Expected or proposed: a hollow label, as the timeline draws such events.
                painter->fillRect(box, m_style.page);
                painter->setPen(QPen(m_style.cursor, 2, Qt::DashLine));
                painter->drawRect(box);
                painter->setPen(m_style.textIn(m_style.cursor));
            } else {
                painter->fillRect(box, m_style.cursor);
                painter->setPen(ChartStyle::textOn(m_style.cursor));
            }
            painter->drawText(box, Qt::AlignCenter, text);
            painter->setFont(small);
        }
        for (const qsizetype row : m_highlighted) {
            const auto [s, m] = m_spec.findRow(row);
            if (s < 0)
                continue;
            const QPointF at = map(pointOf(m_spec.series.at(s).marks.at(m), m));
            painter->setPen(QPen(m_style.cursor, 3 * m_style.lineScale));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(at, 13, 13);
        }
        // The selected mark: a ring around it.
        if (m_selectedFigure >= 0) {
            const auto [s, m] = m_spec.findRow(m_selectedFigure);
            if (s >= 0) {
                const QPointF at = map(pointOf(m_spec.series.at(s).marks.at(m), m));
                painter->setPen(QPen(m_style.selection, 2.5 * m_style.lineScale));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(at, 11, 11);
            }
        }
        // The keyboard: the view's focus around the plot, and the mark the arrows reached in a square.
        if (hasFocus() && m_interactive) {
            const QColor focus = palette().color(QPalette::Highlight);
            painter->setPen(QPen(focus, 2, Qt::DotLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(plot.adjusted(1, 1, -1, -1));
            if (m_focusedRow >= 0) {
                const auto [s, m] = m_spec.findRow(m_focusedRow);
                if (s >= 0) {
                    const QPointF at = map(pointOf(m_spec.series.at(s).marks.at(m), m));
                    painter->setPen(QPen(focus, 3));
                    painter->drawRect(QRectF(at.x() - 14, at.y() - 14, 28, 28));
                }
            }
        }
    });
    layOutLabels();
}

QRectF ChartView::shortfallArea(const ShortfallBand& band) const
{
    QList<QAbstractSeries*> all = chart()->series();
    if (all.isEmpty())
        return {};
    const QPointF topLeft = chart()->mapToPosition({ xOf(band.from), band.target / m_yScale }, all.last());
    const QPointF bottomRight
        = chart()->mapToPosition({ xOf(band.to.addDays(1)), band.deployedHigh / m_yScale }, all.last());
    return QRectF(topLeft, bottomRight).normalized();
}

QString ChartView::shortfallToolTip(qsizetype index) const
{
    if (index < 0 || index >= m_spec.shortfalls.size())
        return {};
    const ShortfallBand& band = m_spec.shortfalls.at(index);
    return QStringLiteral("<b>%1</b><br>%2")
        .arg(
            escapedForRichText(band.label), escapedForRichText(tr("Computed, not reported: %1.").arg(band.arithmetic)));
}

QFont ChartView::labelFont() const
{
    QFont small = font();
    if (small.pixelSize() > 0) // export fonts are sized in pixels: annotations no smaller than 11 px
        small.setPixelSize(std::max(11, small.pixelSize() * 85 / 100));
    else
        small.setPointSizeF(std::max(8.0, small.pointSizeF() * 0.85));
    return small;
}

QColor ChartView::labelColor(const ChartLabel& label) const
{
    if (label.conflicting)
        return m_style.textIn(m_style.conflict);
    if (label.computed)
        return m_style.textIn(m_style.computed);
    if (label.kind == ChartLabel::Kind::Part)
        return m_style.text;
    const ChartSeries& series = m_spec.series.at(label.series);
    const QColor color = m_spec.categories.isEmpty() ? m_style.seriesColor(series.colorIndex) : m_style.seriesColor(0);
    // On a light page a darker shade of the series' colour; on a dark one the colour itself (as light as it is).
    return m_style.textIn(m_style.theme == Theme::Dark ? color : color.darker(150));
}

QString ChartView::noteTag(int note)
{
    return QStringLiteral("[%1]").arg(note);
}

QString ChartView::notesText() const
{
    QStringList notes;
    for (const qsizetype index : m_labels.layout.noted)
        notes.append(noteTag(m_labels.layout.labels.at(index).note) + u' ' + m_labels.labels.at(index).listText);
    QStringList lines;
    if (!notes.isEmpty())
        lines.append(tr("Not labelled for lack of room: %1").arg(notes.join(QStringLiteral("   "))));
    if (!m_unplacedCaptions.isEmpty()) {
        QString events = m_unplacedCaptions.mid(0, m_captionsListed).join(QStringLiteral("   "));
        const auto more = static_cast<int>(m_unplacedCaptions.size() - m_captionsListed);
        if (more > 0)
            events += (events.isEmpty() ? QString() : QStringLiteral("   "))
                + (more == 1 ? tr("and one more event, on the timeline")
                             : tr("and %n more events, on the timeline", nullptr, more));
        lines.append(tr("No room on the chart for these events: %1").arg(events));
    }
    return lines.join(u'\n');
}

QList<QRectF> ChartView::legendBoxes(double width) const
{
    // Entries left to right, wrapped onto as many rows as they take; centred row by row.
    const QFontMetricsF metrics(labelFont());
    const double swatch = 18;
    const double spacing = 12;
    const double rowHeight = std::ceil(metrics.height()) + 4;
    QList<QRectF> boxes;
    QList<qsizetype> rowStarts { 0 };
    double x = 0;
    double y = 0;
    for (const LegendEntry& entry : m_legend) {
        const double w = std::min(width, swatch + 6 + std::ceil(metrics.horizontalAdvance(entry.text)));
        if (x > 0 && x + w > width) {
            x = 0;
            y += rowHeight;
            rowStarts.append(boxes.size());
        }
        boxes.append(QRectF(x, y, w, rowHeight));
        x += w + spacing;
    }
    rowStarts.append(boxes.size());
    for (qsizetype r = 0; r + 1 < rowStarts.size(); ++r) {
        if (rowStarts.at(r) == rowStarts.at(r + 1))
            continue;
        const double used = boxes.at(rowStarts.at(r + 1) - 1).right();
        for (qsizetype i = rowStarts.at(r); i < rowStarts.at(r + 1); ++i)
            boxes[i].translate((width - used) / 2, 0);
    }
    return boxes;
}

void ChartView::paintLegend(QPainter* painter) const
{
    const QRectF rect = chart()->rect();
    const QRectF area(
        rect.left() + 8, rect.bottom() - m_notesHeight - m_legendHeight - 2, rect.width() - 16, m_legendHeight);
    const QList<QRectF> boxes = legendBoxes(area.width());
    painter->setFont(labelFont());
    const QFontMetricsF metrics(labelFont());
    for (qsizetype i = 0; i < m_legend.size() && i < boxes.size(); ++i) {
        const LegendEntry& entry = m_legend.at(i);
        const QRectF box = boxes.at(i).translated(area.topLeft());
        const QRectF swatch(box.left(), box.center().y() - 5, 18, 10);
        if (entry.hatched) {
            painter->fillRect(swatch, QBrush(withAlpha(m_style.hatch, 140), Qt::BDiagPattern));
            painter->setPen(entry.pen);
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(swatch);
        } else if (entry.swatch) {
            painter->fillRect(swatch, entry.pen.color());
        } else {
            painter->setPen(entry.pen);
            painter->drawLine(
                QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
        }
        painter->setPen(m_style.text);
        const QRectF text(swatch.right() + 6, box.top(), box.right() - swatch.right() - 6, box.height());
        painter->drawText(
            text, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(entry.text, Qt::ElideRight, text.width() + 1));
    }
}

QRectF ChartView::notesRect() const
{
    const QRectF rect = chart()->rect();
    return QRectF(rect.left() + 8, rect.bottom() - m_notesHeight, rect.width() - 16, m_notesHeight);
}

QPointF ChartView::edgeToward(const QRectF& anchor, const QPointF& from)
{
    // Where the line from a label to the centre of its mark enters the mark's box: the leader stops there.
    QPointF outside = from;
    QPointF inside = anchor.center();
    if (anchor.contains(from))
        return inside;
    for (int i = 0; i < 24; ++i) {
        const QPointF middle = (outside + inside) / 2;
        (anchor.contains(middle) ? inside : outside) = middle;
    }
    return outside;
}

void ChartView::layOutLabels()
{
    if (m_layingOut)
        return;
    m_layingOut = true;
    makeRoomForFirstDateLabel();
    QChart* c = chart();
    QList<QAbstractSeries*> all = c->series();
    m_labels = {};
    m_eventLabels.clear();
    m_unplacedCaptions.clear();
    if (m_spec.isEmpty() || all.isEmpty()) {
        m_layingOut = false;
        return;
    }
    QAbstractSeries* reference = all.last();
    const QFont small = labelFont();
    const QFontMetricsF metrics(small);
    // The list of labels with no room goes below the legend: the chart's bottom margin grows to hold it, which
    // shrinks the plot, so the layout is made again (twice at most: the list only grows).
    double floor = 0; // within one layout the list only grows, so the passes end
    for (int pass = 0; pass < 4; ++pass) {
        const QRectF plot = c->plotArea();
        const auto map = [c, reference](QPointF value) { return c->mapToPosition(value, reference); };
        m_eventLabels.clear();
        ChartLabelGeometry g;
        g.plot = plot;
        g.markRadius = 6;
        g.gap = 3;
        const bool categorical = !m_spec.categories.isEmpty();
        const double scale = m_yScale;
        g.map = [map, categorical, scale](double x, double value) {
            const double at = categorical ? x : (x - 2440588.0) * 86400000.0; // a Julian day in ms since 1970
            return map({ at, value / scale });
        };
        g.measure = [&metrics](const QString& text) {
            return QSizeF(std::ceil(metrics.horizontalAdvance(text)) + 1, std::ceil(metrics.height()));
        };
        // The events' captions along the top, whole (wrapped where long), clear of every mark, span, bar and line;
        // at the middle of the part of each band the plot shows.
        QList<CaptionRequest> captions;
        for (const ChartMarker& marker : m_spec.markers) {
            const double x0 = std::max(plot.left(), map({ xOf(marker.from), 0 }).x());
            const double x1 = std::min(plot.right(), map({ xOf(marker.to.addDays(1)), 0 }).x());
            if (x1 < x0)
                continue;
            captions.append({ (x0 + x1) / 2, marker.label + u'\u00a0' + superscriptNumbers({ marker.footnote }) });
        }
        CaptionGeometry captionGeometry;
        captionGeometry.plot = plot;
        captionGeometry.width = [&metrics](const QString& text) { return metrics.horizontalAdvance(text); };
        captionGeometry.lineHeight = std::ceil(metrics.height()) + 1;
        captionGeometry.maxWidth = std::max(160.0, std::min(320.0, plot.width() / 3));
        captionGeometry.marks = chartMarkAreas(m_spec, g);
        m_unplacedCaptions.clear();
        const QList<PlacedCaption> placedCaptions = layoutEventCaptions(captions, captionGeometry);
        for (qsizetype i = 0; i < placedCaptions.size(); ++i) {
            if (placedCaptions.at(i).box.isEmpty())
                m_unplacedCaptions.append(captions.at(i).text);
            else
                m_eventLabels.append({ placedCaptions.at(i).box, placedCaptions.at(i).lines });
        }
        for (const EventLabel& label : std::as_const(m_eventLabels))
            g.obstacles.append({ label.box, -1, -1 });
        if (m_cursor.isValid() && !categorical) {
            // The presenter's date at the foot of its cursor, where paint() draws it, and the line above it.
            const double x = m_cursorEdge == CursorEdge::Left ? plot.left() + 2
                : m_cursorEdge == CursorEdge::Right           ? plot.right() - 2
                                                              : map({ xOf(m_cursor), 0 }).x();
            const QRectF box = cursorLabelBox(x, plot);
            g.obstacles.append({ box.adjusted(-4, -4, 4, 0), -1, -1 });
            g.obstacles.append({ QRectF(x - 3, plot.top(), 6, plot.height()), -1, -1 });
        }
        for (const qsizetype row : m_highlighted) {
            // The figures that hold at the presented date are ringed: no label over the ring, their own included
            // (the ring is drawn over labels).
            const auto [s, m] = m_spec.findRow(row);
            if (s >= 0) {
                const QPointF at = map(pointOf(m_spec.series.at(s).marks.at(m), m));
                g.obstacles.append({ QRectF(at.x() - 14, at.y() - 14, 28, 28), -1, -1 });
            }
        }
        m_labels = layoutChartLabels(m_spec, g);
        double needed = 0;
        m_captionsListed = m_unplacedCaptions.size();
        if (!m_labels.layout.noted.isEmpty() || !m_unplacedCaptions.isEmpty()) {
            const QRectF rect = c->rect();
            const auto notesHeight = [&] {
                return std::ceil(metrics
                                     .boundingRect(QRectF(0, 0, rect.width() - 16, 1e6),
                                         Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, notesText())
                                     .height())
                    + 4;
            };
            // At most a quarter of the chart, and the events' list two lines more than their count alone: the plot
            // keeps its room, and events that do not fit the list are counted (the timeline has them all), never cut.
            const qsizetype all = m_captionsListed;
            m_captionsListed = 0;
            const double countOnly = notesHeight();
            m_captionsListed = all;
            const double most = std::min(rect.height() / 4, countOnly + 2 * std::ceil(metrics.height()));
            needed = notesHeight();
            if (needed > most && m_captionsListed > 0) {
                // As many as fit, found by halving (fewer listed never take more room): a few layouts of the notes
                // rather than one an event left out (hundreds of events on a small chart, every resize).
                qsizetype fits = 0;
                qsizetype over = m_captionsListed;
                while (over - fits > 1) {
                    m_captionsListed = fits + (over - fits) / 2;
                    if (notesHeight() <= most)
                        fits = m_captionsListed;
                    else
                        over = m_captionsListed;
                }
                m_captionsListed = fits;
                needed = notesHeight();
            }
            needed = std::min(needed, rect.height() / 4);
        }
        const QList<QRectF> legend = legendBoxes(c->rect().width() - 16);
        const double legendHeight = legend.isEmpty() ? 0 : legend.last().bottom() + 4;
        needed = std::max(needed, floor);
        floor = needed;
        if (needed == m_notesHeight && legendHeight == m_legendHeight)
            break;
        m_notesHeight = needed;
        m_legendHeight = legendHeight;
        c->setMargins(QMargins(4, 4, 4, 4 + static_cast<int>(needed + legendHeight)));
        if (c->layout())
            c->layout()->activate();
    }
    m_layingOut = false;
}

void ChartView::addMarkSeries(qsizetype seriesIndex, const QColor& color)
{
    const ChartSeries& series = m_spec.series.at(seriesIndex);
    // One scatter series per marker shape: exact and approximate (circle), lower bound (triangle), upper bound.
    QHash<int, QPair<QScatterSeries*, QList<QPointF>>> byShape;
    for (qsizetype i = 0; i < series.marks.size(); ++i) {
        const ChartMark& mark = series.marks.at(i);
        const int shape = mark.bound == ValueBound::LowerBound ? QScatterSeries::MarkerShapeTriangle
            : mark.bound == ValueBound::UpperBound             ? QScatterSeries::MarkerShapeRotatedRectangle
                                                               : QScatterSeries::MarkerShapeCircle;
        auto& entry = byShape[shape];
        if (!entry.first) {
            entry.first = new QScatterSeries;
            entry.first->setMarkerShape(static_cast<QScatterSeries::MarkerShape>(shape));
            entry.first->setMarkerSize(series.style == ChartSeries::Style::Bar ? 9 : 11);
            entry.first->setColor(series.style == ChartSeries::Style::Bar ? color.darker(140) : color);
            entry.first->setBorderColor(m_style.page);
            entry.first->setName(chartText(series.name));
        }
        entry.second.append(pointOf(mark, i));
        m_markSeries[entry.first].append({ seriesIndex, i });
    }
    for (auto& [series, points] : byShape) {
        series->replace(points);
        chart()->addSeries(series);
        for (QAbstractAxis* axis : chart()->axes())
            series->attachAxis(axis);
        for (QLegendMarker* marker : chart()->legend()->markers(series))
            marker->setVisible(false);
    }
}

std::optional<ChartView::MarkRef> ChartView::markAt(const QAbstractSeries* series, const QPointF& point) const
{
    const auto it = m_markSeries.constFind(series);
    const auto* scatter = qobject_cast<const QScatterSeries*>(series);
    if (it == m_markSeries.cend() || !scatter)
        return std::nullopt;
    const QList<QPointF> points = scatter->points();
    qsizetype best = -1;
    double bestDistance = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double d = std::hypot((points.at(i).x() - point.x()) / 1e7, points.at(i).y() - point.y());
        if (best < 0 || d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best < 0 ? std::nullopt : std::optional<MarkRef>(it->at(best));
}

QString ChartView::toolTipOf(const MarkRef& ref) const
{
    const ChartSeries& series = m_spec.series.at(ref.series);
    const ChartMark& mark = series.marks.at(ref.mark);
    const FigureTable& figures = m_workspace->figures();
    QString html
        = QStringLiteral("<b>%1</b><br>%2").arg(escapedForRichText(series.name), escapedForRichText(mark.label));
    const qsizetype first = mark.rows.first();
    html += QStringLiteral("<br>") + escapedForRichText(formatPeriod(figures.period(first)));
    if (mark.periodInferred)
        html += QStringLiteral(" <i>(%1)</i>")
                    .arg(escapedForRichText(tr("inferred: %1").arg(figures.periodNote(first))));
    if (mark.conflicting)
        html += QStringLiteral("<br><span style='color:%1'>%2</span>")
                    .arg(conflictTextColor(QToolTip::palette(), QPalette::ToolTipBase).name(),
                        tr("Another report at this time gives a different value."));
    for (const qsizetype row : mark.rows) {
        const Source* source = m_workspace->sourceOf(row);
        html += QStringLiteral("<br><br>\u201c%1\u201d<br>\u2014 %2")
                    .arg(escapedForRichText(figures.quote(row)),
                        escapedForRichText(source ? m_workspace->sourceLabel(*source) : figures.sourceId(row)));
    }
    for (const ChartMark::Part& part : mark.parts)
        html += QStringLiteral("<br>\u2022 %1").arg(escapedForRichText(part.label));
    return html;
}

QString ChartView::markToolTip(qsizetype row) const
{
    const auto [s, m] = m_spec.findRow(row);
    return s < 0 ? QString() : toolTipOf({ s, m });
}

void ChartView::onHovered(const QAbstractSeries* series, const QPointF& point, bool state)
{
    if (!m_interactive)
        return;
    if (!state) {
        QToolTip::hideText();
        return;
    }
    if (const auto ref = markAt(series, point))
        QToolTip::showText(QCursor::pos(), toolTipOf(*ref), this);
}

void ChartView::onClicked(const QAbstractSeries* series, const QPointF& point)
{
    if (!m_interactive)
        return;
    if (const auto ref = markAt(series, point))
        Q_EMIT figureActivated(m_spec.series.at(ref->series).marks.at(ref->mark).rows.first());
}

void ChartView::setSelectedFigure(qsizetype row)
{
    m_selectedFigure = row;
    chart()->update();
    scene()->update();
}

void ChartView::makeRoomForFirstDateLabel()
{
    // A date label is centred on its tick: one on the axis' first day would reach left under the value axis' "0".
    // The axis starts that half label (and a little) earlier, unlabelled, so the label stands inside the plot.
    if (!m_dateAxis || m_firstLabelWidth <= 0)
        return;
    const double plot = chart()->plotArea().width();
    const double half = m_firstLabelWidth / 2 + 4;
    if (plot <= 2 * half)
        return;
    const double before = half * (m_axisTo - m_axisFrom) / (plot - half);
    if (std::abs(m_dateAxis->min() - (m_axisFrom - before)) > 1000)
        m_dateAxis->setRange(m_axisFrom - before, m_axisTo);
}

QString ChartView::cursorText() const
{
    return m_cursorLabel.isEmpty() ? formatDate(PartialDate::fromDate(m_cursor)) : m_cursorLabel;
}

QRectF ChartView::cursorLabelBox(double x, const QRectF& plot) const
{
    QFont bold = labelFont(); // as paint() draws it
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const double w = boldMetrics.horizontalAdvance(cursorText()) + 10;
    return QRectF(std::max(plot.left(), std::min(x - w / 2, plot.right() - w)),
        plot.bottom() - boldMetrics.height() - 4, w, boldMetrics.height() + 2);
}

void ChartView::setTimeCursor(QDate date, const QString& label, bool pending, CursorEdge edge)
{
    m_cursor = date;
    m_cursorLabel = label;
    m_cursorPending = pending;
    m_cursorEdge = edge;
    layOutLabels();
    scene()->update();
}

void ChartView::setHighlightedFigures(QList<qsizetype> rows)
{
    m_highlighted = std::move(rows);
    layOutLabels();
    scene()->update();
}

void ChartView::setInteractive(bool interactive)
{
    m_interactive = interactive;
    setToolTip(
        interactive ? tr("Drag across the chart to zoom into those dates; click a point for its source") : QString());
    if (!interactive)
        QToolTip::hideText();
}

void ChartView::setSelectedEvent(qsizetype eventIndex)
{
    m_selectedEvent = eventIndex;
    scene()->update();
}

std::optional<QPoint> ChartView::markPosition(qsizetype row) const
{
    const auto [s, m] = m_spec.findRow(row);
    if (s < 0)
        return std::nullopt;
    QList<QAbstractSeries*> all = chart()->series();
    if (all.isEmpty())
        return std::nullopt;
    const QPointF inChart = chart()->mapToPosition(pointOf(m_spec.series.at(s).marks.at(m), m), all.last());
    return mapFromScene(chart()->mapToScene(inChart));
}

void ChartView::mousePressEvent(QMouseEvent* event)
{
    if (!m_interactive) {
        event->ignore();
        return;
    }
    m_pressAt = event->pos();
    m_banding = false;
    QChartView::mousePressEvent(event); // the marks get their click
}

void ChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_interactive)
        return;
    if (event->buttons() == Qt::NoButton) {
        // Over the computed shortfall: what it is and how it was computed.
        const QPointF at = chart()->mapFromScene(mapToScene(event->pos()));
        for (qsizetype i = 0; i < m_spec.shortfalls.size(); ++i) {
            if (shortfallArea(m_spec.shortfalls.at(i)).contains(at)) {
                QToolTip::showText(event->globalPosition().toPoint(), shortfallToolTip(i), this);
                break;
            }
        }
    }
    if ((event->buttons() & Qt::LeftButton) && m_spec.categories.isEmpty() && !m_spec.isEmpty()) {
        if (!m_banding && std::abs(event->pos().x() - m_pressAt.x()) > 6)
            m_banding = true;
        if (m_banding) {
            const QRectF plot = chart()->plotArea();
            const QPoint topLeft = mapFromScene(chart()->mapToScene(plot.topLeft()));
            const QPoint bottomRight = mapFromScene(chart()->mapToScene(plot.bottomRight()));
            m_band->setGeometry(QRect(QPoint(std::min(m_pressAt.x(), event->pos().x()), topLeft.y()),
                QPoint(std::max(m_pressAt.x(), event->pos().x()), bottomRight.y())));
            m_band->show();
            return;
        }
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_banding && event->button() == Qt::LeftButton) {
        m_banding = false;
        m_band->hide();
        const QList<QAbstractSeries*> all = chart()->series();
        if (all.isEmpty())
            return;
        const auto dateAt = [&](int x) {
            const QPointF value = chart()->mapToValue(chart()->mapFromScene(mapToScene(QPoint(x, 0))), all.last());
            return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.x()), Qt::UTC).date();
        };
        const QDate from = dateAt(std::min(m_pressAt.x(), event->pos().x()));
        const QDate to = dateAt(std::max(m_pressAt.x(), event->pos().x()));
        if (from.isValid() && to.isValid() && from < to)
            Q_EMIT rangeSelected(from, to);
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->accept(); // no zooming out by steps: "Reset zoom" shows the whole range
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::updateAccessibleText()
{
    // What a screen reader says of the chart: its title (and the mark the arrows reached), and the brief pack's
    // alt text as its description, current with the filters and the zoom.
    const QString title = m_spec.title.isEmpty() ? tr("Chart") : tr("Chart: %1").arg(m_spec.title);
    const QString mark = m_focusedRow >= 0 ? markText(m_focusedRow) : QString();
    setAccessibleName(mark.isEmpty() ? title : mark);
    viewport()->setAccessibleName(title); // AT-SPI lists the plot area too, as a focusable child
    setAccessibleDescription(m_workspace ? core::altText(m_spec, *m_workspace) : QString());
}

QString ChartView::markText(qsizetype row) const
{
    const QString html = markToolTip(row);
    if (html.isEmpty())
        return {};
    return QTextDocumentFragment::fromHtml(html).toPlainText().simplified();
}

QList<qsizetype> ChartView::marksInOrder() const
{
    // Every mark's first figure row, from left to right (in a category chart, by category), then top down.
    struct Entry
    {
        double x = 0;
        double y = 0;
        qsizetype row = -1;
    };
    QList<Entry> entries;
    for (const ChartSeries& series : m_spec.series) {
        for (qsizetype i = 0; i < series.marks.size(); ++i) {
            const ChartMark& mark = series.marks.at(i);
            if (mark.rows.isEmpty())
                continue;
            const QPointF at = pointOf(mark, i);
            entries.append({ at.x(), -at.y(), mark.rows.first() });
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
        [](const Entry& a, const Entry& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    QList<qsizetype> rows;
    rows.reserve(entries.size());
    for (const Entry& entry : std::as_const(entries))
        rows.append(entry.row);
    return rows;
}

void ChartView::setFocusedMark(qsizetype row)
{
    m_focusedRow = row;
    updateAccessibleText();
    scene()->update();
    Q_EMIT markFocused(row);
}

void ChartView::keyPressEvent(QKeyEvent* event)
{
    if (!m_interactive || m_spec.isEmpty()) {
        QChartView::keyPressEvent(event);
        return;
    }
    const QList<qsizetype> rows = marksInOrder();
    if (rows.isEmpty()) {
        QChartView::keyPressEvent(event);
        return;
    }
    const qsizetype at = rows.indexOf(m_focusedRow >= 0 ? m_focusedRow : m_selectedFigure);
    const auto focusAt
        = [&](qsizetype index) { setFocusedMark(rows.at(std::clamp<qsizetype>(index, 0, rows.size() - 1))); };
    switch (event->key()) {
    case Qt::Key_Right:
        focusAt(at < 0 ? 0 : at + 1);
        break;
    case Qt::Key_Left:
        focusAt(at < 0 ? rows.size() - 1 : at - 1);
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // To the mark of the next series up or down nearest in date: several lines over one range.
        const auto [series, mark] = m_spec.findRow(at < 0 ? rows.first() : rows.at(at));
        if (series < 0)
            break;
        const double x = pointOf(m_spec.series.at(series).marks.at(mark), mark).x();
        const qsizetype count = m_spec.series.size();
        for (qsizetype step = 1; step < count; ++step) {
            const qsizetype other = (series + (event->key() == Qt::Key_Down ? step : count - step)) % count;
            const ChartSeries& candidate = m_spec.series.at(other);
            qsizetype best = -1;
            double bestDistance = 0;
            for (qsizetype i = 0; i < candidate.marks.size(); ++i) {
                if (candidate.marks.at(i).rows.isEmpty())
                    continue;
                const double distance = std::abs(pointOf(candidate.marks.at(i), i).x() - x);
                if (best < 0 || distance < bestDistance) {
                    best = i;
                    bestDistance = distance;
                }
            }
            if (best >= 0) {
                setFocusedMark(candidate.marks.at(best).rows.first());
                break;
            }
        }
        if (at < 0 && m_focusedRow < 0)
            focusAt(0);
        break;
    }
    case Qt::Key_Home:
        focusAt(0);
        break;
    case Qt::Key_End:
        focusAt(rows.size() - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focusedRow >= 0)
            Q_EMIT figureActivated(m_focusedRow);
        else
            focusAt(0);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartView::focusInEvent(QFocusEvent* event)
{
    QChartView::focusInEvent(event);
    scene()->update();
}

void ChartView::focusOutEvent(QFocusEvent* event)
{
    QChartView::focusOutEvent(event);
    scene()->update();
}

int ChartView::tickBudget() const
{
    return std::clamp(width() / 110, 3, 12);
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    // Fewer calendar ticks on a narrow chart: the axis is made again when its number changes.
    if (m_spec.categories.isEmpty() && !m_spec.isEmpty() && tickBudget() != m_tickBudget)
        rebuild();
}

} // namespace crisis::ui
