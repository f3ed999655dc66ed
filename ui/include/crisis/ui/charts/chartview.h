#pragma once

#include <crisis/core/analysis/chartspec.h>

#include <QChartView>

#include <memory>
#include <optional>

class QAbstractSeries;
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

    /// Rings the mark of a figure row, if the chart shows it; -1 clears.
    void setSelectedFigure(qsizetype row);
    /// Emphasises the marker of an event, if the chart marks it; -1 clears.
    void setSelectedEvent(qsizetype eventIndex);
    qsizetype selectedFigure() const { return m_selectedFigure; }
    /// A vertical line at a date, labelled with it (presenting a story); an invalid date removes it.
    /// A dashed cursor with a hollow label for an event that is expected or proposed rather than done.
    void setTimeCursor(QDate date, const QString& label = {}, bool pending = false);
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
    /// The divisor of y values (1, 1e3, 1e6, 1e9) so the axis reads "835" (millions) rather than 835000000.
    double yScale() const { return m_yScale; }

Q_SIGNALS:
    void figureActivated(qsizetype row);
    void eventActivated(qsizetype eventIndex);
    /// The user dragged over a date range to zoom into it.
    void rangeSelected(QDate from, QDate to);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct MarkRef
    {
        qsizetype series = -1;
        qsizetype mark = -1;
    };

    void rebuild();
    QPointF pointOf(const core::ChartMark& mark, qsizetype markIndex) const;
    double xOf(QDate date) const;
    void addMarkSeries(qsizetype seriesIndex, const QColor& color);
    void onHovered(const QAbstractSeries* series, const QPointF& point, bool state);
    void onClicked(const QAbstractSeries* series, const QPointF& point);
    std::optional<MarkRef> markAt(const QAbstractSeries* series, const QPointF& point) const;
    QString toolTipOf(const MarkRef& ref) const;

    core::ChartSpec m_spec;
    std::shared_ptr<const core::Workspace> m_workspace;
    double m_yScale = 1;
    qsizetype m_selectedFigure = -1;
    qsizetype m_selectedEvent = -1;
    QDate m_cursor;
    QString m_cursorLabel;
    bool m_cursorPending = false;
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

/// The deployment chart's line style for each status, and the palette: shared with export.
Qt::PenStyle penStyleOf(core::FigureStatus status);
QColor paletteColor(int index);

} // namespace crisis::ui
