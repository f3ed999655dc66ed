#pragma once

#include <crisis/core/analysis/workspace.h>

#include <QDate>
#include <QStringList>

namespace crisis::core {

enum class ChartKind : quint8 { Deployment, Casualties, Displacement, Funding };

/// "deployment", "casualties", "displacement", "funding" (the keys events use to be marked on a chart).
QString chartKey(ChartKind kind);
std::optional<ChartKind> chartFromKey(QStringView key);
QList<ChartKind> allCharts();

/// One plotted report: a figure drawn as a point with its date's extent, a span over its period, or a bar.
struct ChartMark
{
    /// The figures' rows in the workspace: the first, and any other report that gives the same value then.
    QList<qsizetype> rows;
    QDate from; ///< the extent of the figure's period or date
    QDate to;
    double value = 0; ///< y: the value, or the rate per 30 days
    ValueBound bound = ValueBound::Exact;
    bool dateApproximate = false;
    bool periodInferred = false;
    bool conflicting = false; ///< another report at an overlapping time disagrees
    QList<int> footnotes; ///< the footnote numbers of the reports' sources (1-based)
    QString label; ///< "about 800", "at least 454.6"
    /// For bars: stated parts (the components of a total, or a share such as "half of whom are children").
    struct Part
    {
        qsizetype row = -1;
        double value = 0;
        QString label;
    };
    QList<Part> parts;
};

struct ChartSeries
{
    enum class Style : quint8 {
        Step, ///< a level that holds from one report to the next (personnel)
        Span, ///< each report a horizontal span over the period it counts (flows); never joined
        Bar, ///< a level at a date (displacement) or per category (funding)
    };
    QString name;
    QString metric;
    QString subject;
    FigureStatus status = FigureStatus::Actual;
    Style style = Style::Step;
    /// Which colour of the palette; series that belong together (a subject's deployed, pledged and target)
    /// share one and differ in line style by status.
    int colorIndex = 0;
    QList<ChartMark> marks;
    /// For steps: the line through the marks, holding each value until the next report; broken where
    /// reports conflict. Each segment is a list of (date, value) corners.
    QList<QList<QPair<QDate, double>>> path;
    /// A word on what the series is ("a different measure from homicides"), shown with its legend.
    QString note;
};

/// The gap between what is deployed and the target, where both are reported at overlapping times.
struct ShortfallBand
{
    QDate from;
    QDate to;
    double deployedLow = 0; ///< conflicting deployed reports give a range
    double deployedHigh = 0;
    double target = 0;
    QString subject;
    QString label; ///< "Shortfall (computed): about 1,500-1,700 below the 2,500 target"
    /// How it was computed: "computed by Crisis Timeline as the 2,500 target minus the MSS deployed reported:
    /// 2,500 − 1,000 = 1,500 and 2,500 − 800 = 1,700; no source states it"
    QString arithmetic;
    QList<qsizetype> rows;
};

/// An event marked on the chart.
struct ChartMarker
{
    QDate from;
    QDate to;
    QString eventId;
    QString label; ///< "c. Jun 2024: Kenyan police arrive in Port-au-Prince"
    bool approximate = false;
    int footnote = 0;
};

struct ChartFootnote
{
    int number = 0;
    QString sourceId;
    QString text; ///< "Latin Post, Haiti gang violence spreads … (c. Sep 2023)"
};

/// What a chart shows, decided in core and tested there; the ui only draws it.
struct ChartSpec
{
    ChartKind kind = ChartKind::Deployment;
    QString title;
    QString subtitle;
    QString yTitle;
    QString unit; ///< of the y values: "people", "USD", "per 30 days"
    /// Categorical x axis (funding): one bar group per category; otherwise a date axis from..to.
    QStringList categories;
    QDate from;
    QDate to;
    double yMax = 0;
    QList<ChartSeries> series;
    QList<ShortfallBand> shortfalls;
    QList<ChartMarker> markers;
    QList<ChartFootnote> footnotes;
    /// The latest report date among the plotted figures.
    PartialDate asOf;
    QStringList notes;

    bool isEmpty() const { return series.isEmpty(); }
    qsizetype markCount() const;
    /// The series and mark showing a figure row, or {-1, -1}.
    QPair<qsizetype, qsizetype> findRow(qsizetype row) const;
};

struct ChartOptions
{
    /// Zoom: only what overlaps [from, to] (an invalid date leaves that end open).
    QDate from;
    QDate to;
    /// Pixels across the plot: a series never gets more marks than this.
    int widthPixels = 1200;
    /// Casualties: a rate per 30 days, or the total each report gives for its period.
    bool perThirtyDays = true;
    /// The subject to chart where a chart is about one (casualties, displacement); empty: the most reported.
    QString subject;
    int maxSeries = 10;
};

ChartSpec buildChart(const Workspace& workspace, ChartKind kind, const ChartOptions& options = {});

} // namespace crisis::core
