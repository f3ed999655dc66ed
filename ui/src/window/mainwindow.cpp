#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/analysis/recordquery.h>
#include <crisis/core/analysis/sourcetextcache.h>
#include <crisis/core/storage/changefeed.h>
#include <crisis/core/storage/storesession.h>
#include <crisis/core/support/textoffsets.h>
#include <crisis/ui/charts/chartexporter.h>
#include <crisis/ui/charts/chartpanel.h>
#include <crisis/ui/charts/chartview.h>
#include <crisis/ui/charts/timelineview.h>
#include <crisis/ui/dialogs/eventdialog.h>
#include <crisis/ui/dialogs/exportdialog.h>
#include <crisis/ui/dialogs/figuredialog.h>
#include <crisis/ui/dialogs/historydialog.h>
#include <crisis/ui/dialogs/importdialog.h>
#include <crisis/ui/dialogs/plainmessage.h>
#include <crisis/ui/dialogs/sourcedialog.h>
#include <crisis/ui/dialogs/teamdatabasedialog.h>
#include <crisis/ui/models/eventtablemodel.h>
#include <crisis/ui/models/figuretablemodel.h>
#include <crisis/ui/models/labels.h>
#include <crisis/ui/models/storymodel.h>
#include <crisis/ui/panels/filterpanel.h>
#include <crisis/ui/panels/sourcepanel.h>
#include <crisis/ui/panels/storypanel.h>
#include <crisis/ui/presenter/presenterwindow.h>
#include <crisis/ui/window/accessibility.h>
#include <crisis/ui/window/appearance.h>
#include <crisis/ui/window/changecommand.h>
#include <crisis/ui/window/mainwindow.h>
#include <crisis/ui/window/recordeditor.h>
#include <crisis/ui/window/settings.h>

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <cstdio>

namespace crisis::ui {

using namespace crisis::core;

namespace {

// What another program saved, as the status bar says it: "2 figures added, 1 event changed by amina, 14:02".
QString describeRevision(const Revision& revision)
{
    // Each count with its noun and what was done to it, whole, so that a translation can make them agree; the
    // singular and the plural are two messages (a QT_TRANSLATE_NOOP message has no plural forms to choose from).
    static const char* const counted[3][4][2] {
        { { QT_TRANSLATE_NOOP("MainWindow", "%n figure added"), QT_TRANSLATE_NOOP("MainWindow", "%n figures added") },
            { QT_TRANSLATE_NOOP("MainWindow", "%n event added"), QT_TRANSLATE_NOOP("MainWindow", "%n events added") },
            { QT_TRANSLATE_NOOP("MainWindow", "%n source added"), QT_TRANSLATE_NOOP("MainWindow", "%n sources added") },
            { QT_TRANSLATE_NOOP("MainWindow", "%n story added"),
                QT_TRANSLATE_NOOP("MainWindow", "%n stories added") } },
        { { QT_TRANSLATE_NOOP("MainWindow", "%n figure changed"),
              QT_TRANSLATE_NOOP("MainWindow", "%n figures changed") },
            { QT_TRANSLATE_NOOP("MainWindow", "%n event changed"),
                QT_TRANSLATE_NOOP("MainWindow", "%n events changed") },
            { QT_TRANSLATE_NOOP("MainWindow", "%n source changed"),
                QT_TRANSLATE_NOOP("MainWindow", "%n sources changed") },
            { QT_TRANSLATE_NOOP("MainWindow", "%n story changed"),
                QT_TRANSLATE_NOOP("MainWindow", "%n stories changed") } },
        { { QT_TRANSLATE_NOOP("MainWindow", "%n figure removed"),
              QT_TRANSLATE_NOOP("MainWindow", "%n figures removed") },
            { QT_TRANSLATE_NOOP("MainWindow", "%n event removed"),
                QT_TRANSLATE_NOOP("MainWindow", "%n events removed") },
            { QT_TRANSLATE_NOOP("MainWindow", "%n source removed"),
                QT_TRANSLATE_NOOP("MainWindow", "%n sources removed") },
            { QT_TRANSLATE_NOOP("MainWindow", "%n story removed"),
                QT_TRANSLATE_NOOP("MainWindow", "%n stories removed") } }
    };
    QStringList parts;
    if (revision.everything)
        parts.append(QCoreApplication::translate("MainWindow", "Every record replaced"));
    int doneIndex = 0;
    for (const auto* records : { &revision.added, &revision.changed, &revision.removed }) {
        const qsizetype counts[4] { records->figures.size(), records->events.size(), records->sources.size(),
            records->stories.size() };
        for (int kind = 0; kind < 4; ++kind) {
            const qsizetype count = counts[kind];
            if (count > 0)
                parts.append(QCoreApplication::translate("MainWindow", counted[doneIndex][kind][count == 1 ? 0 : 1])
                                 .replace(QStringLiteral("%n"), QString::number(count)));
        }
        ++doneIndex;
    }
    if (parts.isEmpty())
        parts.append(QCoreApplication::translate("MainWindow", "A change"));
    return QCoreApplication::translate("MainWindow", "%1 by %2, %3", "what changed, by whom, when")
        .arg(parts.join(QStringLiteral(", ")), revision.user,
            QLocale().toString(revision.at.toLocalTime().time(), QLocale::ShortFormat));
}

// A dock's panel in a scroll area: the dock can be narrowed below the panel's own minimum (a laptop screen) and
// scrolls instead of pushing the window wider than the screen.
QWidget* scrolled(QWidget* panel)
{
    auto* area = new QScrollArea;
    area->setWidget(panel);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    area->setFocusPolicy(Qt::NoFocus); // a Tab stop of its own would say nothing: the panel's fields are the stops
    return area;
}

constexpr int maxRecentFiles = 8;

QTableView* tableView(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    // Tab and Shift+Tab leave the table (the arrows move between its cells), as they leave any other field.
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    // Uniform rows: a million of them lay out at once.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSortIndicatorShown(true);
    return view;
}

bool isDatabaseFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"sqlite" || suffix == u"sqlite3" || suffix == u"db";
}

// Files the window imports when they are dropped on it.
bool isImportFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"json" || suffix == u"csv" || suffix == u"txt";
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new StoreSession(this))
    , m_undoStack(new QUndoStack(this))
    , m_editor(new RecordEditor(m_session, m_undoStack, this))
{
    connect(m_editor, &RecordEditor::changeNotApplied, this, &MainWindow::changeNotApplied);
    connect(m_editor, &RecordEditor::message, this,
        [this](const QString& text, int timeout) { statusBar()->showMessage(text, timeout); });
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    createViews();
    createDocks();
    createActions();

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Loading %p%"));
    m_progress->setAccessibleName(tr("Loading"));
    m_progress->hide();
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->setAccessibleName(tr("Cancel opening"));
    m_cancelLoad->hide();
    m_counts = new QLabel(this);
    m_connectionState = new QLabel(this);
    m_connectionState->setObjectName(QStringLiteral("connectionState"));
    m_connectionState->setTextFormat(Qt::PlainText);
    m_connectionState->hide();
    statusBar()->addPermanentWidget(m_connectionState);
    m_readOnlyState = new QLabel(tr("Read only"), this);
    m_readOnlyState->setObjectName(QStringLiteral("readOnlyState"));
    m_readOnlyState->setTextFormat(Qt::PlainText);
    m_readOnlyState->setToolTip(tr("Nothing can be changed from this window: the database refuses this user's "
                                   "changes (a reader's role in a team database, or a file that cannot be written)."));
    m_readOnlyState->setAccessibleName(m_readOnlyState->toolTip());
    // Set apart from the counts beside it, and in bold: it says why nothing can be changed.
    QFont emphasised = m_readOnlyState->font();
    emphasised.setBold(true);
    m_readOnlyState->setFont(emphasised);
    m_readOnlyState->setContentsMargins(0, 0, 12, 0);
    m_readOnlyState->hide();
    statusBar()->addPermanentWidget(m_readOnlyState);
    statusBar()->addPermanentWidget(m_counts);
    m_reconnect = new QTimer(this);
    m_reconnect->setSingleShot(true);
    connect(m_reconnect, &QTimer::timeout, this, &MainWindow::reconnect);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoad);
    connect(m_cancelLoad, &QToolButton::clicked, m_session, &StoreSession::cancel);
    connect(m_session, &StoreSession::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(static_cast<int>(std::max<qint64>(1, total / 1000)));
        m_progress->setValue(static_cast<int>(done / 1000));
    });
    connect(m_session, &StoreSession::loaded, this, [this](std::shared_ptr<const Workspace> workspace) {
        m_progress->hide();
        m_cancelLoad->hide();
        m_opening.reset();
        if (std::exchange(m_reconnecting, false))
            statusBar()->showMessage(
                tr("%1 is back: showing what it holds now").arg(workspace->location().displayName()), 10000);
        // Whichever store is open now is reachable (the user may have opened another while offline).
        if (m_offline)
            setOffline(false);
        addRecent(workspace->location());
        followChanges(*workspace);
        showWorkspace(std::move(workspace));
    });
    connect(m_session, &StoreSession::changed, this, &MainWindow::showWorkspace);
    connect(m_session, &StoreSession::failed, this, &MainWindow::loadFailed);
    connect(m_session, &StoreSession::notice, this,
        [this](const QString& message) { statusBar()->showMessage(message, 30000); });
    connect(m_session, &StoreSession::cancelled, this, [this] {
        m_progress->hide();
        m_cancelLoad->hide();
        m_opening.reset();
        statusBar()->showMessage(tr("Opening cancelled"), 5000);
    });

    // 1400 × 900 where the screen has room; never larger than the screen's free area (a 1280 × 720 laptop).
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        resize(QSize(1400, 900).boundedTo(screen->availableGeometry().size() * 0.95));
    else
        resize(1400, 900);
    readSettings();
    setWindowTitle(tr("Crisis Timeline"));
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    setAccessibleText(m_views, tr("Views"), tr("The charts and the timeline; Ctrl+Tab moves to the next view"));
    setAccessibleText(m_views->tabBar(), tr("Views"), tr("The charts and the timeline"));
    const QStringList names { tr("Deployment"), tr("Casualties"), tr("Displacement"), tr("Funding") };
    for (const ChartKind kind : allCharts()) {
        auto* panel = new ChartPanel(kind, m_views);
        m_views->addTab(panel, names.at(static_cast<int>(kind)));
        setAccessibleText(panel, tr("%1 chart").arg(names.at(static_cast<int>(kind))));
        m_charts.append(panel);
        connect(panel, &ChartPanel::figureActivated, this, &MainWindow::selectFigure);
    }
    m_timeline = new TimelineView(m_views);
    auto* scroller = new QScrollArea(m_views);
    scroller->setWidget(m_timeline);
    scroller->setWidgetResizable(true);
    scroller->setFrameShape(QFrame::NoFrame);
    scroller->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroller->setFocusPolicy(Qt::NoFocus); // the timeline itself takes the focus
    scroller->setAccessibleName(tr("Timeline"));
    m_views->addTab(scroller, tr("Timeline"));
    connect(m_timeline, &TimelineView::eventActivated, this, &MainWindow::selectEvent);
    setCentralWidget(m_views);
}

void MainWindow::createDocks()
{
    m_figureModel = new FigureTableModel(this);
    m_eventModel = new EventTableModel(this);
    m_figureTable = tableView(this);
    m_figureTable->setObjectName(QStringLiteral("figureTable"));
    m_figureTable->setModel(m_figureModel);
    m_eventTable = tableView(this);
    m_eventTable->setObjectName(QStringLiteral("eventTable"));
    m_eventTable->setModel(m_eventModel);
    // Several events at once go into a story.
    m_eventTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_figureTable->sortByColumn(-1, Qt::AscendingOrder);
    m_eventTable->sortByColumn(EventTableModel::PeriodColumn, Qt::AscendingOrder);
    m_recordTabs = new QTabWidget(this);
    m_recordTabs->setObjectName(QStringLiteral("recordTabs"));
    m_recordTabs->addTab(m_figureTable, tr("Figures"));
    m_recordTabs->addTab(m_eventTable, tr("Events"));
    setAccessibleText(m_recordTabs, tr("Records"), tr("The figures and the events the filters show, as tables"));
    setAccessibleText(m_recordTabs->tabBar(), tr("Record tables"), tr("Figures or events"));
    setAccessibleText(m_figureTable, tr("Figures table"),
        tr("Every figure the filters show: its date, metric, subject, value and source. Enter or a click shows its "
           "source; Tab leaves the table"));
    setAccessibleText(m_eventTable, tr("Events table"),
        tr("Every event the filters show: its date, category, title, location and sources. Enter or a click shows "
           "its source; Tab leaves the table"));
    connect(m_figureTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid() && !m_selecting) {
                m_fromTable = true;
                selectFigure(m_figureModel->figureRowAt(current.row()));
                m_fromTable = false;
            }
        });
    connect(m_eventTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid() && !m_selecting) {
                m_fromTable = true;
                selectEvent(m_eventModel->eventIndexAt(current.row()));
                m_fromTable = false;
            }
        });
    // A row selected without moving the current one (a screen reader's "select row"): one row chosen is the record
    // shown, as when the arrows reach it. Looked at once the event is handled: a click selects before it moves the
    // current row.
    for (QTableView* table : { m_figureTable, m_eventTable }) {
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, table] {
            QTimer::singleShot(0, table, [this, table] {
                const QModelIndexList rows = table->selectionModel()->selectedRows();
                if (m_selecting || rows.size() != 1 || rows.first().row() == table->currentIndex().row())
                    return;
                m_fromTable = true;
                if (table == m_figureTable)
                    selectFigure(m_figureModel->figureRowAt(rows.first().row()));
                else
                    selectEvent(m_eventModel->eventIndexAt(rows.first().row()));
                m_fromTable = false;
            });
        });
    }

    auto* records = new QDockWidget(tr("Records"), this);
    records->setObjectName(QStringLiteral("recordsDock"));
    records->setWidget(m_recordTabs);
    addDockWidget(Qt::BottomDockWidgetArea, records);

    m_sourcePanel = new SourcePanel(this);
    m_sourcePanel->setObjectName(QStringLiteral("sourcePanel"));
    setAccessibleText(m_sourcePanel, tr("Source of the selected record"),
        tr("The quote, the source and the records it supports, of the figure or event selected"));
    auto* source = new QDockWidget(tr("Source"), this);
    source->setObjectName(QStringLiteral("sourceDock"));
    source->setWidget(m_sourcePanel);
    addDockWidget(Qt::RightDockWidgetArea, source);
    connect(m_sourcePanel, &SourcePanel::figureLinkActivated, this, &MainWindow::selectFigure);
    // A visible focus where the style draws none: Fusion draws the same frame around a focused table or text
    // panel as around one without the focus (seen under xvfb, Tab and F6 landed without a mark).
    for (QAbstractScrollArea* area :
        std::initializer_list<QAbstractScrollArea*> { m_figureTable, m_eventTable, m_sourcePanel }) {
        area->setStyleSheet(QStringLiteral("QAbstractScrollArea:focus { border: 2px solid palette(highlight); }"));
        area->installEventFilter(this); // the frame is drawn again when the focus comes and goes
    }
    connect(m_sourcePanel, &SourcePanel::eventLinkActivated, this, &MainWindow::selectEvent);

    m_filterPanel = new FilterPanel(this);
    m_filterPanel->setObjectName(QStringLiteral("filterPanel"));
    auto* filters = new QDockWidget(tr("Filters"), this);
    filters->setObjectName(QStringLiteral("filtersDock"));
    filters->setWidget(scrolled(m_filterPanel));
    addDockWidget(Qt::LeftDockWidgetArea, filters);
    connect(m_filterPanel, &FilterPanel::filterChanged, this, &MainWindow::applyFilter);

    m_storyPanel = new StoryPanel(this);
    m_storyPanel->setObjectName(QStringLiteral("storyPanel"));
    auto* story = new QDockWidget(tr("Story"), this);
    story->setObjectName(QStringLiteral("storyDock"));
    story->setWidget(scrolled(m_storyPanel));
    addDockWidget(Qt::RightDockWidgetArea, story);
    tabifyDockWidget(source, story);
    source->raise();
    m_storyPanel->setStorage(
        [this](const Story& story, const StoryPanel::Saved& saved) {
            m_session->saveStory(story, [saved](const Result<void>& result) { saved(result); });
        },
        [this](const QString& id, const StoryPanel::Saved& deleted) {
            m_session->deleteStory(id, [deleted](const Result<void>& result) { deleted(result); });
        });
    connect(m_storyPanel, &StoryPanel::presentRequested, this, &MainWindow::present);
    connect(m_storyPanel, &StoryPanel::handoutRequested, this, &MainWindow::chooseAndWriteHandout);
    connect(m_storyPanel, &StoryPanel::eventActivated, this, &MainWindow::selectEvent);
    for (QDockWidget* dock : { records, source, filters, story })
        setAccessibleText(dock, tr("%1 panel").arg(dock->windowTitle()), tr("F6 moves to the next panel"));
    // The docks in proportion to the screen: on a 1280 × 720 laptop the charts keep most of the window.
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableGeometry().size() : QSize(1600, 1000);
    resizeDocks({ records }, { std::clamp(available.height() / 5, 110, 300) }, Qt::Vertical);
    // The filters as wide as their panel needs (never scrolled sideways, a label cut), the source panel a fifth.
    const int filtersWidth = m_filterPanel->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent)
        + 2 * style()->pixelMetric(QStyle::PM_DockWidgetFrameWidth);
    resizeDocks({ source, filters }, { std::clamp(available.width() / 5, 220, 380), filtersWidth }, Qt::Horizontal);
    filters->setMinimumWidth(filtersWidth);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDatabase = file->addAction(tr("&New Database\u2026"), this, &MainWindow::chooseAndCreate);
    newDatabase->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open Database\u2026"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    QAction* openTeam = file->addAction(tr("Open &Team Database\u2026"), this, &MainWindow::chooseTeamDatabase);
    openTeam->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openTeam->setToolTip(tr("Open a dataset a desk shares on a PostgreSQL server"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import\u2026"), this, &MainWindow::chooseAndImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction* exportChart = file->addAction(tr("&Export Chart\u2026"), this, &MainWindow::exportChart);
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Export &Brief Pack\u2026"), this, &MainWindow::exportBriefPack);
    file->addAction(tr("Export Story &Handout\u2026"), this, &MainWindow::chooseAndWriteHandout);
    file->addSeparator();
    QAction* print = file->addAction(tr("&Print Chart\u2026"), this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageOrientation(QPageLayout::Landscape);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            printChart(&printer);
    });
    print->setShortcut(QKeySequence::Print);
    file->addAction(tr("Print &Table\u2026"), this, [this] {
        const int rows
            = m_recordTabs->currentWidget() == m_eventTable ? m_eventModel->rowCount() : m_figureModel->rowCount();
        if (rows > 5000
            && QMessageBox::question(this, tr("Print Table"),
                   tr("The table has %1 rows as filtered. Print them all?").arg(formatNumber(rows)))
                != QMessageBox::Yes)
            return;
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            printTable(&printer);
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    edit->addAction(undo);
    QAction* redo = m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(redo);
    edit->addSeparator();
    QAction* editSelectedAction = edit->addAction(tr("&Edit Selected\u2026"), this, [this] { editSelected(); });
    editSelectedAction->setShortcut(QKeySequence(Qt::Key_F2));
    QAction* editSourceAction
        = edit->addAction(tr("Edit &Source of Selected\u2026"), this, [this] { editSourceOfSelected(); });
    QAction* deleteAction = edit->addAction(tr("&Delete Selected"), this, [this] {
        if (auto deleted = deleteSelected(); !deleted)
            changeFailed(tr("Delete"), deleted.error());
    });
    deleteAction->setShortcut(QKeySequence::Delete);
    QAction* deleteSourceAction = edit->addAction(tr("Delete Source of Selected"), this, [this] {
        if (auto deleted = deleteSourceOfSelected(); !deleted)
            changeFailed(tr("Delete source"), deleted.error());
    });
    QMenu* newMenu = edit->addMenu(tr("&New"));
    newMenu->addAction(tr("&Figure\u2026"), this, [this] { newFigure(); });
    newMenu->addAction(tr("&Event\u2026"), this, [this] { newEvent(); });
    newMenu->addAction(tr("&Source\u2026"), this, [this] { newSource(); });
    edit->addAction(tr("Source &Texts Folder\u2026"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Where the source documents are"), Settings().sourceTextsFolder());
        if (!folder.isEmpty())
            setSourceTextsFolder(folder);
    });
    for (QAction* action : { editSelectedAction, deleteAction }) {
        action->setShortcutContext(Qt::WindowShortcut);
        m_figureTable->addAction(action);
        m_eventTable->addAction(action);
    }
    m_figureTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    edit->addSeparator();
    QAction* history = edit->addAction(tr("&History\u2026"), this, [this] { showHistory(); });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setToolTip(tr("Every change saved to the team database: who, when and what"));
    edit->addAction(tr("History of Se&lected\u2026"), this, [this] {
        QString id;
        if (m_workspace && m_selectedFigure >= 0)
            id = m_workspace->figures().id(m_selectedFigure);
        else if (m_workspace && m_selectedEvent >= 0)
            id = m_workspace->events().at(m_selectedEvent).id;
        if (id.isEmpty()) {
            statusBar()->showMessage(tr("Select a figure or an event to see its history"), 5000);
            return;
        }
        showHistory(id);
    });
    edit->addSeparator();
    QAction* copy = edit->addAction(tr("&Copy Record with Its Source"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    QAction* copyChart = edit->addAction(tr("Copy C&hart"), this, &MainWindow::copyChart);
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction* find = edit->addAction(tr("&Find\u2026"), this, [this] {
        m_filterPanel->searchField()->setFocus();
        m_filterPanel->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addAction(tr("C&lear Filters"), m_filterPanel, &FilterPanel::clear);
    edit->addSeparator();
    QAction* addToStory = edit->addAction(tr("&Add Events to Story"), this, &MainWindow::addSelectedEventsToStory);
    // What writes to the database: disabled while a team database cannot be reached.
    m_writeActions = { import, undo, redo, editSelectedAction, editSourceAction, deleteAction, deleteSourceAction,
        newMenu->menuAction(), addToStory };
    addToStory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    addToStory->setToolTip(tr("Add the selected events to the story chosen in the Story panel"));
    m_eventTable->addAction(addToStory);
    m_eventTable->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewActions = new QActionGroup(this);
    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(open);
    toolbar->addSeparator();
    for (int i = 0; i < ViewCount; ++i) {
        QAction* action = m_viewMenu->addAction(m_views->tabText(i));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setData(i);
        m_viewActions->addAction(action);
        toolbar->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showView(static_cast<View>(i)); });
    }
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        if (QAction* action = m_viewActions->actions().value(index))
            action->setChecked(true);
    });
    m_viewActions->actions().first()->setChecked(true);
    m_viewMenu->addSeparator();
    QAction* zoomIn = m_viewMenu->addAction(tr("Zoom &In"), this, [this] { zoomCurrent(1.5); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), this, [this] { zoomCurrent(1 / 1.5); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* reset = m_viewMenu->addAction(tr("&Reset Zoom"), this, &MainWindow::resetZoom);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    toolbar->addSeparator();
    toolbar->addAction(reset);
    m_viewMenu->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    // View → Theme: the desktop's colours (read from the freedesktop portal), or light or dark whatever they are.
    QMenu* themeMenu = m_viewMenu->addMenu(tr("T&heme"));
    m_themeActions = new QActionGroup(this);
    for (const auto& [choice, name] : { std::pair { ThemeChoice::System, tr("&System") },
             std::pair { ThemeChoice::Light, tr("&Light") }, std::pair { ThemeChoice::Dark, tr("&Dark") } }) {
        QAction* action = themeMenu->addAction(name);
        action->setCheckable(true);
        action->setData(static_cast<int>(choice));
        m_themeActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] { setThemeChoice(choice); });
    }
    QAction* fullScreen
        = m_viewMenu->addAction(tr("&Full Screen"), this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    QAction* presentAction = m_viewMenu->addAction(tr("&Present"), this, &MainWindow::present);
    presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    presentAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    presentAction->setToolTip(tr("Present the story chosen, or the events shown, full screen (F5)"));
    toolbar->addSeparator();
    toolbar->addAction(presentAction);
    m_viewMenu->addSeparator();
    createLanguageMenu();
    m_viewMenu->addSeparator();
    // The keyboard's way around the window: Ctrl+Tab between the views (the charts, the timeline and the records
    // table), F6 between the panels.
    QAction* nextView = m_viewMenu->addAction(tr("Next Vie&w"), this, [this] { cycleViews(1); });
    nextView->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Tab) });
    QAction* previousView = m_viewMenu->addAction(tr("Previous View"), this, [this] { cycleViews(-1); });
    previousView->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
        QKeySequence(Qt::CTRL | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab) });
    QAction* nextPanel = m_viewMenu->addAction(tr("Next &Panel"), this, [this] { cyclePanels(1); });
    nextPanel->setShortcut(QKeySequence(Qt::Key_F6));
    QAction* previousPanel = m_viewMenu->addAction(tr("Previous Panel"), this, [this] { cyclePanels(-1); });
    previousPanel->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    for (QAction* action : { nextView, previousView, nextPanel, previousPanel })
        action->setShortcutContext(Qt::WindowShortcut);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Crisis Timeline"), this, [this] {
        QMessageBox::about(this, tr("About Crisis Timeline"),
            tr("<b>Crisis Timeline %1</b><p>A crisis as a timeline of events and figures, each traced to the "
               "sentence of the source that states it.</p>")
                .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createLanguageMenu()
{
    QMenu* menu = m_viewMenu->addMenu(tr("&Language"));
    auto* group = new QActionGroup(menu);
    const Language chosen = Settings().language();
    // Each language in its own words, as a speaker of it looks for it whatever the language shown.
    const std::pair<Language, QString> languages[] { { Language::System, tr("&System Language") },
        { Language::English, QStringLiteral("&English") }, { Language::French, QStringLiteral("&Fran\u00e7ais") },
        { Language::HaitianCreole, QStringLiteral("&Krey\u00f2l ayisyen") } };
    for (const auto& [language, name] : languages) {
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(language == chosen);
        action->setData(languageCode(language));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = language] {
            Settings settings;
            if (settings.language() == language)
                return;
            settings.setLanguage(language);
            // Every widget, chart and model words itself once, when it is made: the language changes on the next
            // start rather than half the window now.
            QMessageBox::information(
                this, tr("Language"), tr("Crisis Timeline will be in the language chosen the next time it starts."));
        });
    }
}

void MainWindow::showView(View view)
{
    m_views->setCurrentIndex(view);
}

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(m_views->currentIndex());
}

ChartPanel* MainWindow::chartPanel(ChartKind kind) const
{
    return m_charts.value(static_cast<int>(kind));
}

void MainWindow::openDatabase(const StoreLocation& location, OpenMode mode)
{
    // The changes of the store shown before are not this one's.
    m_feed.reset();
    m_opening = { location, mode };
    // An open the user asked for ends the tries to open the store shown again (reconnect() says when it is one).
    m_reconnecting = false;
    m_reconnect->stop();
    statusBar()->showMessage(tr("Opening %1\u2026").arg(location.toString()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancelLoad->show();
    m_session->open(location, mode);
}

void MainWindow::followChanges(const Workspace& workspace)
{
    m_feed.reset();
    if (!workspace.location().isServer())
        return;
    // From the revision the data was read at: nothing saved since is missed. Followed on a thread of its own: a
    // server that does not answer holds up nothing here.
    m_feed = std::make_unique<ChangeFollower>(workspace.location(), workspace.data().revision);
    connect(m_feed.get(), &ChangeFollower::revision, this, &MainWindow::showRemoteChange);
    connect(m_feed.get(), &ChangeFollower::failed, this, &MainWindow::connectionLost);
    connect(m_feed.get(), &ChangeFollower::unavailable, this, [this](const QString& message) {
        statusBar()->showMessage(
            tr("Changes others save will not show until the database is opened again: %1").arg(message), 30000);
    });
}

void MainWindow::connectionLost(const QString& message)
{
    // Called by the feed itself: deleted once its signal has returned.
    if (m_feed)
        m_feed.release()->deleteLater();
    if (!m_workspace || !m_workspace->location().isServer())
        return;
    statusBar()->showMessage(message, 10000);
    m_reconnectDelay = 1000;
    setOffline(true);
    m_connectionState->setText(tr("Offline, read-only: %1 (trying again in %2 s)")
                                   .arg(m_workspace->location().displayName(), QString::number(1)));
    m_reconnect->start(m_reconnectDelay);
}

void MainWindow::reconnect()
{
    if (!m_offline || !m_workspace)
        return;
    // The store is opened again in the background; the window keeps what it shows, and then shows what the
    // store holds now (changes saved meanwhile included), keeping the user's place.
    m_connectionState->setText(
        tr("Offline, read-only: %1 (trying again now)").arg(m_workspace->location().displayName()));
    openDatabase(m_workspace->location());
    m_reconnecting = true;
}

QDialog* MainWindow::showHistory(const QString& recordId)
{
    if (!m_workspace || !m_workspace->location().isServer()) {
        statusBar()->showMessage(tr("%1 keeps no history of its changes: a team database on a PostgreSQL server does")
                                     .arg(m_workspace ? m_workspace->location().displayName() : tr("No database")),
            10000);
        return nullptr;
    }
    auto* dialog = new HistoryDialog(recordId.isEmpty() ? m_workspace->location().displayName() : recordId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    // Read in the background; and whenever the window shows a change (anyone's, this window's own included), the
    // revisions after the newest listed are read and added, so that a list left open stays the database's. The
    // session opening another database (at once, before it has loaded) closes it.
    QPointer<HistoryDialog> shown(dialog);
    const StoreLocation of = m_session->location();
    const auto read = [this, shown, recordId, of] {
        if (!shown)
            return;
        if (!(m_session->location() == of)) {
            shown->close();
            return;
        }
        const qint64 after = shown->newestRevision();
        m_session->run<QList<Revision>>(
            [recordId, after](
                Repository& repository, StoreSession::Touched&) { return repository.wholeHistory(after, recordId); },
            [shown](const Result<QList<Revision>>& revisions) {
                if (!shown)
                    return;
                if (revisions)
                    shown->addRevisions(revisions.value());
                else
                    shown->setError(revisions.error().message);
            });
    };
    read();
    connect(this, &MainWindow::workspaceChanged, dialog, read);
    return dialog;
}

void MainWindow::updateWriteActions()
{
    const bool readOnly = m_workspace && m_workspace->data().readOnly;
    const bool writable = !m_offline && !readOnly;
    for (QAction* action : std::as_const(m_writeActions))
        action->setEnabled(writable);
    if (writable) {
        // Undo and Redo as the stack allows.
        m_undoAction->setEnabled(m_undoStack->canUndo());
        m_redoAction->setEnabled(m_undoStack->canRedo());
    }
    m_readOnlyState->setVisible(readOnly && !m_offline);
}

void MainWindow::setOffline(bool offline)
{
    m_offline = offline;
    updateWriteActions();
    if (!offline)
        m_reconnect->stop();
    m_connectionState->setVisible(offline);
    m_connectionState->setToolTip(offline
            ? tr("The team database cannot be reached. What it last held is shown; nothing can be changed until "
                 "it is back.")
            : QString());
}

void MainWindow::showRemoteChange(const Revision& revision)
{
    // This window's own changes are on screen already.
    if (m_feed && m_feed->savedHere(revision))
        return;
    m_session->run<bool>(
        [revision](Repository&, StoreSession::Touched& touched) -> Result<bool> {
            // Only the records the change touched travel; a whole replacement, or a very large import, is read
            // again whole.
            touched.putFigures = revision.added.figures + revision.changed.figures;
            touched.removedFigures = revision.removed.figures;
            touched.putEvents = revision.added.events + revision.changed.events;
            touched.removedEvents = revision.removed.events;
            touched.catalog = !revision.added.sources.isEmpty() || !revision.changed.sources.isEmpty()
                || !revision.removed.sources.isEmpty() || !revision.added.stories.isEmpty()
                || !revision.changed.stories.isEmpty() || !revision.removed.stories.isEmpty();
            touched.everything = revision.everything || revision.added.size() + revision.changed.size() > 20000;
            return true;
        },
        [this, revision](const Result<bool>& result) {
            if (!result) {
                statusBar()->showMessage(
                    tr("Cannot show a change %1 saved: %2").arg(revision.user, result.error().message));
                return;
            }
            statusBar()->showMessage(describeRevision(revision), 30000);
        });
}

void MainWindow::loadFailed(const Error& error)
{
    m_progress->hide();
    m_cancelLoad->hide();
    const auto opening = std::exchange(m_opening, std::nullopt);
    // Still unreachable: tried again later, waiting longer each time, without a box each time.
    if (std::exchange(m_reconnecting, false)) {
        statusBar()->clearMessage(); // "Opening …" is over; the offline state says what is happening
        m_reconnectDelay = std::min(2 * m_reconnectDelay, 30000);
        m_connectionState->setText(tr("Offline, read-only: %1 (trying again in %2 s)")
                                       .arg(m_workspace ? m_workspace->location().displayName() : QString(),
                                           QString::number(m_reconnectDelay / 1000)));
        m_reconnect->start(m_reconnectDelay);
        return;
    }
    if (m_offline) {
        // While offline, what the store shown could not read is said once, by the offline state.
        if (!opening) {
            statusBar()->showMessage(error.message, 10000);
            return;
        }
        // Another store the user asked for failed: the one shown is still tried again.
        m_reconnect->start(m_reconnectDelay);
    }
    // A server that wants a password (or refused the one given) is asked again with one typed by the user.
    if (opening && error.code == Error::Code::Unauthorized && opening->first.isServer()) {
        if (auto withPassword = askPassword(opening->first))
            openDatabase(*withPassword, opening->second);
        else
            statusBar()->showMessage(tr("Not opened: %1").arg(error.message), 10000);
        return;
    }
    statusBar()->showMessage(error.message, 10000);
    warnPlainly(this, tr("Cannot open the database"), error.message);
}

std::optional<StoreLocation> MainWindow::askPassword(const StoreLocation& location)
{
    const QString given = location.parameter(QStringLiteral("password"));
    QString user = location.parameter(QStringLiteral("user"));
    if (user.isEmpty())
        user = tr("your user");
    QInputDialog prompt(this);
    prompt.setObjectName(QStringLiteral("passwordPrompt"));
    prompt.setWindowTitle(tr("Password"));
    prompt.setInputMode(QInputDialog::TextInput);
    prompt.setTextEchoMode(QLineEdit::Password);
    prompt.setLabelText(given.isEmpty()
            ? tr("%1 asks for the password of %2:").arg(location.displayName(), user)
            : tr("%1 refused that password for %2. Password:").arg(location.displayName(), user));
    if (prompt.exec() != QDialog::Accepted || prompt.textValue().isEmpty())
        return std::nullopt;
    StoreLocation::Parameters parameters;
    for (const auto& parameter : location.parameters())
        if (parameter.first != u"password")
            parameters.append(parameter);
    parameters.append({ QStringLiteral("password"), prompt.textValue() });
    return StoreLocation::server(std::move(parameters));
}

void MainWindow::setWorkspace(std::shared_ptr<const Workspace> workspace)
{
    m_storyPanel->flushNote(); // into the database it was typed for
    m_session->adopt(workspace);
    showWorkspace(std::move(workspace));
}

void MainWindow::showWorkspace(std::shared_ptr<const Workspace> workspace)
{
    // The same database after a change (here or an undo): keep what the user chose and where they were.
    const bool same = m_workspace && workspace && m_workspace->location() == workspace->location();
    const QString figureId = same && m_selectedFigure >= 0 ? m_workspace->figures().id(m_selectedFigure) : QString();
    const QString eventId = same && m_selectedEvent >= 0 ? m_workspace->events().at(m_selectedEvent).id : QString();
    const int figureScroll = m_figureTable->verticalScrollBar()->value();
    const int eventScroll = m_eventTable->verticalScrollBar()->value();
    // Undo steps belong to the database they were made in.
    if (!same)
        m_undoStack->clear();
    if (!same)
        m_storyPanel->flushNote();
    m_workspace = std::move(workspace);
    updateWriteActions();
    m_editor->setWorkspace(m_workspace);
    m_selectedFigure = -1;
    m_selectedEvent = -1;
    m_filterPanel->setWorkspace(m_workspace);
    const RecordFilter filter = m_filterPanel->filter();
    m_figureModel->setFilter(filter);
    m_eventModel->setFilter(filter);
    m_figureModel->setWorkspace(m_workspace);
    m_eventModel->setWorkspace(m_workspace);
    for (ChartPanel* panel : std::as_const(m_charts))
        panel->setWorkspace(m_workspace);
    m_timeline->setWorkspace(m_workspace);
    m_sourcePanel->setWorkspace(m_workspace);
    m_storyPanel->setWorkspace(m_workspace);
    if (m_workspace) {
        m_timeline->setEvents(filterEvents(*m_workspace, filter));
        // Sorting by quote needs every quote's rank: work it out in the background once the data is on
        // screen, while the user looks around (before then it would slow the first paint).
        QTimer::singleShot(800, this, [workspace = m_workspace] {
            QThreadPool::globalInstance()->start([workspace] { workspace->quoteRanks(); });
        });
        setWindowFilePath(m_workspace->location().isFile() ? m_workspace->location().filePath() : QString());
        setWindowTitle(tr("%1 \u2014 Crisis Timeline").arg(m_workspace->location().displayName()));
        if (!same)
            statusBar()->showMessage(m_workspace->data().title, 8000);
    }
    if (same) {
        // Back to the record chosen (if it is still there) and to where the tables were scrolled.
        if (!figureId.isEmpty())
            selectFigure(m_workspace->figures().rowOfId(figureId));
        else if (!eventId.isEmpty())
            selectEvent(m_workspace->eventIndex(eventId));
        m_figureTable->verticalScrollBar()->setValue(figureScroll);
        m_eventTable->verticalScrollBar()->setValue(eventScroll);
    } else if (m_figureModel->rowCount() < 5000) {
        m_figureTable->resizeColumnsToContents();
        m_figureTable->setColumnWidth(
            FigureTableModel::SourceColumn, std::min(m_figureTable->columnWidth(FigureTableModel::SourceColumn), 260));
        m_figureTable->setColumnWidth(
            FigureTableModel::MetricColumn, std::min(m_figureTable->columnWidth(FigureTableModel::MetricColumn), 240));
        m_eventTable->resizeColumnsToContents();
        m_eventTable->setColumnWidth(
            EventTableModel::TitleColumn, std::min(m_eventTable->columnWidth(EventTableModel::TitleColumn), 420));
    }
    updateStatus();
    Q_EMIT workspaceChanged();
}

void MainWindow::applyFilter(const RecordFilter& filter)
{
    if (!m_workspace)
        return;
    m_figureModel->setFilter(filter);
    m_eventModel->setFilter(filter);
    m_timeline->setEvents(filterEvents(*m_workspace, filter));
    for (ChartPanel* panel : std::as_const(m_charts))
        panel->setFilterRange(filter.from, filter.to);
    // Keep the selection where the filter still shows it.
    const qsizetype figure = m_selectedFigure;
    const qsizetype event = m_selectedEvent;
    if (figure >= 0)
        selectFigure(figure);
    else if (event >= 0)
        selectEvent(event);
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_workspace) {
        m_counts->setText(tr("No database open"));
        return;
    }
    const auto figures = m_workspace->figures().size();
    const auto events = m_workspace->events().size();
    m_counts->setText(tr("%1 of %2 figures, %3 of %4 events, %5 sources")
                          .arg(formatNumber(m_figureModel->rowCount()), formatNumber(static_cast<double>(figures)),
                              formatNumber(m_eventModel->rowCount()), formatNumber(static_cast<double>(events)),
                              formatNumber(static_cast<double>(m_workspace->sources().size()))));
}

void MainWindow::selectFigure(qsizetype row)
{
    if (m_selecting || !m_workspace)
        return;
    m_selecting = true;
    m_selectedFigure = row;
    m_selectedEvent = -1;
    const int modelRow = m_figureModel->modelRowOf(row);
    if (modelRow >= 0) {
        m_recordTabs->setCurrentWidget(m_figureTable);
        const QModelIndex index = m_figureModel->index(modelRow, 0);
        // Chosen in the table itself, the table has already selected it.
        if (!m_fromTable)
            m_figureTable->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_figureTable->scrollTo(index);
    } else if (row >= 0) {
        m_figureTable->clearSelection();
        statusBar()->showMessage(tr("The selected figure is hidden by the filters"), 5000);
    }
    m_eventTable->clearSelection();
    for (ChartPanel* panel : std::as_const(m_charts)) {
        panel->view()->setSelectedFigure(row);
        panel->view()->setSelectedEvent(-1);
    }
    m_timeline->setSelectedEvent(-1);
    m_sourcePanel->showFigure(row);
    m_selecting = false;
}

void MainWindow::selectEvent(qsizetype eventIndex)
{
    if (m_selecting || !m_workspace)
        return;
    m_selecting = true;
    m_selectedEvent = eventIndex;
    m_selectedFigure = -1;
    const int modelRow = m_eventModel->modelRowOf(eventIndex);
    if (modelRow >= 0) {
        m_recordTabs->setCurrentWidget(m_eventTable);
        const QModelIndex index = m_eventModel->index(modelRow, 0);
        // Chosen in the table itself: keep the rows chosen with it (Ctrl+click, to add to a story).
        if (!m_fromTable)
            m_eventTable->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_eventTable->scrollTo(index);
    }
    m_figureTable->clearSelection();
    for (ChartPanel* panel : std::as_const(m_charts)) {
        panel->view()->setSelectedFigure(-1);
        panel->view()->setSelectedEvent(eventIndex);
    }
    m_timeline->setSelectedEvent(eventIndex);
    m_sourcePanel->showEventRecord(eventIndex);
    m_selecting = false;
}

void MainWindow::copySelection()
{
    if (!m_workspace)
        return;
    QString text;
    if (m_selectedFigure >= 0) {
        const FigureTable& f = m_workspace->figures();
        const qsizetype row = m_selectedFigure;
        const Metric* metric = m_workspace->metricOf(row);
        const Source* source = m_workspace->sourceOf(row);
        text = QStringLiteral("%1 %2, %3 (%4): \u201c%5\u201d \u2014 %6")
                   .arg(formatFigureValue(f.figure(row), metric), metric ? metric->label.toLower() : f.metric(row),
                       f.subject(row), formatPeriod(f.period(row)), f.quote(row),
                       source ? m_workspace->sourceLabel(*source) : f.sourceId(row));
    } else if (m_selectedEvent >= 0) {
        const Event& e = m_workspace->events().at(m_selectedEvent);
        text = formatPeriod(e.period) + QStringLiteral(": ") + e.title;
        for (const Citation& c : e.citations) {
            const Source* source = m_workspace->source(c.sourceId);
            text += QStringLiteral("\n\u201c%1\u201d \u2014 %2")
                        .arg(c.quote, source ? m_workspace->sourceLabel(*source) : c.sourceId);
        }
    }
    if (!text.isEmpty()) {
        QApplication::clipboard()->setText(text);
        statusBar()->showMessage(tr("Copied with its source"), 3000);
    }
}

ExportContent MainWindow::currentExportContent() const
{
    ExportContent content;
    content.workspace = m_workspace;
    if (currentView() == TimelineTab) {
        content.events = m_workspace ? filterEvents(*m_workspace, m_filterPanel->filter()) : std::vector<qint32>();
        content.from = m_timeline->from();
        content.to = m_timeline->to();
    } else {
        ChartPanel* panel = m_charts.value(currentView());
        content.chart = panel->kind();
        content.chartOptions = panel->options();
    }
    return content;
}

void MainWindow::exportChart()
{
    if (!m_workspace)
        return;
    ExportDialog dialog(currentExportContent(), this);
    dialog.exec();
}

void MainWindow::exportBriefPack()
{
    if (!m_workspace)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Brief Pack Folder"), Settings().exportFolder());
    if (folder.isEmpty())
        return;
    if (auto written = ChartExporter(currentExportContent(), ExportDialog::lastOptions()).writeBriefPack(folder);
        !written)
        warnPlainly(this, tr("Brief Pack"), written.error().message);
    else
        statusBar()->showMessage(tr("Brief pack written to %1").arg(QDir::toNativeSeparators(folder)), 5000);
}

void MainWindow::copyChart()
{
    if (!m_workspace)
        return;
    QApplication::clipboard()->setImage(ChartExporter(currentExportContent(), ExportDialog::lastOptions()).toImage());
    statusBar()->showMessage(tr("Chart copied, with its title, dates and sources"), 3000);
}

void MainWindow::printChart(QPrinter* printer) const
{
    if (!m_workspace)
        return;
    ExportOptions options = ExportDialog::lastOptions();
    options.size = QSize(1123, 794); // A4 landscape, scaled to the printer's page
    QPainter painter(printer);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const double scale = std::min(page.width() / options.size.width(), page.height() / options.size.height());
    painter.scale(scale, scale);
    ChartExporter(currentExportContent(), options).render(&painter);
}

void MainWindow::printTable(QPrinter* printer) const
{
    if (const auto document = tableDocument())
        document->print(printer);
}

std::unique_ptr<QTextDocument> MainWindow::tableDocument() const
{
    if (!m_workspace)
        return nullptr;
    const bool events = m_recordTabs->currentWidget() == m_eventTable;
    const QAbstractItemModel* model = events ? static_cast<const QAbstractItemModel*>(m_eventModel) : m_figureModel;
    const RecordFilter filter = m_filterPanel->filter();
    QString html
        = QStringLiteral("<h2>%1</h2><p>%2</p>")
              .arg((events ? tr("Events") : tr("Figures")).toHtmlEscaped(),
                  tr("%1 rows of %2, as filtered and sorted in %3")
                      .arg(QString::number(model->rowCount()),
                          QString::number(events ? m_workspace->events().size() : m_workspace->figures().size()),
                          m_workspace->location().displayName())
                      .toHtmlEscaped());
    // The filters that narrowed it, so the page says what it leaves out.
    QStringList filters;
    if (!filter.text.isEmpty())
        filters.append(tr("search \u201c%1\u201d").arg(filter.text));
    if (filter.from.isValid())
        filters.append(tr("from %1").arg(QLocale().toString(filter.from, QLocale::ShortFormat)));
    if (filter.to.isValid())
        filters.append(tr("to %1").arg(QLocale().toString(filter.to, QLocale::ShortFormat)));
    if (!filter.metric.isEmpty())
        filters.append(tr("metric %1").arg(filter.metric));
    if (!filter.subject.isEmpty())
        filters.append(tr("subject or actor %1").arg(filter.subject));
    if (!filter.sourceId.isEmpty())
        filters.append(tr("source %1").arg(filter.sourceId));
    if (filter.category)
        filters.append(tr("category %1").arg(categoryLabel(*filter.category)));
    if (!filters.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Filtered by %1").arg(filters.join(QStringLiteral(", "))).toHtmlEscaped());
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    for (int column = 0; column < model->columnCount(); ++column)
        html += QStringLiteral("<th>%1</th>").arg(model->headerData(column, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < model->rowCount(); ++row) {
        html += QStringLiteral("<tr>");
        for (int column = 0; column < model->columnCount(); ++column)
            html += QStringLiteral("<td>%1</td>").arg(model->index(row, column).data().toString().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(QFont(ChartExporter::fontFamily(), 7));
    document->setHtml(html);
    return document;
}

void MainWindow::addSelectedEventsToStory()
{
    if (!m_workspace)
        return;
    QList<qsizetype> events;
    const QModelIndexList rows = m_eventTable->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        events.append(m_eventModel->eventIndexAt(index.row()));
    // In the order the table shows them.
    std::sort(events.begin(), events.end(),
        [this](qsizetype a, qsizetype b) { return m_eventModel->modelRowOf(a) < m_eventModel->modelRowOf(b); });
    if (events.isEmpty() && m_selectedEvent >= 0)
        events.append(m_selectedEvent);
    if (events.isEmpty()) {
        statusBar()->showMessage(tr("Select events in the Events table or on the timeline first"), 5000);
        return;
    }
    const int added = m_storyPanel->addEvents(events);
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("storyDock"))) {
        dock->show();
        dock->raise();
    }
    const Story* story = m_storyPanel->currentStory();
    const QString title = story ? story->title : QString();
    statusBar()->showMessage(added == events.size()
            ? (added == 1 ? tr("1 event added to \u201c%1\u201d").arg(title)
                          : tr("%1 events added to \u201c%2\u201d").arg(QString::number(added), title))
            : tr("%1 of %2 events added to \u201c%3\u201d: the others were in it already")
                  .arg(QString::number(added), QString::number(events.size()), title),
        5000);
}

QList<PresentationStep> MainWindow::presentationSteps() const
{
    if (!m_workspace)
        return {};
    m_storyPanel->flushNote();
    if (const Story* story = m_storyPanel->currentStory())
        return core::presentationSteps(*m_workspace, story->steps);
    return core::presentationSteps(*m_workspace, filterEvents(*m_workspace, m_filterPanel->filter()));
}

QString MainWindow::presentationTitle() const
{
    const Story* story = m_storyPanel->currentStory();
    return story ? story->title : m_workspace ? m_workspace->data().title : QString();
}

PresenterWindow* MainWindow::present()
{
    if (!m_workspace)
        return nullptr;
    QList<PresentationStep> steps = presentationSteps();
    if (steps.isEmpty()) {
        statusBar()->showMessage(
            tr("Nothing to present: the story has no steps, or the filters hide every event"), 5000);
        return nullptr;
    }
    // A window of its own (no parent): full screen on the screen this window is on, the projector's when
    // the app was moved there.
    auto* presenter = new PresenterWindow(m_workspace, std::move(steps), presentationTitle());
    presenter->setScreen(screen());
    // The screen's whole area first: without a window manager (a kiosk, a bare X server) full screen is
    // only a request nobody grants.
    presenter->setGeometry(screen()->geometry());
    connect(this, &MainWindow::destroyed, presenter, &QWidget::close);
    connect(presenter, &PresenterWindow::left, this, [this] {
        activateWindow();
        raise();
    });
    presenter->showFullScreen();
    presenter->activateWindow();
    presenter->setFocus();
    return presenter;
}

Result<void> MainWindow::writeStoryHandout(const QString& path, const Progress& progress) const
{
    const QList<PresentationStep> steps = presentationSteps();
    if (steps.isEmpty())
        return Error { Error::Code::InvalidInput,
            tr("Nothing to write: the story has no steps, or the filters hide every event"), {} };
    return writeHandout(path, m_workspace, steps, presentationTitle(), progress);
}

void MainWindow::chooseAndWriteHandout()
{
    if (!m_workspace)
        return;
    const qsizetype pages = presentationSteps().size();
    if (pages > 50
        && QMessageBox::question(this, tr("Story Handout"),
               tr("No story is chosen, so the handout has a page for each of the %1 events the filters show. "
                  "Write them all?")
                   .arg(formatNumber(static_cast<double>(pages))))
            != QMessageBox::Yes)
        return;
    Settings settings;
    const QString folder = settings.exportFolder();
    QString name = presentationTitle().toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    QString path = QFileDialog::getSaveFileName(this, tr("Story Handout"),
        QDir(folder).filePath((name.isEmpty() ? QStringLiteral("story") : name) + QStringLiteral("-handout.pdf")),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    settings.setExportFolder(QFileInfo(path).absolutePath());
    QProgressDialog dialog(tr("Writing the handout\u2026"), tr("Cancel"), 0, static_cast<int>(pages), this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    const auto written = writeStoryHandout(path, [&dialog](qint64 done, qint64) {
        dialog.setValue(static_cast<int>(done));
        return !dialog.wasCanceled();
    });
    dialog.reset();
    if (!written && written.error().code == Error::Code::Cancelled)
        statusBar()->showMessage(tr("Handout cancelled: nothing was written"), 5000);
    else if (!written)
        warnPlainly(this, tr("Story Handout"), written.error().message);
    else
        statusBar()->showMessage(tr("Handout written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::zoomCurrent(double factor)
{
    if (currentView() == TimelineTab) {
        m_timeline->zoom(factor, m_timeline->width() / 2.0);
        return;
    }
    ChartPanel* panel = m_charts.value(currentView());
    const ChartSpec& spec = panel->view()->spec();
    if (!spec.from.isValid() || !spec.categories.isEmpty())
        return;
    const qint64 days = spec.from.daysTo(spec.to);
    const auto keep = static_cast<qint64>(static_cast<double>(days) / factor);
    const QDate middle = spec.from.addDays(days / 2);
    Q_EMIT panel->view()->rangeSelected(middle.addDays(-keep / 2), middle.addDays(keep - keep / 2));
}

void MainWindow::resetZoom()
{
    if (currentView() == TimelineTab)
        m_timeline->fitAll();
    else
        m_charts.value(currentView())->resetZoom();
}

void MainWindow::chooseAndImport()
{
    Settings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), settings.importFolder(), tr("Data files (*.json *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setImportFolder(QFileInfo(path).absolutePath());
    importFile(path);
}

void MainWindow::setSourceTextsFolder(const QString& folder)
{
    Settings().setSourceTextsFolder(folder);
}

QDialog* MainWindow::newFigure()
{
    return m_editor->newFigure();
}

QDialog* MainWindow::newEvent()
{
    return m_editor->newEvent();
}

QDialog* MainWindow::newSource()
{
    return m_editor->newSource();
}

QDialog* MainWindow::editSelected()
{
    if (!m_workspace)
        return nullptr;
    if (m_selectedFigure >= 0)
        return m_editor->editFigure(m_selectedFigure);
    if (m_selectedEvent >= 0)
        return m_editor->editEvent(m_selectedEvent);
    statusBar()->showMessage(tr("Select a figure or an event to edit"), 5000);
    return nullptr;
}

const Source* MainWindow::sourceOfSelected() const
{
    if (!m_workspace)
        return nullptr;
    if (m_selectedFigure >= 0)
        return m_workspace->sourceOf(m_selectedFigure);
    if (m_selectedEvent >= 0 && !m_workspace->events().at(m_selectedEvent).citations.isEmpty())
        return m_workspace->source(m_workspace->events().at(m_selectedEvent).citations.constFirst().sourceId);
    return nullptr;
}

QDialog* MainWindow::editSourceOfSelected()
{
    const Source* source = sourceOfSelected();
    if (!source) {
        statusBar()->showMessage(tr("Select a figure or an event: its source is edited"), 5000);
        return nullptr;
    }
    return m_editor->editSource(*source);
}

Result<void> MainWindow::deleteSelected()
{
    if (!m_workspace || (m_selectedFigure < 0 && m_selectedEvent < 0))
        return Error { Error::Code::NotFound, tr("nothing is selected"), {} };
    if (m_selectedFigure >= 0)
        m_editor->deleteFigure(m_selectedFigure);
    else
        m_editor->deleteEvent(m_selectedEvent);
    return {};
}

Result<void> MainWindow::deleteSourceOfSelected()
{
    const Source* source = sourceOfSelected();
    if (!source)
        return Error { Error::Code::NotFound, tr("select a figure or an event: its source is deleted"), {} };
    m_editor->deleteSource(*source);
    return {};
}

void MainWindow::commitChange(const QString& text, const ChangeSet& change)
{
    m_editor->commit(text, change);
}

ImportDialog* MainWindow::importFile(const QString& path)
{
    return m_editor->importFile(path);
}

void MainWindow::changeFailed(const QString& action, const Error& error)
{
    // Immediate refusals (nothing selected) are said as the store's are.
    Q_EMIT changeNotApplied(action, error);
    warnPlainly(this, action, tr("%1 failed: %2").arg(action, error.message));
}

void MainWindow::chooseAndOpen()
{
    Settings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), settings.databaseFolder(),
        tr("Crisis Timeline databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setDatabaseFolder(QFileInfo(path).absolutePath());
    openDatabase(StoreLocation::file(path));
}

void MainWindow::chooseTeamDatabase()
{
    TeamDatabaseDialog dialog(this);
    // On the last team database used (recent entries keep no password).
    for (const QString& recent : Settings().recentDatabases()) {
        if (auto location = StoreLocation::parse(recent); location && location.value().isServer()) {
            dialog.setLocation(location.value());
            break;
        }
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    openDatabase(
        dialog.location(), dialog.setsUpEmptyDatabase() ? OpenMode::CreateWithBundledDataset : OpenMode::Existing);
}

void MainWindow::chooseAndCreate()
{
    Settings settings;
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), settings.databaseFolder(), tr("Crisis Timeline databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        warnPlainly(this, tr("New Database"),
            tr("%1 exists. Choose a new name: a new database never replaces a file.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    settings.setDatabaseFolder(QFileInfo(path).absolutePath());
    openDatabase(StoreLocation::file(path), OpenMode::CreateEmpty);
}

void MainWindow::addRecent(const StoreLocation& location)
{
    // A server's location is kept without its password.
    Settings().addRecentDatabase(location.isFile() ? location.filePath() : location.toString(), maxRecentFiles);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings().recentDatabases();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        auto location = StoreLocation::parse(recent.at(i));
        if (!location)
            continue;
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(QString::number(i + 1), location.value().displayName()), this,
            [this, location = location.value()] { openDatabase(location); });
        action->setToolTip(location.value().toString());
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        Settings().clearRecentDatabases();
        updateRecentMenu();
    });
}

void MainWindow::readSettings()
{
    const Settings settings;
    if (const QByteArray geometry = settings.windowGeometry(); !geometry.isEmpty()) {
        restoreGeometry(geometry);
        // Remembered on a larger screen: brought back inside this one's free area.
        if (const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            if (!isMaximized() && !isFullScreen() && !available.contains(frameGeometry())) {
                // Before the window is shown its frame is unknown: room for one is left.
                resize(size().boundedTo(available.size() * 0.95));
                const QRect frame = frameGeometry();
                move(std::clamp(frame.left(), available.left(),
                         std::max(available.left(), available.right() - frame.width() + 1)),
                    std::clamp(frame.top(), available.top(),
                        std::max(available.top(), available.bottom() - frame.height() + 1)));
            }
        }
    }
    if (const QByteArray state = settings.windowState(); !state.isEmpty())
        restoreState(state);
    m_views->setCurrentIndex(std::clamp(settings.windowView(), 0, ViewCount - 1));
    chartPanel(ChartKind::Casualties)->setPerThirtyDays(settings.perThirtyDays());
    showThemeChoice(settings.themeChoice());
}

void MainWindow::setThemeChoice(ThemeChoice choice, bool remember)
{
    if (remember)
        Settings().setThemeChoice(choice);
    showThemeChoice(choice);
}

void MainWindow::showThemeChoice(ThemeChoice choice)
{
    m_themeChoice = choice;
    for (QAction* action : m_themeActions->actions())
        action->setChecked(action->data().toInt() == static_cast<int>(choice));
    const Theme theme = resolveTheme(choice);
    applyApplicationTheme(theme);
    const ChartStyle style = ChartStyle::of(theme);
    for (ChartPanel* panel : std::as_const(m_charts))
        panel->view()->setChartStyle(style);
    m_timeline->setChartStyle(style);
}

void MainWindow::writeSettings() const
{
    Settings().setWindow(
        saveGeometry(), saveState(), m_views->currentIndex(), chartPanel(ChartKind::Casualties)->perThirtyDays());
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // A window shrunk takes the height from the docks and, grown again, gives it all to the charts: the records
    // table stayed two rows high. It gets back a fifth of the window (110 to 300 pixels) once there is room, after
    // the layout has settled at the new size.
    if (event->size().height() <= event->oldSize().height())
        return;
    QTimer::singleShot(0, this, [this] {
        auto* records = findChild<QDockWidget*>(QStringLiteral("recordsDock"));
        const int wanted = std::clamp(height() / 5, 110, 300);
        if (records && records->isVisible() && !records->isFloating() && records->height() < wanted)
            resizeDocks({ records }, { wanted }, Qt::Vertical);
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_storyPanel->flushNote();
    m_session->cancel();
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && (isDatabaseFile(urls.first().toLocalFile()) || (m_workspace && isImportFile(urls.first().toLocalFile()))))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        // A database is opened; anything else is imported into the database shown.
        const QString path = urls.first().toLocalFile();
        if (isDatabaseFile(path))
            openDatabase(StoreLocation::file(path));
        else if (m_workspace && isImportFile(path))
            importFile(path);
        else
            return;
        event->acceptProposedAction();
    }
}

namespace {

// Where Tab stops inside a part of the window, in the order Tab visits them now.
QList<QWidget*> tabStops(QWidget* window, QWidget* part)
{
    QList<QWidget*> stops;
    for (QWidget* w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && (part == w || part->isAncestorOf(w))
            && !stops.contains(w))
            stops.append(w);
    }
    return stops;
}

QWidget* firstTabStop(QWidget* part)
{
    for (QWidget* w : tabStops(part->window(), part)) {
        if (w->isVisible() && w->isEnabled() && !qobject_cast<QTabBar*>(w))
            return w;
    }
    return nullptr;
}

} // namespace

bool MainWindow::inFront(const QWidget* widget) const
{
    // A dock tabbed behind another counts as visible to Qt: only the tab in front is shown.
    for (const QWidget* w = widget; w && w != this; w = w->parentWidget()) {
        const auto* dock = qobject_cast<const QDockWidget*>(w);
        if (!dock || tabifiedDockWidgets(const_cast<QDockWidget*>(dock)).isEmpty())
            continue;
        for (const QTabBar* bar : findChildren<QTabBar*>(QString(), Qt::FindDirectChildrenOnly)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->tabData(i).value<quintptr>() == reinterpret_cast<quintptr>(dock))
                    return i == bar->currentIndex();
            }
        }
    }
    return widget->isVisible();
}

QList<QWidget*> MainWindow::readingOrder() const
{
    // Tab follows reading order: the filters on the left, the views, the source and story panels on the right,
    // then the records below; whatever else takes Tab (a dock's tabs) after them. The widgets were made in another
    // order (the views first), and a part's tabs come before its pages.
    QList<QWidget*> order;
    for (QWidget* part :
        std::initializer_list<QWidget*> { m_filterPanel, m_views, m_sourcePanel, m_storyPanel, m_recordTabs }) {
        QList<QWidget*> stops = tabStops(const_cast<MainWindow*>(this), part);
        std::stable_partition(stops.begin(), stops.end(), [](QWidget* w) { return qobject_cast<QTabBar*>(w); });
        order += stops;
    }
    for (QWidget* w : tabStops(const_cast<MainWindow*>(this), const_cast<MainWindow*>(this))) {
        if (!order.contains(w))
            order.append(w);
    }
    order.removeIf([this](const QWidget* w) { return !w->isVisible() || !w->isEnabled() || !inFront(w); });
    return order;
}

bool MainWindow::focusNextPrevChild(bool next)
{
    const QList<QWidget*> order = readingOrder();
    const qsizetype at = order.indexOf(QApplication::focusWidget());
    if (at < 0 || order.size() < 2)
        return QMainWindow::focusNextPrevChild(next);
    order.at((at + (next ? 1 : -1) + order.size()) % order.size())
        ->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

QList<QWidget*> MainWindow::viewStops() const
{
    QList<QWidget*> stops;
    for (ChartPanel* panel : m_charts)
        stops.append(panel->view());
    stops.append(m_timeline);
    stops.append(m_recordTabs->currentWidget());
    return stops;
}

void MainWindow::cycleViews(int direction)
{
    const QList<QWidget*> stops = viewStops();
    const QWidget* focus = QApplication::focusWidget();
    qsizetype at = m_views->currentIndex();
    if (m_recordTabs->isAncestorOf(focus) || focus == m_recordTabs)
        at = stops.size() - 1;
    else if (!m_views->isAncestorOf(focus))
        at -= direction; // from a panel: to the view shown first
    at = (at + direction + stops.size()) % stops.size();
    if (at < ViewCount)
        showView(static_cast<View>(at));
    else if (QWidget* dock = m_recordTabs->parentWidget(); dock && !m_recordTabs->isVisible())
        dock->show();
    stops.at(at)->setFocus(Qt::TabFocusReason);
}

void MainWindow::cyclePanels(int direction)
{
    // The panels in the order Tab visits them (reading order): the filters, the views, the source and story panels,
    // the records; those shown only (of tabbed docks, the one in front).
    QList<QWidget*> panels;
    for (QWidget* part :
        std::initializer_list<QWidget*> { m_filterPanel, m_views, m_sourcePanel, m_storyPanel, m_recordTabs }) {
        QWidget* panel = part;
        while (panel && !qobject_cast<QDockWidget*>(panel) && panel != m_views)
            panel = panel->parentWidget();
        if (panel && part->isVisible() && inFront(part))
            panels.append(panel);
    }
    if (panels.isEmpty())
        return;
    const QWidget* focus = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < panels.size(); ++i) {
        if (focus && (focus == panels.at(i) || panels.at(i)->isAncestorOf(focus)))
            at = i;
    }
    const qsizetype count = panels.size();
    for (qsizetype step = 1; step <= count; ++step) {
        const qsizetype from = at < 0 ? (direction > 0 ? -1 : count) : at;
        QWidget* panel = panels.at(((from + direction * step) % count + count) % count);
        // The chart or the timeline itself, not the chart's buttons above it.
        if (panel == m_views) {
            const int view = m_views->currentIndex();
            QWidget* shown = view < ViewCount - 1 ? static_cast<QWidget*>(m_charts.at(view)->view()) : m_timeline;
            shown->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (QWidget* first = firstTabStop(panel)) {
            first->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void MainWindow::measureStartup(QElapsedTimer started, bool quitWhenShown)
{
    m_started = started;
    m_measuring = true;
    m_quitWhenShown = quitWhenShown;
    for (QWidget* widget : { static_cast<QWidget*>(m_figureTable->viewport()), static_cast<QWidget*>(m_views) })
        widget->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if ((event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        && (watched == m_figureTable || watched == m_eventTable || watched == m_sourcePanel))
        static_cast<QWidget*>(watched)->update();
    if (m_measuring && event->type() == QEvent::Paint) {
        if (!m_firstPaintReported) {
            m_firstPaintReported = true;
            std::fprintf(
                stderr, "crisis-timeline: first paint after %lld ms\n", static_cast<long long>(m_started.elapsed()));
        }
        if (watched == m_figureTable->viewport() && m_workspace) {
            std::fprintf(stderr, "crisis-timeline: %lld figures painted after %lld ms\n",
                static_cast<long long>(m_workspace->figures().size()), static_cast<long long>(m_started.elapsed()));
            m_measuring = false;
            if (m_quitWhenShown)
                QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace crisis::ui
