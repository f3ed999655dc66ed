#include "testsupport.h"

#include <crisis/core/interchange/briefpack.h>
#include <crisis/core/interchange/datasetjson.h>

#include <gtest/gtest.h>

using namespace crisis::core;

namespace {

const Workspace& bundled()
{
    return *crisis::test::bundledWorkspace();
}

// CSV rows as fields; the parser is enough for what plottedPointsCsv writes (quoted fields, no line breaks).
QList<QStringList> parseCsv(const QByteArray& csv)
{
    QList<QStringList> rows;
    for (const QString& line : QString::fromUtf8(csv).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        QStringList fields;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = !quoted;
            } else if (c == u',' && !quoted) {
                fields.append(field);
                field.clear();
            } else {
                field += c;
            }
        }
        fields.append(field);
        rows.append(fields);
    }
    return rows;
}

} // namespace

TEST(BriefPack, TheCsvHoldsExactlyThePlottedPointsWithAnHxlRow)
{
    for (const ChartKind kind : allCharts()) {
        const ChartSpec spec = buildChart(bundled(), kind);
        const QList<QStringList> rows = parseCsv(plottedPointsCsv(spec, bundled()));
        ASSERT_GE(rows.size(), 2);
        EXPECT_EQ(rows.at(0).first(), u"point");
        for (const QString& tag : rows.at(1))
            EXPECT_TRUE(tag.startsWith(u'#')) << tag.toStdString();
        EXPECT_EQ(rows.at(1).size(), rows.at(0).size());
        qsizetype points = 0;
        for (const ChartSeries& s : spec.series)
            for (const ChartMark& m : s.marks)
                points += 1 + m.parts.size();
        EXPECT_EQ(rows.size() - 2, points) << chartKey(kind).toStdString();
        for (qsizetype r = 2; r < rows.size(); ++r) {
            EXPECT_EQ(rows.at(r).size(), rows.at(0).size());
            const qsizetype row = bundled().figures().rowOfId(rows.at(r).at(16));
            ASSERT_GE(row, 0) << rows.at(r).at(16).toStdString();
            EXPECT_EQ(rows.at(r).at(15), bundled().figures().quote(row)) << "the quote, verbatim";
        }
    }
}

TEST(BriefPack, TheCsvGivesThePlottedAndTheReportedValue)
{
    const QList<QStringList> rows = parseCsv(plottedPointsCsv(buildChart(bundled(), ChartKind::Casualties), bundled()));
    const auto homicides
        = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList& r) { return r.value(16) == u"fig-000-01"; });
    ASSERT_NE(homicides, rows.cend());
    EXPECT_EQ(homicides->at(7), u"299.78"); // per 30 days
    EXPECT_EQ(homicides->at(8), u"per 30 days");
    EXPECT_EQ(homicides->at(9), u"2728");
    EXPECT_EQ(homicides->at(5), u"2022-10-01");
    EXPECT_EQ(homicides->at(6), u"2023-06-30");
    EXPECT_EQ(homicides->at(13), u"Latin Post, c. Sep 2023");
    const QList<QStringList> deployment
        = parseCsv(plottedPointsCsv(buildChart(bundled(), ChartKind::Deployment), bundled()));
    const auto merged = std::find_if(
        deployment.cbegin(), deployment.cend(), [](const QStringList& r) { return r.value(16) == u"fig-003-01"; });
    ASSERT_NE(merged, deployment.cend());
    EXPECT_EQ(merged->at(17), u"fig-001-01") << "the agreeing report of the same point";
}

TEST(BriefPack, AltTextNamesTheLargestAndLatestValuesAndTheSources)
{
    const QString casualties = altText(buildChart(bundled(), ChartKind::Casualties), bundled());
    EXPECT_TRUE(casualties.contains(u"The largest value shown is at least 454.6 per 30 days"))
        << casualties.toStdString();
    EXPECT_TRUE(casualties.contains(u"Killed or injured")) << casualties.toStdString();
    EXPECT_TRUE(casualties.contains(u"Sources: (1) Latin Post"));
    const QString deployment = altText(buildChart(bundled(), ChartKind::Deployment), bundled());
    EXPECT_TRUE(deployment.contains(u"The largest value shown is 5,000 for MSS proposed target"))
        << deployment.toStdString();
    EXPECT_TRUE(
        deployment.contains(u"Reports of MSS deployed disagree: only about 1,000 and about 800; both are shown."));
    EXPECT_TRUE(deployment.contains(u"Shortfall (computed): about 1,500"));
    EXPECT_TRUE(deployment.contains(u"2,500 \u2212 1,000 = 1,500")) << "the arithmetic of the computed shortfall";
    EXPECT_TRUE(deployment.contains(u"as of c. 2025"));
    const QString funding = altText(buildChart(bundled(), ChartKind::Funding), bundled());
    EXPECT_TRUE(funding.contains(u"The largest value shown is over $835 million for Funding")) << funding.toStdString();
    EXPECT_TRUE(funding.contains(u"It compares United States and UN Trust Fund."));
}

TEST(BriefPack, TheTimelineListsTheEventsShown)
{
    const QList<QStringList> rows = parseCsv(
        timelineEventsCsv(bundled(), crisis::test::allEventIndexes(bundled()), QDate(2024, 1, 1), QDate(2024, 12, 31)));
    EXPECT_EQ(rows.at(1).first(), u"#event+id");
    EXPECT_EQ(rows.size() - 2, 19); // evt-10 to evt-18 and evt-24 to evt-33 fall in 2024, in part at least
    const QString text
        = timelineAltText(bundled(), crisis::test::allEventIndexes(bundled()), QDate(2024, 1, 1), QDate(2024, 12, 31));
    EXPECT_TRUE(text.startsWith(u"Timeline of 19 events")) << text.toStdString();
    // The first to start: the force expected from September 2023 to the start of 2024.
    EXPECT_TRUE(text.contains(u"The first is Sep 2023 \u2013 Jan 2024: Multinational force expected"))
        << text.toStdString();
    EXPECT_TRUE(text.contains(u"expected and")) << text.toStdString();
    EXPECT_EQ(rows.at(0).at(6), u"status");
    EXPECT_EQ(rows.at(2).at(6), u"occurred");

    // The events' own first and last dates, not the axis drawn around them; the last is the one that ends last.
    const QString all
        = timelineAltText(bundled(), crisis::test::allEventIndexes(bundled()), QDate(2015, 9, 2), QDate(2026, 5, 1));
    EXPECT_TRUE(all.startsWith(u"Timeline of 35 events, from 2016 to Jul 2025 \u2013 Dec 2025,")) << all.toStdString();
    EXPECT_FALSE(all.contains(u"2015")) << all.toStdString();
    EXPECT_TRUE(all.contains(u"The last is Jul 2025 \u2013 Dec 2025: Seven countries ask the Security Council"))
        << all.toStdString();
    EXPECT_TRUE(all.contains(u"7 expected and 3 proposed")) << all.toStdString();
}
