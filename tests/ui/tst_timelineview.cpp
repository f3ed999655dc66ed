#include "testsupport.h"

#include <crisis/core/analysis/workspace.h>
#include <crisis/ui/charts/timelineview.h>

#include <QImage>
#include <QToolTip>

#include <gtest/gtest.h>

using namespace crisis;

namespace {

// Two events a year apart in one lane, one that happened and one only expected.
std::shared_ptr<const core::Workspace> twoEvents()
{
    core::Dataset dataset;
    core::Source source;
    source.id = QStringLiteral("s");
    dataset.sources.append(source);
    for (const auto& [id, period, status] : { std::tuple { "done", "2023", core::EventStatus::Occurred },
             std::tuple { "due", "2025", core::EventStatus::Expected } }) {
        core::Event e;
        e.id = QString::fromLatin1(id);
        e.period = *core::Period::parse(QString::fromLatin1(period));
        e.title = QStringLiteral("Mandate");
        e.category = core::EventCategory::Diplomatic;
        e.status = status;
        e.citations.append({ QStringLiteral("s"), QStringLiteral("q"), 0 });
        dataset.events.append(e);
    }
    return core::Workspace::build(
        core::Snapshot::fromDataset(dataset), core::StoreLocation::file(QStringLiteral("/data/tl.sqlite")));
}

} // namespace

// The timeline draws an expected event hollow, where one that happened is filled, and its label says it.
TEST(TimelineView, AnExpectedEventIsDrawnHollowAndLabelledSo)
{
    ui::TimelineView view;
    view.resize(900, 300);
    view.setWorkspace(twoEvents());
    view.setEvents({ 0, 1 });
    view.setRange(QDate(2022, 1, 1), QDate(2026, 12, 31));
    const QImage image = view.grab().toImage();
    // Inside the bar (a quarter of its year in, left of its label) and just left of it.
    const auto pixels = [&](qsizetype index) {
        const std::optional<QRect> rect = view.itemRect(index);
        EXPECT_TRUE(rect.has_value()) << index;
        const core::TimelineItem* item = nullptr;
        for (const core::TimelineItem& i : view.layout().items)
            item = i.eventIndex == index ? &i : item;
        EXPECT_NE(item, nullptr);
        const int x = rect->left() + static_cast<int>((item->x1 - item->x0) / 4);
        const int y = rect->top() + 3;
        return std::pair(image.pixelColor(x, y), image.pixelColor(rect->left() - 3, y));
    };
    const auto [filled, behindFilled] = pixels(0);
    EXPECT_NE(filled, behindFilled) << "an event that happened is filled with its lane's colour";
    const auto [hollow, behindHollow] = pixels(1);
    EXPECT_NE(hollow, filled);
    EXPECT_TRUE(hollow == behindHollow || hollow == view.palette().color(QPalette::Base))
        << "an expected one is hollow: " << hollow.name().toStdString() << " inside, "
        << behindHollow.name().toStdString() << " behind";
    for (const core::TimelineItem& item : view.layout().items) {
        if (item.eventIndex == 1) {
            EXPECT_TRUE(item.label.startsWith(u"Expected: ")) << item.label.toStdString();
        }
    }
}
