#pragma once

#include <crisis/core/analysis/presentation.h>
#include <crisis/core/storage/repository.h>
#include <crisis/ui/charts/theme.h>

#include <QWidget>

#include <memory>

class QLabel;

namespace crisis::ui {

class ChartView;

/// Presents events one step at a time, full screen, for a classroom: the event's date (by its precision),
/// title, summary, note and citation in large type beside its chart, whose cursor moves to the date.
/// Keyboard only: → ← Page Down/Up (what a clicker sends), Space, Home, End; Esc leaves. No dialogs, no tooltips.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    PresenterWindow(std::shared_ptr<const core::Workspace> workspace, QList<core::PresentationStep> steps,
        QString title = {}, QWidget* parent = nullptr);

    void setStep(qsizetype index);
    qsizetype step() const { return m_step; }
    qsizetype stepCount() const { return m_steps.size(); }
    ChartView* chartView() const { return m_chart; }
    /// The text shown for the current step (for tests).
    QString stepText() const;
    /// The window's theme, which the presenter follows unless its own high-contrast setting is on (key C).
    void setTheme(Theme theme);
    void setHighContrast(bool on);
    bool highContrast() const { return m_highContrast; }
    /// The theme the slide is drawn in.
    Theme theme() const;

Q_SIGNALS:
    void left();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void updateFonts();
    void applyTheme();

    std::shared_ptr<const core::Workspace> m_workspace;
    QList<core::PresentationStep> m_steps;
    QString m_title;
    qsizetype m_step = -1;
    Theme m_baseTheme = Theme::Light;
    bool m_highContrast = false;
    QLabel* m_position = nullptr;
    QLabel* m_date = nullptr;
    /// "Expected: ..." or "Proposed: ..." for an event not done; hidden otherwise.
    QLabel* m_status = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_body = nullptr;
    QLabel* m_citation = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_chartTitle = nullptr;
    ChartView* m_chart = nullptr;
    QLabel* m_chartSources = nullptr;
};

/// A PDF handout of the steps: one page each, with the event, the note, its citations and its chart. Written
/// through a temporary file; progress is told by pages, and cancelling leaves no file.
core::Result<void> writeHandout(const QString& path, const std::shared_ptr<const core::Workspace>& workspace,
    const QList<core::PresentationStep>& steps, const QString& title, const core::Progress& progress = {});

} // namespace crisis::ui
