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

namespace {

// Whether two items' label boxes, or one's label and the other's marker, share any of a row's width.
void expectNoBoxIntersects(const TimelineLayout& layout, const std::string& where)
{
    for (const TimelineItem& a : layout.items) {
        if (!a.labelShown)
            continue;
        const double aFrom = a.labelX;
        const double aTo = a.labelX + a.labelWidth;
        for (const TimelineItem& b : layout.items) {
            if (&a == &b || a.lane != b.lane || a.row != b.row)
                continue;
            EXPECT_TRUE(b.x1 <= aFrom || b.x0 >= aTo)
                << a.label.toStdString() << " is drawn over the marker of " << b.label.toStdString() << where;
            if (b.labelShown && &a < &b) {
                EXPECT_TRUE(b.labelX + b.labelWidth <= aFrom || b.labelX >= aTo)
                    << a.label.toStdString() << " and " << b.label.toStdString() << " intersect" << where;
            }
        }
    }
}

} // namespace

TEST(TimelineLayout, LabelsNeverRunIntoAnotherItemOrLabel)
{
    for (const double width : { 400.0, 1200.0, 4000.0 }) {
        const TimelineLayout layout = layoutTimeline(
            bundled(), crisis::test::allEventIndexes(bundled()), options(QDate(2016, 1, 1), QDate(2026, 1, 1), width));
        for (const TimelineItem& a : layout.items) {
            if (!a.labelShown)
                continue;
            EXPECT_LE(a.labelWidth, 7.0 * a.label.size() + 0.01);
            EXPECT_GE(a.labelX, 0);
            EXPECT_LE(a.labelX + a.labelWidth, width + 0.01);
        }
        expectNoBoxIntersects(layout, " at width " + std::to_string(width));
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
        if (item.labelShown && item.labelCut) {
            ++elided;
            EXPECT_LT(item.labelWidth, 7.0 * item.label.size());
            EXPECT_EQ(item.lines, QStringList { item.label }) << "a cut label is one line, elided";
        }
        EXPECT_TRUE(
            !item.labelShown || item.labelWidth >= narrow.minLabelWidth || item.labelWidth >= 7.0 * item.label.size());
    }
    EXPECT_GT(elided + layout.hiddenLabels, 0) << "at 600 pixels for ten years, something must give";
    expectNoBoxIntersects(layout, " in two rows a lane");
    TimelineOptions dense = options(QDate(2016, 1, 1), QDate(2026, 1, 1), 2000);
    dense.maxLabelledEvents = 5;
    const TimelineLayout unlabelled = layoutTimeline(bundled(), crisis::test::allEventIndexes(bundled()), dense);
    EXPECT_EQ(unlabelled.hiddenLabels, 35);
}

TEST(TimelineLayout, LabelsWrapOntoTwoLinesBalanced)
{
    const auto width = [](const QString& text) { return 7.0 * text.size(); };
    EXPECT_EQ(wrapTimelineLabel(QStringLiteral("UN Security Council approves the mission"), 2, width),
        QStringList({ QStringLiteral("UN Security Council"), QStringLiteral("approves the mission") }));
    EXPECT_EQ(wrapTimelineLabel(QStringLiteral("Haiti"), 2, width), QStringList { QStringLiteral("Haiti") });
    EXPECT_EQ(
        wrapTimelineLabel(QStringLiteral("Kenya pledges"), 1, width), QStringList { QStringLiteral("Kenya pledges") });
}

// The timeline of the bundled dataset as the exports lay it out (its events' dates padded, empty years behind a
// break) and as the window does (no break), at the plot widths of a 1920 x 1080 and a 1280 x 720 page: every title
// is there whole, on at most two lines, inside the plot, and no title's box meets another's or another marker.
TEST(TimelineLayout, EveryTitleReadsInFullAtSlideSizes)
{
    const std::vector<qint32> events = crisis::test::allEventIndexes(bundled());
    const QDate from(2015, 9, 1);
    const QDate to(2026, 5, 1);
    // Plot widths (page less margins and lane headers) and text of about the page's body size: DejaVu Sans averages
    // well under 0.6 em a character, so this measure is wider than the real text.
    struct Page
    {
        const char* name;
        double plotWidth;
        double pixels;
    };
    for (const Page& page : { Page { "1920x1080", 1640, 15 }, Page { "1280x720", 1060, 11 } }) {
        for (const bool broken : { true, false }) {
            TimelineOptions o = options(from, to, page.plotWidth);
            const double perCharacter = 0.6 * page.pixels;
            o.textWidth = [perCharacter](const QString& text) { return perCharacter * text.size(); };
            if (broken)
                o.breaks = timelineBreaks(bundled(), events, from, to);
            const TimelineLayout layout = layoutTimeline(bundled(), events, o);
            const std::string where = std::string(" at ") + page.name + (broken ? " with breaks" : " without");
            ASSERT_EQ(layout.items.size(), static_cast<qsizetype>(events.size()));
            EXPECT_EQ(layout.hiddenLabels, 0) << where;
            for (const TimelineItem& item : layout.items) {
                EXPECT_TRUE(item.labelShown) << item.label.toStdString() << where;
                EXPECT_FALSE(item.labelCut) << item.label.toStdString() << where;
                EXPECT_LE(item.lines.size(), 2);
                EXPECT_EQ(item.lines.join(u' '), item.label) << "no word lost";
                for (const QString& line : item.lines)
                    EXPECT_LE(o.textWidth(line), item.labelWidth + 0.01) << item.label.toStdString() << where;
                EXPECT_GE(item.labelX, 0);
                EXPECT_LE(item.labelX + item.labelWidth, page.plotWidth + 0.01) << item.label.toStdString() << where;
            }
            expectNoBoxIntersects(layout, where);
        }
    }
}

TEST(EventList, ListsEveryEventInDateOrderWithTitlesWhole)
{
    const std::vector<qint32> events = crisis::test::allEventIndexes(bundled());
    EventListOptions o;
    o.from = QDate(2000, 1, 1);
    o.to = QDate(2030, 1, 1);
    o.width = 1200;
    o.height = 560;
    o.lineHeight = 14;
    o.textWidth = [](const QString& text) { return 7.0 * text.size(); };
    o.statusText = [](EventStatus status) {
        return status == EventStatus::Expected ? QStringLiteral("expected") : QStringLiteral("proposed");
    };
    const EventListLayout list = layoutEventList(bundled(), events, o);
    ASSERT_EQ(list.entries.size(), 35);
    EXPECT_TRUE(list.fits);
    EXPECT_GT(list.columns, 1) << "35 events do not fit one column of 560 pixels";
    QDate last;
    for (const EventListEntry& entry : list.entries) {
        const Event& event = bundled().events().at(entry.eventIndex);
        EXPECT_GE(event.period.earliest(), last);
        last = event.period.earliest();
        EXPECT_EQ(entry.titleLines.join(u' '), event.title.simplified());
        for (const QString& line : entry.titleLines)
            EXPECT_LE(o.textWidth(line), list.titleWidth) << line.toStdString();
        EXPECT_EQ(entry.status.isEmpty(), event.status == EventStatus::Occurred);
        EXPECT_LE(entry.y + entry.height, o.height);
        EXPECT_LT(entry.column, list.columns);
    }
    // Entries in one column do not overlap.
    for (qsizetype i = 1; i < list.entries.size(); ++i) {
        const EventListEntry& a = list.entries.at(i - 1);
        const EventListEntry& b = list.entries.at(i);
        if (a.column == b.column) {
            EXPECT_GE(b.y, a.y + a.height);
        }
    }
    EXPECT_LE(list.columns * list.columnWidth, o.width);
    // Too little room in any number of columns: the list says it does not fit.
    o.height = 100;
    EXPECT_FALSE(layoutEventList(bundled(), events, o).fits);
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
