#include "testsupport.h"

#include <crisis/core/analysis/presentation.h>
#include <crisis/core/interchange/datasetjson.h>

#include <gtest/gtest.h>

using namespace crisis::core;

namespace {

const Workspace& bundled()
{
    return *crisis::test::bundledWorkspace();
}

const Event& event(const char16_t* id)
{
    return bundled().events().at(bundled().eventIndex(QStringView(id)));
}

} // namespace

TEST(Presentation, EachEventGoesWithItsChart)
{
    EXPECT_EQ(chartForEvent(event(u"evt-10")), ChartKind::Deployment); // marked on deployment first
    EXPECT_EQ(chartForEvent(event(u"evt-03")), ChartKind::Casualties); // marked on casualties
    EXPECT_EQ(chartForEvent(event(u"evt-05")), ChartKind::Casualties); // violence
    EXPECT_EQ(chartForEvent(event(u"evt-11")), ChartKind::Displacement); // humanitarian
    EXPECT_EQ(chartForEvent(event(u"evt-22")), ChartKind::Funding);
    EXPECT_EQ(chartForEvent(event(u"evt-19")), ChartKind::Deployment); // diplomatic
}

TEST(Presentation, AllEventsInDateOrderWithTheCursorAtEachDate)
{
    const QList<PresentationStep> steps = presentationSteps(bundled(), crisis::test::allEventIndexes(bundled()));
    ASSERT_EQ(steps.size(), 35);
    EXPECT_EQ(bundled().events().at(steps.first().eventIndex).id, u"evt-01");
    for (qsizetype i = 1; i < steps.size(); ++i)
        EXPECT_LE(bundled().events().at(steps.at(i - 1).eventIndex).period.earliest(),
            bundled().events().at(steps.at(i).eventIndex).period.earliest());
    const auto arrival = std::find_if(steps.cbegin(), steps.cend(),
        [](const PresentationStep& s) { return bundled().events().at(s.eventIndex).id == u"evt-10"; });
    ASSERT_NE(arrival, steps.cend());
    EXPECT_EQ(arrival->cursor, QDate(2024, 6, 15)) << "the middle of June 2024";
    EXPECT_EQ(arrival->cursorLabel, u"Jun 2024");
}

TEST(Presentation, TheChartKeepsItsOwnDatesAndHighlightsWhatHoldsThen)
{
    // The 2016 election is years before any deployment figure: the chart keeps its own dates (it is not stretched
    // over the empty years) and the election is marked at its left edge, saying so.
    const ChartSpec natural = buildChart(bundled(), ChartKind::Deployment);
    const QList<PresentationStep> election
        = presentationSteps(bundled(), QList<StoryStep> { { QStringLiteral("evt-01"), {} } });
    ASSERT_EQ(election.size(), 1);
    const PresentationStep& step = election.first();
    EXPECT_EQ(step.chart, ChartKind::Deployment);
    const ChartSpec shown = buildChart(bundled(), step.chart, step.chartOptions);
    EXPECT_EQ(shown.from, natural.from);
    EXPECT_EQ(shown.to, natural.to);
    EXPECT_EQ(step.edge, PresentationStep::Edge::Before);
    EXPECT_EQ(step.cursor, natural.from);
    EXPECT_EQ(step.cursorLabel, u"\u2190 2016, before these dates");
    EXPECT_TRUE(step.highlighted.isEmpty());
    // Every step's cursor lies inside its chart's dates, and its chart is the chart's own range.
    for (const PresentationStep& s : presentationSteps(bundled(), crisis::test::allEventIndexes(bundled()))) {
        const ChartSpec spec = buildChart(bundled(), s.chart, s.chartOptions);
        if (!spec.categories.isEmpty())
            continue;
        EXPECT_EQ(spec.from, buildChart(bundled(), s.chart).from);
        EXPECT_GE(s.cursor, spec.from) << bundled().events().at(s.eventIndex).id.toStdString();
        EXPECT_LE(s.cursor, spec.to) << bundled().events().at(s.eventIndex).id.toStdString();
        EXPECT_EQ(s.edge == PresentationStep::Edge::Inside,
            bundled().events().at(s.eventIndex).period.latest() >= spec.from
                && bundled().events().at(s.eventIndex).period.earliest() <= spec.to);
    }
    // Ruto's visit in September 2024: the Kenyan 400, the pledges and the 2,500 target of that month.
    const QList<PresentationStep> visit = presentationSteps(bundled(),
        QList<StoryStep> { { QStringLiteral("evt-13"), QStringLiteral("Kenya's president sees the mission") } });
    ASSERT_EQ(visit.size(), 1);
    EXPECT_EQ(visit.first().note, u"Kenya's president sees the mission");
    QStringList ids;
    for (const qsizetype row : visit.first().highlighted)
        ids.append(bundled().figures().id(row));
    EXPECT_TRUE(ids.contains(u"fig-001-08"));
    EXPECT_TRUE(ids.contains(u"fig-001-09"));
    EXPECT_FALSE(ids.contains(u"fig-002-05")) << "2025 figures do not hold in September 2024";
}

TEST(Presentation, AStoryKeepsItsOrderAndSkipsMissingEvents)
{
    const QList<PresentationStep> steps = presentationSteps(bundled(),
        QList<StoryStep> {
            { QStringLiteral("evt-20"), {} }, { QStringLiteral("gone"), {} }, { QStringLiteral("evt-02"), {} } });
    ASSERT_EQ(steps.size(), 2);
    EXPECT_EQ(bundled().events().at(steps.at(0).eventIndex).id, u"evt-20");
    EXPECT_EQ(bundled().events().at(steps.at(1).eventIndex).id, u"evt-02");
}

TEST(Presentation, AnExpectedEventsCursorSaysSoAndIsDrawnAsPending)
{
    Snapshot data = Snapshot::fromDataset(bundledDataset());
    data.events[0].status = EventStatus::Expected;
    const auto workspace = Workspace::build(std::move(data), StoreLocation::file(QStringLiteral("/data/p.sqlite")));
    const QList<PresentationStep> steps = presentationSteps(*workspace, std::vector<qint32> { 0, 1 });
    ASSERT_EQ(steps.size(), 2);
    const PresentationStep& expected = steps.at(0).eventIndex == 0 ? steps.at(0) : steps.at(1);
    const PresentationStep& occurred = steps.at(0).eventIndex == 0 ? steps.at(1) : steps.at(0);
    EXPECT_TRUE(expected.cursorPending);
    EXPECT_TRUE(expected.cursorLabel.contains(u"2016 (expected)")) << expected.cursorLabel.toStdString();
    EXPECT_FALSE(occurred.cursorPending);
    EXPECT_FALSE(occurred.cursorLabel.contains(u"expected"));
}
