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

// The window's timeline at the widths it has on a 1920 x 1080 and a 1280 x 720 screen (the docks take the rest):
// every title of the bundled dataset is drawn whole, wrapped onto two lines where it must, with the rows it needs;
// zooming and panning keep them whole.
TEST(TimelineView, EveryTitleIsWholeInTheWindow)
{
    const auto workspace = test::bundledWorkspace();
    for (const int width : { 1300, 760 }) {
        ui::TimelineView view;
        view.resize(width, 500);
        view.setWorkspace(workspace);
        const auto expectWhole = [&](const char* when) {
            EXPECT_EQ(view.layout().hiddenLabels, 0) << when << " at " << width;
            for (const core::TimelineItem& item : view.layout().items) {
                EXPECT_TRUE(item.labelShown && !item.labelCut)
                    << item.label.toStdString() << " " << when << " at " << width;
                for (const QString& line : item.lines)
                    EXPECT_LE(view.fontMetrics().horizontalAdvance(line), std::ceil(item.labelWidth) + 1)
                        << line.toStdString();
            }
        };
        expectWhole("all");
        ASSERT_EQ(view.layout().items.size(), workspace->events().size());
        view.zoom(2, width * 0.8);
        expectWhole("zoomed in");
        view.pan(-200);
        expectWhole("panned");
    }
}
