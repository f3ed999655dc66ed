#include "testsupport.h"

#include <crisis/core/analysis/chartspec.h>
#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/interchange/syntheticdata.h>

#include <gtest/gtest.h>

using namespace crisis::core;

namespace {

const Workspace& bundled()
{
    return *crisis::test::bundledWorkspace();
}

const ChartSeries* seriesNamed(const ChartSpec& spec, const char16_t* name)
{
    for (const ChartSeries& s : spec.series)
        if (s.name == QStringView(name))
            return &s;
    return nullptr;
}

QStringList idsOf(const ChartMark& mark)
{
    QStringList ids;
    for (const qsizetype row : mark.rows)
        ids.append(bundled().figures().id(row));
    return ids;
}

QStringList seriesNames(const ChartSpec& spec)
{
    QStringList names;
    for (const ChartSeries& s : spec.series)
        names.append(s.name);
    return names;
}

} // namespace

TEST(ChartSpec, DeploymentShowsTheMissionAgainstItsTarget)
{
    const ChartSpec spec = buildChart(bundled(), ChartKind::Deployment);
    EXPECT_EQ(spec.title, u"Deployment versus target");
    // The Haitian police's 5,000 is not part of the mission's deployment.
    EXPECT_EQ(seriesNames(spec),
        QStringList({ QStringLiteral("Kenya pledged"), QStringLiteral("Kenya deployed"), QStringLiteral("MSS target"),
            QStringLiteral("MSS deployed"), QStringLiteral("MSS proposed target"),
            QStringLiteral("Other contributing countries pledged") }));
    const ChartSeries* kenya = seriesNamed(spec, u"Kenya deployed");
    ASSERT_NE(kenya, nullptr);
    ASSERT_EQ(kenya->marks.size(), 2);
    EXPECT_EQ(kenya->marks.at(0).value, 400);
    EXPECT_EQ(kenya->marks.at(0).from, QDate(2024, 9, 1));
    EXPECT_EQ(kenya->marks.at(1).label, u"more than 700");
    EXPECT_EQ(kenya->marks.at(1).bound, ValueBound::LowerBound);
    // The line starts at the first number the articles give: nothing is drawn before September 2024.
    ASSERT_EQ(kenya->path.size(), 1);
    EXPECT_EQ(kenya->path.first().first().first, QDate(2024, 9, 15));
    EXPECT_EQ(kenya->path.first().last().second, 700);
    EXPECT_EQ(kenya->colorIndex, seriesNamed(spec, u"Kenya pledged")->colorIndex);
    EXPECT_NE(kenya->colorIndex, seriesNamed(spec, u"MSS deployed")->colorIndex);
}

TEST(ChartSpec, ConflictingReportsAreBothShownAndNotJoined)
{
    const ChartSpec spec = buildChart(bundled(), ChartKind::Deployment);
    const ChartSeries* mss = seriesNamed(spec, u"MSS deployed");
    ASSERT_NE(mss, nullptr);
    ASSERT_EQ(mss->marks.size(), 2);
    EXPECT_EQ(mss->marks.at(0).value, 1000);
    EXPECT_EQ(mss->marks.at(1).value, 800);
    EXPECT_TRUE(mss->marks.at(0).conflicting && mss->marks.at(1).conflicting);
    EXPECT_TRUE(mss->path.isEmpty()) << "no line picks one of two disagreeing reports";
}

TEST(ChartSpec, AgreeingReportsAreOneMarkCitingBoth)
{
    const ChartSpec spec = buildChart(bundled(), ChartKind::Deployment);
    const ChartSeries* pledged = seriesNamed(spec, u"Kenya pledged");
    ASSERT_NE(pledged, nullptr);
    ASSERT_EQ(pledged->marks.size(), 2);
    EXPECT_EQ(idsOf(pledged->marks.at(1)), QStringList({ QStringLiteral("fig-003-01"), QStringLiteral("fig-001-01") }));
    // Each report's qualifier is kept: fig-001-01 says "around 1,000".
    EXPECT_EQ(pledged->marks.at(1).label, u"1,000 / around 1,000 (2 reports)");
    EXPECT_EQ(pledged->marks.at(1).footnotes.size(), 2);
}

TEST(ChartSpec, TheShortfallIsShadedWhereDeployedAndTargetMeet)
{
    const ChartSpec spec = buildChart(bundled(), ChartKind::Deployment);
    ASSERT_EQ(spec.shortfalls.size(), 1);
    const ShortfallBand& band = spec.shortfalls.first();
    EXPECT_EQ(band.subject, u"MSS");
    EXPECT_EQ(band.target, 2500);
    EXPECT_EQ(band.deployedLow, 800);
    EXPECT_EQ(band.deployedHigh, 1000);
    EXPECT_EQ(band.from, QDate(2025, 7, 1));
    EXPECT_EQ(band.label, u"Shortfall (computed): about 1,500\u20131,700 below the 2,500 target (reports differ)");
    // Our arithmetic, not a reported figure: said as such.
    EXPECT_EQ(band.arithmetic,
        u"computed by Crisis Timeline as the 2,500 target minus the MSS deployed reported: 2,500 \u2212 800 = 1,700 "
        u"and 2,500 \u2212 1,000 = 1,500; no source states it");
}

TEST(ChartSpec, KeyEventsAreMarked)
{
    const ChartSpec spec = buildChart(bundled(), ChartKind::Deployment);
    QStringList events;
    for (const ChartMarker& m : spec.markers)
        events.append(m.eventId);
    EXPECT_EQ(events,
        QStringList({ QStringLiteral("evt-07"), QStringLiteral("evt-09"), QStringLiteral("evt-10"),
            QStringLiteral("evt-12"), QStringLiteral("evt-13"), QStringLiteral("evt-20") }));
    const ChartMarker& arrival = spec.markers.at(2);
    EXPECT_EQ(arrival.from, QDate(2024, 6, 1));
    EXPECT_EQ(arrival.to, QDate(2024, 6, 30));
    EXPECT_TRUE(arrival.label.startsWith(u"Jun 2024: Kenyan police arrive"));
    EXPECT_TRUE(spec.markers.at(0).approximate);
    EXPECT_TRUE(spec.markers.at(0).label.startsWith(u"c. 2023"));
}

TEST(ChartSpec, FootnotesNumberSourcesInTheOrderTheyAppear)
{
    const ChartSpec spec = buildChart(bundled(), ChartKind::Deployment);
    ASSERT_EQ(spec.footnotes.size(), 5);
    for (qsizetype i = 0; i < spec.footnotes.size(); ++i)
        EXPECT_EQ(spec.footnotes.at(i).number, i + 1);
    EXPECT_EQ(spec.footnotes.at(0).sourceId, u"src-000"); // the first report: Kenya's 1,000, c. Sep 2023
    EXPECT_TRUE(spec.footnotes.at(0).text.startsWith(u"Latin Post, "));
    EXPECT_TRUE(spec.footnotes.at(0).text.endsWith(u"c. Sep 2023"));
    const ChartFootnote& icaro = *std::find_if(spec.footnotes.cbegin(), spec.footnotes.cend(),
        [](const ChartFootnote& f) { return f.sourceId == u"src-003"; });
    EXPECT_TRUE(icaro.text.endsWith(u"22 Sep 2024")) << "a stated date has no c.";
    EXPECT_TRUE(spec.footnotes.at(1).text.startsWith(u"Outlet not stated, \u201cUS, Kenya and others"));
    // Every mark and marker points at a footnote that exists.
    for (const ChartSeries& s : spec.series)
        for (const ChartMark& m : s.marks)
            for (const int n : m.footnotes)
                EXPECT_TRUE(n >= 1 && n <= spec.footnotes.size());
    for (const ChartMarker& m : spec.markers)
        EXPECT_TRUE(m.footnote >= 1 && m.footnote <= spec.footnotes.size());
    EXPECT_EQ(spec.asOf.toEdtf(), u"2025~");
}

TEST(ChartSpec, CasualtiesAreRatesDrawnAsSpans)
{
    const ChartSpec spec = buildChart(bundled(), ChartKind::Casualties);
    EXPECT_EQ(spec.title, u"Casualty trends in Haiti");
    EXPECT_EQ(seriesNames(spec),
        QStringList({ QStringLiteral("Homicides"), QStringLiteral("Killed or injured"), QStringLiteral("Kidnappings"),
            QStringLiteral("Reported rapes") }));
    for (const ChartSeries& s : spec.series) {
        EXPECT_EQ(s.style, ChartSeries::Style::Span);
        EXPECT_TRUE(s.path.isEmpty()) << "spans are never joined into a line";
    }
    const ChartSeries* homicides = seriesNamed(spec, u"Homicides");
    ASSERT_EQ(homicides->marks.size(), 2) << "the breakdown by women, boys and girls is not a report of its own";
    EXPECT_NEAR(homicides->marks.at(0).value, 299.8, 0.05);
    EXPECT_EQ(homicides->marks.at(0).from, QDate(2022, 10, 1));
    EXPECT_EQ(homicides->marks.at(0).to, QDate(2023, 6, 30));
    // Overlapping reports both visible.
    EXPECT_NEAR(homicides->marks.at(1).value, 357.1, 0.05);
    EXPECT_LT(homicides->marks.at(1).from, homicides->marks.at(0).to);
    const ChartSeries* injured = seriesNamed(spec, u"Killed or injured");
    EXPECT_TRUE(injured->note.contains(u"different measure from homicides"));
    EXPECT_NEAR(injured->marks.at(0).value, 454.6, 0.05);
    EXPECT_EQ(injured->marks.at(0).bound, ValueBound::LowerBound);
    EXPECT_TRUE(injured->marks.at(0).label.startsWith(u"at least 454.6 per 30 days"));
    EXPECT_TRUE(injured->marks.at(0).periodInferred);
}

TEST(ChartSpec, CasualtiesCanShowTotalsInstead)
{
    ChartOptions options;
    options.perThirtyDays = false;
    const ChartSpec spec = buildChart(bundled(), ChartKind::Casualties, options);
    EXPECT_EQ(seriesNamed(spec, u"Homicides")->marks.at(0).value, 2728);
    EXPECT_EQ(seriesNamed(spec, u"Killed or injured")->marks.at(0).label, u"over 1,379");
    EXPECT_EQ(spec.yTitle, u"Reported for the period");
}

TEST(ChartSpec, DisplacementShowsTheStatedBreakdown)
{
    const ChartSpec spec = buildChart(bundled(), ChartKind::Displacement);
    ASSERT_EQ(spec.series.size(), 1);
    const QList<ChartMark>& marks = spec.series.first().marks;
    ASSERT_EQ(marks.size(), 2);
    EXPECT_EQ(marks.at(0).label, u"approximately 200,000");
    EXPECT_EQ(marks.at(1).label, u"over 700,000");
    ASSERT_EQ(marks.at(1).parts.size(), 1);
    EXPECT_EQ(marks.at(1).parts.first().value, 350000);
    EXPECT_EQ(marks.at(1).parts.first().label, u"children: half of the total, as stated");
}

TEST(ChartSpec, FundingComparesFundersWithTheirComponents)
{
    const ChartSpec spec = buildChart(bundled(), ChartKind::Funding);
    EXPECT_EQ(spec.categories, QStringList({ QStringLiteral("United States"), QStringLiteral("UN Trust Fund") }));
    const QList<ChartMark>& marks = spec.series.first().marks;
    EXPECT_EQ(marks.at(0).label, u"over $835 million");
    EXPECT_EQ(marks.at(0).parts.size(), 3);
    double sum = 0;
    for (const auto& part : marks.at(0).parts)
        sum += part.value;
    EXPECT_EQ(sum, 835e6);
    EXPECT_EQ(marks.at(1).label, u"only $112.5 million");
    EXPECT_TRUE(marks.at(1).parts.isEmpty());
}

TEST(ChartSpec, ZoomKeepsWhatOverlapsTheRange)
{
    ChartOptions options;
    options.from = QDate(2024, 1, 1);
    options.to = QDate(2024, 12, 31);
    const ChartSpec spec = buildChart(bundled(), ChartKind::Deployment, options);
    EXPECT_EQ(spec.from, options.from);
    EXPECT_EQ(spec.to, options.to);
    // Inside the range, what overlaps it; outside it, only the report just before and the one just after, kept
    // because a level holds from one report to the next and its line crosses the range.
    for (const ChartSeries& s : spec.series) {
        int before = 0;
        int after = 0;
        for (const ChartMark& m : s.marks) {
            before += m.to < options.from ? 1 : 0;
            after += m.from > options.to ? 1 : 0;
        }
        EXPECT_LE(before, 1) << qPrintable(s.name);
        EXPECT_LE(after, 1) << qPrintable(s.name);
        if (before + after > 0) {
            EXPECT_EQ(s.style, ChartSeries::Style::Step) << qPrintable(s.name);
        }
    }
    const ChartSeries* kenya = seriesNamed(spec, u"Kenya deployed");
    ASSERT_NE(kenya, nullptr);
    EXPECT_EQ(std::count_if(kenya->marks.cbegin(), kenya->marks.cend(),
                  [&](const ChartMark& m) { return m.to >= options.from && m.from <= options.to; }),
        1);
}

TEST(ChartSpec, ALevelThatHoldsThroughARangeIsDrawnAcrossIt)
{
    // No personnel report falls in July or August 2024, but Kenya's pledge holds from 2023 into 2025.
    ChartOptions options;
    options.from = QDate(2024, 7, 1);
    options.to = QDate(2024, 8, 31);
    const ChartSpec spec = buildChart(bundled(), ChartKind::Deployment, options);
    ASSERT_FALSE(spec.isEmpty());
    const ChartSeries* pledged = seriesNamed(spec, u"Kenya pledged");
    ASSERT_NE(pledged, nullptr);
    bool crosses = false;
    for (const auto& segment : pledged->path) {
        for (qsizetype i = 1; i < segment.size(); ++i)
            crosses = crosses || (segment.at(i - 1).first <= options.from && segment.at(i).first >= options.to);
    }
    EXPECT_TRUE(crosses);
    // Nothing before 2010 to hold through 2010-2012: nothing to draw.
    options.from = QDate(2010, 1, 1);
    options.to = QDate(2012, 12, 31);
    EXPECT_TRUE(buildChart(bundled(), ChartKind::Deployment, options).isEmpty());
    EXPECT_TRUE(buildChart(bundled(), ChartKind::Casualties, options).isEmpty());
}

TEST(ChartSpec, AChartNeverGetsMoreMarksThanPixels)
{
    const auto big = Workspace::build(syntheticSnapshot({ 60000, 10, 5 }));
    ChartOptions options;
    options.widthPixels = 12;
    for (const ChartKind kind : allCharts()) {
        const ChartSpec spec = buildChart(*big, kind, options);
        EXPECT_FALSE(spec.isEmpty());
        for (const ChartSeries& s : spec.series)
            EXPECT_LE(s.marks.size(), options.widthPixels) << s.name.toStdString();
    }
    EXPECT_TRUE(buildChart(*big, ChartKind::Casualties, options)
                    .notes.join(u' ')
                    .contains(u"highest report in each pixel column"));
}
