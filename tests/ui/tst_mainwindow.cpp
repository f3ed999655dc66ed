#include "guitestsupport.h"
#include "storescratch.h"
#include "testsupport.h"

#include <crisis/core/analysis/recordquery.h>
#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/interchange/syntheticdata.h>
#include <crisis/core/storage/changefeed.h>
#include <crisis/core/storage/openrepository.h>
#include <crisis/core/storage/storesession.h>
#include <crisis/ui/charts/chartpanel.h>
#include <crisis/ui/charts/chartview.h>
#include <crisis/ui/charts/timelineview.h>
#include <crisis/ui/dialogs/conflictdialog.h>
#include <crisis/ui/dialogs/figuredialog.h>
#include <crisis/ui/dialogs/historydialog.h>
#include <crisis/ui/models/eventtablemodel.h>
#include <crisis/ui/models/figuretablemodel.h>
#include <crisis/ui/panels/filterpanel.h>
#include <crisis/ui/panels/sourcepanel.h>
#include <crisis/ui/window/mainwindow.h>
#include <crisis/ui/window/recordeditor.h>
#include <crisis/ui/window/settings.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QDockWidget>
#include <QFontMetrics>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace crisis;
using core::ChartKind;

namespace {

qsizetype figureRow(const char16_t* id)
{
    return test::bundledWorkspace()->figures().rowOfId(QStringView(id));
}

qsizetype eventIndex(const char16_t* id)
{
    return test::bundledWorkspace()->eventIndex(QStringView(id));
}

class MainWindowTest : public test::ShownWindowTest
{
protected:
    QString currentFigureId() const
    {
        return m_window->figureTable()->currentIndex().data(ui::FigureTableModel::FigureIdRole).toString();
    }
};

} // namespace

TEST(Fonts, TextRendersOffscreen)
{
    // Without a font package, offscreen text is drawn as empty boxes with no warning.
    const QFontMetrics metrics(QApplication::font());
    EXPECT_TRUE(metrics.inFont(u'A')) << "no font with Latin letters: install fonts-dejavu-core";
    EXPECT_GT(metrics.horizontalAdvance(QStringLiteral("Haiti")), 10);
}

TEST_F(MainWindowTest, HiddenChartsAreBuiltWhenShown)
{
    m_window->showView(ui::MainWindow::DeploymentView);
    ui::ChartView* funding = m_window->chartPanel(ChartKind::Funding)->view();
    EXPECT_TRUE(funding->spec().isEmpty()) << "a hidden chart waits";
    showChart(ChartKind::Funding);
    EXPECT_FALSE(funding->spec().isEmpty());
}

TEST_F(MainWindowTest, EveryViewIsPopulated)
{
    EXPECT_TRUE(m_window->windowTitle().contains(u"haiti.sqlite"));
    for (const ChartKind kind : core::allCharts()) {
        const ui::ChartView* view = showChart(kind);
        EXPECT_FALSE(view->spec().isEmpty()) << core::chartKey(kind).toStdString();
        EXPECT_GT(view->chart()->series().size(), 0);
    }
    m_window->showView(ui::MainWindow::TimelineTab);
    QTest::qWait(100);
    EXPECT_EQ(m_window->timeline()->layout().items.size(), 35);
    EXPECT_EQ(m_window->figureTable()->model()->rowCount(), 37);
    EXPECT_EQ(m_window->eventTable()->model()->rowCount(), 35);
    EXPECT_TRUE(m_window->sourcePanel()->toPlainText().contains(u"Select a figure"));
}

TEST_F(MainWindowTest, ClickingAChartMarkSelectsItsRowAndShowsItsSource)
{
    ui::ChartView* view = showChart(ChartKind::Deployment);
    const qsizetype row = figureRow(u"fig-002-05"); // about 800 MSS personnel
    const auto position = view->markPosition(row);
    ASSERT_TRUE(position.has_value());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, *position);
    QTest::qWait(50);
    EXPECT_EQ(m_window->selectedFigure(), row);
    EXPECT_EQ(currentFigureId(), u"fig-002-05");
    EXPECT_EQ(m_window->recordTabs()->currentWidget(), m_window->figureTable());
    const QString source = m_window->sourcePanel()->toPlainText();
    EXPECT_TRUE(source.contains(u"There are about 800 personnel under MSS")) << source.toStdString();
    EXPECT_TRUE(source.contains(u"Conflicting reports"));
    EXPECT_TRUE(source.contains(u"002_5ebc2a07f5a1d402.txt"));
    EXPECT_TRUE(source.contains(u"(inferred)"));
    EXPECT_EQ(view->selectedFigure(), row);
}

TEST_F(MainWindowTest, SelectingARowHighlightsItInTheChartsAndTheSourcePanel)
{
    showChart(ChartKind::Casualties);
    const int modelRow = m_window->figureModel()->modelRowOf(figureRow(u"fig-001-04"));
    ASSERT_GE(modelRow, 0);
    m_window->figureTable()->selectRow(modelRow);
    EXPECT_EQ(m_window->selectedFigure(), figureRow(u"fig-001-04"));
    EXPECT_EQ(m_window->chartPanel(ChartKind::Casualties)->view()->selectedFigure(), figureRow(u"fig-001-04"));
    EXPECT_TRUE(m_window->sourcePanel()->toPlainText().contains(u"over 1,379 people were killed or injured"));
    // The source panel's links lead on: to another record of the same source.
    EXPECT_TRUE(m_window->sourcePanel()->toHtml().contains(u"figure:fig-001-05"));
    Q_EMIT m_window->sourcePanel()->figureLinkActivated(figureRow(u"fig-001-05"));
    EXPECT_EQ(currentFigureId(), u"fig-001-05");
}

TEST_F(MainWindowTest, ClickingATimelineEventSelectsItEverywhere)
{
    m_window->showView(ui::MainWindow::TimelineTab);
    QTest::qWait(150);
    ui::TimelineView* timeline = m_window->timeline();
    const qsizetype arrival = eventIndex(u"evt-10");
    const auto rect = timeline->itemRect(arrival);
    ASSERT_TRUE(rect.has_value());
    // On its label, the rect's lower part (a label may start left of its marker, near the right edge).
    QTest::mouseClick(timeline, Qt::LeftButton, {}, rect->bottomLeft() + QPoint(12, -3));
    EXPECT_EQ(m_window->selectedEvent(), arrival);
    EXPECT_EQ(m_window->recordTabs()->currentWidget(), m_window->eventTable());
    EXPECT_EQ(m_window->eventTable()->currentIndex().data(ui::EventTableModel::EventIdRole).toString(), u"evt-10");
    EXPECT_TRUE(m_window->sourcePanel()->toPlainText().contains(u"Kenya leads the MSS team since June 2024"));
    EXPECT_EQ(m_window->selectedFigure(), -1);
    // And from the table back to the timeline.
    const int row = m_window->eventModel()->modelRowOf(eventIndex(u"evt-03"));
    m_window->eventTable()->selectRow(row);
    EXPECT_EQ(timeline->selectedEvent(), eventIndex(u"evt-03"));
    EXPECT_FALSE(m_window->sourcePanel()->toPlainText().contains(u"Expected"));
    // An expected event says so where its source is shown.
    m_window->eventTable()->selectRow(m_window->eventModel()->modelRowOf(eventIndex(u"evt-27")));
    EXPECT_TRUE(m_window->sourcePanel()->toPlainText().contains(u"Expected: announced as due"))
        << m_window->sourcePanel()->toPlainText().toStdString();
}

TEST_F(MainWindowTest, ARecordChosenAgainElsewhereIsSelectedInItsTable)
{
    // An event chosen in the table, then a figure on a chart, then the same event on the timeline: the
    // event's row is selected again (the figure cleared the events table's selection, not its current row).
    const int row = m_window->eventModel()->modelRowOf(eventIndex(u"evt-10"));
    QTableView* events = m_window->eventTable();
    m_window->recordTabs()->setCurrentWidget(events);
    QTest::mouseClick(
        events->viewport(), Qt::LeftButton, {}, events->visualRect(m_window->eventModel()->index(row, 1)).center());
    ASSERT_EQ(m_window->selectedEvent(), eventIndex(u"evt-10"));
    m_window->selectFigure(figureRow(u"fig-002-05"));
    EXPECT_FALSE(events->selectionModel()->isRowSelected(row, {}));
    m_window->selectEvent(eventIndex(u"evt-10"));
    EXPECT_TRUE(events->selectionModel()->isRowSelected(row, {})) << "the row is highlighted again";
    EXPECT_EQ(m_window->recordTabs()->currentWidget(), events);
}

TEST_F(MainWindowTest, HoveringAMarkTellsValuePeriodAndSource)
{
    ui::ChartView* view = showChart(ChartKind::Casualties);
    const QString tip = view->markToolTip(figureRow(u"fig-000-01"));
    EXPECT_TRUE(tip.contains(u"299.8 per 30 days")) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"Oct 2022 \u2013 Jun 2023"));
    EXPECT_TRUE(tip.contains(u"Latin Post"));
    EXPECT_TRUE(tip.contains(u"2,728 deliberate homicides"));
}

TEST_F(MainWindowTest, FiltersNarrowEveryView)
{
    QLineEdit* search = m_window->filterPanel()->searchField();
    search->setText(QStringLiteral("kidnap"));
    QTest::qWait(400); // the search waits for typing to pause
    core::RecordFilter filter;
    filter.text = QStringLiteral("kidnap");
    EXPECT_EQ(static_cast<size_t>(m_window->figureTable()->model()->rowCount()),
        core::filterFigures(*test::bundledWorkspace(), filter).size());
    EXPECT_EQ(m_window->figureTable()->model()->rowCount(), 3);
    EXPECT_EQ(m_window->timeline()->layout().items.size(),
        static_cast<qsizetype>(core::filterEvents(*test::bundledWorkspace(), filter).size()));
    m_window->filterPanel()->clear();
    EXPECT_EQ(m_window->figureTable()->model()->rowCount(), 37);
    // A date range narrows the charts too.
    showChart(ChartKind::Deployment);
    m_window->filterPanel()->setDateRange(QDate(2024, 1, 1), QDate(2024, 12, 31));
    const core::ChartSpec& spec = m_window->chartPanel(ChartKind::Deployment)->view()->spec();
    EXPECT_EQ(spec.from, QDate(2024, 1, 1));
    EXPECT_EQ(spec.to, QDate(2024, 12, 31));
}

TEST_F(MainWindowTest, CasualtiesToggleBetweenRatesAndTotals)
{
    showChart(ChartKind::Casualties);
    ui::ChartPanel* panel = m_window->chartPanel(ChartKind::Casualties);
    panel->setPerThirtyDays(false);
    const auto& spec = panel->view()->spec();
    ASSERT_FALSE(spec.series.isEmpty());
    EXPECT_EQ(spec.series.first().marks.first().value, 2728);
    panel->setPerThirtyDays(true);
    EXPECT_NEAR(panel->view()->spec().series.first().marks.first().value, 299.8, 0.05);
}

TEST_F(MainWindowTest, DraggingOverAChartZoomsToThoseDatesAndResetShowsAll)
{
    ui::ChartView* view = showChart(ChartKind::Deployment);
    const QDate before = view->spec().from;
    const QRect plot = view->viewport()->rect();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, QPoint(plot.width() / 2, plot.height() / 2));
    QTest::mouseMove(view->viewport(), QPoint(plot.width() / 2 + 120, plot.height() / 2));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, QPoint(plot.width() / 2 + 120, plot.height() / 2));
    QTest::qWait(50);
    EXPECT_GT(view->spec().from, before) << "zoomed into a narrower range";
    EXPECT_LT(view->spec().from.daysTo(view->spec().to), 365);
    m_window->chartPanel(ChartKind::Deployment)->resetZoom();
    EXPECT_EQ(view->spec().from, before);
}

TEST_F(MainWindowTest, TheTimelineAnswersTheKeyboard)
{
    m_window->showView(ui::MainWindow::TimelineTab);
    ui::TimelineView* timeline = m_window->timeline();
    timeline->setFocus();
    const qint64 days = timeline->from().daysTo(timeline->to());
    QTest::keyClick(timeline, Qt::Key_Plus);
    EXPECT_LT(timeline->from().daysTo(timeline->to()), days);
    const QDate from = timeline->from();
    QTest::keyClick(timeline, Qt::Key_Right);
    EXPECT_GT(timeline->from(), from);
    QTest::keyClick(timeline, Qt::Key_0);
    EXPECT_EQ(timeline->from().daysTo(timeline->to()), days);
    // ↓ steps through events in date order: first the 2016 election.
    QTest::keyClick(timeline, Qt::Key_Down);
    EXPECT_EQ(m_window->selectedEvent(), eventIndex(u"evt-01"));
    QTest::keyClick(timeline, Qt::Key_Down);
    EXPECT_EQ(m_window->selectedEvent(), eventIndex(u"evt-02"));
}

TEST_F(MainWindowTest, TheChosenViewIsRememberedBetweenStarts)
{
    m_window->showView(ui::MainWindow::CasualtiesView);
    m_window->chartPanel(ChartKind::Casualties)->setPerThirtyDays(false);
    ASSERT_TRUE(m_window->close());
    // Between two starts the first window has had its events handled (once, under the sanitizers in CI, the second
    // window read settings the first had not written yet).
    QCoreApplication::processEvents();
    ui::MainWindow again;
    EXPECT_EQ(again.currentView(), ui::MainWindow::CasualtiesView);
    EXPECT_FALSE(again.chartPanel(ChartKind::Casualties)->perThirtyDays());
    again.chartPanel(ChartKind::Casualties)->setPerThirtyDays(true);
    again.showView(ui::MainWindow::DeploymentView);
    again.close();
}

TEST(MainWindowSize, OnALaptopScreenThePlotKeepsHalfTheChart)
{
    // A first start (no remembered layout) at 1280 × 720: every chart keeps a plot of at least half its view, and
    // its labels inside that plot.
    ui::Settings().setWindow({}, {}, 0, true);
    ui::MainWindow window;
    window.resize(1280, 720);
    window.setWorkspace(test::bundledWorkspace());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    for (const ChartKind kind : core::allCharts()) {
        window.showView(static_cast<ui::MainWindow::View>(kind));
        QTest::qWait(250);
        ui::ChartView* view = window.chartPanel(kind)->view();
        const QRectF plot = view->chart()->plotArea();
        const double share = plot.width() * plot.height() / (double(view->width()) * view->height());
        EXPECT_GE(share, 0.5) << qPrintable(core::chartKey(kind)) << ": plot " << plot.width() << "x" << plot.height()
                              << " of " << view->width() << "x" << view->height();
        for (const core::PlacedLabel& placed : view->labels().layout.labels) {
            if (!placed.box.isEmpty()) {
                EXPECT_TRUE(plot.contains(placed.box)) << qPrintable(core::chartKey(kind));
            }
        }
    }
    window.showView(ui::MainWindow::DeploymentView); // remembered: the next start opens where the others expect
    window.close();
}

TEST(ChartSources, AShortListIsShownWholeOnATallScreenALongOneOnlyWhenTheUserAsks)
{
    // Before the user chooses: all of a short list on a screen 1000 pixels tall or more, one line otherwise.
    EXPECT_TRUE(ui::ChartPanel::sourcesUnfoldedAtFirst(5, 1000));
    EXPECT_TRUE(ui::ChartPanel::sourcesUnfoldedAtFirst(12, 1040));
    EXPECT_FALSE(ui::ChartPanel::sourcesUnfoldedAtFirst(13, 1040)) << "a long list would take the plot's room";
    EXPECT_FALSE(ui::ChartPanel::sourcesUnfoldedAtFirst(1853, 2160));
    EXPECT_FALSE(ui::ChartPanel::sourcesUnfoldedAtFirst(5, 720)) << "a laptop keeps its plot";
    EXPECT_TRUE(ui::ChartPanel::sourcesUnfoldedAtFirst(1, 720)) << "one source needs no toggle";
    // A chart citing hundreds of sources (a team database's) shows one line; the user's click shows them all, and
    // a click again folds them.
    const auto many = core::Workspace::build(core::syntheticSnapshot({ 20'000, 100, 1 }),
        core::StoreLocation::file(QStringLiteral("/data/synthetic.sqlite")));
    ui::ChartPanel panel(ChartKind::Deployment);
    panel.resize(1200, 800);
    panel.setWorkspace(many);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    const QList<QToolButton*> buttons = panel.findChildren<QToolButton*>();
    const auto sourcesToggle = std::find_if(
        buttons.cbegin(), buttons.cend(), [](const QToolButton* button) { return button->isCheckable(); });
    ASSERT_NE(sourcesToggle, buttons.cend());
    QToolButton* toggle = *sourcesToggle;
    EXPECT_FALSE(toggle->isChecked());
    EXPECT_TRUE(toggle->text().startsWith(u"All ")) << toggle->text().toStdString();
    toggle->click();
    EXPECT_TRUE(toggle->isChecked());
    EXPECT_EQ(toggle->text(), u"Fewer");
    toggle->click();
    EXPECT_FALSE(toggle->isChecked());
    EXPECT_TRUE(toggle->text().startsWith(u"All ")) << toggle->text().toStdString();
}

TEST(MainWindowSize, OpensInsideTheScreensFreeArea)
{
    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_LE(window.minimumSizeHint().width(), 800) << "fits a small screen, the docks scroll";
    EXPECT_LE(window.minimumSizeHint().height(), 600);
    const QRect available = window.screen()->availableGeometry();
    EXPECT_TRUE(available.contains(window.frameGeometry()))
        << "window " << window.frameGeometry().width() << "x" << window.frameGeometry().height() << " on "
        << available.width() << "x" << available.height();
    window.close();
}

TEST(MainWindowOpening, DroppingADatabaseOpensItInTheBackground)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.sqlite"));
    ASSERT_TRUE(core::openRepository(core::StoreLocation::file(path), core::OpenMode::CreateWithBundledDataset).ok());
    ui::MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &ui::MainWindow::workspaceChanged);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_TRUE(window.windowTitle().contains(u"dropped.sqlite"));
    ASSERT_NE(window.workspace(), nullptr);
    EXPECT_EQ(window.workspace()->figures().size(), 37);
    // A file that is neither a database nor one we import is refused.
    QMimeData text;
    text.setUrls({ QUrl::fromLocalFile(dir.filePath(QStringLiteral("slides.pptx"))) });
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST(MainWindowOpening, ABadDatabaseIsReportedAndTheWindowKeepsWhatItShows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    crisis::test::writeFile(path, "not a database");
    ui::MainWindow window;
    window.setWorkspace(test::bundledWorkspace());
    // The warning box would wait for a click: answer it as soon as it shows.
    bool warned = false;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (QWidget* box = QApplication::activeModalWidget()) {
            warned = true;
            box->close();
        }
    });
    closer.start(50);
    window.openDatabase(core::StoreLocation::file(path));
    ASSERT_TRUE(QTest::qWaitFor([&] { return warned; }, 10000));
    EXPECT_EQ(window.workspace(), test::bundledWorkspace().get()) << "the open database stays open";
    EXPECT_EQ(crisis::test::readFile(path), QByteArray("not a database"));
}

namespace {

// Sets up a team database holding the bundled dataset and shows it in the window; false when it does not load.
bool showTeamDatabase(ui::MainWindow& window, const core::StoreLocation& location)
{
    if (!core::openRepository(location, core::OpenMode::CreateWithBundledDataset).ok())
        return false;
    window.show();
    QSignalSpy shown(&window, &ui::MainWindow::workspaceChanged);
    window.openDatabase(location);
    return shown.wait(20000) && window.workspace();
}

// Another desk officer's program on the same database: a connection of its own name, so that its changes are
// another program's to the window (which shows its own already).
core::Result<std::unique_ptr<core::Repository>> anotherDesk(const core::StoreLocation& location)
{
    core::StoreLocation::Parameters other = location.parameters();
    other.append({ QStringLiteral("application_name"), QStringLiteral("amina-desk") });
    return core::openRepository(core::StoreLocation::server(other), core::OpenMode::Existing);
}

} // namespace

TEST(MainWindowTeamDatabase, APasswordTheServerWantsIsAskedForAndNeverSaved)
{
    QString why;
    const auto server = crisis::test::postgresBackend().scratch(&why);
    if (!server)
        GTEST_SKIP() << why.toStdString();
    const core::StoreLocation owner = server->location(QStringLiteral("password"));
    ASSERT_TRUE(core::openRepository(owner, core::OpenMode::CreateWithBundledDataset).ok());
    // The same database as the test server's one user who must give a password (scripts/pg-test-server.sh).
    core::StoreLocation::Parameters parameters;
    for (const auto& parameter : owner.parameters())
        if (parameter.first != u"user" && parameter.first != u"password")
            parameters.append(parameter);
    parameters.append({ QStringLiteral("user"), QStringLiteral("crisis_password") });
    const core::StoreLocation withoutPassword = core::StoreLocation::server(parameters);

    ui::MainWindow window;
    window.show();
    // A wrong password first, then the right one.
    QStringList asked;
    QStringList answers = { QStringLiteral("wrong"), QStringLiteral("open sesame") };
    QTimer answerer;
    QObject::connect(&answerer, &QTimer::timeout, [&] {
        auto* prompt = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!prompt || answers.isEmpty())
            return;
        EXPECT_EQ(prompt->textEchoMode(), QLineEdit::Password);
        asked.append(prompt->labelText());
        prompt->setTextValue(answers.takeFirst());
        prompt->accept();
    });
    answerer.start(50);
    QSignalSpy shown(&window, &ui::MainWindow::workspaceChanged);
    window.openDatabase(withoutPassword);
    ASSERT_TRUE(shown.wait(30000)) << "the database did not open with the password";
    ASSERT_TRUE(window.workspace());
    EXPECT_EQ(window.workspace()->figures().size(), test::bundledWorkspace()->figures().size());
    ASSERT_EQ(asked.size(), 2);
    EXPECT_TRUE(asked.at(0).contains(QStringLiteral("asks for the password of crisis_password")))
        << asked.at(0).toStdString();
    EXPECT_TRUE(asked.at(1).contains(QStringLiteral("refused that password"))) << asked.at(1).toStdString();

    // Open Recent keeps the database, and nothing in the settings file holds the password.
    const QString recent = ui::Settings().recentDatabases().value(0);
    EXPECT_TRUE(recent.contains(QStringLiteral("crisis_password"))) << recent.toStdString();
    const QString settingsFile = QSettings(QSettings::IniFormat, QSettings::UserScope,
        QStringLiteral("crisis-timeline"), QStringLiteral("crisis-timeline"))
                                     .fileName();
    const QByteArray written = crisis::test::readFile(settingsFile);
    EXPECT_FALSE(written.isEmpty()) << settingsFile.toStdString();
    EXPECT_FALSE(written.contains("sesame")) << written.toStdString();
}

namespace {

/// Runs scripts/pg-test-server.sh COMMAND DIR; its output, or nothing when it failed (the test then fails).
std::optional<QString> testServer(const QString& command, const QString& dir)
{
    QProcess script;
    script.start(QStringLiteral(CRISIS_SOURCE_DIR "/scripts/pg-test-server.sh"), { command, dir });
    if (!script.waitForFinished(60000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
        ADD_FAILURE() << "pg-test-server.sh " << command.toStdString() << ": "
                      << script.readAllStandardError().toStdString();
        return std::nullopt;
    }
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
}

} // namespace

TEST(MainWindowTeamDatabase, ALostServerMakesTheWindowReadOnlyUntilItIsBack)
{
    if (qEnvironmentVariable("CRISIS_TEST_POSTGRES").isEmpty())
        GTEST_SKIP() << "no PostgreSQL server: CRISIS_TEST_POSTGRES is not set (scripts/test.sh sets it)";
    // A server of this test's own: stopping the shared one would fail the tests running beside this one.
    const QString dir = QStringLiteral("/tmp/crisis-offline-%1").arg(QCoreApplication::applicationPid());
    const auto started = testServer(QStringLiteral("start"), dir);
    ASSERT_TRUE(started);
    const auto cleanup = qScopeGuard([&dir] { testServer(QStringLiteral("stop"), dir); });
    const auto location = core::StoreLocation::parse(*started);
    ASSERT_TRUE(location.ok());
    core::ChangeFeed::setCheckInterval(100);
    const auto restoreInterval = qScopeGuard([] { core::ChangeFeed::setCheckInterval(5000); });
    ui::MainWindow window;
    ASSERT_TRUE(showTeamDatabase(window, location.value()));
    const qsizetype shown = window.workspace()->figures().size();
    window.selectFigure(window.workspace()->figures().rowOfId(QStringLiteral("fig-001-05")));
    // An editor open on another figure, a note typed, when the server goes.
    const QString myNote = QStringLiteral("typed while the server was away");
    QPointer<QDialog> editor
        = window.recordEditor()->editFigure(window.workspace()->figures().rowOfId(QStringLiteral("fig-001-06")));
    ASSERT_TRUE(editor);
    editor->findChild<QLineEdit*>(QStringLiteral("note"))->setText(myNote);
    // Meanwhile another desk corrects that figure, and the window shows it.
    auto theirs = anotherDesk(location.value());
    ASSERT_TRUE(theirs.ok());
    core::Figure corrected
        = window.workspace()->figures().figure(window.workspace()->figures().rowOfId(QStringLiteral("fig-001-06")));
    corrected.note = QStringLiteral("their note, saved while my editor was open");
    core::ChangeSet correction;
    correction.putFigures = { corrected };
    ASSERT_TRUE(theirs.value()->apply(correction).ok());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const core::FigureTable& now = window.workspace()->figures();
            return now.figure(now.rowOfId(corrected.id)).note == corrected.note;
        },
        5000));

    // The server goes away: the window says so, keeps showing what it read, and lets nothing be changed.
    ASSERT_TRUE(testServer(QStringLiteral("halt"), dir));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.isOffline(); }, 10000));
    for (QAction* action : window.writeActions())
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
    auto* state = window.findChild<QLabel*>(QStringLiteral("connectionState"));
    ASSERT_NE(state, nullptr);
    EXPECT_TRUE(state->isVisible());
    EXPECT_TRUE(state->text().contains(QStringLiteral("Offline, read-only"))) << state->text().toStdString();
    EXPECT_EQ(window.workspace()->figures().size(), shown);
    QTest::qWait(1500); // a try or two while the server is away: no box, still offline
    EXPECT_TRUE(window.isOffline());
    EXPECT_EQ(QApplication::activeModalWidget(), editor.data()) << "no box over the editor";

    // OK in the editor: the save fails, is said, and the editor opens again with what was typed.
    editor->accept();
    QMessageBox* failed = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (failed = window.findChild<QMessageBox*>(QStringLiteral("changeFailed"))) != nullptr; }, 10000));
    EXPECT_TRUE(failed->text().contains(u"Your version opens again")) << failed->text().toStdString();
    failed->done(QMessageBox::Ok);
    ui::FigureDialog* again = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (auto* dialog : window.findChildren<ui::FigureDialog*>()) {
                if (dialog != editor.data() && dialog->isVisible())
                    again = dialog;
            }
            return again != nullptr;
        },
        5000));
    EXPECT_EQ(again->figure().id, u"fig-001-06");
    EXPECT_EQ(again->figure().note, myNote);

    // It is back: the window opens it again by itself, where the user was, and follows changes again.
    ASSERT_TRUE(testServer(QStringLiteral("resume"), dir));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.isOffline(); }, 20000));
    EXPECT_FALSE(state->isVisible());
    for (QAction* action : window.writeActions()) {
        // Undo and Redo as the stack says: nothing to undo yet.
        const bool undoOrRedo = action == window.writeActions().at(1) || action == window.writeActions().at(2);
        EXPECT_EQ(action->isEnabled(), !undoOrRedo) << action->text().toStdString();
    }
    ASSERT_GE(window.selectedFigure(), 0);
    EXPECT_EQ(window.workspace()->figures().id(window.selectedFigure()), u"fig-001-05");
    // Saved from the editor opened again, it is checked against the revision the first editor read (the window has
    // moved on since): their correction is not overwritten unseen, both versions are shown.
    again->accept();
    ui::ConflictDialog* conflict = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (conflict = window.findChild<ui::ConflictDialog*>()) != nullptr && conflict->isVisible(); },
        10000));
    // Mine kept, knowingly: saved.
    conflict->findChild<QPushButton*>(QStringLiteral("keepMine"))->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const core::FigureTable& now = window.workspace()->figures();
            return now.figure(now.rowOfId(QStringLiteral("fig-001-06"))).note == myNote;
        },
        10000));
    // Another program's change (its own connection name: this window's own changes are on screen already), on a
    // connection made since the server came back.
    theirs = anotherDesk(location.value());
    ASSERT_TRUE(theirs.ok());
    core::Figure added = core::bundledDataset().figures.first();
    added.id = QStringLiteral("fig-after-outage");
    core::ChangeSet change;
    change.putFigures = { added };
    ASSERT_TRUE(theirs.value()->apply(change).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.workspace()->figures().rowOfId(added.id) >= 0; }, 5000));
}

TEST(MainWindowTeamDatabase, AReadersWindowOffersNoEditingAndSaysWhy)
{
    QString why;
    const auto server = crisis::test::postgresBackend().scratch(&why);
    if (!server)
        GTEST_SKIP() << "no PostgreSQL server: " << why.toStdString();
    const core::StoreLocation location = server->location(QStringLiteral("reader"));
    auto owner = core::openRepository(location, core::OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(owner.ok());
    const QString reader = location.parameter(QStringLiteral("dbname")) + QStringLiteral("_reader_user");
    // The server's administrator makes the user; the dataset's owner gives it the reader's role.
    const QString made = crisis::test::runOnServer(location, { QStringLiteral("CREATE ROLE %1 LOGIN").arg(reader) });
    ASSERT_TRUE(made.isEmpty()) << made.toStdString();
    ASSERT_TRUE(owner.value()->setRole(reader, core::TeamRole::Reader).ok());
    ui::MainWindow window;
    window.show();
    QSignalSpy shown(&window, &ui::MainWindow::workspaceChanged);
    QSignalSpy said(window.statusBar(), &QStatusBar::messageChanged);
    window.openDatabase(crisis::test::asUser(location, reader));
    ASSERT_TRUE(shown.wait(20000) && window.workspace());
    EXPECT_EQ(window.workspace()->figures().size(), core::bundledDataset().figures.size()) << "a reader browses";
    for (QAction* action : window.writeActions())
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
    auto* state = window.findChild<QLabel*>(QStringLiteral("readOnlyState"));
    ASSERT_NE(state, nullptr);
    EXPECT_TRUE(state->isVisible());
    // The status bar says why (among the messages of opening it).
    const auto saysWhy = [&] {
        return std::any_of(said.cbegin(), said.cend(),
            [](const QList<QVariant>& message) { return message.value(0).toString().contains(u"reader"); });
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return saysWhy(); }, 5000));
    // A change the owner saves from their own program shows in the reader's window, which stays read-only.
    core::StoreLocation::Parameters ownersProgram = location.parameters();
    ownersProgram.append({ QStringLiteral("application_name"), QStringLiteral("owner-desk") });
    auto theirs = core::openRepository(core::StoreLocation::server(ownersProgram), core::OpenMode::Existing);
    ASSERT_TRUE(theirs.ok());
    core::Figure corrected = core::bundledDataset().figures.at(2);
    corrected.note = QStringLiteral("checked by the owner");
    core::ChangeSet change;
    change.putFigures = { corrected };
    ASSERT_TRUE(theirs.value()->apply(change).ok());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return window.workspace()->figures().note(window.workspace()->figures().rowOfId(corrected.id))
                == corrected.note;
        },
        10000));
    for (QAction* action : window.writeActions())
        EXPECT_FALSE(action->isEnabled()) << "after a change: " << action->text().toStdString();
    EXPECT_TRUE(state->isVisible());
    // The owner's window, on the same dataset, edits.
    ui::MainWindow ownersWindow;
    ASSERT_TRUE(showTeamDatabase(ownersWindow, location));
    const auto enabled = std::count_if(ownersWindow.writeActions().cbegin(), ownersWindow.writeActions().cend(),
        [](const QAction* action) { return action->isEnabled(); });
    EXPECT_GE(enabled, ownersWindow.writeActions().size() - 2) << "all but Undo and Redo, with nothing to undo";
    EXPECT_FALSE(ownersWindow.findChild<QLabel*>(QStringLiteral("readOnlyState"))->isVisible());
}

TEST(MainWindowTeamDatabase, EditHistoryListsWhoChangedWhatAndWhenNewestFirst)
{
    QString why;
    const auto server = crisis::test::postgresBackend().scratch(&why);
    if (!server)
        GTEST_SKIP() << "no PostgreSQL server: " << why.toStdString();
    const core::StoreLocation location = server->location(QStringLiteral("history"));
    ui::MainWindow window;
    ASSERT_TRUE(showTeamDatabase(window, location));
    // An edit of one figure after the set-up.
    core::Figure corrected = core::bundledDataset().figures.at(1);
    corrected.note = QStringLiteral("checked again");
    core::ChangeSet change;
    change.putFigures = { corrected };
    bool done = false;
    window.storeSession()->apply(change, [&](const core::Result<core::ChangeSet>& result) { done = result.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));

    auto* dialog = qobject_cast<ui::HistoryDialog*>(window.showHistory());
    ASSERT_NE(dialog, nullptr);
    QTableWidget* table = dialog->table();
    ASSERT_TRUE(QTest::qWaitFor([&] { return (table->rowCount()) == (2); }, 5000));
    EXPECT_EQ(table->item(0, 0)->text(), u"2") << "newest first";
    EXPECT_EQ(table->item(0, 2)->text(), u"crisis");
    EXPECT_EQ(table->item(0, 3)->text(), u"edit");
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("changed ") + corrected.id);
    EXPECT_EQ(table->item(1, 3)->text(), u"set up");
    EXPECT_TRUE(table->item(1, 4)->text().startsWith(QStringLiteral("added 37 figures, 35 events, 5 sources")))
        << table->item(1, 4)->text().toStdString();
    // The newest change is selected, and below the list its figure's note, before and after.
    const QString values = dialog->values()->toPlainText();
    EXPECT_TRUE(values.startsWith(QStringLiteral("figure %1, changed:").arg(corrected.id))) << values.toStdString();
    const QString noteBefore = core::bundledDataset().figures.at(1).note;
    EXPECT_TRUE(values.contains(
        QStringLiteral("note: %1 \u2192 \u201cchecked again\u201d")
            .arg(noteBefore.isEmpty() ? QStringLiteral("(none)") : QStringLiteral("\u201c%1\u201d").arg(noteBefore))))
        << values.toStdString();
    EXPECT_EQ(values.count(u'\u2192'), 1) << "only the note changed";
    table->setCurrentCell(1, 0);
    EXPECT_TRUE(dialog->values()->toPlainText().startsWith(u"This change added records"));

    // Left open, the list gains what another desk saves, the change selected still selected.
    auto theirs = anotherDesk(location);
    ASSERT_TRUE(theirs.ok());
    core::ChangeSet theirChange;
    theirChange.removeFigures = { core::bundledDataset().figures.at(3).id };
    ASSERT_TRUE(theirs.value()->apply(theirChange).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->rowCount() == 3; }, 5000));
    EXPECT_EQ(table->item(0, 0)->text(), u"3");
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("removed ") + theirChange.removeFigures.constFirst());
    EXPECT_EQ(table->currentRow(), 2);
    EXPECT_EQ(table->item(table->currentRow(), 3)->text(), u"set up");
    EXPECT_TRUE(dialog->values()->toPlainText().startsWith(u"This change added records"));
    dialog->close();

    // One record's history: the figure edited has both; another only the set-up.
    auto* ofOne = qobject_cast<ui::HistoryDialog*>(window.showHistory(corrected.id));
    ASSERT_NE(ofOne, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return (ofOne->table()->rowCount()) == (2); }, 5000));
    EXPECT_TRUE(ofOne->windowTitle().contains(corrected.id));
    auto* ofOther = qobject_cast<ui::HistoryDialog*>(window.showHistory(core::bundledDataset().figures.at(2).id));
    ASSERT_NE(ofOther, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return (ofOther->table()->rowCount()) == (1); }, 5000));

    // A file keeps none: said, no dialog.
    ui::MainWindow onFile;
    onFile.setWorkspace(test::bundledWorkspace());
    EXPECT_EQ(onFile.showHistory(), nullptr);
}

TEST(MainWindowTeamDatabase, AChangeSavedByAnotherProgramShowsWithinASecondKeepingTheSelection)
{
    QString why;
    const auto server = crisis::test::postgresBackend().scratch(&why);
    if (!server)
        GTEST_SKIP() << "no PostgreSQL server: " << why.toStdString();
    const core::StoreLocation location = server->location(QStringLiteral("live"));
    ui::MainWindow window;
    ASSERT_TRUE(showTeamDatabase(window, location));
    ASSERT_NE(window.workspace(), nullptr);
    const qsizetype row = window.workspace()->figures().rowOfId(QStringLiteral("fig-001-05"));
    ASSERT_GE(row, 0);
    window.selectFigure(row);
    // Another desk officer's program (its own connection name) adds a figure and corrects another.
    auto theirs = anotherDesk(location);
    ASSERT_TRUE(theirs.ok());
    core::Figure added = core::bundledDataset().figures.first();
    added.id = QStringLiteral("fig-from-amina");
    core::Figure corrected = core::bundledDataset().figures.at(1);
    corrected.note = QStringLiteral("corrected by the desk");
    core::ChangeSet change;
    change.putFigures = { added, corrected };
    ASSERT_TRUE(theirs.value()->apply(change).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.workspace()->figures().rowOfId(added.id) >= 0; }, 5000));
    const core::Workspace& now = *window.workspace();
    EXPECT_EQ(now.figures().size(), 38);
    EXPECT_EQ(now.figures().figure(now.figures().rowOfId(corrected.id)).note, corrected.note);
    // Where the user was: the same figure selected, and the status bar says what changed and who changed it.
    ASSERT_GE(window.selectedFigure(), 0);
    EXPECT_EQ(now.figures().id(window.selectedFigure()), u"fig-001-05");
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return window.statusBar()->currentMessage().contains(u"1 figure added"); }, 2000));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"1 figure changed by "))
        << window.statusBar()->currentMessage().toStdString();
    // This window's own edit is not announced as someone else's.
    core::ChangeSet mine;
    mine.removeFigures = { added.id };
    QSignalSpy changed(&window, &ui::MainWindow::workspaceChanged);
    bool done = false;
    window.storeSession()->apply(mine, [&](const core::Result<core::ChangeSet>& result) { done = result.ok(); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
    QTest::qWait(500);
    EXPECT_FALSE(window.statusBar()->currentMessage().contains(u"removed"))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_LT(window.workspace()->figures().rowOfId(added.id), 0);
}

TEST(MainWindowTeamDatabase, AnEditorKeepsWorkingWhileTheWindowShowsAnotherDesksChange)
{
    QString why;
    const auto server = crisis::test::postgresBackend().scratch(&why);
    if (!server)
        GTEST_SKIP() << "no PostgreSQL server: " << why.toStdString();
    const core::StoreLocation location = server->location(QStringLiteral("editoropen"));
    ui::MainWindow window;
    ASSERT_TRUE(showTeamDatabase(window, location));
    auto theirs = anotherDesk(location);
    ASSERT_TRUE(theirs.ok());
    // I open a figure; another desk corrects a different figure, and my window shows it while my editor is open
    // (the workspace it was opened on is no longer the window's).
    const qsizetype row = window.workspace()->figures().rowOfId(QStringLiteral("fig-001-02"));
    ASSERT_GE(row, 0);
    auto* figureEditor = qobject_cast<ui::FigureDialog*>(window.recordEditor()->editFigure(row));
    ASSERT_NE(figureEditor, nullptr);
    const core::Workspace* before = window.workspace();
    core::Figure corrected = before->figures().figure(before->figures().rowOfId(QStringLiteral("fig-001-03")));
    corrected.note = QStringLiteral("corrected by the other desk");
    core::ChangeSet change;
    change.putFigures = { corrected };
    ASSERT_TRUE(theirs.value()->apply(change).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.workspace() != before; }, 5000));
    // Long enough for the window to let go of the old workspace (its quote ranks are worked out 0.8 s after it is
    // shown): an editor that only pointed at it would read freed memory (found under AddressSanitizer).
    QTest::qWait(1500);
    // My edit is checked (its source looked up, its id against the others) and saved, beside theirs.
    auto* note = figureEditor->findChild<QLineEdit*>(QStringLiteral("note"));
    ASSERT_NE(note, nullptr);
    note->setText(QStringLiteral("checked while the other desk saved"));
    figureEditor->accept();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const core::FigureTable& now = window.workspace()->figures();
            return now.figure(now.rowOfId(QStringLiteral("fig-001-02"))).note == u"checked while the other desk saved";
        },
        5000));
    const core::FigureTable& now = window.workspace()->figures();
    EXPECT_EQ(now.figure(now.rowOfId(corrected.id)).note, corrected.note);
}

TEST(MainWindowTeamDatabase, ASaveOverSomeoneElsesChangeShowsBothVersionsToKeepOne)
{
    QString why;
    const auto server = crisis::test::postgresBackend().scratch(&why);
    if (!server)
        GTEST_SKIP() << "no PostgreSQL server: " << why.toStdString();
    const core::StoreLocation location = server->location(QStringLiteral("conflict"));
    ui::MainWindow window;
    ASSERT_TRUE(showTeamDatabase(window, location));
    auto theirs = anotherDesk(location);
    ASSERT_TRUE(theirs.ok());
    const auto stored = [&](const QString& id) {
        const core::Dataset now = theirs.value()->load().value();
        const auto found = std::find_if(
            now.figures.cbegin(), now.figures.cend(), [&](const core::Figure& figure) { return figure.id == id; });
        return found == now.figures.cend() ? QString() : found->note;
    };
    const auto findConflictDialog = [] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<ui::ConflictDialog*>(widget); dialog && dialog->isVisible())
                return dialog;
        }
        return static_cast<ui::ConflictDialog*>(nullptr);
    };
    for (const bool keepMine : { true, false }) {
        const qsizetype row = window.workspace()->figures().rowOfId(QStringLiteral("fig-001-02"));
        ASSERT_GE(row, 0);
        const QString myNote = window.workspace()->figures().figure(row).note;
        // I open the figure; meanwhile the other desk saves a correction of it.
        QDialog* editor = window.recordEditor()->editFigure(row);
        ASSERT_NE(editor, nullptr);
        core::Figure corrected = window.workspace()->figures().figure(row);
        corrected.note = keepMine ? QStringLiteral("their first note") : QStringLiteral("their second note");
        core::ChangeSet change;
        change.putFigures = { corrected };
        const core::Workspace* before = window.workspace();
        ASSERT_TRUE(theirs.value()->apply(change).ok());
        if (keepMine) {
            // As at a desk: the window shows their change (a new workspace, the one the editor opened on no longer
            // the window's) before I press OK.
            ASSERT_TRUE(QTest::qWaitFor([&] { return window.workspace() != before; }, 5000));
            ASSERT_EQ(window.workspace()->figures().figure(row).note, corrected.note);
            QTest::qWait(1500); // the old workspace let go of, as above
        }
        editor->accept();
        ui::ConflictDialog* conflict = nullptr;
        ASSERT_TRUE(QTest::qWaitFor([&] { return (conflict = findConflictDialog()) != nullptr; }, 5000));
        // Both versions, the field that differs marked.
        QTableWidget* table = conflict->table();
        bool noteShown = false;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == u"Note (differs)") {
                noteShown = true;
                EXPECT_EQ(table->item(r, 1)->text(), corrected.note);
                EXPECT_EQ(table->item(r, 2)->text(), myNote);
            }
        }
        EXPECT_TRUE(noteShown);
        conflict->findChild<QPushButton*>(keepMine ? QStringLiteral("keepMine") : QStringLiteral("keepTheirs"))
            ->click();
        if (keepMine)
            ASSERT_TRUE(QTest::qWaitFor([&] { return (stored(corrected.id)) == (myNote); }, 5000));
        else
            QTest::qWait(300);
        EXPECT_EQ(stored(corrected.id), keepMine ? myNote : corrected.note);
        // Either way the window shows what is stored.
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return (window.workspace()->figures().figure(window.workspace()->figures().rowOfId(corrected.id)).note)
                    == (stored(corrected.id));
            },
            5000));
    }
}

TEST(MainWindowSize, TheRecordsTableRecoversItsHeightAndTheFiltersFit)
{
    // Shrunk to a laptop's 1280 x 720, then grown to 1600 x 1000: the records table has room for rows again, and
    // at either size the filter panel fits its dock, no label cut and nothing scrolled sideways.
    ui::Settings().setWindow({}, {}, 0, true);
    ui::MainWindow window;
    window.resize(1600, 1000);
    window.setWorkspace(test::bundledWorkspace());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(100);
    QTableView* table = window.figureTable();
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    const int before = table->viewport()->height();
    EXPECT_GE(before, 4 * rowHeight);
    const auto filtersFit = [&](const char* when) {
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("filtersDock"));
        ASSERT_NE(dock, nullptr);
        auto* area = qobject_cast<QScrollArea*>(dock->widget());
        ASSERT_NE(area, nullptr);
        EXPECT_FALSE(area->horizontalScrollBar()->isVisible()) << "the filters scroll sideways " << when;
        // A mnemonic's underline draws its letter apart from the rest, unkerned ("&To" read "Tc" when the label
        // was as wide as the kerned "To"): each label is as wide as its letters one by one.
        for (QLabel* label : area->widget()->findChildren<QLabel*>()) {
            if (!label->isVisible())
                continue;
            const QString text = QString(label->text()).remove(u'&');
            QFont unkerned = label->font();
            unkerned.setKerning(false);
            const double letters = QFontMetricsF(unkerned).horizontalAdvance(text);
            EXPECT_GE(label->contentsRect().width() + 0.5, letters) << qPrintable(text) << " " << when;
        }
    };
    filtersFit("at 1600 x 1000");
    window.resize(1280, 720);
    QTest::qWait(100);
    filtersFit("at 1280 x 720");
    window.resize(1600, 1000);
    QTest::qWait(100);
    EXPECT_GE(table->viewport()->height(), 4 * rowHeight)
        << "the table is " << table->viewport()->height() << " pixels high after the window grew again";
    EXPECT_GE(table->viewport()->height(), before * 8 / 10);
    window.close();
}
