#pragma once

#include <crisis/core/analysis/chartspec.h>
#include <crisis/core/analysis/labellayout.h>
#include <crisis/ui/charts/theme.h>

#include <QChartView>
#include <QPen>

#include <memory>
#include <optional>

class QAbstractSeries;
class QCategoryAxis;
class QScatterSeries;
class QRubberBand;

namespace crisis::ui {

/// Draws a ChartSpec with Qt Charts: the spec decides what is shown, this only converts it. Marks are
/// clickable and show their value, period and source on hover; dragging selects a date range to zoom to.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget* parent = nullptr);
    ~ChartView() override;

    void setSpec(core::ChartSpec spec, std::shared_ptr<const core::Workspace> workspace);
    const core::ChartSpec& spec() const { return m_spec; }
    /// The colours the chart is drawn in (light until told otherwise; exports default to light whatever the window).
    void setChartStyle(const ChartStyle& style);
    const ChartStyle& chartStyle() const { return m_style; }

    /// Rings the mark of a figure row, if the chart shows it; -1 clears.
    void setSelectedFigure(qsizetype row);
    /// Emphasises the marker of an event, if the chart marks it; -1 clears.
    void setSelectedEvent(qsizetype eventIndex);
    qsizetype selectedFigure() const { return m_selectedFigure; }
    /// A vertical line at a date, labelled with it (presenting a story); an invalid date removes it.
    /// A dashed cursor with a hollow label for an event that is expected or proposed rather than done.
    /// An event before or after the chart's dates: its cursor stands at the plot's left or right edge.
    enum class CursorEdge { Inside, Left, Right };
    void setTimeCursor(
        QDate date, const QString& label = {}, bool pending = false, CursorEdge edge = CursorEdge::Inside);
    CursorEdge timeCursorEdge() const { return m_cursorEdge; }
    QDate timeCursor() const { return m_cursor; }
    /// Figures drawn emphasised (ringed), e.g. those that hold at the date being presented.
    void setHighlightedFigures(QList<qsizetype> rows);
    const QList<qsizetype>& highlightedFigures() const { return m_highlighted; }
    /// Whether hovering shows tooltips and clicking selects; off on a projector.
    void setInteractive(bool interactive);

    /// Where a figure's mark is drawn, in view coordinates; nothing if the chart does not show it.
    std::optional<QPoint> markPosition(qsizetype row) const;
    /// The tooltip text of a figure's mark.
    QString markToolTip(qsizetype row) const;
    /// The same as plain text, as a screen reader says it when the arrows reach the mark.
    QString markText(qsizetype row) const;
    /// The mark the arrow keys reached (its first figure row), -1 for none; Enter selects its record.
    qsizetype focusedMark() const { return m_focusedRow; }
    void setFocusedMark(qsizetype row);
    /// Where the chart's labels went (for tests and for what a reader is told in the list below the chart).
    const core::ChartLabels& labels() const { return m_labels; }
    /// The hover text of a shortfall band: what it is and the arithmetic that gives it.
    QString shortfallToolTip(qsizetype index) const;
    /// The divisor of y values (1, 1e3, 1e6, 1e9) so the axis reads "835" (millions) rather than 835000000.
    double yScale() const { return m_yScale; }

Q_SIGNALS:
    void figureActivated(qsizetype row);
    void eventActivated(qsizetype eventIndex);
    /// The user dragged over a date range to zoom into it.
    void rangeSelected(QDate from, QDate to);
    /// The arrow keys reached a mark (its first figure row).
    void markFocused(qsizetype row);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    struct MarkRef
    {
        qsizetype series = -1;
        qsizetype mark = -1;
    };

    void rebuild();
    void updateAccessibleText();
    /// Every mark's first figure row in reading order: left to right, then top down.
    QList<qsizetype> marksInOrder() const;
    QPointF pointOf(const core::ChartMark& mark, qsizetype markIndex) const;
    double xOf(QDate date) const;
    void addMarkSeries(qsizetype seriesIndex, const QColor& color);
    void onHovered(const QAbstractSeries* series, const QPointF& point, bool state);
    void onClicked(const QAbstractSeries* series, const QPointF& point);
    /// Lays out the events' and the values' labels for the plot as it is now (after every resize).
    void layOutLabels();
    QFont labelFont() const;
    /// The presenter's cursor label: its text, and its box at the foot of the cursor at x, inside the plot.
    QString cursorText() const;
    void makeRoomForFirstDateLabel();
    QRectF cursorLabelBox(double x, const QRectF& plot) const;
    /// How many date ticks fit the view's width.
    int tickBudget() const;
    QRectF shortfallArea(const core::ShortfallBand& band) const;
    QColor labelColor(const core::ChartLabel& label) const;
    static QString noteTag(int note);
    static QPointF edgeToward(const QRectF& anchor, const QPointF& from);
    /// The values that found no room beside their marks, listed below the chart, and where.
    QString notesText() const;
    /// The legend's entries' boxes for a width, from its top left corner.
    QList<QRectF> legendBoxes(double width) const;
    void paintLegend(QPainter* painter) const;
    QRectF notesRect() const;
    std::optional<MarkRef> markAt(const QAbstractSeries* series, const QPointF& point) const;
    QString toolTipOf(const MarkRef& ref) const;

    /// An event's caption along the top of the plot, whole, on as many lines as it was wrapped onto.
    struct EventLabel
    {
        QRectF box;
        QStringList lines;
    };

    /// A colour drawn, and what it means.
    struct LegendEntry
    {
        QString text;
        QPen pen;
        bool swatch = false; ///< a filled box (bars, parts) rather than a line
        bool hatched = false; ///< the computed shortfall
    };

    core::ChartSpec m_spec;
    ChartStyle m_style = ChartStyle::of(Theme::Light);
    QList<LegendEntry> m_legend;
    double m_legendHeight = 0;
    core::ChartLabels m_labels;
    QList<EventLabel> m_eventLabels;
    /// The captions that found no room on the plot, listed below it.
    QStringList m_unplacedCaptions;
    /// How many of them the list below the chart has room for; the rest are counted.
    qsizetype m_captionsListed = 0;
    double m_notesHeight = 0;
    int m_tickBudget = 0;
    bool m_layingOut = false;
    std::shared_ptr<const core::Workspace> m_workspace;
    double m_yScale = 1;
    qsizetype m_selectedFigure = -1;
    qsizetype m_selectedEvent = -1;
    qsizetype m_focusedRow = -1;
    /// The date axis, its calendar range (ms since 1970) and the width of a label on its first day.
    QCategoryAxis* m_dateAxis = nullptr;
    double m_axisFrom = 0;
    double m_axisTo = 0;
    double m_firstLabelWidth = 0;
    QDate m_cursor;
    QString m_cursorLabel;
    bool m_cursorPending = false;
    CursorEdge m_cursorEdge = CursorEdge::Inside;
    QList<qsizetype> m_highlighted;
    bool m_interactive = true;
    /// Series that carry marks, with the mark each of their points stands for.
    QHash<const QAbstractSeries*, QList<MarkRef>> m_markSeries;
    QScatterSeries* m_selection = nullptr;
    // Our own horizontal rubber band: Qt's swallows the presses the marks need to be clicked.
    QRubberBand* m_band = nullptr;
    QPoint m_pressAt;
    bool m_banding = false;
};

/// The deployment chart's line style for each status: shared with export.
Qt::PenStyle penStyleOf(core::FigureStatus status);

} // namespace crisis::ui
