#pragma once

#include <crisis/core/analysis/chartspec.h>
#include <crisis/core/analysis/presentation.h>
#include <crisis/core/analysis/recordquery.h>
#include <crisis/core/analysis/workspace.h>
#include <crisis/core/storage/changeset.h>
#include <crisis/core/storage/repository.h>
#include <crisis/core/storage/storelocation.h>
#include <crisis/ui/window/appearance.h>

#include <QElapsedTimer>
#include <QMainWindow>

#include <memory>
#include <optional>
#include <utility>

class QActionGroup;
class QDialog;
class QPrinter;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QTableView;
class QTextDocument;
class QTimer;
class QToolButton;
class QUndoStack;

namespace crisis::core {
class ChangeFollower;
class StoreSession;
struct Revision;
} // namespace crisis::core

namespace crisis::ui {

class ChartPanel;
class EventTableModel;
class FigureTableModel;
class FilterPanel;
class ImportDialog;
class PresenterWindow;
class RecordEditor;
class SourcePanel;
class StoryPanel;
class TimelineView;

/// The application window: chart views and the timeline as tabs, the figures and events table, the filters
/// and the source panel as docks; one selection shared by all of them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a database in the background; the window stays usable and shows progress. The database stays open
    /// until another is opened: every edit is written through it, off the GUI thread.
    void openDatabase(const core::StoreLocation& location, core::OpenMode mode = core::OpenMode::Existing);
    /// Shows data loaded from a database (which edits then go to).
    void setWorkspace(std::shared_ptr<const core::Workspace> workspace);
    const core::Workspace* workspace() const { return m_workspace.get(); }

    /// The one selection: a figure (row in the workspace's figures) or an event; -1 for none.
    void selectFigure(qsizetype row);
    void selectEvent(qsizetype eventIndex);
    qsizetype selectedFigure() const { return m_selectedFigure; }
    qsizetype selectedEvent() const { return m_selectedEvent; }

    enum View { DeploymentView, CasualtiesView, DisplacementView, FundingView, TimelineTab, ViewCount };
    void showView(View view);
    View currentView() const;

    ChartPanel* chartPanel(core::ChartKind kind) const;
    TimelineView* timeline() const { return m_timeline; }
    QTableView* figureTable() const { return m_figureTable; }
    QTableView* eventTable() const { return m_eventTable; }
    SourcePanel* sourcePanel() const { return m_sourcePanel; }
    FilterPanel* filterPanel() const { return m_filterPanel; }
    FigureTableModel* figureModel() const { return m_figureModel; }
    EventTableModel* eventModel() const { return m_eventModel; }
    QTabWidget* recordTabs() const { return m_recordTabs; }
    StoryPanel* storyPanel() const { return m_storyPanel; }

    /// Adds the events chosen in the events table (or the one selected elsewhere) to the story chosen in the
    /// story panel, and saves it.
    void addSelectedEventsToStory();
    /// View → Present: the story chosen, else the events the filters show, in date order, full screen.
    PresenterWindow* present();
    /// View → Theme: applies a theme choice to the whole window, and remembers it unless told not to (--theme).
    void setThemeChoice(ThemeChoice choice, bool remember = true);
    ThemeChoice themeChoice() const { return m_themeChoice; }
    /// Writes the handout PDF of what Present would show.
    core::Result<void> writeStoryHandout(const QString& path, const core::Progress& progress = {}) const;

    /// What File → Export Chart exports now: the chart shown (with its zoom and measure) or the timeline.
    struct ExportContent currentExportContent() const;
    /// Prints the chart shown on a page, with its title, dates and sources.
    void printChart(QPrinter* printer) const;
    /// Prints the records table shown (figures or events), as it is filtered and sorted.
    void printTable(QPrinter* printer) const;
    /// What printTable prints: a heading, the filter, and the table's rows as shown.
    std::unique_ptr<QTextDocument> tableDocument() const;

    /// File → Import: reads a file and shows what importing it would do; importing is one step on the undo
    /// stack. Returns the dialog (shown, not modal), or null when the file cannot be read (the user is told).
    ImportDialog* importFile(const QString& path);
    /// Applies a change to the database in one transaction, in the background, and puts it on the undo stack;
    /// the window then shows the database as it is (workspaceChanged()). When the database refuses it, nothing is
    /// written and changeNotApplied() says why.
    void commitChange(const QString& text, const core::ChangeSet& change);
    /// Edit → New Figure, New Event, New Source, Edit Selected, Delete Selected: dialogs that validate, then
    /// one change on the undo stack. Return the dialog (modal, shown) for tests; null when there is nothing to edit.
    QDialog* newFigure();
    QDialog* newEvent();
    QDialog* newSource();
    QDialog* editSelected();
    QDialog* editSourceOfSelected();
    /// Deletes the figure or event selected (a source: deleteSourceOfSelected), as commitChange() does; an error
    /// at once when nothing is selected.
    core::Result<void> deleteSelected();
    core::Result<void> deleteSourceOfSelected();
    /// Where the texts of sources are looked for (the document name in this folder, then next to the database).
    void setSourceTextsFolder(const QString& folder);
    /// The session every read and write of the database shown goes through.
    core::StoreSession* storeSession() const { return m_session; }
    /// The edit dialogs, deletions and imports of this window.
    RecordEditor* recordEditor() const { return m_editor; }
    /// Edit → Undo and Redo: every edit and import since the database was opened.
    QUndoStack* undoStack() const { return m_undoStack; }
    /// Whether the team database shown cannot be reached: the window shows what it last read, read-only, and
    /// tries to open the database again, waiting longer each time (1 s, doubling up to 30 s).
    bool isOffline() const { return m_offline; }
    /// Edit → History (no record id) and History of Selected: a dialog listing the saved changes of the team
    /// database shown, read in the background; a file keeps no history (said in the status bar: no dialog).
    QDialog* showHistory(const QString& recordId = {});
    /// The actions that write to the database (disabled while offline).
    const QList<QAction*>& writeActions() const { return m_writeActions; }

    /// Prints to stderr how long the first paint and the first paint with data took from `started`, and
    /// optionally quits then (for measuring start-up).
    void measureStartup(QElapsedTimer started, bool quitWhenShown);

Q_SIGNALS:
    void workspaceChanged();
    /// The database refused a change, an undo or a redo: nothing was written.
    void changeNotApplied(const QString& action, const core::Error& error);

protected:
    bool focusNextPrevChild(bool next) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Whether a widget can be seen: not in a dock tabbed behind another.
    bool inFront(const QWidget* widget) const;
    /// Where Tab stops, in reading order.
    QList<QWidget*> readingOrder() const;
    /// Where Ctrl+Tab goes: each chart, the timeline, the records table shown.
    QList<QWidget*> viewStops() const;
    void createViews();
    void createDocks();
    void createActions();
    void createLanguageMenu();
    void readSettings();
    void showThemeChoice(ThemeChoice choice);
    void writeSettings() const;
    void applyFilter(const core::RecordFilter& filter);
    void updateStatus();
    void addRecent(const core::StoreLocation& location);
    void updateRecentMenu();
    void chooseAndOpen();
    /// File → Open Team Database…: a PostgreSQL database named in a dialog.
    void chooseTeamDatabase();
    void chooseAndCreate();
    void copySelection();
    void exportChart();
    void exportBriefPack();
    void copyChart();
    void zoomCurrent(double factor);
    void resetZoom();
    void loadFailed(const core::Error& error);
    /// The team database shown was lost: read-only until it is opened again.
    void connectionLost(const QString& message);
    void reconnect();
    void setOffline(bool offline);
    /// Enables what writes only while the database is reachable and accepts this user's changes.
    void updateWriteActions();
    /// Asks for the password a team database's server wants (again, when the one given was refused): the location
    /// with it, or nothing when the user cancels. The password stays in memory only.
    std::optional<core::StoreLocation> askPassword(const core::StoreLocation& location);
    /// Follows the changes others save to a team database shown (none for a file).
    void followChanges(const core::Workspace& workspace);
    /// Brings the records another program changed up to date, keeping the user's place, and says who did what.
    void showRemoteChange(const core::Revision& revision);
    /// Shows a workspace, keeping the selection, filters and sort when it is the same database changed.
    void showWorkspace(std::shared_ptr<const core::Workspace> workspace);
    QList<core::PresentationStep> presentationSteps() const;
    /// Ctrl+Tab, Ctrl+Shift+Tab: the focus to the next (1) or previous (-1) view: the charts, the timeline, the
    /// records table.
    void cycleViews(int direction);
    /// F6, Shift+F6: the focus to the first field of the next (1) or previous (-1) panel (dock), the views one of
    /// them.
    void cyclePanels(int direction);
    QString presentationTitle() const;

    void chooseAndWriteHandout();
    void chooseAndImport();
    void changeFailed(const QString& action, const core::Error& error);
    /// The source of the figure selected, or of the event selected's first citation.
    const core::Source* sourceOfSelected() const;

    std::shared_ptr<const core::Workspace> m_workspace;
    qsizetype m_selectedFigure = -1;
    qsizetype m_selectedEvent = -1;
    bool m_selecting = false;
    /// The selection comes from a click in a table, which has selected the row(s) itself.
    bool m_fromTable = false;

    QTabWidget* m_views = nullptr;
    QList<ChartPanel*> m_charts;
    TimelineView* m_timeline = nullptr;
    QTabWidget* m_recordTabs = nullptr;
    FigureTableModel* m_figureModel = nullptr;
    EventTableModel* m_eventModel = nullptr;
    QTableView* m_figureTable = nullptr;
    QTableView* m_eventTable = nullptr;
    SourcePanel* m_sourcePanel = nullptr;
    FilterPanel* m_filterPanel = nullptr;
    StoryPanel* m_storyPanel = nullptr;
    core::StoreSession* m_session = nullptr;
    std::unique_ptr<core::ChangeFollower> m_feed;
    /// The store being opened and how, until it has loaded or failed (to open it again with a password).
    std::optional<std::pair<core::StoreLocation, core::OpenMode>> m_opening;
    bool m_offline = false;
    /// Shown while the open database refuses this user's writes (Snapshot::readOnly).
    QLabel* m_readOnlyState = nullptr;
    /// An open of the store shown under way to bring it back after the connection was lost.
    bool m_reconnecting = false;
    int m_reconnectDelay = 0;
    QTimer* m_reconnect = nullptr;
    QLabel* m_connectionState = nullptr;
    QList<QAction*> m_writeActions;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QUndoStack* m_undoStack = nullptr;
    RecordEditor* m_editor = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelLoad = nullptr;
    QLabel* m_counts = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QActionGroup* m_themeActions = nullptr;
    ThemeChoice m_themeChoice = ThemeChoice::System;
    QActionGroup* m_viewActions = nullptr;

    QElapsedTimer m_started;
    bool m_measuring = false;
    bool m_quitWhenShown = false;
    bool m_firstPaintReported = false;
};

} // namespace crisis::ui
