#pragma once

#include <crisis/core/analysis/chartspec.h>

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

#include <functional>

namespace crisis::core {

/// One label to place: the size of its text box and the mark it belongs to.
struct LabelRequest
{
    /// The mark's box: the label is placed around it, and a leader line ends at its centre.
    QRectF anchor;
    QSizeF size;
    /// The footnote tag ("[3]") drawn at the mark when the label itself finds no room.
    QSizeF noteSize;
    /// Placed before labels of lower priority.
    double priority = 0;
    /// Which mark the label belongs to: obstacles of the same owner (its own bar, its own whisker) do not block it.
    qint64 owner = -1;
    /// Which series: lines of the same series (its own step line) do not block it.
    int series = -1;
    /// The mark a part belongs to (a piece of a stacked bar): the bar does not block it, and its leader may cross
    /// the bar's other pieces.
    qint64 parentOwner = -1;
    /// Bars: try above the mark first rather than to its right.
    bool preferAbove = false;
};

/// Something a label must not cover: an axis label, the legend, an event's label, a mark, a bar or a line.
struct LabelObstacle
{
    QRectF box;
    /// A mark or bar: does not block the labels of its own mark (-1: blocks every label).
    qint64 owner = -1;
    /// A series' line: does not block the labels of that series (-1: blocks every label).
    int series = -1;
    /// A piece of a bar: the bar's owner (its leaders of the bar's parts may cross it).
    qint64 parent = -1;
};

/// Where one label went.
struct PlacedLabel
{
    enum class State : quint8 {
        Beside, ///< right, left, above or below its mark
        Leader, ///< further out, with a thin line back to its mark
        Noted, ///< no room: its mark carries a footnote number and the text is listed below the chart
    };
    State state = State::Beside;
    /// The label's box; for a noted label, the box of its footnote tag at the mark (empty when even that found
    /// no room: the list below the chart still gives it, with its series and date).
    QRectF box;
    /// For a leader: from the label's box to its mark's centre.
    QPointF leaderFrom;
    QPointF leaderTo;
    /// For a noted label: its number in the list below the chart (1-based).
    int note = 0;
};

struct LabelLayout
{
    /// In the order the labels were asked for.
    QList<PlacedLabel> labels;
    /// The labels listed below the chart, by note number.
    QList<qsizetype> noted;
};

/// Places labels inside bounds, most important first: beside the mark where there is room, further out with a
/// leader where not, else as a numbered note. No label's box overlaps another's, an obstacle or a leader.
LabelLayout layoutLabels(
    const QRectF& bounds, const QList<LabelRequest>& labels, const QList<LabelObstacle>& obstacles, double gap = 3);

/// An event's caption along the top of a chart's plot: at the middle of its band, its whole text.
struct CaptionRequest
{
    /// The middle of the event's band, in the plot's pixels.
    double x = 0;
    /// "c. Jun 2024: Kenyan police arrive in Port-au-Prince ³"
    QString text;
};

/// Where one caption went: whole, on one line or wrapped onto several, never cut.
struct PlacedCaption
{
    /// Empty when the caption found no room in the plot: the caller lists it below the chart.
    QRectF box;
    QStringList lines;
};

struct CaptionGeometry
{
    QRectF plot;
    /// The width of a line of text.
    std::function<double(const QString& text)> width;
    double lineHeight = 14;
    /// A caption longer than this is wrapped at word boundaries.
    double maxWidth = 260;
    /// Padding inside a caption's box, left and right together.
    double padding = 6;
    /// The marks no caption may cover.
    QList<QRectF> marks;
    /// How far down the plot captions may reach, as a share of its height: the rest is the data's.
    double depth = 0.45;
};

/// Lays out the events' captions from the top of the plot down: each beside its band's middle (moved left to stay
/// inside), in the highest place where it overlaps no caption placed before and no mark, within the top of the
/// plot (CaptionGeometry::depth). No caption is elided: a long one is wrapped, and one that finds no room is
/// returned with an empty box, for the caller to list below the chart.
QList<PlacedCaption> layoutEventCaptions(const QList<CaptionRequest>& captions, const CaptionGeometry& geometry);

/// Words of text on lines no wider than maxWidth (a word wider than that has a line of its own).
QStringList wrapWords(const QString& text, double maxWidth, const std::function<double(const QString&)>& width);

/// A value label of a chart, and the mark it belongs to.
struct ChartLabel
{
    enum class Kind : quint8 { Value, Part, Shortfall };
    Kind kind = Kind::Value;
    qsizetype series = -1;
    qsizetype mark = -1;
    qsizetype part = -1;
    qsizetype shortfall = -1;
    /// "about 800 ² ≠ conflicting report"
    QString text;
    /// The same, with what it belongs to, for the list below the chart: "MSS deployed, c. Jun 2024: about 800 ²".
    QString listText;
    bool conflicting = false;
    /// A value we computed (the shortfall), not one a source reports.
    bool computed = false;
};

/// Where the chart's plot is, how values map onto it and how large text is: given by whoever draws.
struct ChartLabelGeometry
{
    /// Labels stay inside the plot, clear of the axes' labels and the legend around it.
    QRectF plot;
    /// A position in the plot: x is a Julian day (fractional; date charts) or a category's index; y a value in
    /// the spec's units.
    std::function<QPointF(double x, double value)> map;
    /// The size of a label's text box.
    std::function<QSizeF(const QString& text)> measure;
    /// What else is drawn on the plot that labels must keep clear of (the events' labels along its top, the rings
    /// around the figures a presenter highlights: owned by their mark, see chartMarkOwner).
    QList<LabelObstacle> obstacles;
    double markRadius = 6;
    double gap = 3;
    /// Series with more marks than this are not labelled (hover tells each).
    qsizetype maxMarksLabelled = 40;
};

/// A chart's labels and where they go.
struct ChartLabels
{
    QList<ChartLabel> labels;
    QList<LabelRequest> requests;
    QList<LabelObstacle> obstacles;
    LabelLayout layout;
};

/// The labels of a chart's marks (values with their sources' footnote numbers, parts, the shortfall), laid out
/// around the marks as the chart draws them. Conflicting reports and each series' latest value come first.
ChartLabels layoutChartLabels(const ChartSpec& spec, const ChartLabelGeometry& geometry);

/// What a chart's marks cover as drawn (dots, spans over their periods, bars, whiskers, the series' lines): where
/// the events' captions must not go.
QList<QRectF> chartMarkAreas(const ChartSpec& spec, const ChartLabelGeometry& geometry);

/// The owner of a chart mark's label and obstacles (LabelRequest::owner).
qint64 chartMarkOwner(qsizetype series, qsizetype mark);
/// The owner of the label of a mark's stated part.
qint64 chartPartOwner(qsizetype series, qsizetype mark, qsizetype part);

/// Footnote numbers as superscripts: "¹˒²".
QString superscriptNumbers(const QList<int>& numbers);

/// A mark's x in the plot's terms: the middle of its extent in Julian days, or its category's index.
double markX(const ChartSpec& spec, const ChartMark& mark, qsizetype markIndex);

} // namespace crisis::core
