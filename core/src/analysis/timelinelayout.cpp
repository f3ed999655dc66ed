#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/analysis/timelinelayout.h>

#include <QCoreApplication>

#include <algorithm>
#include <limits>

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

QStringList wrapTimelineLabel(const QString& label, int lines, const std::function<double(const QString&)>& textWidth)
{
    const QStringList words = label.split(u' ', Qt::SkipEmptyParts);
    if (lines < 2 || words.size() < 2 || !textWidth)
        return { label };
    // Each word measured once (a title may be long): the break where the longer half is shortest, the halves' widths
    // summed from their words and spaces; then the two lines measured as they are.
    const double space = textWidth(QStringLiteral(" "));
    QList<double> before { 0 }; // width of the first k words
    for (const QString& word : words)
        before.append(before.constLast() + (before.size() > 1 ? space : 0) + textWidth(word));
    const double all = before.constLast();
    qsizetype best = -1;
    double bestWidth = textWidth(label);
    for (qsizetype k = 1; k < words.size(); ++k) {
        const double width = std::max(before.at(k), all - before.at(k) - space);
        if (width < bestWidth) {
            bestWidth = width;
            best = k;
        }
    }
    if (best < 0)
        return { label };
    return { words.mid(0, best).join(u' '), words.mid(best).join(u' ') };
}

namespace {

// What a row of a lane holds: the stretches its markers and labels take, gap included.
struct Span
{
    double from;
    double to;
    qsizetype item;
};

struct Row
{
    QList<Span> taken;
    double markerEnd = 0; // where the last item's marker ends, with the gap
    qsizetype last = -1; // that item

    bool isFree(double from, double to) const
    {
        return std::all_of(
            taken.cbegin(), taken.cend(), [&](const Span& span) { return span.to <= from || span.from >= to; });
    }
    double end() const
    {
        double end = 0;
        for (const Span& span : taken)
            end = std::max(end, span.to);
        return end;
    }
};

// One way to write a label: its lines and the width of the widest.
struct LabelForm
{
    QStringList lines;
    double width = 0;
};

// One lane laid out: its items, rows and lines, and how many labels are left off (hidden) or cut.
struct LaneLayout
{
    QList<TimelineItem> items;
    int rows = 1;
    int lines = 1;
    int hidden = 0;
    int lost = 0; // hidden or cut

    // In lines of text, a row's marker taken as one.
    int height() const { return rows * (lines + 1); }
};

// Places a lane's items (in order of x0) in rows, each label on one line or, with maxLines 2, wrapped where that
// finds it a place: in the first row with room for it beside its item (rightwards from it, else leftwards to its
// end), else in a new row; a full lane cuts the label before.
LaneLayout layLane(QList<TimelineItem> items, int maxLines, bool labels, const TimelineOptions& options)
{
    QList<Row> lane;
    for (qsizetype i = 0; i < items.size(); ++i) {
        TimelineItem& item = items[i];
        QList<LabelForm> forms;
        if (labels) {
            forms.append({ { item.label }, options.textWidth(item.label) });
            QStringList wrapped = wrapTimelineLabel(item.label, maxLines, options.textWidth);
            if (wrapped.size() > 1) {
                double width = 0;
                for (const QString& line : std::as_const(wrapped))
                    width = std::max(width, options.textWidth(line));
                forms.append({ std::move(wrapped), width });
            }
        } else {
            forms.append({ { item.label }, 0 });
        }
        const auto clampStart = [&](double start, const LabelForm& form) {
            return std::max(0.0, std::min(start, options.width - form.width));
        };
        const auto spanOf = [&](double start, const LabelForm& form) {
            return Span { std::min(item.x0, start), std::max(item.x1, start + form.width) + options.gap, i };
        };
        const auto place = [&](qsizetype r, double start, const LabelForm& form) {
            item.row = static_cast<int>(r);
            item.labelX = start;
            item.labelWidth = std::min(form.width, options.width - start);
            item.lines = form.lines;
            Row& row = lane[r];
            row.taken.append(spanOf(start, form));
            row.markerEnd = item.x1 + options.gap;
            row.last = i;
        };
        bool placed = false;
        for (const LabelForm& form : std::as_const(forms)) {
            if (form.width > options.width)
                continue;
            // Rightwards from the item, or leftwards ending where it ends.
            for (const double start : { clampStart(item.x0, form), clampStart(item.x1 - form.width, form) }) {
                for (qsizetype r = 0; r < lane.size() && !placed; ++r) {
                    const Span span = spanOf(start, form);
                    if (lane.at(r).isFree(span.from, span.to)) {
                        place(r, start, form);
                        placed = true;
                    }
                }
            }
            if (placed)
                break;
        }
        if (!placed && lane.size() < options.maxRowsPerLane) {
            lane.append(Row {});
            // The narrower form: a new row has room for the next items beside it.
            const LabelForm& form = forms.constLast().width <= options.width ? forms.constLast() : forms.constFirst();
            place(lane.size() - 1, clampStart(item.x0, form), form);
            placed = true;
        }
        if (placed)
            continue;
        // The lane is full: elide the label of the item before, in the row whose marker ended earliest.
        const LabelForm& oneLine = forms.constFirst();
        qsizetype best = -1;
        for (qsizetype r = 0; r < lane.size(); ++r) {
            if (lane.at(r).markerEnd <= item.x0 && (best < 0 || lane.at(r).end() < lane.at(best).end()))
                best = r;
        }
        const auto cutBefore = [&](Row& row) {
            if (row.last < 0)
                return;
            TimelineItem& before = items[row.last];
            before.labelWidth = std::min(before.labelWidth, std::max(0.0, item.x0 - options.gap - before.labelX));
            before.lines = QStringList { before.label };
            for (Span& span : row.taken) {
                if (span.item == row.last)
                    span.to = std::max(before.x1, before.labelX + before.labelWidth) + options.gap;
            }
        };
        if (best >= 0) {
            Row& row = lane[best];
            cutBefore(row);
            item.row = static_cast<int>(best);
            item.labelX = item.x0;
            item.labelWidth = std::min(oneLine.width, options.width - item.x0);
            item.lines = oneLine.lines;
            row.taken.append({ item.x0, std::max(item.x1, item.x0 + item.labelWidth) + options.gap, i });
            row.markerEnd = item.x1 + options.gap;
            row.last = i;
            continue;
        }
        // Even the markers collide: this one goes without its label where the markers end first.
        qsizetype earliest = 0;
        for (qsizetype r = 1; r < lane.size(); ++r) {
            if (lane.at(r).markerEnd < lane.at(earliest).markerEnd)
                earliest = r;
        }
        Row& row = lane[earliest];
        cutBefore(row);
        item.row = static_cast<int>(earliest);
        item.labelX = item.x0;
        item.labelWidth = 0;
        item.lines = oneLine.lines;
        row.taken.append({ item.x0, item.x1 + options.gap, i });
        row.markerEnd = std::max(row.markerEnd, item.x1 + options.gap);
        row.last = i;
    }
    LaneLayout result;
    result.rows = std::max(1, static_cast<int>(lane.size()));
    for (TimelineItem& item : items) {
        double needed = 0;
        if (labels) {
            for (const QString& line : std::as_const(item.lines))
                needed = std::max(needed, options.textWidth(line));
        }
        item.labelShown = item.labelWidth >= std::min(options.minLabelWidth, needed) && item.labelWidth > 0;
        if (!item.labelShown) {
            item.labelWidth = 0;
            item.lines = QStringList { item.label };
            ++result.hidden;
            ++result.lost;
            continue;
        }
        item.labelCut = item.labelWidth < needed - 0.01;
        if (item.labelCut) {
            item.lines = QStringList { item.label };
            ++result.lost;
        }
        result.lines = std::max(result.lines, static_cast<int>(item.lines.size()));
    }
    result.items = std::move(items);
    return result;
}

} // namespace

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
            layout.lanes.append({ categories.at(c), 1, 1 });
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
        item.label = item.approximate ? approximately(event.title) : event.title;
        if (event.status == EventStatus::Expected)
            item.label
                = QCoreApplication::translate("TimelineLayout", "Expected: %1", "an event's title").arg(item.label);
        else if (event.status == EventStatus::Proposed)
            item.label
                = QCoreApplication::translate("TimelineLayout", "Proposed: %1", "an event's title").arg(item.label);
        visible.append(item);
    }
    std::stable_sort(
        visible.begin(), visible.end(), [](const TimelineItem& a, const TimelineItem& b) { return a.x0 < b.x0; });

    const bool labels = visible.size() <= options.maxLabelledEvents && options.textWidth;
    // Lanes are laid out each on its own: with every label on one line, and with labels wrapped onto two where that
    // helps; the lane keeps the one that shows more labels whole, and of those the one that takes less height.
    QList<TimelineItem> placed;
    for (qsizetype l = 0; l < layout.lanes.size(); ++l) {
        QList<TimelineItem> items;
        for (const TimelineItem& item : std::as_const(visible)) {
            if (item.lane == l)
                items.append(item);
        }
        LaneLayout best = layLane(items, 1, labels, options);
        if (options.maxLines > 1 && labels) {
            LaneLayout wrapped = layLane(items, 2, labels, options);
            if (wrapped.lost < best.lost || (wrapped.lost == best.lost && wrapped.height() < best.height()))
                best = std::move(wrapped);
        }
        layout.lanes[l].rows = best.rows;
        layout.lanes[l].lines = best.lines;
        layout.hiddenLabels += best.hidden;
        placed += best.items;
    }
    std::stable_sort(
        placed.begin(), placed.end(), [](const TimelineItem& a, const TimelineItem& b) { return a.x0 < b.x0; });
    layout.items = placed;
    return layout;
}

namespace {

// Greedy word wrap: as many words on a line as fit the width; a word wider than the width has a line of its own.
// Words are measured once each (a title may be long) and each line once more as it stands, so that no line is wider
// than the width for want of kerning between words.
QStringList wrapToWidth(const QString& text, double width, const std::function<double(const QString&)>& textWidth,
    qsizetype maxLines = std::numeric_limits<qsizetype>::max())
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    const double space = textWidth(QStringLiteral(" "));
    QStringList lines;
    qsizetype first = 0;
    while (first < words.size() && lines.size() < maxLines) {
        qsizetype end = first + 1;
        double taken = textWidth(words.at(first));
        while (end < words.size()) {
            const double next = taken + space + textWidth(words.at(end));
            if (next > width)
                break;
            taken = next;
            ++end;
        }
        while (end - first > 1 && textWidth(words.mid(first, end - first).join(u' ')) > width)
            --end;
        lines.append(words.mid(first, end - first).join(u' '));
        first = end;
    }
    if (lines.isEmpty())
        lines.append(QString());
    return lines;
}

} // namespace

EventListLayout layoutEventList(
    const Workspace& workspace, const std::vector<qint32>& events, const EventListOptions& options)
{
    QList<EventListEntry> entries;
    std::vector<qint32> listed;
    for (const qint32 index : events) {
        const Event& event = workspace.events().at(index);
        if (event.period.latest() >= options.from && event.period.earliest() <= options.to)
            listed.push_back(index);
    }
    std::stable_sort(listed.begin(), listed.end(), [&](qint32 a, qint32 b) {
        return workspace.events().at(a).period.earliest() < workspace.events().at(b).period.earliest();
    });
    const auto measure = [&](const QString& text) { return options.textWidth ? options.textWidth(text) : 0.0; };
    double dateWidth = 0;
    double statusWidth = 0;
    double titlesWidth = 0;
    for (const qint32 index : listed) {
        const Event& event = workspace.events().at(index);
        EventListEntry entry;
        entry.eventIndex = index;
        entry.category = event.category;
        entry.date = formatPeriod(event.period);
        if (event.status != EventStatus::Occurred && options.statusText)
            entry.status = options.statusText(event.status);
        dateWidth = std::max(dateWidth, measure(entry.date));
        titlesWidth = std::max(titlesWidth, measure(event.title));
        statusWidth = std::max(statusWidth, measure(entry.status));
        entries.append(entry);
    }

    const double rowGap = options.lineHeight * 0.35;
    const double swatch = options.lineHeight;
    // The list in some number of columns; a trial stops at the first entry that does not fit (a title may be long).
    const auto attempt = [&](int columns, bool whole) {
        EventListLayout tried;
        tried.columns = columns;
        tried.columnWidth = (options.width - (columns - 1) * 2 * options.gap) / columns;
        tried.titleX = swatch + dateWidth + options.gap;
        // No wider than the longest title: the status stays beside it.
        tried.titleWidth = std::min(
            titlesWidth, tried.columnWidth - tried.titleX - (statusWidth > 0 ? statusWidth + options.gap : 0));
        tried.statusX = tried.titleX + tried.titleWidth + options.gap;
        int column = 0;
        double y = 0;
        tried.fits = true;
        for (EventListEntry entry : std::as_const(entries)) {
            // A trial needs no more lines than the height holds to know the entry does not fit.
            const auto most = whole ? std::numeric_limits<qsizetype>::max()
                                    : static_cast<qsizetype>(options.height / std::max(1.0, options.lineHeight)) + 2;
            entry.titleLines
                = wrapToWidth(workspace.events().at(entry.eventIndex).title, tried.titleWidth, measure, most);
            entry.height = static_cast<double>(entry.titleLines.size()) * options.lineHeight;
            if (y > 0 && y + entry.height > options.height && column + 1 < columns) {
                ++column;
                y = 0;
            }
            entry.column = column;
            entry.y = y;
            tried.fits = tried.fits && y + entry.height <= options.height;
            if (!tried.fits && !whole)
                break;
            y += entry.height + rowGap;
            tried.entries.append(entry);
        }
        return tried;
    };
    // The fewest columns that fit; a title column narrower than a short phrase reads worse than a smaller type.
    int columns = 1;
    for (; columns <= std::max(1, options.maxColumns); ++columns) {
        if (columns > 1
            && (options.width - (columns - 1) * 2 * options.gap) / columns - swatch - dateWidth - options.gap
                    - (statusWidth > 0 ? statusWidth + options.gap : 0)
                < measure(QStringLiteral("a title of about thirty letters")))
            break;
        EventListLayout tried = attempt(columns, false);
        if (tried.fits)
            return tried;
    }
    return attempt(std::max(1, columns - 1), true);
}

} // namespace crisis::core
