#pragma once

#include <crisis/core/analysis/workspace.h>

#include <QDate>

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
    /// Rows a lane may grow to before labels are left off.
    int maxRowsPerLane = 4;
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
    /// Pixels the label may take from x0; shorter than the label's width where it must be elided to leave
    /// room for the next item; 0 when there is no room for it at all.
    double labelWidth = 0;
    bool labelShown = true;
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
};

struct TimelineLayout
{
    QList<TimelineLane> lanes;
    QList<TimelineItem> items;
    int hiddenLabels = 0;
};

/// Places the events (indexes into the workspace's events) in one lane per category on a date axis, in
/// rows such that no label runs into the next item. When a lane is full (maxRowsPerLane), the label before
/// an item is elided to make room; where even the markers collide, the item's label is left off
/// (hiddenLabels counts the labels left off).
TimelineLayout layoutTimeline(
    const Workspace& workspace, const std::vector<qint32>& events, const TimelineOptions& options);

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

} // namespace crisis::core
