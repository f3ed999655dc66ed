#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/analysis/labellayout.h>

#include <QCoreApplication>
#include <QLineF>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace crisis::core {

namespace {

// Whether the segment a-b passes through the rectangle (Liang-Barsky clipping).
bool segmentCrosses(const QPointF& a, const QPointF& b, const QRectF& rect)
{
    if (rect.isEmpty())
        return false;
    double t0 = 0;
    double t1 = 1;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double p[] = { -dx, dx, -dy, dy };
    const double q[] = { a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y() };
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

// Strict overlap: boxes that only touch do not overlap.
bool overlaps(const QRectF& a, const QRectF& b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
}

// Whether an obstacle is the label's own: its mark, the bar its part belongs to, its series' line.
bool ignores(const LabelRequest& label, const LabelObstacle& obstacle)
{
    return (obstacle.owner >= 0 && (obstacle.owner == label.owner || obstacle.owner == label.parentOwner))
        || (obstacle.series >= 0 && obstacle.series == label.series);
}

QPointF nearestPoint(const QRectF& box, const QPointF& to)
{
    return { std::clamp(to.x(), box.left(), box.right()), std::clamp(to.y(), box.top(), box.bottom()) };
}

class Placer
{
public:
    Placer(const QRectF& bounds, const QList<LabelObstacle>& obstacles, double gap)
        : m_bounds(bounds)
        , m_obstacles(obstacles)
        , m_gap(gap)
    { }

    // Whether a box for the label fits: inside the bounds, clear of obstacles, of placed boxes and leaders.
    bool fits(const QRectF& box, const LabelRequest& label) const
    {
        if (box.left() < m_bounds.left() || box.top() < m_bounds.top() || box.right() > m_bounds.right()
            || box.bottom() > m_bounds.bottom())
            return false;
        for (const LabelObstacle& obstacle : m_obstacles) {
            if (ignores(label, obstacle))
                continue;
            if (overlaps(box, obstacle.box))
                return false;
        }
        const QRectF padded = box.adjusted(-m_gap / 2, -m_gap / 2, m_gap / 2, m_gap / 2);
        for (const QRectF& placed : m_boxes) {
            if (overlaps(padded, placed))
                return false;
        }
        for (const QLineF& leader : m_leaders) {
            if (segmentCrosses(leader.p1(), leader.p2(), box))
                return false;
        }
        return true;
    }

    // Whether a leader from the box to the mark keeps clear of other labels and of obstacles other than its own.
    bool leaderFits(const QPointF& from, const QPointF& to, const LabelRequest& label) const
    {
        for (const QRectF& placed : m_boxes) {
            if (segmentCrosses(from, to, placed))
                return false;
        }
        for (const LabelObstacle& obstacle : m_obstacles) {
            // Marks and fixed text block a leader; lines may be crossed.
            // Nor does what the mark itself sits in (a point on another series' bar): the leader must enter it.
            if (obstacle.series >= 0 || ignores(label, obstacle) || obstacle.box.contains(to)
                || (obstacle.parent >= 0 && obstacle.parent == label.parentOwner))
                continue;
            if (segmentCrosses(from, to, obstacle.box.adjusted(1, 1, -1, -1)))
                return false;
        }
        return true;
    }

    // The positions beside the anchor, in the order they are tried.
    QList<QRectF> besides(const QRectF& anchor, const QSizeF& size, bool preferAbove) const
    {
        const double w = size.width();
        const double h = size.height();
        const QPointF c = anchor.center();
        const double g = m_gap;
        const QRectF right(anchor.right() + g, c.y() - h / 2, w, h);
        const QRectF left(anchor.left() - g - w, c.y() - h / 2, w, h);
        const QRectF above(c.x() - w / 2, anchor.top() - g - h, w, h);
        const QRectF below(c.x() - w / 2, anchor.bottom() + g, w, h);
        const QRectF aboveRight(anchor.right() + g, anchor.top() - h, w, h);
        const QRectF belowRight(anchor.right() + g, anchor.bottom(), w, h);
        const QRectF aboveLeft(anchor.left() - g - w, anchor.top() - h, w, h);
        const QRectF belowLeft(anchor.left() - g - w, anchor.bottom(), w, h);
        if (preferAbove)
            return { above, aboveRight, aboveLeft, right, left, below };
        return { right, left, above, below, aboveRight, belowRight, aboveLeft, belowLeft };
    }

    // Positions further out, nearest first: columns to the right and left of the mark and rows above and below.
    QList<QRectF> further(const QRectF& anchor, const QSizeF& size) const
    {
        const double w = size.width();
        const double h = size.height();
        const QPointF c = anchor.center();
        const double stepY = h + m_gap;
        const double stepX = std::max(h * 2, w / 3);
        QList<QPair<double, QRectF>> candidates;
        const int rows = static_cast<int>(std::ceil(m_bounds.height() / stepY)) + 1;
        const int columns = static_cast<int>(std::ceil(m_bounds.width() / stepX)) + 1;
        for (int column = 0; column <= std::min(columns, 12); ++column) {
            for (int row = -rows; row <= rows; ++row) {
                const double top = c.y() - h / 2 + row * stepY;
                for (const double left :
                    { anchor.right() + m_gap + column * stepX + h, anchor.left() - m_gap - w - column * stepX - h }) {
                    const QRectF box(left, top, w, h);
                    if (!m_bounds.contains(box))
                        continue;
                    const QPointF near = nearestPoint(box, c);
                    candidates.append({ std::hypot(near.x() - c.x(), near.y() - c.y()), box });
                }
            }
        }
        for (int row = 1; row <= rows; ++row) {
            for (const double top : { anchor.top() - m_gap - h - row * stepY, anchor.bottom() + m_gap + row * stepY }) {
                const QRectF box(c.x() - w / 2, top, w, h);
                if (!m_bounds.contains(box))
                    continue;
                candidates.append({ std::abs(top + h / 2 - c.y()), box });
            }
        }
        std::stable_sort(
            candidates.begin(), candidates.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        QList<QRectF> boxes;
        boxes.reserve(candidates.size());
        for (const auto& candidate : std::as_const(candidates))
            boxes.append(candidate.second);
        return boxes;
    }

    void take(const QRectF& box) { m_boxes.append(box); }
    void takeLeader(const QPointF& from, const QPointF& to) { m_leaders.append(QLineF(from, to)); }

private:
    QRectF m_bounds;
    const QList<LabelObstacle>& m_obstacles;
    double m_gap;
    QList<QRectF> m_boxes;
    QList<QLineF> m_leaders;
};

// A mark's extent for reading: "12 Mar 2024", "Jun 2024", "2023", or "Oct 2022 – Jun 2023".
QString extentText(QDate from, QDate to)
{
    const auto single = [](QDate first, QDate last) {
        if (first == last)
            return PartialDate::fromDate(first);
        if (first.day() == 1 && last == first.addMonths(1).addDays(-1))
            return PartialDate::fromParts(first.year(), first.month());
        if (first.dayOfYear() == 1 && last == first.addYears(1).addDays(-1))
            return PartialDate::fromParts(first.year());
        return PartialDate();
    };
    const PartialDate whole = single(from, to);
    if (whole.isValid())
        return formatDate(whole);
    return dateRange(formatDate(PartialDate::fromDate(from)), formatDate(PartialDate::fromDate(to)));
}

} // namespace

LabelLayout layoutLabels(
    const QRectF& bounds, const QList<LabelRequest>& labels, const QList<LabelObstacle>& obstacles, double gap)
{
    LabelLayout layout;
    layout.labels.resize(labels.size());
    QList<qsizetype> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype a, qsizetype b) { return labels.at(a).priority > labels.at(b).priority; });

    Placer placer(bounds, obstacles, gap);
    // Every label beside its mark where it can be, most important first; only then further out, so that a label
    // with a leader never takes the place beside a mark from that mark's own label.
    QList<qsizetype> waiting;
    for (const qsizetype index : std::as_const(order)) {
        const LabelRequest& label = labels.at(index);
        PlacedLabel& placed = layout.labels[index];
        bool done = false;
        for (const QRectF& box : placer.besides(label.anchor, label.size, label.preferAbove)) {
            if (placer.fits(box, label)) {
                placed.state = PlacedLabel::State::Beside;
                placed.box = box;
                placer.take(box);
                done = true;
                break;
            }
        }
        if (!done)
            waiting.append(index);
    }
    QList<qsizetype> noted;
    for (const qsizetype index : std::as_const(waiting)) {
        const LabelRequest& label = labels.at(index);
        PlacedLabel& placed = layout.labels[index];
        const QPointF mark = label.anchor.center();
        bool done = false;
        for (const QRectF& box : placer.further(label.anchor, label.size)) {
            const QPointF from = nearestPoint(box, mark);
            // The leader starts at the anchor's edge so that it does not cross the mark it points to.
            if (!placer.fits(box, label) || !placer.leaderFits(from, mark, label))
                continue;
            placed.state = PlacedLabel::State::Leader;
            placed.box = box;
            placed.leaderFrom = from;
            placed.leaderTo = mark;
            placer.take(box);
            placer.takeLeader(from, mark);
            done = true;
            break;
        }
        if (!done)
            noted.append(index);
    }
    // What found no room: a footnote number at the mark, the text in the list below the chart. Numbered from
    // left to right, top to bottom, so the list reads in the chart's order.
    std::stable_sort(noted.begin(), noted.end(), [&](qsizetype a, qsizetype b) {
        const QPointF pa = labels.at(a).anchor.center();
        const QPointF pb = labels.at(b).anchor.center();
        return pa.x() != pb.x() ? pa.x() < pb.x() : pa.y() < pb.y();
    });
    for (const qsizetype index : std::as_const(noted)) {
        const LabelRequest& label = labels.at(index);
        PlacedLabel& placed = layout.labels[index];
        placed.state = PlacedLabel::State::Noted;
        placed.note = static_cast<int>(layout.noted.size()) + 1;
        layout.noted.append(index);
        placed.box = QRectF();
        if (label.noteSize.isEmpty())
            continue;
        for (const QRectF& box : placer.besides(label.anchor, label.noteSize, false)) {
            if (placer.fits(box, label)) {
                placed.box = box;
                placer.take(box);
                break;
            }
        }
    }
    return layout;
}

qint64 chartMarkOwner(qsizetype series, qsizetype mark)
{
    return (static_cast<qint64>(series) * 1000000 + mark) * 64;
}

qint64 chartPartOwner(qsizetype series, qsizetype mark, qsizetype part)
{
    return chartMarkOwner(series, mark) + 1 + std::min<qsizetype>(part, 62);
}

QString superscriptNumbers(const QList<int>& numbers)
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

double markX(const ChartSpec& spec, const ChartMark& mark, qsizetype markIndex)
{
    if (!spec.categories.isEmpty())
        return static_cast<double>(markIndex);
    return (static_cast<double>(mark.from.toJulianDay()) + static_cast<double>(mark.to.toJulianDay()) + 1) / 2;
}

namespace {

double dayX(QDate date)
{
    return static_cast<double>(date.toJulianDay());
}

// Where a series' line runs: a box around each of its segments.
QList<QRectF> pathBoxes(const ChartSeries& series, const ChartLabelGeometry& g)
{
    QList<QRectF> boxes;
    for (const auto& segment : series.path) {
        for (qsizetype i = 1; i < segment.size(); ++i) {
            const QPointF a = g.map(dayX(segment.at(i - 1).first) + 0.5, segment.at(i - 1).second);
            const QPointF b = g.map(dayX(segment.at(i).first) + 0.5, segment.at(i).second);
            boxes.append(QRectF(a, b).normalized().adjusted(-1.5, -1.5, 1.5, 1.5));
        }
    }
    return boxes;
}

// What a mark covers as drawn: its dot, its span over its period, its bar; and the whisker over the days a month
// or a year can mean.
struct MarkArea
{
    QRectF anchor;
    std::optional<QRectF> whisker;
};

MarkArea markArea(const ChartSpec& spec, const ChartLabelGeometry& g, qsizetype s, qsizetype i)
{
    const ChartSeries& series = spec.series.at(s);
    const ChartMark& mark = series.marks.at(i);
    const auto& map = g.map;
    const double r = g.markRadius;
    const QPointF centre = map(markX(spec, mark, i), mark.value);
    MarkArea area { QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), std::nullopt };
    if (series.style == ChartSeries::Style::Span) {
        const QPointF a = map(dayX(mark.from), mark.value);
        const QPointF b = map(dayX(mark.to) + 1, mark.value);
        area.anchor = QRectF(QPointF(a.x(), a.y() - r), QPointF(b.x(), b.y() + r)).normalized();
    } else if (series.style == ChartSeries::Style::Bar) {
        if (!spec.categories.isEmpty()) {
            area.anchor = QRectF(map(static_cast<double>(i) - 0.32, mark.value), map(static_cast<double>(i) + 0.32, 0))
                              .normalized();
        } else {
            const double bottom = map(0, 0).y();
            const double half = std::max(14.0, (map(dayX(mark.to) + 1, 0).x() - map(dayX(mark.from), 0).x()) / 2);
            area.anchor
                = QRectF(QPointF(centre.x() - half, centre.y()), QPointF(centre.x() + half, bottom)).normalized();
        }
    } else if (mark.from.daysTo(mark.to) > 20) {
        const QPointF a = map(dayX(mark.from), mark.value);
        const QPointF b = map(dayX(mark.to) + 1, mark.value);
        area.whisker = QRectF(QPointF(a.x(), a.y() - 4), QPointF(b.x(), b.y() + 4)).normalized();
    }
    return area;
}

} // namespace

QList<QRectF> chartMarkAreas(const ChartSpec& spec, const ChartLabelGeometry& g)
{
    QList<QRectF> areas;
    for (qsizetype s = 0; s < spec.series.size(); ++s) {
        areas += pathBoxes(spec.series.at(s), g);
        for (qsizetype i = 0; i < spec.series.at(s).marks.size(); ++i) {
            const MarkArea area = markArea(spec, g, s, i);
            areas.append(area.anchor);
            if (area.whisker)
                areas.append(*area.whisker);
        }
    }
    return areas;
}

ChartLabels layoutChartLabels(const ChartSpec& spec, const ChartLabelGeometry& g)
{
    ChartLabels result;
    const auto& map = g.map;
    const bool categorical = !spec.categories.isEmpty();
    const double r = g.markRadius;
    const auto dayX = [](QDate date) { return static_cast<double>(date.toJulianDay()); };
    const double bottom = map(0, 0).y();

    result.obstacles = g.obstacles;

    for (qsizetype s = 0; s < spec.series.size(); ++s) {
        const ChartSeries& series = spec.series.at(s);
        const int seriesId = static_cast<int>(s);
        // The series' line: its own labels may sit on it, others' not.
        for (const QRectF& box : pathBoxes(series, g))
            result.obstacles.append({ box, -1, seriesId });
        const bool labelled = series.marks.size() <= g.maxMarksLabelled;
        // The latest mark of a series is labelled before the others.
        qsizetype latest = -1;
        for (qsizetype i = 0; i < series.marks.size(); ++i) {
            if (latest < 0 || series.marks.at(i).to >= series.marks.at(latest).to)
                latest = i;
        }
        for (qsizetype i = 0; i < series.marks.size(); ++i) {
            const ChartMark& mark = series.marks.at(i);
            const qint64 owner = chartMarkOwner(s, i);
            const QPointF centre = map(markX(spec, mark, i), mark.value);
            const MarkArea area = markArea(spec, g, s, i);
            QRectF anchor = area.anchor;
            if (area.whisker)
                result.obstacles.append({ *area.whisker, owner, -1 });
            result.obstacles.append({ anchor, owner, -1 });
            // A level reported before the plot's range that holds into it: labelled where its line enters.
            bool heldIn = false;
            if (series.style == ChartSeries::Style::Step && anchor.right() < g.plot.left()) {
                for (const auto& segment : series.path) {
                    for (qsizetype k = 1; k < segment.size() && !heldIn; ++k) {
                        heldIn = segment.at(k - 1).second == mark.value && segment.at(k).second == mark.value
                            && segment.at(k - 1).first <= mark.to
                            && map(dayX(segment.at(k).first) + 0.5, mark.value).x() > g.plot.left() + 4 * r;
                    }
                }
                if (heldIn)
                    anchor = QRectF(g.plot.left(), centre.y() - r, 2 * r, 2 * r);
            }
            if (!labelled || !g.plot.intersects(anchor))
                continue;
            const QString date
                = mark.dateApproximate ? approximately(extentText(mark.from, mark.to)) : extentText(mark.from, mark.to);
            ChartLabel label;
            label.kind = ChartLabel::Kind::Value;
            label.series = s;
            label.mark = i;
            label.conflicting = mark.conflicting;
            label.text = series.style == ChartSeries::Style::Span ? formatNumber(std::round(mark.value * 10) / 10)
                    + (mark.bound == ValueBound::LowerBound ? QStringLiteral("+") : QString())
                                                                  : mark.label;
            if (!mark.footnotes.isEmpty())
                label.text += u' ' + superscriptNumbers(mark.footnotes);
            if (mark.conflicting)
                label.text = QCoreApplication::translate(
                    "LabelLayout", "%1 \u2260 conflicting report", "a value, and the sign that another report differs")
                                 .arg(label.text);
            if (heldIn)
                label.text = QCoreApplication::translate("LabelLayout", "%1 (reported %2, held)",
                    "a value, and the date it was reported; the line holds it since")
                                 .arg(label.text, date);
            label.listText = QCoreApplication::translate("LabelLayout", "%1, %2: %3", "a series, a date: its value")
                                 .arg(categorical ? spec.categories.value(i) : series.name,
                                     categorical ? formatDate(PartialDate::fromDate(mark.to)) : date, label.text);
            LabelRequest request;
            request.anchor = anchor;
            request.size = g.measure(label.text);
            request.priority = (mark.conflicting ? 3e7 : 0) + (i == latest ? 2e7 : 1e7) + dayX(mark.to);
            request.owner = owner;
            request.series = seriesId;
            request.preferAbove = series.style == ChartSeries::Style::Bar;
            result.labels.append(label);
            result.requests.append(request);
            // Parts: beside their piece of a stacked bar, or beside the share inside a bar.
            double base = 0;
            for (qsizetype p = 0; p < mark.parts.size(); ++p) {
                const ChartMark::Part& part = mark.parts.at(p);
                QRectF piece;
                if (categorical) {
                    piece = QRectF(
                        map(static_cast<double>(i) - 0.32, base + part.value), map(static_cast<double>(i) + 0.32, base))
                                .normalized();
                    base += part.value;
                } else {
                    piece = QRectF(QPointF(anchor.left(), map(0, part.value).y()), QPointF(anchor.right(), bottom))
                                .normalized();
                }
                ChartLabel partLabel;
                partLabel.kind = ChartLabel::Kind::Part;
                partLabel.series = s;
                partLabel.mark = i;
                partLabel.part = p;
                partLabel.text = part.label;
                partLabel.listText
                    = QCoreApplication::translate("LabelLayout", "%1: %2", "a series and date: the value of a part")
                          .arg(label.listText.section(u':', 0, 0), part.label);
                LabelRequest partRequest;
                partRequest.anchor = piece;
                partRequest.size = g.measure(part.label);
                partRequest.priority = 1e7 + dayX(mark.to) - 1;
                partRequest.owner = chartPartOwner(s, i, p);
                partRequest.parentOwner = owner;
                partRequest.series = seriesId;
                result.obstacles.append({ piece, partRequest.owner, -1, owner });
                result.labels.append(partLabel);
                result.requests.append(partRequest);
            }
        }
    }
    // The shortfall: a value we computed, labelled as such beside the gap it measures.
    for (qsizetype b = 0; b < spec.shortfalls.size(); ++b) {
        const ShortfallBand& band = spec.shortfalls.at(b);
        const QRectF area = QRectF(map(dayX(band.from), band.target), map(dayX(band.to) + 1, band.deployedHigh))
                                .normalized()
                                .intersected(g.plot);
        if (area.isEmpty())
            continue;
        ChartLabel label;
        label.kind = ChartLabel::Kind::Shortfall;
        label.shortfall = b;
        label.computed = true;
        label.text = band.label;
        label.listText = band.label;
        LabelRequest request;
        // Its anchor: the middle of the gap, so it sits in or beside the hatching.
        const QPointF middle(area.left() + std::min(area.width() / 2, 2 * r), area.center().y());
        request.anchor = QRectF(middle.x() - 1, middle.y() - 1, 2, 2);
        request.size = g.measure(band.label);
        request.priority = 5e6;
        request.owner = -2 - b;
        result.labels.append(label);
        result.requests.append(request);
    }
    for (LabelRequest& request : result.requests)
        request.noteSize = g.measure(QStringLiteral("[%1]").arg(result.requests.size()));
    result.layout = layoutLabels(g.plot, result.requests, result.obstacles, g.gap);
    return result;
}

QStringList wrapWords(const QString& text, double maxWidth, const std::function<double(const QString&)>& width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (line.isEmpty() || width(longer) <= maxWidth) {
            line = longer;
            continue;
        }
        lines.append(line);
        line = word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QList<PlacedCaption> layoutEventCaptions(const QList<CaptionRequest>& captions, const CaptionGeometry& geometry)
{
    const QRectF& plot = geometry.plot;
    QList<PlacedCaption> placed(captions.size());
    QList<QRectF> taken;
    // Left to right, so that captions of neighbouring events stack in the order of their dates.
    QList<qsizetype> order(captions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&captions](qsizetype a, qsizetype b) { return captions.at(a).x < captions.at(b).x; });
    for (const qsizetype index : std::as_const(order)) {
        const CaptionRequest& caption = captions.at(index);
        PlacedCaption& out = placed[index];
        const double textRoom = geometry.maxWidth - geometry.padding;
        out.lines = geometry.width(caption.text) <= textRoom ? QStringList { caption.text }
                                                             : wrapWords(caption.text, textRoom, geometry.width);
        double lineWidth = 0;
        for (const QString& line : std::as_const(out.lines))
            lineWidth = std::max(lineWidth, geometry.width(line));
        const double w = std::ceil(lineWidth + geometry.padding);
        const double h = geometry.lineHeight * static_cast<double>(out.lines.size());
        const double left = std::max(plot.left(), std::min(caption.x + 3, plot.right() - w));
        // Only what stands in the caption's column, above the depth it may reach, can be in its way: a chart of a
        // million figures has thousands of marks, a caption's column a few.
        const double lowest = plot.top() + plot.height() * geometry.depth;
        const QRectF column(left, plot.top(), w, lowest - plot.top());
        // The places worth trying: the top of the plot, and just below each caption and mark there.
        QList<QRectF> inTheWay;
        QList<double> tops { plot.top() + 2 };
        for (const QRectF& box : std::as_const(taken)) {
            if (box.intersects(column)) {
                inTheWay.append(box);
                tops.append(box.bottom() + 2);
            }
        }
        for (const QRectF& mark : geometry.marks) {
            if (mark.intersects(column)) {
                inTheWay.append(mark);
                tops.append(mark.bottom() + 1);
            }
        }
        std::sort(tops.begin(), tops.end());
        const auto fits = [&](double top) {
            const QRectF box(left, top, w, h);
            if (top < plot.top() || box.bottom() > lowest || box.right() > plot.right() + 0.5)
                return false;
            return std::none_of(
                inTheWay.cbegin(), inTheWay.cend(), [&box](const QRectF& other) { return other.intersects(box); });
        };
        const auto top = std::find_if(tops.cbegin(), tops.cend(), fits);
        if (top != tops.cend()) {
            out.box = QRectF(left, *top, w, h);
            taken.append(out.box);
        }
    }
    return placed;
}

} // namespace crisis::core
