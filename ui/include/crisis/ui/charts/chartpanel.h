#pragma once

#include <crisis/core/analysis/chartspec.h>

#include <QWidget>

#include <memory>

class QLabel;
class QComboBox;
class QToolButton;
class QTimer;

namespace crisis::ui {

class ChartView;

/// A chart with its title, subtitle and "as of" line above and its numbered sources below; rebuilds the
/// chart's spec when the data, the date range, the plot's width or (for casualties) the measure changes.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(core::ChartKind kind, QWidget* parent = nullptr);

    core::ChartKind kind() const { return m_kind; }
    ChartView* view() const { return m_view; }
    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);
    /// The date range the filters ask for; the zoom starts from it.
    void setFilterRange(QDate from, QDate to);
    void resetZoom();
    /// Casualties: rates per 30 days (true) or the totals the reports give.
    void setPerThirtyDays(bool perThirtyDays);
    bool perThirtyDays() const { return m_options.perThirtyDays; }
    const core::ChartOptions& options() const { return m_options; }
    /// Whether the sources below a chart are all shown before the user chooses: on a screen at least 1000 pixels
    /// tall, and only for a list short enough not to take the plot's room (a team database's chart can cite
    /// hundreds of sources; shown all, they left the plot a sliver at 1600 × 1000).
    static bool sourcesUnfoldedAtFirst(qsizetype sources, int screenHeight);

Q_SIGNALS:
    void figureActivated(qsizetype row);
    void perThirtyDaysChanged(bool perThirtyDays);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void updateColors();
    /// Builds the chart now if it is shown, else when it next is.
    void rebuild();
    void rebuildNow();
    void showSources();

    core::ChartKind m_kind;
    std::shared_ptr<const core::Workspace> m_workspace;
    core::ChartOptions m_options;
    QDate m_filterFrom;
    QDate m_filterTo;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QComboBox* m_measure = nullptr;
    QToolButton* m_reset = nullptr;
    ChartView* m_view = nullptr;
    QLabel* m_sources = nullptr;
    QToolButton* m_sourcesToggle = nullptr;
    QString m_sourcesText;
    qsizetype m_sourcesCount = 0;
    int m_screenHeight = 0;
    bool m_sourcesChosen = false; // the user folded or unfolded them
    QTimer* m_resizeTimer = nullptr;
    bool m_stale = false;
};

} // namespace crisis::ui
