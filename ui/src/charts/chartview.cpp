#include <crisis/core/analysis/displayformat.h>
#include <crisis/ui/charts/chartview.h>
#include <crisis/ui/charts/clippedpainter.h>
#include <crisis/ui/models/labels.h>

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace crisis::ui {

using namespace crisis::core;

namespace {

// Text from data as Qt Charts takes it: it draws legend labels, axis labels and titles as HTML, and elides them a
// character at a time. Escaped, without control characters, and cut to a length that fits a legend.
QString chartText(const QString& text)
{
    return escapedForRichText(text, 200);
}

QString superscript(const QList<int>& numbers)
{
    static const QString digits = QStringLiteral("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079");
    QStringList parts;
    for (const int n : numbers) {
        QString text;
        for (const QChar c : QString::number(n))
            text += digits.at(c.digitValue());
        parts.append(text);
    }
    return parts.join(QStringLiteral("\u02d2")); // a raised comma
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

QColor paletteColor(int index)
{
    // Okabe-Ito: told apart by people with colour vision deficiencies.
    static const QColor colors[] = { QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x55, 0x55, 0x55) };
    return colors[static_cast<size_t>(index) % std::size(colors)];
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
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

ChartView::~ChartView() = default;

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
    m_selection = nullptr;
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
        auto* axis = new QDateTimeAxis;
        const qint64 days = std::max<qint64>(30, m_spec.from.daysTo(m_spec.to));
        const qint64 pad = std::max<qint64>(15, days / 25);
        axis->setRange(QDateTime(m_spec.from.addDays(-pad), QTime(0, 0), Qt::UTC),
            QDateTime(m_spec.to.addDays(pad + 1), QTime(0, 0), Qt::UTC));
        axis->setFormat(days > 4 * 365 ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy"));
        axis->setTickCount(std::clamp(width() / 130, 3, 12));
        xAxis = axis;
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
        const QColor color = m_spec.categories.isEmpty() ? paletteColor(series.colorIndex) : paletteColor(0);
        if (series.style == ChartSeries::Style::Step) {
            bool first = true;
            for (const auto& segment : series.path) {
                auto* line = new QLineSeries;
                QList<QPointF> points;
                for (const auto& [date, value] : segment)
                    points.append({ xOf(date) + 43200000.0, value / m_yScale });
                line->replace(points);
                QPen pen(color, series.status == FigureStatus::Actual ? 2.8 : 2.2, penStyleOf(series.status));
                line->setPen(pen);
                line->setName(chartText(series.name));
                attach(line, first);
                first = false;
            }
            if (first) {
                // No line to put in the legend (a single or conflicting report): an empty one carries the name.
                auto* legend = new QLineSeries;
                legend->setPen(QPen(color, 2.5, penStyleOf(series.status)));
                legend->setName(chartText(series.name));
                attach(legend, true);
            }
        } else {
            auto* legend = new QLineSeries;
            legend->setPen(QPen(color, series.style == ChartSeries::Style::Span ? 5 : 8));
            legend->setName(chartText(
                series.note.isEmpty() ? series.name : series.name + QStringLiteral(" (") + series.note + u')'));
            attach(legend, true);
        }
        addMarkSeries(s, color);
    }
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
                QColor(120, 120, 120, selected ? 70 : 28));
            painter->setPen(QPen(QColor(90, 90, 90, selected ? 255 : 160), selected ? 2 : 1, Qt::DashLine));
            const double mid = (x0 + x1) / 2;
            clipped.drawLine(QPointF(mid, plot.top()), QPointF(mid, plot.bottom()));
        }
        // The shortfall against the target.
        for (const ShortfallBand& band : m_spec.shortfalls) {
            const QPointF topLeft = map({ xOf(band.from), band.target / m_yScale });
            const QPointF bottomRight = map({ xOf(band.to.addDays(1)), band.deployedHigh / m_yScale });
            const QRectF area(topLeft, bottomRight);
            clipped.fillRect(area, QColor(213, 94, 0, 40));
            clipped.fillRect(area, QBrush(QColor(213, 94, 0, 110), Qt::BDiagPattern));
            if (band.deployedLow < band.deployedHigh) {
                const QPointF low = map({ xOf(band.to.addDays(1)), band.deployedLow / m_yScale });
                clipped.fillRect(QRectF(QPointF(area.left(), bottomRight.y()), QPointF(area.right(), low.y())),
                    QBrush(QColor(213, 94, 0, 60), Qt::FDiagPattern));
            }
        }
        for (const ChartSeries& series : m_spec.series) {
            const QColor color = m_spec.categories.isEmpty() ? paletteColor(series.colorIndex) : paletteColor(0);
            for (qsizetype i = 0; i < series.marks.size(); ++i) {
                const ChartMark& mark = series.marks.at(i);
                if (series.style == ChartSeries::Style::Span) {
                    // A report over its period: never joined to the next.
                    const QPointF a = map({ xOf(mark.from), mark.value / m_yScale });
                    const QPointF b = map({ xOf(mark.to.addDays(1)), mark.value / m_yScale });
                    QPen pen(color, 5, mark.periodInferred ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
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
                        QColor shade = paletteColor(static_cast<int>(p) + 1);
                        shade.setAlpha(190);
                        const QRectF piece(QPointF(bar.left() + 3, partTop), QPointF(bar.right() - 3, partBottom));
                        clipped.fillRect(piece, shade);
                        painter->setPen(QPen(Qt::white, 1));
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
                painter->setPen(QPen(QColor(200, 30, 30), 1.6));
                clipped.drawLine(QPointF(x, highest), QPointF(x, lowest));
                clipped.drawLine(QPointF(x, highest), QPointF(x + 6, highest));
                clipped.drawLine(QPointF(x, lowest), QPointF(x + 6, lowest));
            }
        }
    });

    new ChartOverlay(c, true, [this, c, map](QPainter* painter) {
        const QRectF plot = c->plotArea();
        QFont small = font();
        if (small.pixelSize() > 0) // export fonts are sized in pixels
            small.setPixelSize(std::max(6, small.pixelSize() * 85 / 100));
        else
            small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        const QFontMetricsF metrics(small);
        // Event labels along the top of the plot, in as many rows as it takes not to overlap.
        QList<double> rowEnds;
        QList<QRectF> eventLabels; // value labels keep clear of these
        for (const ChartMarker& marker : m_spec.markers) {
            const double x0 = map({ xOf(marker.from), 0 }).x();
            const double x1 = map({ xOf(marker.to.addDays(1)), 0 }).x();
            const double mid = (x0 + x1) / 2;
            const QString text = metrics.elidedText(marker.label + u' ' + superscript({ marker.footnote }),
                Qt::ElideRight, std::min(260.0, plot.width() / 3));
            const double w = metrics.horizontalAdvance(text) + 6;
            const double left = std::max(plot.left(), std::min(mid + 3, plot.right() - w)); // w may exceed the plot
            qsizetype row = 0;
            while (row < rowEnds.size() && rowEnds.at(row) > left)
                ++row;
            if (row == rowEnds.size())
                rowEnds.append(0);
            rowEnds[row] = left + w;
            const QRectF box(left, plot.top() + 2 + row * (metrics.height() + 2), w, metrics.height());
            painter->fillRect(box, QColor(255, 255, 255, 215));
            painter->setPen(QColor(60, 60, 60));
            painter->drawText(box.adjusted(3, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
            eventLabels.append(box);
        }
        // Value labels with their sources' footnote numbers, nudged down where they would overlap.
        struct Placed
        {
            QRectF box;
            QString text;
            QColor color;
        };
        QList<Placed> placed;
        const auto place = [&](const QPointF& at, const QString& text, const QColor& color) {
            const double textWidth = metrics.horizontalAdvance(text);
            double x = at.x() + 8;
            if (x + textWidth > plot.right())
                x = std::max(plot.left(), at.x() - 8 - textWidth);
            QRectF box(x, at.y() - 6 - metrics.ascent(), textWidth, metrics.height());
            for (int tries = 0; tries < 8; ++tries) {
                const bool clash = std::any_of(placed.cbegin(), placed.cend(),
                                       [&](const Placed& p) { return p.box.intersects(box); })
                    || std::any_of(eventLabels.cbegin(), eventLabels.cend(),
                        [&](const QRectF& label) { return label.intersects(box); });
                if (!clash)
                    break;
                box.translate(0, metrics.height() + 1);
            }
            placed.append({ box, text, color });
        };
        for (const ChartSeries& series : m_spec.series) {
            if (series.marks.size() > 40)
                continue; // too many to label: hover tells each one
            const QColor color = m_spec.categories.isEmpty() ? paletteColor(series.colorIndex) : paletteColor(0);
            for (qsizetype i = 0; i < series.marks.size(); ++i) {
                const ChartMark& mark = series.marks.at(i);
                QString text = mark.label;
                if (series.style == ChartSeries::Style::Span)
                    text = formatNumber(std::round(mark.value * 10) / 10)
                        + (mark.bound == ValueBound::LowerBound ? QStringLiteral("+") : QString());
                text += QStringLiteral(" ") + superscript(mark.footnotes);
                if (mark.conflicting)
                    text += tr(" \u2260 conflicting report");
                place(map(pointOf(mark, i)), text, mark.conflicting ? QColor(200, 30, 30) : color.darker(150));
                // Parts: beside their piece of a funding bar, or beside the share inside a bar.
                double below = 0;
                for (const ChartMark::Part& part : mark.parts) {
                    below += part.value;
                    const QPointF partAt = m_spec.categories.isEmpty()
                        ? map({ pointOf(mark, i).x(), part.value / m_yScale }) + QPointF(10, metrics.ascent())
                        : map({ static_cast<double>(i) + 0.32, (below - part.value / 2) / m_yScale });
                    place(partAt, part.label, QColor(40, 40, 40));
                }
            }
        }
        for (const Placed& label : std::as_const(placed)) {
            painter->fillRect(label.box.adjusted(-1, 0, 1, 0), QColor(255, 255, 255, 170));
            painter->setPen(label.color);
            painter->drawText(QPointF(label.box.left(), label.box.top() + metrics.ascent()), label.text);
        }
        for (const ShortfallBand& band : m_spec.shortfalls) {
            const QPointF a = map({ xOf(band.from), band.target / m_yScale });
            const QPointF b = map({ xOf(band.to.addDays(1)), band.deployedHigh / m_yScale });
            const QString text
                = metrics.elidedText(band.label, Qt::ElideRight, std::max(80.0, plot.right() - a.x() - 4));
            painter->setPen(QColor(160, 60, 0));
            painter->drawText(QPointF(std::max(plot.left() + 2, a.x() + 4), (a.y() + b.y()) / 2), text);
        }
        // Presenting: the date being told, and the figures that hold then.
        if (m_cursor.isValid() && m_spec.categories.isEmpty()) {
            const double x = map({ xOf(m_cursor), 0 }).x();
            if (x >= plot.left() && x <= plot.right()) {
                painter->setPen(QPen(QColor(200, 30, 30), 3, m_cursorPending ? Qt::DashLine : Qt::SolidLine));
                painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
                QFont bold = small;
                bold.setBold(true);
                painter->setFont(bold);
                const QString text
                    = m_cursorLabel.isEmpty() ? formatDate(PartialDate::fromDate(m_cursor)) : m_cursorLabel;
                const QFontMetricsF boldMetrics(bold);
                const double w = boldMetrics.horizontalAdvance(text) + 10;
                const QRectF box(std::max(plot.left(), std::min(x - w / 2, plot.right() - w)),
                    plot.bottom() - boldMetrics.height() - 4, w, boldMetrics.height() + 2);
                if (m_cursorPending) {
                    // Expected or proposed: a hollow label, as the timeline draws such events.
                    painter->fillRect(box, Qt::white);
                    painter->setPen(QPen(QColor(200, 30, 30), 2, Qt::DashLine));
                    painter->drawRect(box);
                    painter->setPen(QColor(200, 30, 30));
                } else {
                    painter->fillRect(box, QColor(200, 30, 30));
                    painter->setPen(Qt::white);
                }
                painter->drawText(box, Qt::AlignCenter, text);
                painter->setFont(small);
            }
        }
        for (const qsizetype row : m_highlighted) {
            const auto [s, m] = m_spec.findRow(row);
            if (s < 0)
                continue;
            const QPointF at = map(pointOf(m_spec.series.at(s).marks.at(m), m));
            painter->setPen(QPen(QColor(200, 30, 30), 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(at, 13, 13);
        }
        // The selected mark: a ring around it.
        if (m_selectedFigure >= 0) {
            const auto [s, m] = m_spec.findRow(m_selectedFigure);
            if (s >= 0) {
                const QPointF at = map(pointOf(m_spec.series.at(s).marks.at(m), m));
                painter->setPen(QPen(QColor(20, 20, 20), 2.5));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(at, 11, 11);
            }
        }
    });
    connect(c, &QChart::plotAreaChanged, this, [c] { c->update(); });
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
            entry.first->setBorderColor(Qt::white);
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
        html += QStringLiteral("<br><span style='color:#c81e1e'>%1</span>")
                    .arg(tr("Another report at this time gives a different value."));
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

void ChartView::setTimeCursor(QDate date, const QString& label, bool pending)
{
    m_cursor = date;
    m_cursorLabel = label;
    m_cursorPending = pending;
    scene()->update();
}

void ChartView::setHighlightedFigures(QList<qsizetype> rows)
{
    m_highlighted = std::move(rows);
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

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    if (auto axes = chart()->axes(Qt::Horizontal); !axes.isEmpty()) {
        if (auto* axis = qobject_cast<QDateTimeAxis*>(axes.first()))
            axis->setTickCount(std::clamp(width() / 130, 3, 12));
    }
}

} // namespace crisis::ui
