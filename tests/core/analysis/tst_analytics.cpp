#include "testsupport.h"

#include <crisis/core/analysis/analytics.h>
#include <crisis/core/interchange/datasetjson.h>

#include <gtest/gtest.h>

#include <numeric>
#include <random>

using namespace crisis::core;
using crisis::test::bundledFigure;

namespace {

const FigureTable& bundled()
{
    static const FigureTable table = FigureTable::fromFigures(bundledDataset().figures);
    return table;
}

QStringList idsOf(const FigureTable& table, const QList<qsizetype>& rows)
{
    QStringList ids;
    for (const qsizetype row : rows)
        ids.append(table.id(row));
    return ids;
}

const StepSeries* findSeries(const QList<StepSeries>& all, const char16_t* subject, FigureStatus status)
{
    for (const StepSeries& s : all)
        if (s.subject == QStringView(subject) && s.status == status)
            return &s;
    return nullptr;
}

Figure figure(const char* id, const char* metric, double value, const char16_t* period, const char* qualifier = "",
    FigureStatus status = FigureStatus::Actual)
{
    Figure f;
    f.id = QString::fromLatin1(id);
    f.metric = QString::fromLatin1(metric);
    f.value = value;
    f.qualifier = QString::fromLatin1(qualifier);
    f.subject = QStringLiteral("Haiti");
    f.status = status;
    f.period = Period::parse(QStringView(period)).value();
    return f;
}

} // namespace

TEST(Analytics, HomicidesPerThirtyDays)
{
    const Metric* homicides = MetricRegistry::builtIn().find(u"homicides");
    ASSERT_NE(homicides, nullptr);
    const auto rate = ratePer30Days(bundledFigure(QStringLiteral("fig-000-01")), *homicides);
    const auto fromTable = ratePer30Days(bundled(), bundled().rowOfId(u"fig-000-01"), *homicides);
    ASSERT_TRUE(fromTable.has_value());
    EXPECT_EQ(fromTable->perThirtyDays, rate->perThirtyDays);
    EXPECT_EQ(fromTable->days, 273);
    ASSERT_TRUE(rate.has_value());
    EXPECT_EQ(rate->days, 273);
    EXPECT_NEAR(rate->perThirtyDays, 299.8, 0.05);
    EXPECT_EQ(rate->total, 2728);
    EXPECT_EQ(rate->bound, ValueBound::Exact);
}

TEST(Analytics, AnOverQualifierMakesTheRateALowerBound)
{
    const Metric* killedOrInjured = MetricRegistry::builtIn().find(u"killed_or_injured");
    ASSERT_NE(killedOrInjured, nullptr);
    const auto rate = ratePer30Days(bundledFigure(QStringLiteral("fig-001-04")), *killedOrInjured);
    ASSERT_TRUE(rate.has_value());
    EXPECT_EQ(rate->days, 91);
    EXPECT_NEAR(rate->perThirtyDays, 454.6, 0.05);
    EXPECT_EQ(rate->bound, ValueBound::LowerBound);
}

TEST(Analytics, StocksHaveNoRate)
{
    const Metric* personnel = MetricRegistry::builtIn().find(u"personnel");
    EXPECT_FALSE(ratePer30Days(bundledFigure(QStringLiteral("fig-001-08")), *personnel).has_value());
}

TEST(Analytics, KenyaDeployedStepsFrom400ToMoreThan700)
{
    const QList<StepSeries> series = stepSeries(bundled(), MetricRegistry::builtIn());
    const StepSeries* kenya = findSeries(series, u"Kenya", FigureStatus::Actual);
    ASSERT_NE(kenya, nullptr);
    ASSERT_EQ(kenya->points.size(), 2);
    EXPECT_EQ(kenya->points.at(0).value, 400);
    EXPECT_EQ(kenya->points.at(0).from, QDate(2024, 9, 1));
    EXPECT_EQ(kenya->points.at(1).value, 700);
    EXPECT_EQ(kenya->points.at(1).bound, ValueBound::LowerBound);
    EXPECT_EQ(idsOf(bundled(), kenya->points.at(1).rows), QStringList({ QStringLiteral("fig-002-04") }));
    EXPECT_FALSE(kenya->points.at(0).conflicting || kenya->points.at(1).conflicting);
}

TEST(Analytics, MssDeployedShowsBothConflictingReports)
{
    const QList<StepSeries> series = stepSeries(bundled(), MetricRegistry::builtIn());
    const StepSeries* mss = findSeries(series, u"MSS", FigureStatus::Actual);
    ASSERT_NE(mss, nullptr);
    ASSERT_EQ(mss->points.size(), 2);
    EXPECT_EQ(mss->points.at(0).value, 1000);
    EXPECT_EQ(mss->points.at(1).value, 800);
    EXPECT_TRUE(mss->points.at(0).conflicting);
    EXPECT_TRUE(mss->points.at(1).conflicting);
}

TEST(Analytics, AgreeingPledgesMergeAndIncrementsAreLeftOut)
{
    const QList<StepSeries> series = stepSeries(bundled(), MetricRegistry::builtIn());
    const StepSeries* pledged = findSeries(series, u"Kenya", FigureStatus::Pledged);
    ASSERT_NE(pledged, nullptr);
    ASSERT_EQ(pledged->points.size(), 2)
        << "the 600 more officers break down the 1,000, they are no pledge of their own";
    EXPECT_EQ(pledged->points.at(0).value, 1000);
    EXPECT_EQ(idsOf(bundled(), pledged->points.at(0).rows), QStringList({ QStringLiteral("fig-000-11") }));
    EXPECT_EQ(pledged->points.at(1).value, 1000);
    EXPECT_EQ(idsOf(bundled(), pledged->points.at(1).rows).size(), 2)
        << "September 2024 reports from two sources agree";
    EXPECT_EQ(pledged->points.at(1).bound, ValueBound::Exact) << "one of the agreeing reports is exact";
    const StepSeries* others = findSeries(series, u"Other contributing countries", FigureStatus::Pledged);
    ASSERT_NE(others, nullptr);
    EXPECT_EQ(others->points.at(0).value, 1900);
}

TEST(Analytics, TheTargetIsATimeVaryingCitedSeries)
{
    const QList<StepSeries> series = stepSeries(bundled(), MetricRegistry::builtIn());
    const StepSeries* target = findSeries(series, u"MSS", FigureStatus::Target);
    ASSERT_NE(target, nullptr);
    ASSERT_EQ(target->points.size(), 2);
    EXPECT_EQ(target->points.at(0).value, 2500);
    EXPECT_EQ(target->points.at(0).from, QDate(2024, 9, 1));
    // Article 002 is after June 2025: its 2,500 target holds from July 2025.
    EXPECT_EQ(target->points.at(1).from, QDate(2025, 7, 1));
    const StepSeries* proposed = findSeries(series, u"MSS", FigureStatus::ProposedTarget);
    ASSERT_NE(proposed, nullptr);
    EXPECT_EQ(proposed->points.at(0).value, 5000);
    EXPECT_EQ(idsOf(bundled(), proposed->points.at(0).rows), QStringList({ QStringLiteral("fig-002-11") }));
}

TEST(Analytics, TheBundledDatasetHasOneConflict)
{
    const QList<ConflictGroup> groups = findConflicts(bundled(), MetricRegistry::builtIn());
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups.at(0).metric, u"personnel");
    EXPECT_EQ(groups.at(0).subject, u"MSS");
    EXPECT_EQ(groups.at(0).status, FigureStatus::Actual);
    EXPECT_EQ(idsOf(bundled(), groups.at(0).rows),
        QStringList({ QStringLiteral("fig-002-02"), QStringLiteral("fig-002-05") }));
}

TEST(Analytics, FlowsConflictOnlyOverTheSamePeriod)
{
    const QList<Figure> figures {
        figure("a", "homicides", 2728, u"2022-10/2023-06"),
        figure("b", "homicides", 3000, u"2023-01-01/2023-09-09"), // overlaps a, but counts a different span
        figure("c", "homicides", 2700, u"2022-10/2023-06"), // same span as a, another value
        figure("d", "homicides", 2000, u"2022-10/2023-06", "over"), // a lower bound both a and c satisfy
    };
    const QList<ConflictGroup> groups = findConflicts(FigureTable::fromFigures(figures), MetricRegistry::builtIn());
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups.at(0).rows, QList<qsizetype>({ 0, 2 }));
}

TEST(Analytics, StocksConflictWhenTheirTimesOverlap)
{
    const QList<Figure> figures {
        figure("a", "displaced", 200000, u"2023-09", "approximately"),
        figure("b", "displaced", 700000, u"2024-09", "over"),
        figure("c", "displaced", 650000, u"2024-09-15"),
        figure("d", "displaced", 900000, u"2024"),
    };
    const QList<ConflictGroup> groups = findConflicts(FigureTable::fromFigures(figures), MetricRegistry::builtIn());
    ASSERT_EQ(groups.size(), 1);
    // c is below b's "over 700,000"; d (900,000 in 2024) agrees with b but not with c.
    EXPECT_EQ(groups.at(0).rows, QList<qsizetype>({ 1, 2, 3 }));
}

TEST(Analytics, ConflictsAreThoseEveryPairOfReportsWouldFind)
{
    // Random reports of two kinds of metric (and one unknown), a few subjects, subgroups, statuses, periods and
    // qualifiers; the groups are checked against comparing every pair: rows that disagree are joined, and each group
    // lists its rows in order, the groups in the order of their first row.
    const char* metrics[] = { "homicides", "displaced", "no-such-metric" };
    const char16_t* periods[] = { u"2023", u"2023-01", u"2023-01/2023-06", u"2023-03-15", u"2023-06/2024-02", u"2024",
        u"2024-01-01/2024-01-31", u"2022-12/2023-01" };
    const char* qualifiers[] = { "", "over", "approximately", "fewer than" };
    const char* subjects[] = { "Haiti", "Port-au-Prince" };
    std::mt19937 random(20261207);
    for (int round = 0; round < 40; ++round) {
        QList<Figure> list;
        const int n = 20 + round * 5;
        for (int i = 0; i < n; ++i) {
            Figure f
                = figure("", metrics[random() % 3], 100.0 * static_cast<double>(random() % 6), periods[random() % 8],
                    qualifiers[random() % 4], random() % 5 == 0 ? FigureStatus::Estimate : FigureStatus::Actual);
            f.id = QStringLiteral("f%1").arg(i);
            f.subject = QString::fromLatin1(subjects[random() % 2]);
            f.subgroup = random() % 4 == 0 ? QStringLiteral("children") : QString();
            list.append(f);
        }
        const FigureTable table = FigureTable::fromFigures(list);
        const MetricRegistry registry = MetricRegistry::builtIn();
        // Every pair, with a union-find of its own.
        std::vector<qsizetype> parent(static_cast<size_t>(n));
        std::iota(parent.begin(), parent.end(), 0);
        const auto root = [&](qsizetype i) {
            while (parent[static_cast<size_t>(i)] != i)
                i = parent[static_cast<size_t>(i)];
            return i;
        };
        std::vector<bool> disputed(static_cast<size_t>(n), false);
        for (qsizetype a = 0; a < n; ++a) {
            for (qsizetype b = a + 1; b < n; ++b) {
                const Metric* metric = registry.find(table.metric(a));
                if (!metric || table.metric(a) != table.metric(b) || table.subject(a) != table.subject(b)
                    || table.status(a) != table.status(b) || table.subgroup(a) != table.subgroup(b))
                    continue;
                const bool together = metric->kind == Metric::Kind::Flow
                    ? table.earliestDay(a) == table.earliestDay(b) && table.latestDay(a) == table.latestDay(b)
                    : table.earliestDay(a) <= table.latestDay(b) && table.earliestDay(b) <= table.latestDay(a);
                if (together && !valuesAgree(table.value(a), table.bound(a), table.value(b), table.bound(b))) {
                    parent[static_cast<size_t>(root(a))] = root(b);
                    disputed[static_cast<size_t>(a)] = disputed[static_cast<size_t>(b)] = true;
                }
            }
        }
        QList<QList<qsizetype>> expected;
        QHash<qsizetype, qsizetype> groupOfRoot;
        for (qsizetype row = 0; row < n; ++row) {
            if (!disputed[static_cast<size_t>(row)])
                continue;
            const qsizetype group = groupOfRoot.value(root(row), expected.size());
            if (group == expected.size()) {
                groupOfRoot.insert(root(row), group);
                expected.append(QList<qsizetype>());
            }
            expected[group].append(row);
        }
        const QList<ConflictGroup> groups = findConflicts(table, registry);
        QList<QList<qsizetype>> found;
        for (const ConflictGroup& group : groups)
            found.append(group.rows);
        ASSERT_EQ(found, expected) << "round " << round;
        for (const ConflictGroup& group : groups) {
            const qsizetype first = group.rows.first();
            EXPECT_EQ(group.metric, table.metric(first));
            EXPECT_EQ(group.subject, table.subject(first));
            EXPECT_EQ(group.subgroup, table.subgroup(first));
        }
    }
}

TEST(Analytics, QualifiersDecideWhetherValuesAgree)
{
    EXPECT_FALSE(valuesAgree(800, ValueBound::Approximate, 1000, ValueBound::Approximate));
    EXPECT_TRUE(valuesAgree(700, ValueBound::LowerBound, 1000, ValueBound::Approximate));
    EXPECT_TRUE(valuesAgree(625, ValueBound::UpperBound, 600, ValueBound::Exact));
    EXPECT_FALSE(valuesAgree(625, ValueBound::UpperBound, 700, ValueBound::LowerBound));
    EXPECT_TRUE(valuesAgree(1000, ValueBound::Exact, 1000, ValueBound::Approximate));
}
