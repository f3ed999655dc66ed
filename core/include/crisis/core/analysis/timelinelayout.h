#pragma once

#include <crisis/core/analysis/workspace.h>

#include <QDate>
#include <QStringList>

#include <functional>
#include <vector>

namespace crisis::core {

/// A stretch of years with no event, drawn narrow behind a marked axis break so the years with events get the room.
struct TimelineBreak
{
    QDate from; ///< the first day left out (the first of a month)
    QDate to; ///< the first day shown again (the first of a month)
};

struct TimelineOptions
{
    /// The visible range; events overlapping it are laid out.
    QDate from;
    QDate to;
    /// Pixels from `from` to `to`.
    double width = 1000;
    /// The width in pixels of a label (the ui measures with its font).
    std::function<double(const QString&)> textWidth;
    /// Rows a lane may grow to before labels are cut or left off.
    int maxRowsPerLane = 16;
    /// A label that does not fit on one line may wrap onto two (1: never wraps).
    int maxLines = 2;
    /// Space between one item's label and the next item.
    double gap = 10;
    /// A label elided to less than this is left off.
    double minLabelWidth = 40;
    /// More visible events than this and labels are left off altogether (zoom in to read them).
    int maxLabelledEvents = 400;
    /// Stretches drawn narrow (breakWidth pixels each) instead of at the scale of the rest.
    QList<TimelineBreak> breaks;
    double breakWidth = 28;
};

struct TimelineItem
{
    qsizetype eventIndex = -1;
    /// The event's extent in pixels: a day is a point (x0 == x1 up to a pixel), a month or a year a span.
    double x0 = 0;
    double x1 = 0;
    int lane = 0;
    int row = 0;
    /// Where the label starts: x0, or left of it where it would run past the right edge.
    double labelX = 0;
    /// Pixels the label may take from labelX: its widest line, or less where it must be elided to leave room for the
    /// next item (labelCut); 0 when there is no room for it at all.
    double labelWidth = 0;
    bool labelShown = true;
    /// The label as drawn, one line or wrapped onto two; a cut label is one line, elided to labelWidth.
    QStringList lines;
    bool labelCut = false;
    /// The title, "c. " first when the date is approximate, "Expected: " or "Proposed: " before that when the event
    /// has not happened.
    QString label;
    bool approximate = false;
    /// Expected and proposed events are drawn hollow.
    EventStatus status = EventStatus::Occurred;
    bool inferred = false;
    PartialDate::Precision precision = PartialDate::Precision::Day;
    /// The event has a start and an end (EDTF "A/B"): a span, whatever its precision.
    bool interval = false;

    /// A single day, drawn as a diamond; anything longer is a bar over its dates.
    bool isDay() const { return !interval && precision == PartialDate::Precision::Day; }
};

struct TimelineLane
{
    EventCategory category = EventCategory::Political;
    int rows = 1;
    /// Lines of label text in each of the lane's rows: 2 when a label in it wraps.
    int lines = 1;
};

struct TimelineLayout
{
    QList<TimelineLane> lanes;
    QList<TimelineItem> items;
    int hiddenLabels = 0;
};

/// Places the events (indexes into the workspace's events) in one lane per category on a date axis, in
/// rows such that no label runs into another item or label: a label reads rightwards from its item (leftwards from
/// the right edge near it) on one line, or wrapped onto two, in a new row when no row has room. When a lane is full
/// (maxRowsPerLane), the label before an item is elided to make room (labelCut); where even the markers collide, the
/// item's label is left off (hiddenLabels counts the labels left off).
TimelineLayout layoutTimeline(
    const Workspace& workspace, const std::vector<qint32>& events, const TimelineOptions& options);

/// A label on at most `lines` lines, broken between words where its longest line is shortest.
QStringList wrapTimelineLabel(const QString& label, int lines, const std::function<double(const QString&)>& textWidth);

/// x in pixels of a date, for a range and width (the axis the layout uses).
double timelineX(QDate date, QDate from, QDate to, double width);
/// The same on an axis with breaks (options' from, to, width and breaks).
double timelineX(QDate date, const TimelineOptions& options);
/// The date at x on that axis (inside a break: its first day).
QDate timelineDateAt(double x, const TimelineOptions& options);

/// Stretches of whole months inside [from, to] with no event, at least minYears long, each kept two months away
/// from the events on either side: what an axis break collapses.
QList<TimelineBreak> timelineBreaks(
    const Workspace& workspace, const std::vector<qint32>& events, QDate from, QDate to, int minYears = 1);

/// The timeline as a list, one row per event in date order (as TimelineJS lists them): date, title, status; for a
/// page where the lanes cannot give every title its room.
struct EventListOptions
{
    /// Events overlapping [from, to] are listed.
    QDate from;
    QDate to;
    /// The page area in pixels, and the height of a line of text.
    double width = 1000;
    double height = 600;
    double lineHeight = 16;
    /// The width in pixels of a text (the ui measures with its font).
    std::function<double(const QString&)> textWidth;
    /// How a status other than occurred is said ("expected"); nothing for an event that occurred.
    std::function<QString(EventStatus)> statusText;
    /// Between columns of text, and twice that between columns of the list.
    double gap = 12;
    int maxColumns = 3;
};

struct EventListEntry
{
    qsizetype eventIndex = -1;
    EventCategory category = EventCategory::Political;
    /// The date as the data gives it ("c. 2023", "Sep 2024").
    QString date;
    /// The title, word-wrapped to the title column; never cut.
    QStringList titleLines;
    QString status;
    /// The list's column it is in, and its top in pixels from the top of the area.
    int column = 0;
    double y = 0;
    double height = 0;
};

struct EventListLayout
{
    QList<EventListEntry> entries;
    int columns = 1;
    double columnWidth = 0;
    /// Within a column: the date, title and status columns' left edges (from the column's left) and the title's width.
    double titleX = 0;
    double titleWidth = 0;
    double statusX = 0;
    /// Every entry lies inside the area's height.
    bool fits = false;
};

/// Lays the events out as a list in up to maxColumns columns, the fewest in which every entry fits the height.
EventListLayout layoutEventList(
    const Workspace& workspace, const std::vector<qint32>& events, const EventListOptions& options);

} // namespace crisis::core
