#include <crisis/core/datasetjson.h>
#include <crisis/ui/mainwindow.h>

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace crisis;

TEST(MainWindow, FontsRenderOffscreen)
{
    // Without a font package, offscreen text is drawn as empty boxes with no warning.
    const QFontMetrics metrics(QApplication::font());
    EXPECT_TRUE(metrics.inFont(u'A')) << "no font with Latin letters: install fonts-dejavu-core";
    EXPECT_GT(metrics.horizontalAdvance(QStringLiteral("Haiti")), 10);
}

TEST(MainWindow, ShowsTheBundledFiguresSortable)
{
    ui::MainWindow window;
    window.setWorkspace(core::Workspace::build(
        core::Snapshot::fromDataset(core::bundledDataset()), QStringLiteral("/data/haiti.sqlite")));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(window.windowTitle().contains(u"haiti.sqlite"));
    QTableView* view = window.figureView();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->model()->rowCount(), 36);
    EXPECT_TRUE(view->isSortingEnabled());
    // Clicking the value header sorts by value.
    view->horizontalHeader()->setSortIndicator(2, Qt::DescendingOrder);
    EXPECT_EQ(view->model()->index(0, 2).data().toString(), u"over $835 million");
    EXPECT_GT(view->columnWidth(0), 50);
}
