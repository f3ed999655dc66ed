#pragma once

#include <crisis/core/columnar/figuretable.h>
#include <crisis/core/model/figure.h>
#include <crisis/core/model/metricregistry.h>

#include <QList>
#include <QStringList>

namespace crisis::core {

/// A flow figure as a rate: value / days × 30, over the figure's period.
struct Rate
{
    double perThirtyDays = 0;
    double total = 0;
    qint64 days = 0;
    /// From the qualifier: "over 1,379" makes the rate a lower bound.
    ValueBound bound = ValueBound::Exact;
};

/// The rate per 30 days of a flow figure; nothing for a stock figure or one without a period.
std::optional<Rate> ratePer30Days(const Figure& figure, const Metric& metric);
std::optional<Rate> ratePer30Days(const FigureTable& figures, qsizetype row, const Metric& metric);

/// One report in a step series: the value holds from `from` until the next point.
struct StepPoint
{
    QDate from;
    /// The period the report holds at (a month, a year, a day).
    Period period;
    double value = 0;
    ValueBound bound = ValueBound::Exact;
    /// Rows of the figures reporting this value at this time (several sources may agree).
    QList<qsizetype> rows;
    /// True when another report at an overlapping time gives a different value (see findConflicts()).
    bool conflicting = false;
};

/// The reports of one subject and status over time, sorted by date.
struct StepSeries
{
    QString metric;
    QString subject;
    FigureStatus status = FigureStatus::Actual;
    QList<StepPoint> points;
};

/// Step series of a stock metric (personnel by default), one per subject and status, in order of first
/// appearance. A breakdown of a figure of the same subject (600 more of Kenya's 1,000) is not a report of its
/// own and is left out; a part with a subject of its own (Kenya's 700 of the MSS's 1,000) is Kenya's report.
/// Reports that overlap in time with the same value become one point; different values stay separate
/// points, flagged conflicting.
QList<StepSeries> stepSeries(
    const FigureTable& figures, const MetricRegistry& registry, QStringView metric = u"personnel");

/// Figures on the same metric, subject, status and subgroup that disagree: stocks at overlapping times, or
/// flows over the same period, whose values cannot both be true given their qualifiers ("about 800" and
/// "about 1,000" disagree; "over 700" and "about 1,000" do not).
struct ConflictGroup
{
    QString metric;
    QString subject;
    FigureStatus status = FigureStatus::Actual;
    QString subgroup;
    /// Rows, in dataset order.
    QList<qsizetype> rows;
};

QList<ConflictGroup> findConflicts(const FigureTable& figures, const MetricRegistry& registry);

/// True if two values with their qualifiers' bounds can both be right.
bool valuesAgree(double a, ValueBound boundA, double b, ValueBound boundB);

} // namespace crisis::core
