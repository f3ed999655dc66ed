#pragma once

#include <crisis/core/analysis/chartspec.h>
#include <crisis/core/model/story.h>

namespace crisis::core {

/// One step of a presentation: an event, the note the presenter wrote for it, and the chart shown beside it
/// with its cursor at the event's date and the figures that hold then highlighted.
struct PresentationStep
{
    qsizetype eventIndex = -1;
    QString note;
    ChartKind chart = ChartKind::Deployment;
    /// The chart's options: its own range, whatever the event's date.
    ChartOptions chartOptions;
    /// The middle of the event's date (the middle of its month or year when that is all we know), inside the chart's
    /// dates; for an event before or after them, the chart's first or last date (edge says which).
    QDate cursor;
    /// The event's date as the data gives it; beyond the chart's dates, with an arrow and "before these dates" or
    /// "after these dates".
    QString cursorLabel;
    enum class Edge { Inside, Before, After };
    Edge edge = Edge::Inside;
    /// The event is expected or proposed, not done: its cursor is drawn dashed and hollow.
    bool cursorPending = false;
    /// Figure rows plotted on the chart whose dates overlap the event's.
    QList<qsizetype> highlighted;
};

/// The chart an event belongs to: the first it is marked on, else by its category (violence → casualties,
/// humanitarian → displacement, funding → funding, the rest → deployment).
ChartKind chartForEvent(const Event& event);

/// The steps of a story; steps naming events not in the workspace are left out.
QList<PresentationStep> presentationSteps(const Workspace& workspace, const QList<StoryStep>& story);
/// One step per event, in date order.
QList<PresentationStep> presentationSteps(const Workspace& workspace, const std::vector<qint32>& events);

} // namespace crisis::core
