#pragma once

#include "testsupport.h"

#include <crisis/core/storage/storesession.h>
#include <crisis/ui/charts/chartpanel.h>
#include <crisis/ui/window/mainwindow.h>

#include <QTest>

#include <gtest/gtest.h>

namespace crisis::test {

/// Waits until the window's store session has done everything asked of it before (it works in turn, in the
/// background); fails the test if that takes more than ten seconds.
inline void waitForStore(ui::MainWindow& window)
{
    bool done = false;
    window.storeSession()->run<void>(
        [](core::Repository&, core::StoreSession::Touched&) -> core::Result<void> { return {}; },
        [&done](const core::Result<void>&) { done = true; });
    EXPECT_TRUE(QTest::qWaitFor([&done] { return done; }, 10000)) << "the store session did not finish its work";
}

/// A main window on the bundled dataset, shown offscreen at 1600 × 1000: the fixture of the tests of one window.
class ShownWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1600, 1000);
        m_window->setWorkspace(bundledWorkspace());
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    /// Shows a view and lets its chart settle at its shown size.
    ui::ChartView* showChart(core::ChartKind kind)
    {
        m_window->showView(static_cast<ui::MainWindow::View>(kind));
        QTest::qWait(250);
        return m_window->chartPanel(kind)->view();
    }

    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace crisis::test
