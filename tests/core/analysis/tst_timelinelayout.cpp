#include "testsupport.h"

#include <crisis/core/analysis/timelinelayout.h>
#include <crisis/core/interchange/datasetjson.h>

#include <gtest/gtest.h>

using namespace crisis::core;

namespace {

const Workspace& bundled()
{
    return *crisis::test::bundledWorkspace();
}

TimelineOptions options(QDate from, QDate to, double width)
{
    TimelineOptions o;
    o.from = from;
    o.to = to;
    o.width = width;
    o.textWidth = [](const QString& text) { return 7.0 * text.size(); };
    return o;
}

const TimelineItem* itemOf(const TimelineLayout& layout, const char16_t* id)
{
    for (const TimelineItem& item : layout.items)
        if (bundled().events().at(item.eventIndex).id == QStringView(id))
            return &item;
    return nullptr;
}

} // namespace

TEST(TimelineLayout, OneLanePerCategoryWithEvents)
{
    const TimelineLayout layout = layoutTimeline(
        bundled(), crisis::test::allEventIndexes(bundled()), options(QDate(2016, 1, 1), QDate(2026, 1, 1), 2000));
    QList<EventCategory> lanes;
    for (const TimelineLane& lane : layout.lanes)
        lanes.append(lane.category);
    EXPECT_EQ(lanes,
        QList<EventCategory>({ EventCategory::SecurityDeployment, EventCategory::Violence, EventCategory::Humanitarian,
            EventCategory::Political, EventCategory::Diplomatic, EventCategory::Funding }));
    EXPECT_EQ(layout.items.size(), 35);
}

TEST(TimelineLayout, DatesAreDrawnByTheirPrecision)
{
    const TimelineLayout layout = layoutTimeline(
        bundled(), crisis::test::allEventIndexes(bundled()), options(QDate(2023, 1, 1), QDate(2025, 1, 1), 731));
    // One pixel a day: a month-precision event spans its month, a day-precision one a single day.
    const TimelineItem* bwaKale = itemOf(layout, u"evt-03"); // 2023-04
    ASSERT_NE(bwaKale, nullptr);
    EXPECT_NEAR(bwaKale->x0, 90, 0.01);
    EXPECT_NEAR(bwaKale->x1 - bwaKale->x0, 30, 0.01);
    EXPECT_EQ(bwaKale->precision, PartialDate::Precision::Month);
    const TimelineItem* appeal = itemOf(layout, u"evt-06"); // 2023-09-22
    EXPECT_NEAR(appeal->x1 - appeal->x0, 1, 0.01);
    const TimelineItem* approval = itemOf(layout, u"evt-09"); // 2023
    EXPECT_NEAR(approval->x1 - approval->x0, 365, 0.01);
    const TimelineItem* pledge = itemOf(layout, u"evt-07"); // 2023~
    EXPECT_TRUE(pledge->approximate);
    EXPECT_TRUE(pledge->label.startsWith(u"c. "));
    EXPECT_TRUE(pledge->inferred);
    EXPECT_EQ(itemOf(layout, u"evt-02"), nullptr) << "2021 is outside the range";
}

TEST(TimelineLayout, OnlyASingleDayIsAPoint)
{
    // The appeal (a day) is a point; Bwa Kale (a month) is not; nor is an event over a span of days.
    Dataset dataset = bundledDataset();
    const auto span = Period::parse(u"2024-06-01/2024-06-20");
    ASSERT_TRUE(span.has_value());
    for (Event& event : dataset.events) {
        if (event.id == u"evt-10")
            event.period = *span;
    }
    const auto workspace = Workspace::build(Snapshot::fromDataset(dataset));
    const TimelineLayout layout = layoutTimeline(
        *workspace, crisis::test::allEventIndexes(*workspace), options(QDate(2023, 1, 1), QDate(2025, 1, 1), 731));
    const auto find = [&](QStringView id) -> const TimelineItem* {
        for (const TimelineItem& item : layout.items)
            if (workspace->events().at(item.eventIndex).id == id)
                return &item;
        return nullptr;
    };
    ASSERT_NE(find(u"evt-06"), nullptr);
    EXPECT_TRUE(find(u"evt-06")->isDay());
    EXPECT_FALSE(find(u"evt-03")->isDay());
    const TimelineItem* deployment = find(u"evt-10");
    ASSERT_NE(deployment, nullptr);
    EXPECT_TRUE(deployment->interval);
    EXPECT_FALSE(deployment->isDay()) << "a span of days is a bar, though both ends are days";
    EXPECT_NEAR(deployment->x1 - deployment->x0, 20, 0.01);
}

TEST(TimelineLayout, LabelsNeverRunIntoTheNextItem)
{
    for (const double width : { 400.0, 1200.0, 4000.0 }) {
        const TimelineLayout layout = layoutTimeline(
            bundled(), crisis::test::allEventIndexes(bundled()), options(QDate(2016, 1, 1), QDate(2026, 1, 1), width));
        for (const TimelineItem& a : layout.items) {
            if (!a.labelShown)
                continue;
            EXPECT_LE(a.labelWidth, 7.0 * a.label.size() + 0.01);
            const double aEnd = std::max(a.x1, a.x0 + a.labelWidth);
            for (const TimelineItem& b : layout.items) {
                if (&a == &b || a.lane != b.lane || a.row != b.row || b.x0 < a.x0)
                    continue;
                EXPECT_GE(b.x0, aEnd) << a.label.toStdString() << " runs into " << b.label.toStdString() << " at width "
                                      << width;
            }
        }
        for (const TimelineItem& item : layout.items)
            EXPECT_LT(item.row, layout.lanes.at(item.lane).rows);
    }
}

TEST(TimelineLayout, CrowdedLanesElideOrLeaveLabelsOffRatherThanOverlap)
{
    TimelineOptions narrow = options(QDate(2016, 1, 1), QDate(2026, 1, 1), 600);
    narrow.maxRowsPerLane = 2;
    const TimelineLayout layout = layoutTimeline(bundled(), crisis::test::allEventIndexes(bundled()), narrow);
    for (const TimelineLane& lane : layout.lanes)
        EXPECT_LE(lane.rows, 2);
    int elided = 0;
    for (const TimelineItem& item : layout.items) {
        if (item.labelShown && item.labelWidth < 7.0 * item.label.size())
            ++elided;
        EXPECT_TRUE(
            !item.labelShown || item.labelWidth >= narrow.minLabelWidth || item.labelWidth >= 7.0 * item.label.size());
    }
    EXPECT_GT(elided + layout.hiddenLabels, 0) << "at 600 pixels for ten years, something must give";
    TimelineOptions dense = options(QDate(2016, 1, 1), QDate(2026, 1, 1), 2000);
    dense.maxLabelledEvents = 5;
    const TimelineLayout unlabelled = layoutTimeline(bundled(), crisis::test::allEventIndexes(bundled()), dense);
    EXPECT_EQ(unlabelled.hiddenLabels, 35);
}

TEST(TimelineLayout, ExpectedAndProposedEventsSayItInTheirLabel)
{
    Dataset dataset;
    Source source;
    source.id = QStringLiteral("s");
    dataset.sources.append(source);
    const auto event = [](const char* id, const char* period, EventStatus status) {
        Event e;
        e.id = QString::fromLatin1(id);
        e.period = *Period::parse(QString::fromLatin1(period));
        e.title = QStringLiteral("Mandate renewed");
        e.category = EventCategory::Diplomatic;
        e.status = status;
        e.citations.append({ QStringLiteral("s"), QStringLiteral("q"), 0 });
        return e;
    };
    dataset.events = { event("a", "2024-09", EventStatus::Occurred),
        event("b", "2024-10/2025-09", EventStatus::Expected), event("c", "2025~", EventStatus::Proposed) };
    const auto workspace
        = Workspace::build(Snapshot::fromDataset(dataset), StoreLocation::file(QStringLiteral("/data/t.sqlite")));
    const TimelineLayout layout = layoutTimeline(
        *workspace, crisis::test::allEventIndexes(*workspace), options(QDate(2024, 1, 1), QDate(2026, 1, 1), 2000));
    ASSERT_EQ(layout.items.size(), 3);
    QHash<QString, const TimelineItem*> byId;
    for (const TimelineItem& item : layout.items)
        byId.insert(workspace->events().at(item.eventIndex).id, &item);
    EXPECT_EQ(byId.value(QStringLiteral("a"))->label, QStringLiteral("Mandate renewed"));
    EXPECT_EQ(byId.value(QStringLiteral("a"))->status, EventStatus::Occurred);
    EXPECT_EQ(byId.value(QStringLiteral("b"))->label, QStringLiteral("Expected: Mandate renewed"));
    EXPECT_EQ(byId.value(QStringLiteral("b"))->status, EventStatus::Expected);
    EXPECT_EQ(byId.value(QStringLiteral("c"))->label, QStringLiteral("Proposed: c. Mandate renewed"));
}

TEST(TimelineLayout, EmptyYearsCollapseBehindABreak)
{
    // 2016 and 2021 each have an event, and the rest start in 2023: the empty years between 2016 and 2021 are a
    // break, and the years with events get the width they gave up.
    const std::vector<qint32> events = crisis::test::allEventIndexes(bundled());
    const QDate from(2015, 9, 1);
    const QDate to(2026, 5, 1);
    const QList<TimelineBreak> breaks = timelineBreaks(bundled(), events, from, to);
    ASSERT_FALSE(breaks.isEmpty());
    for (const TimelineBreak& b : breaks) {
        EXPECT_EQ(b.from.day(), 1);
        EXPECT_EQ(b.to.day(), 1);
        EXPECT_GE(b.from.daysTo(b.to), 365);
        for (const qint32 index : events) {
            const Event& event = bundled().events().at(index);
            EXPECT_FALSE(event.period.earliest() < b.to && event.period.latest() >= b.from)
                << qPrintable(event.title) << " falls in a break";
        }
    }
    TimelineOptions broken = options(from, to, 1800);
    broken.breaks = breaks;
    const TimelineOptions plain = options(from, to, 1800);
    // Monotonic, from 0 to the width; a break takes breakWidth; a year with events is wider than before.
    EXPECT_DOUBLE_EQ(timelineX(from, broken), 0);
    EXPECT_NEAR(timelineX(to, broken), 1800, 1e-6);
    double last = -1;
    for (QDate d = from; d <= to; d = d.addDays(20)) {
        const double x = timelineX(d, broken);
        EXPECT_GE(x, last);
        last = x;
        EXPECT_NEAR(timelineDateAt(x, broken).toJulianDay(), d.toJulianDay(), 1);
    }
    EXPECT_NEAR(timelineX(breaks.first().to, broken) - timelineX(breaks.first().from, broken), broken.breakWidth, 1e-6);
    const QDate y2024(2024, 1, 1);
    const QDate y2025(2025, 1, 1);
    EXPECT_GT(
        timelineX(y2025, broken) - timelineX(y2024, broken), 1.5 * (timelineX(y2025, plain) - timelineX(y2024, plain)));
    // Fewer labels left out for room than on the plain axis.
    const TimelineLayout brokenLayout = layoutTimeline(bundled(), events, broken);
    const TimelineLayout plainLayout = layoutTimeline(bundled(), events, plain);
    EXPECT_LE(brokenLayout.hiddenLabels, plainLayout.hiddenLabels);
}
