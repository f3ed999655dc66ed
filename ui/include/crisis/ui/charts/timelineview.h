#pragma once

#include <crisis/core/analysis/timelinelayout.h>
#include <crisis/ui/charts/theme.h>

#include <QWidget>

#include <memory>
#include <optional>

class QPainter;

namespace crisis::ui {

/// Events in lanes by category on a zoomable date axis. Wheel zooms around the pointer, dragging or
/// Shift+wheel pans; keys: ←/→ pan, +/− zoom, 0 or Home fits all, ↑/↓ (or Page Up/Down) step through events,
/// Enter shows the selected event's source.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);
    /// The colours of lanes, events and text (light until told otherwise).
    void setChartStyle(const ChartStyle& style);
    const ChartStyle& chartStyle() const { return m_style; }
    /// The events to show (indexes into the workspace's events), e.g. those passing the filters.
    void setEvents(std::vector<qint32> events);
    void setSelectedEvent(qsizetype eventIndex);
    qsizetype selectedEvent() const { return m_selected; }

    void setRange(QDate from, QDate to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void fitAll();
    /// Zooms by factor (above 1 zooms in) keeping the date under x (widget coordinates) in place.
    void zoom(double factor, double x);
    void pan(double pixels);
    /// Steps the selection to the next (+1) or previous (-1) event in date order.
    void step(int direction);

    const core::TimelineLayout& layout() const { return m_layout; }
    /// Where an event is drawn (marker and label), in widget coordinates.
    std::optional<QRect> itemRect(qsizetype eventIndex) const;

    /// A view to print or export: the note on labels left out says so, instead of inviting a zoom.
    void setForPrint(bool forPrint);

    QSize sizeHint() const override { return { 900, 420 }; }

Q_SIGNALS:
    void eventActivated(qsizetype eventIndex);
    void rangeChanged(QDate from, QDate to);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void paintFocus(QPainter* painter) const;
    void updateAccessibleText();
    void relayout();
    bool m_forPrint = false;
    QList<core::TimelineBreak> m_breaks;
    /// A length given for the application's font, in proportion to this view's font (an export's is larger).
    int scaled(int pixels) const;
    int laneHeaderWidth() const { return scaled(150); }
    int axisHeight() const { return scaled(34); }
    int markerHeight() const { return scaled(10); }
    double plotLeft() const;
    double plotWidth() const;
    /// The axis: the range, the plot's width and, on a page, the breaks.
    core::TimelineOptions axisOptions() const;
    double xOf(QDate date) const;
    QDate dateAt(double x) const;
    int laneTop(int lane) const;
    /// A row of a lane: its marker and as many lines of label as the lane's labels take.
    int rowHeight(int lane) const;
    QRect markerRect(const core::TimelineItem& item) const;
    QRect labelRect(const core::TimelineItem& item) const;
    const core::TimelineItem* itemAt(const QPoint& point) const;
    std::vector<qint32> eventsByDate() const;
    void ensureVisible(qsizetype eventIndex);

    std::shared_ptr<const core::Workspace> m_workspace;
    std::vector<qint32> m_events;
    core::TimelineLayout m_layout;
    QDate m_from;
    QDate m_to;
    qsizetype m_selected = -1;
    ChartStyle m_style = ChartStyle::of(Theme::Light);
    QPoint m_pressAt;
    QDate m_pressFrom;
    QDate m_pressTo;
    bool m_dragging = false;
};

} // namespace crisis::ui
