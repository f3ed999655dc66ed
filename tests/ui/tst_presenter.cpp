#include "guitestsupport.h"
#include "testsupport.h"

#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/analysis/presentation.h>
#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/storage/openrepository.h>
#include <crisis/ui/charts/chartview.h>
#include <crisis/ui/models/eventtablemodel.h>
#include <crisis/ui/models/storymodel.h>
#include <crisis/ui/panels/storypanel.h>
#include <crisis/ui/presenter/presenterwindow.h>
#include <crisis/ui/window/mainwindow.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace crisis;

namespace {

QList<core::PresentationStep> allSteps()
{
    return core::presentationSteps(*test::bundledWorkspace(), test::allEventIndexes(*test::bundledWorkspace()));
}

QString eventId(qsizetype index)
{
    return test::bundledWorkspace()->events().at(index).id;
}

int pdfPages(const QString& path)
{
    return static_cast<int>(
        QString::fromLatin1(test::readFile(path)).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}

QStringList stepIds(const ui::StoryModel& model)
{
    QStringList ids;
    for (const core::StoryStep& step : model.steps())
        ids.append(step.eventId);
    return ids;
}

} // namespace

TEST(PresenterWindow, KeysStepThroughEventsAndTheCursorFollowsEachDate)
{
    const QList<core::PresentationStep> steps = allSteps();
    ASSERT_EQ(steps.size(), 35);
    ui::PresenterWindow presenter(test::bundledWorkspace(), steps);
    presenter.setAttribute(Qt::WA_DeleteOnClose, false);
    presenter.resize(1280, 720);
    presenter.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&presenter));
    EXPECT_EQ(presenter.step(), 0);
    EXPECT_EQ(presenter.chartView()->timeCursor(), steps.at(0).cursor);
    // → through every event in date order: the date, title and chart cursor are the event's.
    for (qsizetype i = 1; i < steps.size(); ++i) {
        QTest::keyClick(&presenter, i % 2 ? Qt::Key_Right : Qt::Key_PageDown);
        ASSERT_EQ(presenter.step(), i);
        const core::Event& event = test::bundledWorkspace()->events().at(steps.at(i).eventIndex);
        EXPECT_EQ(presenter.chartView()->timeCursor(), steps.at(i).cursor) << event.id.toStdString();
        // The cursor at the date itself for a day, mid-month for a month.
        if (event.id == u"evt-06") {
            EXPECT_EQ(presenter.chartView()->timeCursor(), QDate(2023, 9, 22)) << "the appeal to the UN";
        }
        if (event.id == u"evt-10") {
            EXPECT_EQ(presenter.chartView()->timeCursor(), QDate(2024, 6, 15)) << "the arrival, June 2024";
        }
        EXPECT_TRUE(presenter.stepText().contains(event.title.toHtmlEscaped())) << event.id.toStdString();
        EXPECT_EQ(presenter.chartView()->spec().kind, steps.at(i).chart);
    }
    // Past the end stays at the end; ←, Page Up, Home and End move back and forth.
    QTest::keyClick(&presenter, Qt::Key_Space);
    EXPECT_EQ(presenter.step(), steps.size() - 1);
    QTest::keyClick(&presenter, Qt::Key_Left);
    EXPECT_EQ(presenter.step(), steps.size() - 2);
    QTest::keyClick(&presenter, Qt::Key_PageUp);
    EXPECT_EQ(presenter.step(), steps.size() - 3);
    QTest::keyClick(&presenter, Qt::Key_Home);
    EXPECT_EQ(presenter.step(), 0);
    EXPECT_EQ(presenter.chartView()->timeCursor(), steps.at(0).cursor);
    QTest::keyClick(&presenter, Qt::Key_End);
    EXPECT_EQ(presenter.step(), steps.size() - 1);
    // Esc leaves.
    QSignalSpy left(&presenter, &ui::PresenterWindow::left);
    QTest::keyClick(&presenter, Qt::Key_Escape);
    EXPECT_EQ(left.count(), 1);
    EXPECT_FALSE(presenter.isVisible());
}

TEST(PresenterWindow, TheChartKeepsItsOwnDatesAndNoOtherLabelCoversTheStepsFigures)
{
    // Every step at 1280 x 720: the chart over its own dates (the 2016 election is marked at the left edge of the
    // deployment chart, not shown on a chart stretched back to 2015), and no label drawn under the ring of a figure
    // ringed for the step.
    const QList<core::PresentationStep> steps = allSteps();
    ui::PresenterWindow presenter(test::bundledWorkspace(), steps);
    presenter.setAttribute(Qt::WA_DeleteOnClose, false);
    presenter.resize(1280, 720);
    presenter.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&presenter));
    int ringed = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        ASSERT_EQ(presenter.step(), i);
        const ui::ChartView* view = presenter.chartView();
        const core::Event& event = test::bundledWorkspace()->events().at(steps.at(i).eventIndex);
        const core::ChartSpec own = core::buildChart(*test::bundledWorkspace(), steps.at(i).chart);
        EXPECT_EQ(view->spec().from, own.from) << event.id.toStdString();
        EXPECT_EQ(view->spec().to, own.to) << event.id.toStdString();
        if (event.id == u"evt-01") {
            EXPECT_EQ(view->timeCursorEdge(), ui::ChartView::CursorEdge::Left) << "2016, before the chart's dates";
        }
        const core::ChartLabels& labels = view->labels();
        for (const qsizetype row : view->highlightedFigures()) {
            const auto at = view->markPosition(row);
            if (!at)
                continue;
            ++ringed;
            const QRectF ring(QPointF(*at) - QPointF(13, 13), QSizeF(26, 26));
            for (qsizetype l = 0; l < labels.layout.labels.size(); ++l) {
                // Its own label too: the ring is drawn over labels.
                EXPECT_FALSE(labels.layout.labels.at(l).box.intersects(ring))
                    << qPrintable(labels.labels.at(l).text) << " under the ring of a figure at "
                    << event.id.toStdString();
            }
        }
        QTest::keyClick(&presenter, Qt::Key_Right);
    }
    EXPECT_GT(ringed, 10);
}

TEST(PresenterWindow, TheMatchingFiguresAreHighlightedAndTheDateShowsItsPrecision)
{
    // Blinken visits in September 2024 (about): the deployment chart, with the officers reported then ringed.
    const qsizetype arrival = test::bundledWorkspace()->eventIndex(u"evt-12");
    ASSERT_GE(arrival, 0);
    const QList<core::PresentationStep> steps = core::presentationSteps(
        *test::bundledWorkspace(), QList<core::StoryStep> { { eventId(arrival), QStringLiteral("Why now?") } });
    ASSERT_EQ(steps.size(), 1);
    ui::PresenterWindow presenter(test::bundledWorkspace(), steps, QStringLiteral("The MSS"));
    presenter.setAttribute(Qt::WA_DeleteOnClose, false);
    presenter.resize(1280, 720);
    presenter.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&presenter));
    EXPECT_EQ(presenter.chartView()->spec().kind, core::ChartKind::Deployment);
    EXPECT_EQ(presenter.chartView()->highlightedFigures(), steps.first().highlighted);
    EXPECT_FALSE(steps.first().highlighted.isEmpty());
    const QString text = presenter.stepText();
    EXPECT_TRUE(text.contains(u"Why now?")) << "the step's note";
    EXPECT_TRUE(text.contains(core::formatPeriod(test::bundledWorkspace()->events().at(arrival).period)));
    EXPECT_TRUE(text.contains(u"\u201c")) << "the citation's quote";
}

TEST(PresenterWindow, AnExpectedEventSaysSoAndItsCursorIsHollow)
{
    core::Snapshot data = core::Snapshot::fromDataset(core::bundledDataset());
    const qsizetype index = test::bundledWorkspace()->eventIndex(u"evt-12");
    ASSERT_GE(index, 0);
    data.events[index].status = core::EventStatus::Expected;
    const auto workspace
        = core::Workspace::build(std::move(data), core::StoreLocation::file(QStringLiteral("/data/p.sqlite")));
    const QList<core::PresentationStep> steps
        = core::presentationSteps(*workspace, std::vector<qint32> { static_cast<qint32>(index), 0 });
    ui::PresenterWindow presenter(workspace, steps, {});
    presenter.setAttribute(Qt::WA_DeleteOnClose, false);
    presenter.resize(1280, 720);
    presenter.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&presenter));
    // The steps go in date order: the 2016 election first, then the expected visit.
    QTest::keyClick(&presenter, Qt::Key_Right);
    auto* status = presenter.findChild<QLabel*>(QStringLiteral("status"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->isVisible());
    EXPECT_TRUE(presenter.stepText().contains(u"Expected: announced as due")) << presenter.stepText().toStdString();
    QTest::keyClick(&presenter, Qt::Key_Left);
    EXPECT_FALSE(status->isVisible()) << "an event that happened says nothing of the kind";
    EXPECT_FALSE(presenter.stepText().contains(u"Expected"));
}

TEST(PresenterWindow, ItShowsNoTooltipOverTheSlide)
{
    const QList<core::PresentationStep> steps = allSteps();
    const auto withMarks = std::find_if(
        steps.cbegin(), steps.cend(), [](const core::PresentationStep& step) { return !step.highlighted.isEmpty(); });
    ASSERT_NE(withMarks, steps.cend());
    const qsizetype row = withMarks->highlighted.first();
    // Hovers the figure's mark on a chart; whether a tooltip came up.
    const auto hoverShowsTip = [row](ui::ChartView* chart) -> bool {
        QToolTip::hideText();
        for (int wait = 0; wait < 40 && QToolTip::isVisible(); ++wait)
            QTest::qWait(50);
        const auto at = chart->markPosition(row);
        EXPECT_TRUE(at.has_value());
        if (!at)
            return false;
        QTest::mouseMove(chart->viewport(), *at + QPoint(20, 20));
        QTest::mouseMove(chart->viewport(), *at);
        QTest::qWait(150);
        const bool shown = QToolTip::isVisible();
        QToolTip::hideText();
        return shown;
    };

    // On the desk, the same chart answers the hover with the figure's source...
    ui::ChartView desk;
    desk.resize(900, 600);
    desk.setSpec(core::buildChart(*test::bundledWorkspace(), withMarks->chart, withMarks->chartOptions),
        test::bundledWorkspace());
    desk.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&desk));
    EXPECT_TRUE(hoverShowsTip(&desk)) << "the control: hovering a mark shows its tooltip";
    desk.hide();

    // ...but presenting, it does not.
    ui::PresenterWindow presenter(test::bundledWorkspace(), steps);
    presenter.setAttribute(Qt::WA_DeleteOnClose, false);
    presenter.resize(1280, 720);
    presenter.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&presenter));
    presenter.setStep(withMarks - steps.cbegin());
    QTest::qWait(50);
    EXPECT_FALSE(hoverShowsTip(presenter.chartView()));
    EXPECT_TRUE(presenter.chartView()->toolTip().isEmpty());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

TEST(Handout, OnePagePerStep)
{
    QTemporaryDir dir;
    const QList<core::PresentationStep> steps = allSteps().mid(0, 5);
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    ASSERT_TRUE(ui::writeHandout(path, test::bundledWorkspace(), steps, QStringLiteral("Five events")).ok());
    EXPECT_TRUE(test::readFile(path).startsWith("%PDF-"));
    EXPECT_EQ(pdfPages(path), 5);
    // A failed write leaves nothing behind.
    const QString bad = dir.filePath(QStringLiteral("missing/handout.pdf"));
    const auto failed = ui::writeHandout(bad, test::bundledWorkspace(), steps, {});
    EXPECT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(u"handout.pdf"));
    EXPECT_FALSE(QFileInfo::exists(bad));
}

TEST(Stories, AChangeThatCannotBeSavedIsKeptAndSaid)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("moved.sqlite"));
    ASSERT_TRUE(core::openRepository(core::StoreLocation::file(path), core::OpenMode::CreateWithBundledDataset).ok());
    auto repository = core::openRepository(core::StoreLocation::file(path), core::OpenMode::Existing);
    ASSERT_TRUE(repository.ok());
    auto snapshot = repository.value()->loadSnapshot();
    ASSERT_TRUE(snapshot.ok());
    core::Story story { QStringLiteral("story-kept"), QStringLiteral("Kept"), { { QStringLiteral("evt-03"), {} } } };
    snapshot.value().stories.append(story);
    repository.value().reset();

    ui::MainWindow window;
    window.setWorkspace(core::Workspace::build(std::move(snapshot.value()), core::StoreLocation::file(path)));
    ui::StoryPanel* panel = window.storyPanel();
    panel->setCurrentStory(QStringLiteral("story-kept"));
    ASSERT_NE(panel->currentStory(), nullptr);
    // The database goes away (moved, or its disk unplugged) while the window is open.
    ASSERT_TRUE(QFile::remove(path));
    EXPECT_EQ(panel->addEvents({ test::bundledWorkspace()->eventIndex(u"evt-10") }), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->saveError().contains(u"Not saved"); }, 5000));
    EXPECT_EQ(panel->currentStory()->steps.size(), 2) << "the change stays in the window";
    // Deleting fails too, and the story stays.
    panel->deleteCurrentStory();
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->saveError().contains(u"not deleted"); }, 5000));
    ASSERT_NE(panel->currentStory(), nullptr);
    EXPECT_EQ(panel->currentStory()->id, u"story-kept");
}

TEST(StoryModel, StepsMoveByRowsAndByDragAndDrop)
{
    ui::StoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWorkspace(test::bundledWorkspace());
    QSignalSpy edited(&model, &ui::StoryModel::stepsEdited);
    for (const char16_t* id : { u"evt-01", u"evt-02", u"evt-03", u"evt-04" })
        EXPECT_TRUE(model.appendEvent(QString::fromUtf16(id)));
    EXPECT_FALSE(model.appendEvent(QStringLiteral("evt-02"))) << "an event is in a story once";
    EXPECT_EQ(edited.count(), 4);
    EXPECT_EQ(model.index(0).data().toString(),
        u"2016 \u2014 " + test::bundledWorkspace()->events().at(test::bundledWorkspace()->eventIndex(u"evt-01")).title);

    // The last step to the front.
    EXPECT_TRUE(model.moveRows({}, 3, 1, {}, 0));
    EXPECT_EQ(stepIds(model), (QStringList { u"evt-04"_qs, u"evt-01"_qs, u"evt-02"_qs, u"evt-03"_qs }));
    // Onto itself: nothing moves, nothing is saved.
    const auto before = edited.count();
    EXPECT_FALSE(model.moveRows({}, 1, 1, {}, 2));
    EXPECT_EQ(edited.count(), before);
    // Dragging the first step and dropping it at the end, as the list view does.
    std::unique_ptr<QMimeData> dragged(model.mimeData({ model.index(0) }));
    ASSERT_TRUE(dragged);
    EXPECT_TRUE(model.canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, {}));
    EXPECT_TRUE(model.dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, {}));
    EXPECT_EQ(stepIds(model), (QStringList { u"evt-01"_qs, u"evt-02"_qs, u"evt-03"_qs, u"evt-04"_qs }));
    // After a move the view removes the dragged rows; the model has moved them itself, and takes steps out only
    // through removeStep, so that removal must do nothing (were removeRows overridden, drags would lose steps).
    EXPECT_FALSE(model.removeRows(3, 1));
    EXPECT_EQ(model.rowCount(), 4);
    // Text dropped from elsewhere is refused, and so are rows dragged from another story list.
    QMimeData text;
    text.setText(QStringLiteral("evt-05"));
    EXPECT_FALSE(model.canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    ui::StoryModel other;
    other.setWorkspace(test::bundledWorkspace());
    other.appendEvent(QStringLiteral("evt-09"));
    std::unique_ptr<QMimeData> foreign(other.mimeData({ other.index(0) }));
    EXPECT_FALSE(model.canDropMimeData(foreign.get(), Qt::MoveAction, 0, 0, {}));
    EXPECT_FALSE(model.dropMimeData(foreign.get(), Qt::MoveAction, 0, 0, {}));
    // A drop where the step already is moves nothing, and says so.
    std::unique_ptr<QMimeData> stay(model.mimeData({ model.index(1) }));
    EXPECT_FALSE(model.dropMimeData(stay.get(), Qt::MoveAction, 1, 0, {}));

    model.moveStep(0, 2);
    EXPECT_EQ(stepIds(model), (QStringList { u"evt-02"_qs, u"evt-03"_qs, u"evt-01"_qs, u"evt-04"_qs }));
    model.setNote(1, QStringLiteral("Ask the class"));
    EXPECT_EQ(QTextDocumentFragment::fromHtml(model.index(1).data(Qt::ToolTipRole).toString()).toPlainText(),
        u"Ask the class");
    model.removeStep(0);
    EXPECT_EQ(stepIds(model), (QStringList { u"evt-03"_qs, u"evt-01"_qs, u"evt-04"_qs }));
    EXPECT_EQ(model.steps().at(0).note, u"Ask the class");
}

TEST(Stories, MadeInTheWindowSavedInTheDatabaseAndPresentedInTheirOrder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("class.sqlite"));
    ASSERT_TRUE(core::openRepository(core::StoreLocation::file(path), core::OpenMode::CreateWithBundledDataset).ok());
    const auto load = [&] {
        auto repository = core::openRepository(core::StoreLocation::file(path), core::OpenMode::Existing);
        EXPECT_TRUE(repository.ok());
        auto snapshot = repository.value()->loadSnapshot();
        EXPECT_TRUE(snapshot.ok());
        return core::Workspace::build(std::move(snapshot.value()), core::StoreLocation::file(path));
    };

    ui::MainWindow window;
    window.resize(1400, 900);
    window.setWorkspace(load());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ui::StoryPanel* panel = window.storyPanel();
    EXPECT_EQ(panel->currentStory(), nullptr);
    panel->createStory(QStringLiteral("The MSS in five steps"));

    // Choose three events in the events table, as a user does: a click, then Ctrl+clicks.
    QTableView* events = window.eventTable();
    window.recordTabs()->setCurrentWidget(events);
    const auto* workspace = window.workspace();
    Qt::KeyboardModifiers modifiers = Qt::NoModifier;
    for (const char16_t* id : { u"evt-12", u"evt-03", u"evt-10" }) {
        const int row = window.eventModel()->modelRowOf(workspace->eventIndex(QStringView(id)));
        ASSERT_GE(row, 0);
        const QModelIndex index = window.eventModel()->index(row, 1);
        events->scrollTo(index);
        QTest::mouseClick(events->viewport(), Qt::LeftButton, modifiers, events->visualRect(index).center());
        EXPECT_EQ(window.selectedEvent(), workspace->eventIndex(QStringView(id))) << "each click selects its event";
        modifiers = Qt::ControlModifier;
    }
    EXPECT_EQ(events->selectionModel()->selectedRows().size(), 3) << "Ctrl+click adds to the rows chosen";
    window.addSelectedEventsToStory();
    ASSERT_NE(panel->currentStory(), nullptr);
    EXPECT_EQ(stepIds(*panel->model()), (QStringList { u"evt-03"_qs, u"evt-10"_qs, u"evt-12"_qs }));
    // Move the last to the front (as the Up button does), and write a note on it: saved once typing pauses.
    panel->model()->moveStep(2, 0);
    panel->stepList()->setCurrentIndex(panel->model()->index(0));
    panel->noteEditor()->setPlainText(QStringLiteral("Start with the handover"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (panel->currentStory()->steps.at(0).note) == (QStringLiteral("Start with the handover")); },
        3000));
    const QString storyId = panel->currentStory()->id;
    EXPECT_TRUE(panel->saveError().isEmpty());

    // Saved as it was made: a window opened on the database afterwards has it.
    test::waitForStore(window);
    const auto reopened = load();
    ASSERT_EQ(reopened->data().stories.size(), 1);
    const core::Story& saved = reopened->data().stories.first();
    EXPECT_EQ(saved.id, storyId);
    EXPECT_EQ(saved.title, u"The MSS in five steps");
    ASSERT_EQ(saved.steps.size(), 3);
    EXPECT_EQ(saved.steps.at(0).eventId, u"evt-12");
    EXPECT_EQ(saved.steps.at(0).note, u"Start with the handover");
    EXPECT_EQ(saved.steps.at(1).eventId, u"evt-03");

    // A note still being typed goes into the presentation, and the database, without waiting for the pause.
    panel->stepList()->setCurrentIndex(panel->model()->index(1));
    panel->noteEditor()->setPlainText(QStringLiteral("Who are the Bwa Kale?"));

    // Present (F5) shows the story in its order, full screen, and Esc gives the window back.
    QPointer<ui::PresenterWindow> presenter = window.present();
    ASSERT_TRUE(presenter);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(presenter.data()));
    EXPECT_TRUE(presenter->isFullScreen());
    EXPECT_EQ(presenter->stepCount(), 3);
    EXPECT_EQ(presenter->step(), 0);
    EXPECT_TRUE(
        presenter->stepText().contains(workspace->events().at(workspace->eventIndex(u"evt-12")).title.toHtmlEscaped()));
    EXPECT_TRUE(presenter->stepText().contains(u"Start with the handover"));
    QTest::keyClick(presenter.data(), Qt::Key_Right);
    EXPECT_TRUE(presenter->stepText().contains(u"Who are the Bwa Kale?"));
    test::waitForStore(window);
    EXPECT_EQ(load()->data().stories.first().steps.at(1).note, u"Who are the Bwa Kale?");
    QTest::keyClick(presenter.data(), Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&] { return presenter.isNull(); }, 3000));

    // The handout has a page per step.
    const QString handout = dir.filePath(QStringLiteral("handout.pdf"));
    ASSERT_TRUE(window.writeStoryHandout(handout).ok());
    EXPECT_EQ(pdfPages(handout), 3);

    // Renamed and deleted in the database too.
    panel->renameCurrentStory(QStringLiteral("The MSS"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (load()->data().stories.first().title) == (QStringLiteral("The MSS")); }, 5000));
    panel->deleteCurrentStory();
    ASSERT_TRUE(QTest::qWaitFor([&] { return (panel->currentStory()) == (nullptr); }, 5000));
    EXPECT_TRUE(load()->data().stories.isEmpty());
    EXPECT_TRUE(panel->saveError().isEmpty());
    // With no story, Present shows every event the filters show, in date order.
    presenter = window.present();
    ASSERT_TRUE(presenter);
    EXPECT_EQ(presenter->stepCount(), 35);
    presenter->close();
}
