#include "testsupport.h"

#include <crisis/core/columnar/snapshot.h>
#include <crisis/core/interchange/datasetjson.h>

#include <gtest/gtest.h>

#include <functional>

using namespace crisis::core;

// What a copy checks its result with: the columns compared as the Figures they hold would compare.
TEST(Snapshot, TwoSnapshotsHoldTheSameRecordsExactlyWhenTheirDatasetsAreEqual)
{
    const Dataset bundled = bundledDataset();
    const Snapshot original = Snapshot::fromDataset(bundled);
    EXPECT_TRUE(Snapshot::fromDataset(bundled).sameRecordsAs(original));
    // Any one field of any one figure made different: not the same, as the Datasets say.
    const std::function<void(Figure&)> changes[] = {
        [](Figure& f) { f.id += u'x'; },
        [](Figure& f) { f.metric = QStringLiteral("displaced"); },
        [](Figure& f) { f.value += 1; },
        [](Figure& f) { f.qualifier = QStringLiteral("at least"); },
        [](Figure& f) { f.subject += u'x'; },
        [](Figure& f) {
            f.status = f.status == FigureStatus::Estimate ? FigureStatus::Actual : FigureStatus::Estimate;
        },
        [](Figure& f) { f.period = Period(PartialDate::fromParts(2019, 3)); },
        [](Figure& f) { f.periodInferred = !f.periodInferred; },
        [](Figure& f) { f.periodNote += u'x'; },
        [](Figure& f) { f.reported = PartialDate::fromParts(2019, 3, 4); },
        [](Figure& f) { f.reportedInferred = !f.reportedInferred; },
        [](Figure& f) { f.parentId = QStringLiteral("fig-000-01"); },
        [](Figure& f) { f.subgroup += u'x'; },
        [](Figure& f) { f.citation.sourceId = QStringLiteral("src-001"); },
        [](Figure& f) { f.citation.quote += u'x'; },
        [](Figure& f) { f.citation.offset += 1; },
        [](Figure& f) { f.note += u'x'; },
    };
    int field = 0;
    for (const auto& change : changes) {
        Dataset other = bundled;
        Figure& figure = other.figures[5];
        const Figure before = figure;
        change(figure);
        ASSERT_NE(figure, before) << "field " << field;
        EXPECT_FALSE(Snapshot::fromDataset(other).sameRecordsAs(original)) << "field " << field;
        ++field;
    }
    Dataset fewer = bundled;
    fewer.figures.removeLast();
    EXPECT_FALSE(Snapshot::fromDataset(fewer).sameRecordsAs(original));
    Dataset event = bundled;
    event.events[2].title += u'x';
    EXPECT_FALSE(Snapshot::fromDataset(event).sameRecordsAs(original));
}
