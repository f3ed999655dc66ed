#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/analysis/presentation.h>

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <optional>

namespace crisis::core {

ChartKind chartForEvent(const Event& event)
{
    for (const QString& key : event.charts) {
        if (const auto kind = chartFromKey(key))
            return *kind;
    }
    switch (event.category) {
    case EventCategory::Violence:
        return ChartKind::Casualties;
    case EventCategory::Humanitarian:
        return ChartKind::Displacement;
    case EventCategory::Funding:
        return ChartKind::Funding;
    case EventCategory::SecurityDeployment:
    case EventCategory::Political:
    case EventCategory::Diplomatic:
    case EventCategory::Other:
        break;
    }
    return ChartKind::Deployment;
}

namespace {

// Builds each chart once, on first need, for all the steps that show it.
class StepBuilder
{
public:
    explicit StepBuilder(const Workspace& w)
        : m_w(w)
    { }

    PresentationStep step(qsizetype index, const QString& note)
    {
        const Event& event = m_w.events().at(index);
        PresentationStep step;
        step.eventIndex = index;
        step.note = note;
        step.chart = chartForEvent(event);
        const QDate first = event.period.earliest();
        const QDate last = event.period.latest();
        step.cursor = first.addDays(first.daysTo(last) / 2);
        step.cursorLabel = formatPeriod(event.period);
        step.cursorPending = event.status != EventStatus::Occurred;
        if (event.status == EventStatus::Expected)
            step.cursorLabel
                = QCoreApplication::translate("Presentation", "%1 (expected)", "a date").arg(step.cursorLabel);
        else if (event.status == EventStatus::Proposed)
            step.cursorLabel
                = QCoreApplication::translate("Presentation", "%1 (proposed)", "a date").arg(step.cursorLabel);
        // The chart over its own dates, never stretched over empty years to reach the event: an event outside them
        // is marked at the edge it lies beyond, and one that reaches into them has its cursor inside.
        const ChartSpec& natural = chart(step.chart);
        if (natural.categories.isEmpty() && natural.from.isValid()) {
            if (last < natural.from) {
                step.edge = PresentationStep::Edge::Before;
                step.cursor = natural.from;
                step.cursorLabel = QCoreApplication::translate(
                    "Presentation", "\u2190 %1, before these dates", "a date left of the chart")
                                       .arg(step.cursorLabel);
            } else if (first > natural.to) {
                step.edge = PresentationStep::Edge::After;
                step.cursor = natural.to;
                step.cursorLabel = QCoreApplication::translate(
                    "Presentation", "%1, after these dates \u2192", "a date right of the chart")
                                       .arg(step.cursorLabel);
            } else {
                step.cursor = std::clamp(step.cursor, natural.from, natural.to);
            }
        }
        for (const ChartSeries& series : natural.series) {
            for (const ChartMark& mark : series.marks) {
                if (mark.from <= last && mark.to >= first)
                    step.highlighted.append(mark.rows.first());
            }
        }
        return step;
    }

private:
    const ChartSpec& chart(ChartKind kind)
    {
        std::optional<ChartSpec>& spec = m_charts[static_cast<size_t>(kind)];
        if (!spec)
            spec = buildChart(m_w, kind);
        return *spec;
    }

    const Workspace& m_w;
    std::array<std::optional<ChartSpec>, 4> m_charts;
};

} // namespace

QList<PresentationStep> presentationSteps(const Workspace& workspace, const QList<StoryStep>& story)
{
    StepBuilder builder(workspace);
    QList<PresentationStep> steps;
    for (const StoryStep& step : story) {
        const qsizetype index = workspace.eventIndex(step.eventId);
        if (index >= 0)
            steps.append(builder.step(index, step.note));
    }
    return steps;
}

QList<PresentationStep> presentationSteps(const Workspace& workspace, const std::vector<qint32>& events)
{
    std::vector<qint32> ordered = events;
    std::stable_sort(ordered.begin(), ordered.end(), [&](qint32 a, qint32 b) {
        return workspace.events().at(a).period.earliest() < workspace.events().at(b).period.earliest();
    });
    StepBuilder builder(workspace);
    QList<PresentationStep> steps;
    steps.reserve(static_cast<qsizetype>(ordered.size()));
    for (const qint32 index : ordered)
        steps.append(builder.step(index, QString()));
    return steps;
}

} // namespace crisis::core
