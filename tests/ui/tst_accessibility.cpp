#include "guitestsupport.h"
#include "testsupport.h"

#include <crisis/core/analysis/recordquery.h>
#include <crisis/core/interchange/briefpack.h>
#include <crisis/ui/charts/chartpanel.h>
#include <crisis/ui/charts/chartview.h>
#include <crisis/ui/charts/timelineview.h>
#include <crisis/ui/dialogs/eventdialog.h>
#include <crisis/ui/dialogs/exportdialog.h>
#include <crisis/ui/dialogs/figuredialog.h>
#include <crisis/ui/dialogs/sourcedialog.h>
#include <crisis/ui/models/eventtablemodel.h>
#include <crisis/ui/panels/datefilteredit.h>
#include <crisis/ui/panels/filterpanel.h>
#include <crisis/ui/panels/sourcepanel.h>
#include <crisis/ui/panels/storypanel.h>
#include <crisis/ui/presenter/presenterwindow.h>
#include <crisis/ui/window/mainwindow.h>

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace crisis;
using core::ChartKind;

namespace {

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name) : QString();
}

// Every widget Tab can reach under root, as a screen reader finds it, that has no name. A spin box's or a combo
// box's own line edit is part of it, not a stop of its own.
QStringList unnamedFocusables(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisibleTo(root) || widget->focusProxy()
            || qobject_cast<QAbstractSpinBox*>(widget->parentWidget())
            || qobject_cast<QComboBox*>(widget->parentWidget()))
            continue;
        if (accessibleName(widget).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 \"%2\" in %3")
                               .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                   QString::fromLatin1(widget->parentWidget()->metaObject()->className())));
    }
    return unnamed;
}

QComboBox* filterCombo(ui::FilterPanel* panel, const QString& filter)
{
    for (QComboBox* combo : panel->findChildren<QComboBox*>()) {
        if (combo->accessibleName().startsWith(filter))
            return combo;
    }
    return nullptr;
}

using AccessibilityTest = test::ShownWindowTest;

} // namespace

TEST_F(AccessibilityTest, EveryControlOfTheWindowHasAName)
{
    for (int view = 0; view < ui::MainWindow::ViewCount; ++view) {
        m_window->showView(static_cast<ui::MainWindow::View>(view));
        EXPECT_EQ(unnamedFocusables(m_window.get()), QStringList()) << "view " << view;
    }
    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>())
        EXPECT_FALSE(accessibleName(dock).isEmpty()) << qPrintable(dock->objectName());
    EXPECT_EQ(accessibleName(m_window->figureTable()), u"Figures table");
    EXPECT_EQ(accessibleName(m_window->eventTable()), u"Events table");
    EXPECT_EQ(accessibleName(m_window->sourcePanel()), u"Source of the selected record");
}

TEST_F(AccessibilityTest, AFilterSaysWhatItIsSetToAndStaysCurrent)
{
    ui::FilterPanel* filters = m_window->filterPanel();
    QComboBox* category = filterCombo(filters, QStringLiteral("Category filter"));
    ASSERT_NE(category, nullptr);
    EXPECT_EQ(accessibleName(category), u"Category filter: all categories");
    category->setCurrentIndex(category->findText(QStringLiteral("Violence")));
    ASSERT_GT(category->currentIndex(), 0);
    EXPECT_EQ(accessibleName(category), u"Category filter: Violence");
    // The four combo boxes are no longer all "All".
    QStringList names;
    for (QComboBox* combo : filters->findChildren<QComboBox*>())
        names.append(accessibleName(combo));
    names.removeDuplicates();
    EXPECT_EQ(names.size(), filters->findChildren<QComboBox*>().size()) << qPrintable(names.join(u'|'));
    filters->clear();
    EXPECT_EQ(accessibleName(category), u"Category filter: all categories");
    QLineEdit* from = filters->fromField()->lineEdit();
    EXPECT_EQ(accessibleName(from), u"From date filter: any date");
    filters->setDateRange(QDate(2024, 1, 1), QDate(2024, 12, 31));
    EXPECT_EQ(accessibleName(from), u"From date filter: 2024-01-01");
}

TEST_F(AccessibilityTest, AChartsDescriptionIsItsAltTextKeptCurrent)
{
    ui::ChartView* view = showChart(ChartKind::Deployment);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(view);
    ASSERT_NE(accessible, nullptr);
    const QString all = accessible->text(QAccessible::Description);
    EXPECT_EQ(all, core::altText(view->spec(), *test::bundledWorkspace()));
    EXPECT_TRUE(all.contains(u"largest", Qt::CaseInsensitive) || all.contains(u"highest", Qt::CaseInsensitive))
        << qPrintable(all);
    EXPECT_TRUE(accessible->text(QAccessible::Name).startsWith(u"Chart: "))
        << qPrintable(accessible->text(QAccessible::Name));
    // A narrower date range: the description follows.
    m_window->filterPanel()->setDateRange(QDate(2024, 1, 1), QDate(2024, 12, 31));
    QTest::qWait(100);
    const QString narrowed = accessible->text(QAccessible::Description);
    EXPECT_NE(narrowed, all);
    EXPECT_EQ(narrowed, core::altText(view->spec(), *test::bundledWorkspace()));
}

TEST(ExportDialogAccessibility, EveryFieldIsNamedAndSizeHasABuddy)
{
    ui::ExportContent content;
    content.workspace = test::bundledWorkspace();
    content.chart = ChartKind::Casualties;
    ui::ExportDialog dialog(content);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(unnamedFocusables(&dialog), QStringList());
    // A label without a buddy shows its "&" literally.
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->text().contains(u'&') && label->textFormat() != Qt::RichText) {
            EXPECT_NE(label->buddy(), nullptr) << qPrintable(label->text());
        }
    }
}

TEST(EditDialogAccessibility, EveryFieldIsNamed)
{
    const auto noTexts = [](const core::Source&) { return std::optional<QString>(); };
    const std::shared_ptr<const core::Workspace> workspace = test::bundledWorkspace();
    ui::FigureDialog figure(workspace, &test::bundledFigure(QStringLiteral("fig-000-01")), noTexts);
    ui::EventDialog event(workspace, &test::bundledEvent(QStringLiteral("evt-05")), noTexts);
    ui::SourceDialog source(workspace, &workspace->sources().first());
    for (QDialog* dialog : std::initializer_list<QDialog*> { &figure, &event, &source }) {
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
        EXPECT_EQ(unnamedFocusables(dialog).join(u'\n').toStdString(), "") << qPrintable(dialog->windowTitle());
        dialog->hide();
    }
}

// ---- Keyboard -----------------------------------------------------------------------------------------------

namespace {

class KeyboardTest : public AccessibilityTest
{
protected:
    void SetUp() override
    {
        AccessibilityTest::SetUp();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    QWidget* focus() const { return QApplication::focusWidget(); }

    // The panels in reading order as the window has them: the story dock is tabbed behind the source, or beside
    // it where a window was left so.
    QStringList panelsInReadingOrder() const
    {
        QStringList panels { QStringLiteral("filtersDock"), QStringLiteral("views"), QStringLiteral("sourceDock") };
        auto* story = m_window->findChild<QDockWidget*>(QStringLiteral("storyDock"));
        if (story && m_window->tabifiedDockWidgets(story).isEmpty() && story->isVisible())
            panels.append(story->objectName());
        panels.append(QStringLiteral("recordsDock"));
        return panels;
    }

    // Which dock (or the views) holds the focus.
    QString focusedPart() const
    {
        for (QWidget* w = focus(); w; w = w->parentWidget()) {
            if (auto* dock = qobject_cast<QDockWidget*>(w))
                return dock->objectName();
            if (w->objectName() == u"views")
                return w->objectName();
        }
        return {};
    }
};

} // namespace

TEST_F(KeyboardTest, TabAndShiftTabLeaveTheTables)
{
    for (QTableView* table : { m_window->figureTable(), m_window->eventTable() }) {
        m_window->recordTabs()->setCurrentWidget(table);
        table->setFocus(Qt::TabFocusReason);
        ASSERT_EQ(focus(), table);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Tab);
        EXPECT_NE(focus(), table) << "Tab left " << qPrintable(table->objectName());
        table->setFocus(Qt::TabFocusReason);
        QTest::keyClick(table, Qt::Key_Backtab, Qt::ShiftModifier);
        EXPECT_NE(focus(), table) << "Shift+Tab left " << qPrintable(table->objectName());
        EXPECT_EQ(table->currentIndex().column(), 0) << "not moved along the row";
    }
}

TEST_F(KeyboardTest, TabFollowsReadingOrder)
{
    // From the last filter field, Tab goes to the views, not back to the records table made before them.
    QWidget* search = m_window->filterPanel()->searchField();
    search->setFocus(Qt::TabFocusReason);
    QStringList expected = panelsInReadingOrder();
    expected.append(expected.first()); // from the filters, round to them
    QStringList parts { focusedPart() };
    QStringList stops;
    for (int i = 0; i < 80 && parts.size() < expected.size(); ++i) {
        QTest::keyClick(focus(), Qt::Key_Tab);
        const QString part = focusedPart();
        stops.append(QString::fromLatin1(focus()->metaObject()->className()) + u'/' + focus()->objectName() + u'/'
            + accessibleName(focus()));
        if (!part.isEmpty() && (parts.isEmpty() || parts.last() != part))
            parts.append(part);
    }
    EXPECT_EQ(parts.join(u' ').toStdString(), expected.join(u' ').toStdString()) << qPrintable(stops.join(u'\n'));
}

TEST_F(KeyboardTest, F6CyclesThePanelsAndShiftF6GoesBack)
{
    m_window->filterPanel()->searchField()->setFocus(Qt::OtherFocusReason);
    QStringList expected = panelsInReadingOrder();
    expected.append(expected.first());
    QStringList visited { focusedPart() };
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(focus(), Qt::Key_F6);
        visited.append(focusedPart());
    }
    // Filters (left), the views, the source (right), the records (below), and round.
    EXPECT_EQ(visited.join(u' ').toStdString(), expected.join(u' ').toStdString());
    EXPECT_EQ(focus(), m_window->filterPanel()->searchField())
        << "the panel's first field, not " << focus()->metaObject()->className() << " "
        << qPrintable(focus()->objectName());
    QTest::keyClick(focus(), Qt::Key_F6, Qt::ShiftModifier);
    EXPECT_EQ(focusedPart().toStdString(), "recordsDock");
}

TEST_F(KeyboardTest, CtrlTabMovesBetweenTheViews)
{
    m_window->showView(ui::MainWindow::DeploymentView);
    m_window->chartPanel(ChartKind::Deployment)->view()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(focus(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentView(), ui::MainWindow::CasualtiesView);
    EXPECT_EQ(focus(), m_window->chartPanel(ChartKind::Casualties)->view());
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(focus(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(focus(), m_window->timeline());
    QTest::keyClick(focus(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_TRUE(focus() == m_window->figureTable() || focus() == m_window->eventTable());
    QTest::keyClick(focus(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(focus(), m_window->timeline());
}

// ---- Charts and the timeline for assistive technology --------------------------------------------------------

TEST_F(KeyboardTest, ArrowsReachAChartsMarksAndEnterSelectsTheRecord)
{
    ui::ChartView* view = showChart(ChartKind::Deployment);
    view->setFocus(Qt::TabFocusReason);
    ASSERT_EQ(view->focusedMark(), -1);
    QTest::keyClick(view, Qt::Key_Home);
    const qsizetype first = view->focusedMark();
    ASSERT_GE(first, 0);
    // The mark's hover text is what a screen reader is told, as the chart's name.
    EXPECT_EQ(accessibleName(view), view->markText(first));
    EXPECT_FALSE(view->markText(first).contains(u'<')) << "plain text, not HTML";
    QTest::keyClick(view, Qt::Key_Right);
    const qsizetype second = view->focusedMark();
    EXPECT_NE(second, first);
    EXPECT_EQ(accessibleName(view), view->markText(second));
    QTest::keyClick(view, Qt::Key_Left);
    EXPECT_EQ(view->focusedMark(), first);
    QTest::keyClick(view, Qt::Key_End);
    const qsizetype last = view->focusedMark();
    EXPECT_NE(last, first);
    // Enter: as a click on the mark, its record is selected and its source shown.
    const QString before = m_window->sourcePanel()->toPlainText();
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(m_window->selectedFigure(), last);
    EXPECT_NE(m_window->sourcePanel()->toPlainText(), before);
    EXPECT_TRUE(m_window->sourcePanel()->toPlainText().contains(test::bundledWorkspace()->figures().quote(last)));
    EXPECT_EQ(focus(), view) << "the focus stays on the chart";
}

TEST_F(KeyboardTest, TheTimelineSaysTheEventTheArrowsReachAndEnterShowsItsSource)
{
    m_window->showView(ui::MainWindow::TimelineTab);
    QTest::qWait(100);
    ui::TimelineView* timeline = m_window->timeline();
    timeline->setFocus(Qt::TabFocusReason);
    EXPECT_EQ(accessibleName(timeline), u"Timeline");
    EXPECT_FALSE(QAccessible::queryAccessibleInterface(timeline)->text(QAccessible::Description).isEmpty());
    QTest::keyClick(timeline, Qt::Key_Down);
    const qsizetype event = m_window->selectedEvent();
    ASSERT_GE(event, 0);
    EXPECT_TRUE(accessibleName(timeline).contains(test::bundledWorkspace()->events().at(event).title))
        << qPrintable(accessibleName(timeline));
    m_window->sourcePanel()->clear();
    QTest::keyClick(timeline, Qt::Key_Return);
    EXPECT_FALSE(m_window->sourcePanel()->toPlainText().isEmpty());
}

// ---- Date filters ---------------------------------------------------------------------------------------------

TEST_F(AccessibilityTest, DateFiltersTakeTypedDates)
{
    ui::FilterPanel* filters = m_window->filterPanel();
    QLineEdit* from = filters->fromField()->lineEdit();
    QLineEdit* to = filters->toField()->lineEdit();
    // "any" is a placeholder: typing replaces it, nothing to clear first.
    EXPECT_TRUE(from->text().isEmpty());
    QTest::keyClicks(from, QStringLiteral("2024"));
    QTest::keyClicks(to, QStringLiteral("2024"));
    QTest::qWait(300);
    EXPECT_EQ(filters->filter().from, QDate(2024, 1, 1));
    EXPECT_EQ(filters->filter().to, QDate(2024, 12, 31)) << "a To year ends on its last day";
    EXPECT_EQ(m_window->chartPanel(ChartKind::Deployment)->options().from, QDate(2024, 1, 1));
    to->clear();
    QTest::keyClicks(to, QStringLiteral("2024-03"));
    QTest::qWait(300);
    EXPECT_EQ(filters->filter().to, QDate(2024, 3, 31));
    from->clear();
    QTest::keyClicks(from, QStringLiteral("2024-03-15"));
    QTest::qWait(300);
    EXPECT_EQ(filters->filter().from, QDate(2024, 3, 15));
    // Half typed, the filter keeps the last date the text made ("2023"); emptied, any date.
    from->clear();
    QTest::keyClicks(from, QStringLiteral("2023-1"));
    EXPECT_EQ(filters->filter().from, QDate(2023, 1, 1));
    from->clear();
    QTest::qWait(300);
    EXPECT_FALSE(filters->filter().from.isValid());
}

TEST_F(AccessibilityTest, TheCalendarOpensOnTheDatasDates)
{
    ui::DateFilterEdit* from = m_window->filterPanel()->fromField();
    from->showCalendar();
    ASSERT_NE(from->calendar(), nullptr);
    const auto [first, last] = core::recordDateRange(*test::bundledWorkspace());
    ASSERT_TRUE(first.isValid());
    EXPECT_EQ(from->calendar()->yearShown(), first.year());
    EXPECT_EQ(from->calendar()->monthShown(), first.month());
    from->calendar()->parentWidget()->close();
    ui::DateFilterEdit* to = m_window->filterPanel()->toField();
    to->showCalendar();
    EXPECT_EQ(to->calendar()->yearShown(), last.year());
    to->calendar()->parentWidget()->close();
    // Picked on the calendar: the field shows it.
    Q_EMIT to->calendar()->activated(QDate(2024, 6, 30));
    EXPECT_EQ(to->lineEdit()->text(), u"2024-06-30");
}

TEST_F(AccessibilityTest, ARowSelectedByAScreenReaderShowsItsSource)
{
    // AT-SPI's "select row" selects without moving the current row: the record is shown all the same.
    QTableView* table = m_window->eventTable();
    m_window->recordTabs()->setCurrentWidget(table);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(table);
    ASSERT_NE(accessible, nullptr);
    QAccessibleTableInterface* rows = accessible->tableInterface();
    ASSERT_NE(rows, nullptr);
    const QString before = m_window->sourcePanel()->toPlainText();
    ASSERT_TRUE(rows->selectRow(2));
    QTest::qWait(20);
    EXPECT_EQ(m_window->selectedEvent(), m_window->eventModel()->eventIndexAt(2));
    EXPECT_NE(m_window->sourcePanel()->toPlainText(), before);
}

TEST_F(KeyboardTest, F6PassesOverADockTabbedBehindAnother)
{
    auto* source = m_window->findChild<QDockWidget*>(QStringLiteral("sourceDock"));
    auto* story = m_window->findChild<QDockWidget*>(QStringLiteral("storyDock"));
    m_window->tabifyDockWidget(source, story);
    source->raise();
    QTest::qWait(50);
    m_window->sourcePanel()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(focus(), Qt::Key_F6);
    EXPECT_EQ(focusedPart().toStdString(), "recordsDock")
        << focus()->metaObject()->className() << " " << qPrintable(focus()->objectName());
    QTest::keyClick(focus(), Qt::Key_Down);
    EXPECT_GE(m_window->selectedFigure(), 0) << "Down in the table selects a record";
}
