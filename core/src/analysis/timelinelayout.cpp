#include <crisis/core/analysis/timelinelayout.h>

#include <algorithm>

namespace crisis::core {

double timelineX(QDate date, QDate from, QDate to, double width)
{
    const double days = std::max<qint64>(1, from.daysTo(to));
    return static_cast<double>(from.daysTo(date)) / days * width;
}

namespace {

// The axis in pieces: (first day, last day + 1, width in pixels), shown stretches at one scale, breaks narrow.
struct Piece
{
    QDate from;
    QDate to;
    double width;
};

QList<Piece> piecesOf(const TimelineOptions& options)
{
    QList<TimelineBreak> breaks;
    qint64 breakDays = 0;
    for (const TimelineBreak& b : options.breaks) {
        if (b.from > options.from && b.to < options.to && b.from < b.to) {
            breaks.append(b);
            breakDays += b.from.daysTo(b.to);
        }
    }
    const double shownWidth = std::max(1.0, options.width - options.breakWidth * static_cast<double>(breaks.size()));
    const double shownDays = static_cast<double>(std::max<qint64>(1, options.from.daysTo(options.to) - breakDays));
    QList<Piece> pieces;
    QDate at = options.from;
    for (const TimelineBreak& b : std::as_const(breaks)) {
        pieces.append({ at, b.from, static_cast<double>(at.daysTo(b.from)) / shownDays * shownWidth });
        pieces.append({ b.from, b.to, options.breakWidth });
        at = b.to;
    }
    pieces.append({ at, options.to, static_cast<double>(at.daysTo(options.to)) / shownDays * shownWidth });
    return pieces;
}

} // namespace

double timelineX(QDate date, const TimelineOptions& options)
{
    if (options.breaks.isEmpty())
        return timelineX(date, options.from, options.to, options.width);
    double x = 0;
    const QList<Piece> pieces = piecesOf(options);
    for (const Piece& piece : pieces) {
        const double days = static_cast<double>(std::max<qint64>(1, piece.from.daysTo(piece.to)));
        if (date < piece.to || &piece == &pieces.last())
            return x + static_cast<double>(piece.from.daysTo(date)) / days * piece.width;
        x += piece.width;
    }
    return x;
}

QDate timelineDateAt(double x, const TimelineOptions& options)
{
    double left = 0;
    const QList<Piece> pieces
        = options.breaks.isEmpty() ? QList<Piece> { { options.from, options.to, options.width } } : piecesOf(options);
    for (const Piece& piece : pieces) {
        if (x < left + piece.width || &piece == &pieces.last()) {
            const double share = (x - left) / std::max(1.0, piece.width);
            return piece.from.addDays(
                static_cast<qint64>(std::llround(share * static_cast<double>(piece.from.daysTo(piece.to)))));
        }
        left += piece.width;
    }
    return options.to;
}

QList<TimelineBreak> timelineBreaks(
    const Workspace& workspace, const std::vector<qint32>& events, QDate from, QDate to, int minYears)
{
    // The events' extents in date order, merged where they overlap.
    QList<QPair<QDate, QDate>> spans;
    for (const qint32 index : events) {
        const Event& event = workspace.events().at(index);
        if (event.period.latest() < from || event.period.earliest() > to)
            continue;
        spans.append({ event.period.earliest(), event.period.latest() });
    }
    std::sort(spans.begin(), spans.end());
    QList<TimelineBreak> breaks;
    QDate reached = from;
    const auto gap = [&](QDate last, QDate next) {
        // Two months of room on either side, then whole months.
        const QDate after = last.addMonths(2);
        const QDate start = after.day() == 1 ? after : QDate(after.year(), after.month(), 1).addMonths(1);
        const QDate before = next.addMonths(-2);
        const QDate end(before.year(), before.month(), 1);
        if (start.isValid() && end.isValid() && start.daysTo(end) >= qint64(minYears) * 365 && start > from && end < to)
            breaks.append({ start, end });
    };
    for (const auto& [earliest, latest] : std::as_const(spans)) {
        if (earliest > reached)
            gap(reached, earliest);
        reached = std::max(reached, latest);
    }
    return breaks;
}

TimelineLayout layoutTimeline(
    const Workspace& workspace, const std::vector<qint32>& events, const TimelineOptions& options)
{
    TimelineLayout layout;
    const QList<EventCategory> categories = allCategories();
    QList<int> laneOf(categories.size(), -1);
    // A lane for each category that has events at all, so lanes do not jump as the view scrolls.
    for (const qint32 index : events) {
        const auto c = static_cast<qsizetype>(workspace.events().at(index).category);
        if (laneOf[c] < 0)
            laneOf[c] = 0;
    }
    for (qsizetype c = 0; c < categories.size(); ++c) {
        if (laneOf[c] >= 0) {
            laneOf[c] = static_cast<int>(layout.lanes.size());
            layout.lanes.append({ categories.at(c), 1 });
        }
    }

    QList<TimelineItem> visible;
    for (const qint32 index : events) {
        const Event& event = workspace.events().at(index);
        if (event.period.latest() < options.from || event.period.earliest() > options.to)
            continue;
        TimelineItem item;
        item.eventIndex = index;
        item.x0 = timelineX(event.period.earliest(), options);
        item.x1 = timelineX(event.period.latest().addDays(1), options);
        item.lane = laneOf[static_cast<qsizetype>(event.category)];
        item.approximate = event.period.isApproximate();
        item.inferred = event.periodInferred;
        item.interval = event.period.isInterval();
        item.precision = event.period.start().precision();
        item.status = event.status;
        item.label = item.approximate ? QStringLiteral("c. ") + event.title : event.title;
        if (event.status == EventStatus::Expected)
            item.label.prepend(QStringLiteral("Expected: "));
        else if (event.status == EventStatus::Proposed)
            item.label.prepend(QStringLiteral("Proposed: "));
        visible.append(item);
    }
    std::stable_sort(
        visible.begin(), visible.end(), [](const TimelineItem& a, const TimelineItem& b) { return a.x0 < b.x0; });

    const bool labels = visible.size() <= options.maxLabelledEvents && options.textWidth;
    struct Row
    {
        double markerEnd; // where the last item's marker ends, with the gap
        double labelEnd; // where its label ends, with the gap
        qsizetype last; // that item
    };
    QList<QList<Row>> rows(layout.lanes.size());
    for (qsizetype i = 0; i < visible.size(); ++i) {
        TimelineItem& item = visible[i];
        QList<Row>& lane = rows[item.lane];
        // A label reads rightwards from its item and stops at the edge of the view.
        const double fullWidth = labels ? std::min(options.textWidth(item.label), options.width - item.x0) : 0;
        const auto place = [&](qsizetype r) {
            item.row = static_cast<int>(r);
            item.labelWidth = fullWidth;
            lane[r] = { item.x1 + options.gap, std::max(item.x1, item.x0 + fullWidth) + options.gap, i };
        };
        // A row where the last item and its whole label end before this one; or a new row.
        qsizetype free = -1;
        for (qsizetype r = 0; r < lane.size() && free < 0; ++r) {
            if (lane.at(r).labelEnd <= item.x0)
                free = r;
        }
        if (free < 0 && lane.size() < options.maxRowsPerLane) {
            lane.append({ 0, 0, -1 });
            free = lane.size() - 1;
        }
        if (free >= 0) {
            place(free);
            continue;
        }
        // The lane is full: elide the label of the item before, in the row whose marker ended earliest.
        qsizetype best = -1;
        for (qsizetype r = 0; r < lane.size(); ++r) {
            if (lane.at(r).markerEnd <= item.x0 && (best < 0 || lane.at(r).labelEnd < lane.at(best).labelEnd))
                best = r;
        }
        if (best >= 0) {
            TimelineItem& before = visible[lane.at(best).last];
            before.labelWidth = std::max(0.0, item.x0 - options.gap - before.x0);
            place(best);
            continue;
        }
        // Even the markers collide: this one goes without its label where the markers end first.
        qsizetype earliest = 0;
        for (qsizetype r = 1; r < lane.size(); ++r) {
            if (lane.at(r).markerEnd < lane.at(earliest).markerEnd)
                earliest = r;
        }
        item.row = static_cast<int>(earliest);
        item.labelWidth = 0;
        Row& row = lane[earliest];
        TimelineItem& before = visible[row.last];
        before.labelWidth = std::min(before.labelWidth, std::max(0.0, item.x0 - options.gap - before.x0));
        row.last = i;
        row.markerEnd = std::max(row.markerEnd, item.x1 + options.gap);
        row.labelEnd = std::max(row.labelEnd, row.markerEnd);
    }
    for (TimelineItem& item : visible) {
        item.labelShown
            = item.labelWidth >= std::min(options.minLabelWidth, labels ? options.textWidth(item.label) : 0.0)
            && item.labelWidth > 0;
        if (!item.labelShown) {
            item.labelWidth = 0;
            ++layout.hiddenLabels;
        }
    }
    for (qsizetype l = 0; l < rows.size(); ++l)
        layout.lanes[l].rows = std::max(1, static_cast<int>(rows.at(l).size()));
    layout.items = visible;
    return layout;
}

} // namespace crisis::core
