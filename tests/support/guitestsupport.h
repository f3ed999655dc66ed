#pragma once

#include <crisis/core/storage/storesession.h>
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

} // namespace crisis::test
