// The storage contract: what every repository backend does, whatever it stores in. Each test runs against every
// backend (instantiated at the end of this file); none looks inside a store except through Repository.

#include "storescratch.h"
#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/storage/snapshotupdate.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace crisis::core;
using crisis::test::StoreBackend;
using crisis::test::StoreScratch;

namespace {

class RepositoryContract : public ::testing::TestWithParam<StoreBackend>
{
protected:
    void SetUp() override
    {
        QString why;
        m_scratch = GetParam().scratch(&why);
        if (!m_scratch)
            GTEST_SKIP() << GetParam().name << " cannot run here: " << why.toStdString();
    }

    /// A store of this test, opened (or created, as `mode` says).
    std::unique_ptr<Repository> open(const QString& name, OpenMode mode)
    {
        auto result = openRepository(m_scratch->location(name), mode);
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return result.ok() ? std::move(result.value()) : nullptr;
    }

    std::unique_ptr<StoreScratch> m_scratch;
};

class RepositoryChangeContract : public RepositoryContract
{
protected:
    void SetUp() override
    {
        RepositoryContract::SetUp();
        if (IsSkipped())
            return;
        m_repository = open(QStringLiteral("changes"), OpenMode::CreateWithBundledDataset);
        ASSERT_TRUE(m_repository);
        m_before = loaded();
        ASSERT_EQ(m_before, bundledDataset());
    }

    Dataset loaded() const
    {
        const auto result = m_repository->load();
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return result.ok() ? result.value() : Dataset {};
    }

    static void expectSame(const Dataset& actual, const Dataset& expected) { EXPECT_EQ(actual, expected); }

    // Applies a change, and checks that a window bringing its data up to date from the records the change
    // touched (each read back with its place) ends up with what reading the whole store gives.
    ChangeSet applied(const ChangeSet& change)
    {
        const auto before = m_repository->loadSnapshot();
        EXPECT_TRUE(before.ok());
        auto result = m_repository->apply(change);
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        if (result.ok() && before.ok())
            expectUpdateIsTheStore(before.value(), change);
        return result.ok() ? result.value() : ChangeSet {};
    }

    void expectUpdateIsTheStore(const Snapshot& before, const ChangeSet& change) const
    {
        QStringList figures;
        for (const Figure& figure : change.putFigures)
            figures.append(figure.id);
        QStringList events;
        for (const Event& event : change.putEvents)
            events.append(event.id);
        const auto catalog = m_repository->loadCatalog();
        const auto put = m_repository->loadRecords(figures, events);
        ASSERT_TRUE(catalog.ok() && put.ok());
        EXPECT_EQ(put.value().figures.size(), figures.size());
        EXPECT_EQ(put.value().events.size(), events.size());
        const std::optional<Snapshot> updated
            = updatedSnapshot(before, catalog.value(), put.value(), change.removeFigures, change.removeEvents);
        ASSERT_TRUE(updated);
        const Snapshot whole = m_repository->loadSnapshot().value();
        expectSame(updated->toDataset(), whole.toDataset());
        EXPECT_EQ(updated->figurePlaces, whole.figurePlaces);
        EXPECT_EQ(updated->eventPlaces, whole.eventPlaces);
        EXPECT_TRUE(std::is_sorted(whole.figurePlaces.cbegin(), whole.figurePlaces.cend()));
        EXPECT_TRUE(std::is_sorted(whole.eventPlaces.cbegin(), whole.eventPlaces.cend()));
    }

    Error refused(const ChangeSet& change)
    {
        auto result = m_repository->apply(change);
        EXPECT_FALSE(result.ok()) << "the change was applied";
        expectSame(loaded(), m_before);
        return result.ok() ? Error {} : result.error();
    }

    // Whether a source lists an event among the records citing it.
    bool citesEvent(const QString& sourceId, const QString& eventId) const
    {
        const auto citing = m_repository->citing(sourceId);
        EXPECT_TRUE(citing.ok()) << citing.error().message.toStdString();
        return citing.ok() && citing.value().contains(std::pair { RecordKind::Event, eventId });
    }

    static qsizetype indexOf(const QList<Figure>& figures, const QString& id)
    {
        for (qsizetype i = 0; i < figures.size(); ++i) {
            if (figures.at(i).id == id)
                return i;
        }
        return -1;
    }
    static qsizetype indexOf(const QList<Event>& events, const QString& id)
    {
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events.at(i).id == id)
                return i;
        }
        return -1;
    }

    static Figure newFigure(const QString& id, const QString& sourceId)
    {
        Figure figure;
        figure.id = id;
        figure.metric = QStringLiteral("kidnappings");
        figure.value = 1234;
        figure.qualifier = QStringLiteral("over");
        figure.subject = QStringLiteral("Haiti");
        figure.status = FigureStatus::Estimate;
        figure.period = *Period::parse(u"2024-01/2024-03");
        figure.reported = *PartialDate::parse(u"2024-04-02");
        figure.subgroup = QStringLiteral("in the capital");
        figure.citation = { sourceId, QStringLiteral("over 1,234 people were kidnapped"), 77 };
        figure.note = QStringLiteral("Typed in by hand.");
        return figure;
    }

    std::unique_ptr<Repository> m_repository;
    Dataset m_before;
};

} // namespace

TEST_P(RepositoryContract, ANewStoreHoldsTheBundledDatasetAndKnowsWhereItIs)
{
    auto repository = open(QStringLiteral("new"), OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(repository);
    EXPECT_EQ(repository->location(), m_scratch->location(QStringLiteral("new")));
    const auto loaded = repository->load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded.value(), bundledDataset());
    // Opened again, it holds the same.
    repository.reset();
    repository = open(QStringLiteral("new"), OpenMode::Existing);
    ASSERT_TRUE(repository);
    EXPECT_EQ(repository->load().value(), bundledDataset());
}

TEST_P(RepositoryContract, AMissingStoreIsNotCreatedWhenNotAsked)
{
    const auto result = openRepository(m_scratch->location(QStringLiteral("absent")), OpenMode::Existing);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::NotFound);
    // Nor by asking again.
    EXPECT_EQ(openRepository(m_scratch->location(QStringLiteral("absent")), OpenMode::Existing).error().code,
        Error::Code::NotFound);
}

TEST_P(RepositoryContract, AStoreOpenedReadOnlyReadsTheSameAndTakesNoWrite)
{
    EXPECT_EQ(openRepository(m_scratch->location(QStringLiteral("absent")), OpenMode::ReadOnly).error().code,
        Error::Code::NotFound)
        << "never created";
    open(QStringLiteral("kept"), OpenMode::CreateWithBundledDataset).reset();
    auto repository = open(QStringLiteral("kept"), OpenMode::ReadOnly);
    ASSERT_TRUE(repository);
    EXPECT_TRUE(repository->isReadOnly());
    EXPECT_TRUE(repository->notices().isEmpty());
    EXPECT_EQ(repository->load().value(), bundledDataset());
    // Every write refused, saying so and naming the store.
    ChangeSet change;
    change.removeFigures = { QStringLiteral("fig-001-11") };
    const Story story { QStringLiteral("s"), QStringLiteral("S"), {} };
    for (const Error& refused : { repository->apply(change).error(), repository->add(Dataset {}).error(),
             repository->replaceAll(Dataset {}).error(), repository->saveStory(story).error(),
             repository->deleteStory(QStringLiteral("s")).error() }) {
        EXPECT_EQ(refused.code, Error::Code::Io) << refused.message.toStdString();
        EXPECT_TRUE(refused.message.contains(m_scratch->location(QStringLiteral("kept")).toString()))
            << refused.message.toStdString();
        EXPECT_TRUE(refused.message.contains(u"nothing was written")) << refused.message.toStdString();
    }
    repository.reset();
    EXPECT_EQ(open(QStringLiteral("kept"), OpenMode::Existing)->load().value(), bundledDataset());
}

TEST_P(RepositoryContract, ANewStoreIsCreatedWholeOrNotAtAllAndNeverOverAnother)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("made"));
    Dataset data = bundledDataset();
    data.stories.clear();
    ASSERT_TRUE(createRepository(location, Snapshot::fromDataset(data)).ok());
    EXPECT_EQ(open(QStringLiteral("made"), OpenMode::ReadOnly)->load().value(), data);
    // Never over a store that exists: it keeps what it holds.
    const auto again = createRepository(location, Snapshot::fromDataset(Dataset {}));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(location.toString())) << again.error().message.toStdString();
    EXPECT_EQ(open(QStringLiteral("made"), OpenMode::ReadOnly)->load().value(), data);
    // Data that cannot be stored (a figure citing a source that is not there): nothing is made.
    const StoreLocation broken = m_scratch->location(QStringLiteral("broken"));
    Dataset dangling = data;
    dangling.sources.clear();
    ASSERT_FALSE(createRepository(broken, Snapshot::fromDataset(dangling)).ok());
    EXPECT_EQ(openRepository(broken, OpenMode::ReadOnly).error().code, Error::Code::NotFound);
    // Nor with many figures (written in bulk).
    ASSERT_FALSE(createRepository(broken, crisis::test::manyFigures(100'000, "no-such-source", "")).ok());
    EXPECT_EQ(openRepository(broken, OpenMode::ReadOnly).error().code, Error::Code::NotFound);
}

TEST_P(RepositoryContract, TheCatalogAndIdsAreReadWithoutTheFigures)
{
    auto repository = open(QStringLiteral("catalog"), OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(repository);
    const Dataset bundled = bundledDataset();
    const auto catalog = repository->loadCatalog();
    ASSERT_TRUE(catalog.ok());
    EXPECT_EQ(catalog.value().title, bundled.title);
    EXPECT_EQ(catalog.value().sources, bundled.sources);
    EXPECT_EQ(catalog.value().figures.size(), 0);
    const auto ids = repository->existingIds(
        RecordKind::Figure, { QStringLiteral("fig-404"), QStringLiteral("fig-000-01"), QStringLiteral("evt-01") });
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(ids.value(), QStringList({ QStringLiteral("fig-000-01") }));
    EXPECT_EQ(repository->existingIds(RecordKind::Event, { QStringLiteral("evt-01") }).value(),
        QStringList({ QStringLiteral("evt-01") }));
    EXPECT_EQ(repository->existingIds(RecordKind::Source, { QStringLiteral("src-004") }).value(),
        QStringList({ QStringLiteral("src-004") }));
}

TEST_P(RepositoryContract, ALargeAddChecksEveryReferenceAndWritesAllOrNothing)
{
    // 100,000 figures: a backend may check references once per distinct value instead of per row.
    auto repository = open(QStringLiteral("bulk"), OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(repository);
    for (const auto& [source, parent, says] : { std::tuple { "src-404", "", "cites source \"src-404\"" },
             std::tuple { "src-000", "fig-404", "breaks down figure \"fig-404\"" },
             // Keys a backend may send as one list, with what such a list escapes.
             std::tuple { "src-\"odd\\,{x} y", "", "cites source \"src-\"odd\\,{x} y\"" } }) {
        const auto added = repository->add(crisis::test::manyFigures(100'000, source, parent));
        ASSERT_FALSE(added.ok());
        EXPECT_TRUE(added.error().message.contains(QString::fromLatin1(says))) << added.error().message.toStdString();
        EXPECT_EQ(added.error().record.kind, RecordKind::Figure);
        EXPECT_FALSE(added.error().record.id.isEmpty());
        EXPECT_EQ(repository->load().value().figures.size(), 37);
    }
    ASSERT_TRUE(repository->add(crisis::test::manyFigures(100'000, "src-000", "fig-000-01")).ok());
    const Dataset loaded = repository->load().value();
    ASSERT_EQ(loaded.figures.size(), 100'037);
    EXPECT_EQ(loaded.figures.last().parentId, u"fig-000-01");
    const auto parts = repository->citing(QStringLiteral("src-000"));
    ASSERT_TRUE(parts.ok());
    EXPECT_GE(parts.value().size(), 100'000);
}

TEST_P(RepositoryContract, AnImportInPartsIsWrittenWholeOrNotAtAll)
{
    auto repository = open(QStringLiteral("parts"), OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(repository);
    // A source of the import's own, cited by its figures, which arrive in three parts before it.
    Source source = bundledDataset().sources.first();
    source.id = QStringLiteral("src-parts");
    const auto partsOf = [](const char* sourceId) {
        const Snapshot all = crisis::test::manyFigures(3000, sourceId, "");
        QList<FigureTable> parts;
        for (qsizetype from = 0; from < all.figures.size(); from += 1000) {
            FigureTable::Builder part(1000);
            for (qsizetype row = from; row < from + 1000; ++row)
                part.append(all.figures.row(row));
            parts.append(part.finish());
        }
        return std::pair { all, parts };
    };
    const auto addInParts = [&](const char* sourceId, bool restFails) {
        // Named, not a structured binding: C++17 lambdas cannot capture bindings.
        const auto made = partsOf(sourceId);
        const QList<FigureTable>& parts = made.second;
        Snapshot rest = made.first;
        rest.sources = { source };
        qsizetype next = 0;
        qint64 reported = 0;
        return repository->addInParts(
            [&]() -> Result<std::optional<FigureTable>> {
                if (next == parts.size())
                    return std::optional<FigureTable>();
                return std::optional<FigureTable>(parts.at(next++));
            },
            [&]() -> Result<const Snapshot*> {
                if (restFails)
                    return Error(Error::Code::InvalidInput, QStringLiteral("the file ended mid-record"));
                return &rest;
            },
            [&](qint64 done, qint64) {
                reported = std::max(reported, done);
                return true;
            });
    };
    // The rest of the file fails to read: nothing of the parts written before is kept.
    ASSERT_FALSE(addInParts("src-parts", true).ok());
    EXPECT_EQ(repository->load().value(), bundledDataset());
    // Figures citing a source neither the store nor the import has: refused, nothing kept.
    const auto dangling = addInParts("src-nowhere", false);
    ASSERT_FALSE(dangling.ok());
    EXPECT_TRUE(dangling.error().message.contains(u"src-nowhere")) << dangling.error().message.toStdString();
    EXPECT_EQ(repository->load().value(), bundledDataset());
    // Whole: every part's figures, in order, after the others, and the source.
    ASSERT_TRUE(addInParts("src-parts", false).ok());
    const Dataset loaded = repository->load().value();
    ASSERT_EQ(loaded.figures.size(), bundledDataset().figures.size() + 3000);
    EXPECT_EQ(loaded.figures.at(bundledDataset().figures.size()).id, u"bulk-0");
    EXPECT_EQ(loaded.figures.last().id, u"bulk-2999");
    EXPECT_EQ(loaded.sources.last().id, u"src-parts");
}

TEST_P(RepositoryContract, BundledJsonThroughTheDatabaseIsIdentical)
{
    const QByteArray original = crisis::test::sourceFile(QStringLiteral("resources/data/haiti.json"));
    auto repository = open(QStringLiteral("trip.sqlite"), OpenMode::CreateEmpty);
    ASSERT_TRUE(repository);
    const auto parsed = readDatasetJson(original, QStringLiteral("haiti.json"));
    ASSERT_TRUE(parsed.ok());
    ASSERT_TRUE(repository->add(parsed.value).ok());
    const auto loaded = repository->load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(writeDatasetJson(loaded.value()), original);
}

TEST_P(RepositoryContract, AnEmptyDatabaseHasNoRecords)
{
    auto repository = open(QStringLiteral("empty.sqlite"), OpenMode::CreateEmpty);
    ASSERT_TRUE(repository);
    const auto loaded = repository->load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(loaded.value().figures.isEmpty());
    EXPECT_TRUE(loaded.value().events.isEmpty());
    EXPECT_TRUE(loaded.value().sources.isEmpty());
}

TEST_P(RepositoryContract, LoadingReportsProgressAndCanBeCancelled)
{
    auto repository = open(QStringLiteral("progress.sqlite"), OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(repository);
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    const auto loaded = repository->loadSnapshot([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(lastTotal, 37);
    EXPECT_EQ(lastDone, 37);
    EXPECT_EQ(loaded.value().figures.size(), 37);

    // Cancelling an add writes nothing.
    Snapshot more = Snapshot::fromDataset(bundledDataset());
    more.sources.clear();
    more.events.clear();
    Dataset renamed = more.toDataset();
    for (Figure& f : renamed.figures)
        f.id += QStringLiteral("-copy");
    const auto cancelled = repository->add(Snapshot::fromDataset(renamed), [](qint64, qint64) { return false; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, Error::Code::Cancelled);
    EXPECT_EQ(repository->load().value().figures.size(), 37);

    // Cancelling a long load stops it, and leaves the store to be read whole the next time.
    ASSERT_TRUE(repository->add(crisis::test::manyFigures(20'000, "src-000", "")).ok());
    qint64 reports = 0;
    const auto stopped = repository->loadSnapshot([&](qint64, qint64) { return ++reports < 2; });
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error().code, Error::Code::Cancelled);
    const auto whole = repository->loadSnapshot();
    ASSERT_TRUE(whole.ok()) << whole.error().message.toStdString();
    EXPECT_EQ(whole.value().figures.size(), 20'037);
}

TEST_P(RepositoryContract, AFailedAddWritesNothing)
{
    auto repository = open(QStringLiteral("atomic.sqlite"), OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(repository);
    Dataset more;
    Figure good = bundledDataset().figures.first();
    good.id = QStringLiteral("new-1");
    Figure bad = good;
    bad.id = QStringLiteral("new-2");
    bad.citation.sourceId = QStringLiteral("no-such-source");
    more.figures = { good, bad };
    const auto result = repository->add(more);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(repository->load().value(), bundledDataset()) << "the good figure was written without the bad one";

    Dataset duplicate;
    duplicate.figures = { bundledDataset().figures.first() };
    const auto again = repository->add(duplicate);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(u"fig-000-01")) << again.error().message.toStdString();
    EXPECT_EQ(repository->load().value(), bundledDataset());

    // Many rows are written a block at a time (by COPY on a server): a taken id among them is still named, and
    // nothing is written. Text that COPY must escape (tabs, line breaks, backslashes, \N) comes back as it was.
    Dataset many;
    for (int i = 0; i < 1000; ++i) {
        Figure figure = good;
        figure.id = QStringLiteral("many-%1").arg(i);
        figure.note = QStringLiteral("tab\there\nnext line\r\\N \\ back %1").arg(i);
        many.figures.append(figure);
    }
    many.figures[700].id = QStringLiteral("fig-000-03");
    const auto inBlock = repository->add(many);
    ASSERT_FALSE(inBlock.ok());
    EXPECT_TRUE(inBlock.error().message.contains(u"fig-000-03")) << inBlock.error().message.toStdString();
    EXPECT_EQ(inBlock.error().record.id, u"fig-000-03");
    EXPECT_EQ(repository->load().value(), bundledDataset());
    // Once it is right, all of them are there, in their order, after the others.
    many.figures[700].id = QStringLiteral("many-700");
    ASSERT_TRUE(repository->add(many).ok());
    const Dataset loaded = repository->load().value();
    ASSERT_EQ(loaded.figures.size(), bundledDataset().figures.size() + 1000);
    EXPECT_EQ(loaded.figures.mid(bundledDataset().figures.size()), many.figures);
}

TEST_P(RepositoryContract, AddAppendsAndReplaceAllReplaces)
{
    auto repository = open(QStringLiteral("edit.sqlite"), OpenMode::CreateEmpty);
    ASSERT_TRUE(repository);
    Dataset first = bundledDataset();
    ASSERT_TRUE(repository->add(first).ok());
    Dataset second;
    Source extra = first.sources.first();
    extra.id = QStringLiteral("src-extra");
    second.sources = { extra };
    ASSERT_TRUE(repository->add(second).ok());
    const Dataset loaded = repository->load().value();
    EXPECT_EQ(loaded.sources.size(), 6);
    EXPECT_EQ(loaded.sources.last().id, u"src-extra");
    EXPECT_EQ(loaded.title, first.title);

    const auto replacedAll = repository->replaceAll(second);
    ASSERT_TRUE(replacedAll.ok()) << replacedAll.error().message.toStdString();
    const Dataset replaced = repository->load().value();
    EXPECT_EQ(replaced.sources.size(), 1);
    EXPECT_TRUE(replaced.figures.isEmpty());
}

TEST_P(RepositoryContract, StoriesAreSavedReplacedAndDeleted)
{
    auto repository = open(QStringLiteral("stories.sqlite"), OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(repository);
    const Story first { QStringLiteral("story-1"), QStringLiteral("The mission"),
        { { QStringLiteral("evt-09"), QStringLiteral("Approved in 2023") }, { QStringLiteral("evt-10"), QString() } } };
    const Story second { QStringLiteral("story-2"), QStringLiteral("Violence"),
        { { QStringLiteral("evt-03"), QString() } } };
    ASSERT_TRUE(repository->saveStory(first).ok());
    ASSERT_TRUE(repository->saveStory(second).ok());
    EXPECT_EQ(repository->load().value().stories, QList<Story>({ first, second }));
    // Saving again replaces the story in its place.
    Story edited = first;
    std::swap(edited.steps[0], edited.steps[1]);
    edited.title = QStringLiteral("The mission, reordered");
    ASSERT_TRUE(repository->saveStory(edited).ok());
    EXPECT_EQ(repository->load().value().stories, QList<Story>({ edited, second }));
    ASSERT_TRUE(repository->deleteStory(QStringLiteral("story-1")).ok());
    EXPECT_EQ(repository->load().value().stories, QList<Story>({ second }));
    // A step must name an event that exists; a failed save leaves the story as it was.
    Story broken = second;
    broken.steps.append({ QStringLiteral("no-such-event"), QString() });
    EXPECT_FALSE(repository->saveStory(broken).ok());
    EXPECT_EQ(repository->load().value().stories, QList<Story>({ second }));
}

TEST_P(RepositoryContract, CustomMetricsAreStored)
{
    auto repository = open(QStringLiteral("metrics.sqlite"), OpenMode::CreateEmpty);
    ASSERT_TRUE(repository);
    Dataset data;
    data.metrics = { { QStringLiteral("schools_closed"), QStringLiteral("Schools closed"), QStringLiteral("schools"),
        Metric::Kind::Stock, QStringLiteral("#output+schools") } };
    ASSERT_TRUE(repository->add(data).ok());
    EXPECT_EQ(repository->load().value().metrics, data.metrics);
    data.metrics.first().label = QStringLiteral("Something else");
    EXPECT_FALSE(repository->add(data).ok()) << "a metric was silently redefined";
}

TEST_P(RepositoryChangeContract, ANewFigureIsReadBackEqualAndItsUndoRemovesIt)
{
    Figure figure = newFigure(QStringLiteral("fig-new"), QStringLiteral("src-001"));
    figure.parentId = QStringLiteral("fig-000-05");
    ChangeSet change;
    change.putFigures = { figure };
    const ChangeSet undo = applied(change);

    Dataset expected = m_before;
    expected.figures.append(figure);
    expectSame(loaded(), expected);
    ChangeSet removal;
    removal.removeFigures = { QStringLiteral("fig-new") };
    // A store that keeps a history bases the undo on the revision the change was saved as (so that it is refused
    // over someone else's later change); one that keeps none does not check it.
    removal.basedOn = undo.basedOn;
    EXPECT_EQ(undo, removal);
    EXPECT_EQ(undo.basedOn > 0, m_repository->keepsHistory());
}

TEST_P(RepositoryChangeContract, AReplacedFigureKeepsItsPlace)
{
    const qsizetype at = indexOf(m_before.figures, QStringLiteral("fig-000-05"));
    ASSERT_GE(at, 0);
    Figure edited = m_before.figures.at(at);
    edited.value = 4321.5;
    edited.qualifier = QStringLiteral("about");
    edited.period = *Period::parse(u"2023-01/2023-12");
    edited.periodInferred = true;
    edited.periodNote = QStringLiteral("the year of the report");
    edited.citation = { QStringLiteral("src-002"), QStringLiteral("a different sentence"), 1200 };
    ChangeSet change;
    change.putFigures = { edited };
    const ChangeSet undo = applied(change);

    Dataset expected = m_before;
    expected.figures[at] = edited;
    expectSame(loaded(), expected);
    ASSERT_EQ(undo.putFigures.size(), 1);
    EXPECT_EQ(undo.putFigures.first(), m_before.figures.at(at)) << "the undo holds the figure as it was";
    EXPECT_TRUE(undo.removeFigures.isEmpty());
}

TEST_P(RepositoryChangeContract, AReplacedEventKeepsNoStaleCitationsActorsOrCharts)
{
    const qsizetype at = indexOf(m_before.events, QStringLiteral("evt-11"));
    ASSERT_GE(at, 0);
    ASSERT_EQ(m_before.events.at(at).citations.size(), 3);
    ASSERT_EQ(m_before.events.at(at).actors.size(), 2);
    Event edited = m_before.events.at(at);
    edited.title = QStringLiteral("A new title");
    edited.category = EventCategory::Diplomatic;
    edited.citations = { { QStringLiteral("src-003"), QStringLiteral("one quote"), 10 } };
    edited.actors = { QStringLiteral("Kenya") };
    edited.charts = { QStringLiteral("deployment") };
    ChangeSet change;
    change.putEvents = { edited };
    applied(change);

    Dataset expected = m_before;
    expected.events[at] = edited;
    expectSame(loaded(), expected);
    // Only the sources it quotes now list it as citing them.
    for (const Citation& citation : m_before.events.at(at).citations)
        EXPECT_EQ(citesEvent(citation.sourceId, QStringLiteral("evt-11")), citation.sourceId == u"src-003")
            << citation.sourceId.toStdString();

    // More citations than before, then none of its actors or charts.
    edited.citations = { { QStringLiteral("src-000"), QStringLiteral("a"), 1 },
        { QStringLiteral("src-001"), QStringLiteral("b"), 2 }, { QStringLiteral("src-002"), QStringLiteral("c"), 3 },
        { QStringLiteral("src-003"), QStringLiteral("d"), 4 } };
    edited.actors.clear();
    edited.charts.clear();
    change.putEvents = { edited };
    applied(change);
    expected.events[at] = edited;
    expectSame(loaded(), expected);
    for (const char* source : { "src-000", "src-001", "src-002", "src-003" })
        EXPECT_TRUE(citesEvent(QString::fromLatin1(source), QStringLiteral("evt-11"))) << source;
}

TEST_P(RepositoryChangeContract, AFigureIsRemoved)
{
    ChangeSet change;
    change.removeFigures = { QStringLiteral("fig-001-11") };
    const ChangeSet undo = applied(change);
    Dataset expected = m_before;
    const qsizetype at = indexOf(expected.figures, QStringLiteral("fig-001-11"));
    ASSERT_GE(at, 0);
    const Figure removed = expected.figures.takeAt(at);
    expectSame(loaded(), expected);
    EXPECT_TRUE(m_repository->existingIds(RecordKind::Figure, { QStringLiteral("fig-001-11") }).value().isEmpty());
    EXPECT_EQ(undo.putFigures, QList<Figure>({ removed }));
}

TEST_P(RepositoryChangeContract, AnEventIsRemovedWithItsCitationsActorsAndCharts)
{
    ChangeSet change;
    change.removeEvents = { QStringLiteral("evt-06") };
    applied(change);
    Dataset expected = m_before;
    expected.events.removeAt(indexOf(expected.events, QStringLiteral("evt-06")));
    expectSame(loaded(), expected);
    EXPECT_TRUE(m_repository->existingIds(RecordKind::Event, { QStringLiteral("evt-06") }).value().isEmpty());
    const Event removed = m_before.events.at(indexOf(m_before.events, QStringLiteral("evt-06")));
    ASSERT_FALSE(removed.citations.isEmpty());
    ASSERT_FALSE(removed.actors.isEmpty());
    ASSERT_FALSE(removed.charts.isEmpty());
    for (const Citation& citation : removed.citations)
        EXPECT_FALSE(citesEvent(citation.sourceId, QStringLiteral("evt-06"))) << citation.sourceId.toStdString();
    // Its actors, citations and charts went with it: an event put again under its id has only its own.
    Event again = removed;
    again.actors.clear();
    again.charts.clear();
    again.citations = { { QStringLiteral("src-000"), QStringLiteral("a quote"), 5 } };
    change = {};
    change.putEvents = { again };
    applied(change);
    ASSERT_EQ(loaded().events.last(), again);
    EXPECT_TRUE(loaded().events.last().actors.isEmpty());
    EXPECT_TRUE(loaded().events.last().charts.isEmpty());
}

TEST_P(RepositoryChangeContract, ASourceAndAFigureCitingItArePutTogether)
{
    Source source;
    source.id = QStringLiteral("src-new");
    source.document = QStringLiteral("new.txt");
    source.outlet = QStringLiteral("The Outlet");
    source.title = QStringLiteral("A report");
    source.published = *PartialDate::parse(u"2024-05");
    source.publishedInferred = true;
    source.publishedNote = QStringLiteral("from the file's date");
    source.url = QStringLiteral("https://example.org/report");
    ChangeSet change;
    change.putFigures = { newFigure(QStringLiteral("fig-new"), source.id) }; // listed first: order does not matter
    change.putSources = { source };
    applied(change);
    Dataset expected = m_before;
    expected.sources.append(source);
    expected.figures.append(change.putFigures.first());
    expectSame(loaded(), expected);
}

TEST_P(RepositoryChangeContract, ACitedSourceIsNotRemovedAndEveryCitingRecordIsNamed)
{
    const auto citing = m_repository->citing(QStringLiteral("src-004"));
    ASSERT_TRUE(citing.ok());
    QList<std::pair<RecordKind, QString>> events;
    for (const char* id : { "evt-11", "evt-12", "evt-13", "evt-17", "evt-18", "evt-27", "evt-28", "evt-31", "evt-32" })
        events.append({ RecordKind::Event, QString::fromLatin1(id) });
    EXPECT_EQ(citing.value(), events);
    // Figures first, then events, each in list order.
    const auto mixed = m_repository->citing(QStringLiteral("src-003"));
    ASSERT_TRUE(mixed.ok());
    QList<std::pair<RecordKind, QString>> both { { RecordKind::Figure, QStringLiteral("fig-003-01") },
        { RecordKind::Figure, QStringLiteral("fig-003-02") }, { RecordKind::Figure, QStringLiteral("fig-003-03") } };
    for (const char* id : { "evt-13", "evt-14", "evt-15", "evt-18", "evt-26", "evt-27", "evt-28", "evt-29", "evt-30" })
        both.append({ RecordKind::Event, QString::fromLatin1(id) });
    EXPECT_EQ(mixed.value(), both);
    EXPECT_TRUE(m_repository->citing(QStringLiteral("src-404")).value().isEmpty());

    ChangeSet change;
    change.removeSources = { QStringLiteral("src-003") };
    const Error error = refused(change);
    EXPECT_EQ(error.code, Error::Code::InvalidInput);
    EXPECT_EQ(error.record.kind, RecordKind::Source);
    EXPECT_EQ(error.record.id, u"src-003");
    ASSERT_EQ(error.problems.size(), both.size());
    for (qsizetype i = 0; i < both.size(); ++i) {
        const QString named
            = QStringLiteral("%1 \"%2\"")
                  .arg(both.at(i).first == RecordKind::Figure ? QStringLiteral("figure") : QStringLiteral("event"),
                      both.at(i).second);
        EXPECT_TRUE(error.message.contains(named)) << error.message.toStdString();
        EXPECT_TRUE(error.problems.at(i).detail.contains(named)) << error.problems.at(i).detail.toStdString();
        EXPECT_TRUE(error.problems.at(i).detail.contains(u"src-003"));
        EXPECT_EQ(error.problems.at(i).kind, Problem::Kind::StillReferenced);
        EXPECT_EQ(error.problems.at(i).file, m_repository->location().toString());
    }

    // Records removed with it, or replaced so that they cite it no more, no longer hold it.
    change.removeFigures = { QStringLiteral("fig-003-01"), QStringLiteral("fig-003-02"), QStringLiteral("fig-003-03") };
    change.removeEvents = { QStringLiteral("evt-13"), QStringLiteral("evt-14"), QStringLiteral("evt-26"),
        QStringLiteral("evt-27"), QStringLiteral("evt-28"), QStringLiteral("evt-29"), QStringLiteral("evt-30") };
    const Error still = refused(change);
    EXPECT_EQ(still.problems.size(), 2);
    for (const Problem& problem : still.problems)
        EXPECT_EQ(problem.kind, Problem::Kind::StillReferenced) << problem.detail.toStdString();
    EXPECT_TRUE(still.message.contains(u"event \"evt-15\"")) << still.message.toStdString();
    EXPECT_TRUE(still.message.contains(u"event \"evt-18\"")) << still.message.toStdString();
    EXPECT_FALSE(still.message.contains(u"evt-13")) << still.message.toStdString();
    EXPECT_FALSE(still.message.contains(u"fig-003-01")) << still.message.toStdString();
}

TEST_P(RepositoryChangeContract, ASourceCitedByManyRecordsNamesTheFirstHundredAndCountsTheRest)
{
    Source source;
    source.id = QStringLiteral("src-many");
    source.document = QStringLiteral("many.txt");
    ChangeSet change;
    change.putSources = { source };
    for (int i = 0; i < 150; ++i)
        change.putFigures.append(newFigure(QStringLiteral("fig-many-%1").arg(i, 3, 10, QLatin1Char('0')), source.id));
    applied(change);
    m_before = loaded();
    EXPECT_EQ(m_repository->citing(source.id).value().size(), 150);

    ChangeSet removal;
    removal.removeSources = { source.id };
    removal.removeFigures = { QStringLiteral("fig-many-000") };
    const Error error = refused(removal);
    ASSERT_EQ(error.problems.size(), 101) << "a hundred named, one counting the rest";
    for (const Problem& problem : error.problems)
        EXPECT_EQ(problem.kind, Problem::Kind::StillReferenced) << problem.detail.toStdString();
    EXPECT_TRUE(error.problems.first().detail.contains(u"figure \"fig-many-001\"")) << "fig-many-000 goes with it";
    EXPECT_TRUE(error.problems.at(99).detail.contains(u"figure \"fig-many-100\""));
    EXPECT_TRUE(error.problems.last().detail.contains(u"49 more")) << error.problems.last().detail.toStdString();
    EXPECT_TRUE(error.message.contains(u"figure \"fig-many-100\" and 49 more")) << error.message.toStdString();
    EXPECT_FALSE(error.message.contains(u"fig-many-101"));
}

TEST_P(RepositoryChangeContract, ASourceIsRemovedWithEverythingThatCitesIt)
{
    // src-003: three figures and nine events; one of those is kept, citing another source instead.
    Event kept = m_before.events.at(indexOf(m_before.events, QStringLiteral("evt-18")));
    kept.citations.erase(std::remove_if(kept.citations.begin(), kept.citations.end(),
                             [](const Citation& c) { return c.sourceId == u"src-003"; }),
        kept.citations.end());
    ASSERT_FALSE(kept.citations.isEmpty());
    ChangeSet change;
    change.removeSources = { QStringLiteral("src-003") };
    // The parent is removed before its child in the list: the order within a change does not matter.
    change.removeFigures = { QStringLiteral("fig-003-01"), QStringLiteral("fig-003-02"), QStringLiteral("fig-003-03") };
    change.removeEvents
        = { QStringLiteral("evt-13"), QStringLiteral("evt-14"), QStringLiteral("evt-15"), QStringLiteral("evt-26"),
              QStringLiteral("evt-27"), QStringLiteral("evt-28"), QStringLiteral("evt-29"), QStringLiteral("evt-30") };
    change.putEvents = { kept };
    applied(change);

    Dataset expected = m_before;
    ASSERT_EQ(expected.sources.at(3).id, u"src-003");
    expected.sources.removeAt(3);
    for (const QString& id : change.removeFigures)
        expected.figures.removeAt(indexOf(expected.figures, id));
    for (const QString& id : change.removeEvents)
        expected.events.removeAt(indexOf(expected.events, id));
    expected.events[indexOf(expected.events, QStringLiteral("evt-18"))] = kept;
    expectSame(loaded(), expected);
    EXPECT_TRUE(m_repository->citing(QStringLiteral("src-003")).value().isEmpty());
}

TEST_P(RepositoryChangeContract, AParentFigureWhosePartsStayIsNotRemoved)
{
    ChangeSet change;
    change.removeFigures = { QStringLiteral("fig-000-01"), QStringLiteral("fig-000-03") };
    const Error error = refused(change);
    EXPECT_EQ(error.code, Error::Code::InvalidInput);
    EXPECT_EQ(error.record.kind, RecordKind::Figure);
    EXPECT_EQ(error.record.id, u"fig-000-01");
    EXPECT_EQ(error.problems.size(), 2) << "fig-000-02 and fig-000-04 stay; fig-000-03 goes with it";
    for (const Problem& problem : error.problems)
        EXPECT_EQ(problem.kind, Problem::Kind::StillReferenced) << problem.detail.toStdString();
    EXPECT_TRUE(error.message.contains(u"figure \"fig-000-02\"")) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(u"figure \"fig-000-04\"")) << error.message.toStdString();

    // With its parts removed, or re-attached elsewhere, it goes.
    Figure moved = m_before.figures.at(indexOf(m_before.figures, QStringLiteral("fig-000-04")));
    moved.parentId = QStringLiteral("fig-000-07");
    change.removeFigures.append(QStringLiteral("fig-000-02"));
    change.putFigures = { moved };
    applied(change);
    const Dataset after = loaded();
    EXPECT_EQ(after.figures.size(), m_before.figures.size() - 3);
    EXPECT_EQ(indexOf(after.figures, QStringLiteral("fig-000-01")), -1);
    EXPECT_EQ(after.figures.at(indexOf(after.figures, QStringLiteral("fig-000-04"))), moved);
}

TEST_P(RepositoryChangeContract, BrokenReferencesAreRefusedAndNothingIsWritten)
{
    Source source;
    source.id = QStringLiteral("src-new");
    source.document = QStringLiteral("new.txt");
    const auto expectRefused = [&](const Figure& figure, const char* says) {
        ChangeSet change;
        change.putSources = { source }; // written first; must not stay
        change.putFigures = { newFigure(QStringLiteral("fig-good"), QStringLiteral("src-000")), figure };
        const Error error = refused(change);
        EXPECT_EQ(error.code, Error::Code::InvalidInput);
        EXPECT_TRUE(error.message.contains(QString::fromUtf8(says))) << error.message.toStdString();
        EXPECT_EQ(error.record.kind, RecordKind::Figure);
        EXPECT_EQ(error.record.id, figure.id);
        ASSERT_EQ(error.problems.size(), 1);
        EXPECT_EQ(error.problems.first().kind, Problem::Kind::UnknownReference);
    };
    Figure unknownSource = newFigure(QStringLiteral("fig-bad"), QStringLiteral("src-404"));
    expectRefused(unknownSource, "figure \"fig-bad\" cites source \"src-404\", which does not exist");
    Figure unknownMetric = newFigure(QStringLiteral("fig-bad"), QStringLiteral("src-000"));
    unknownMetric.metric = QStringLiteral("no_such_metric");
    expectRefused(unknownMetric, "metric \"no_such_metric\"");
    Figure unknownParent = newFigure(QStringLiteral("fig-bad"), QStringLiteral("src-000"));
    unknownParent.parentId = QStringLiteral("fig-404");
    expectRefused(unknownParent, "breaks down figure \"fig-404\"");
    // A source removed in the same change is gone for the records put.
    Figure citesRemoved = newFigure(QStringLiteral("fig-bad"), QStringLiteral("src-004"));
    ChangeSet change;
    change.putFigures = { citesRemoved };
    change.removeSources = { QStringLiteral("src-004") };
    for (const char* id : { "evt-11", "evt-12", "evt-13", "evt-17", "evt-18", "evt-27", "evt-28", "evt-31", "evt-32" })
        change.removeEvents.append(QString::fromLatin1(id));
    const Error removedSource = refused(change);
    EXPECT_TRUE(removedSource.message.contains(u"cites source \"src-004\", which does not exist"))
        << removedSource.message.toStdString();
    // An event too.
    Event event = m_before.events.first();
    event.citations.append({ QStringLiteral("src-404"), QStringLiteral("quote"), 0 });
    change = {};
    change.putEvents = { event };
    const Error eventError = refused(change);
    EXPECT_EQ(eventError.record.kind, RecordKind::Event);
    EXPECT_TRUE(eventError.message.contains(u"event \"evt-01\" cites source \"src-404\""))
        << eventError.message.toStdString();
}

TEST_P(RepositoryChangeContract, RecordsBreakingTheDatasetRulesAreRefused)
{
    Figure notANumber = newFigure(QStringLiteral("fig-nan"), QStringLiteral("src-000"));
    notANumber.value = std::numeric_limits<double>::quiet_NaN();
    Figure noQuote = newFigure(QStringLiteral("fig-noquote"), QStringLiteral("src-000"));
    noQuote.citation.quote = QStringLiteral("  ");
    Figure noPeriod = newFigure(QStringLiteral("fig-noperiod"), QStringLiteral("src-000"));
    noPeriod.period = Period();
    Event uncited = m_before.events.first();
    uncited.citations.clear();
    Event badChart = m_before.events.at(1);
    badChart.charts = { QStringLiteral("no-such-chart") };
    ChangeSet change;
    change.putFigures = { notANumber, noQuote, noPeriod };
    change.putEvents = { uncited, badChart };
    const Error error = refused(change);
    EXPECT_EQ(error.code, Error::Code::InvalidInput);
    ASSERT_EQ(error.problems.size(), 5) << error.message.toStdString();
    QList<Problem::Kind> kinds;
    for (const Problem& problem : error.problems)
        kinds.append(problem.kind);
    EXPECT_EQ(kinds,
        QList<Problem::Kind>({ Problem::Kind::InvalidValue, Problem::Kind::MissingField, Problem::Kind::InvalidDate,
            Problem::Kind::MissingField, Problem::Kind::InvalidValue }));
    for (const char* says : { "figure \"fig-nan\" has no finite value", "figure \"fig-noquote\" quotes nothing",
             "figure \"fig-noperiod\" has no valid period", "event \"evt-01\" needs at least one citation",
             "event \"evt-02\" is marked on unknown chart \"no-such-chart\"" })
        EXPECT_TRUE(error.message.contains(QString::fromUtf8(says))) << says << ": " << error.message.toStdString();

    // An id twice, or put and removed at once.
    change = {};
    change.putFigures = { m_before.figures.first(), m_before.figures.first() };
    change.removeEvents = { QStringLiteral("evt-01") };
    change.putEvents = { m_before.events.first() };
    const Error twice = refused(change);
    EXPECT_TRUE(twice.message.contains(u"figure \"fig-000-01\" is put twice")) << twice.message.toStdString();
    EXPECT_TRUE(twice.message.contains(u"event \"evt-01\" is both put and removed")) << twice.message.toStdString();
    ASSERT_EQ(twice.problems.size(), 2) << twice.message.toStdString();
    EXPECT_EQ(twice.problems.at(0).kind, Problem::Kind::DuplicateId);
    EXPECT_EQ(twice.problems.at(1).kind, Problem::Kind::Conflict);
}

TEST_P(RepositoryChangeContract, AFigureCannotBecomeItsOwnAncestor)
{
    // fig-000-02 breaks down fig-000-01; making fig-000-01 break down fig-000-02 closes a loop.
    Figure loop = m_before.figures.at(indexOf(m_before.figures, QStringLiteral("fig-000-01")));
    loop.parentId = QStringLiteral("fig-000-02");
    ChangeSet change;
    change.putFigures = { loop };
    const Error error = refused(change);
    EXPECT_TRUE(error.message.contains(u"figure \"fig-000-01\" is its own ancestor")) << error.message.toStdString();
    ASSERT_EQ(error.problems.size(), 1);
    EXPECT_EQ(error.problems.first().kind, Problem::Kind::ParentCycle);
}

TEST_P(RepositoryChangeContract, AnEventInAStoryIsNotRemoved)
{
    const Story story { QStringLiteral("story-1"), QStringLiteral("The mission"),
        { { QStringLiteral("evt-09"), QString() } } };
    ASSERT_TRUE(m_repository->saveStory(story).ok());
    m_before = loaded();
    ChangeSet change;
    change.removeEvents = { QStringLiteral("evt-09") };
    const Error error = refused(change);
    EXPECT_TRUE(error.message.contains(u"story \"story-1\"")) << error.message.toStdString();
    // Replacing it keeps the story's step.
    Event edited = m_before.events.at(indexOf(m_before.events, QStringLiteral("evt-09")));
    edited.title = QStringLiteral("Approved");
    change = {};
    change.putEvents = { edited };
    applied(change);
    EXPECT_EQ(loaded().stories, QList<Story>({ story }));
}

TEST_P(RepositoryChangeContract, RemovingAnUnknownIdIsAnErrorAndWritesNothing)
{
    ChangeSet change;
    change.removeFigures = { QStringLiteral("fig-000-11"), QStringLiteral("fig-404") };
    change.removeSources = { QStringLiteral("src-404") };
    const Error error = refused(change);
    EXPECT_EQ(error.code, Error::Code::NotFound);
    EXPECT_EQ(error.record.kind, RecordKind::Source);
    EXPECT_EQ(error.record.id, u"src-404");
    ASSERT_EQ(error.problems.size(), 2);
    EXPECT_EQ(error.problems.at(0).kind, Problem::Kind::UnknownReference);
    EXPECT_EQ(error.problems.at(1).kind, Problem::Kind::UnknownReference);
    EXPECT_TRUE(error.message.contains(u"figure \"fig-404\" does not exist")) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(u"source \"src-404\" does not exist")) << error.message.toStdString();
    change = {};
    change.removeEvents = { QStringLiteral("evt-404") };
    EXPECT_EQ(refused(change).code, Error::Code::NotFound);
}

TEST_P(RepositoryChangeContract, TheChangeApplyReturnsUndoesItExactlyAndItsOwnUndoRedoesIt)
{
    Source source;
    source.id = QStringLiteral("src-new");
    source.document = QStringLiteral("new.txt");
    Source renamed = m_before.sources.at(2);
    renamed.outlet = QStringLiteral("Renamed outlet");
    Figure replaced = m_before.figures.at(indexOf(m_before.figures, QStringLiteral("fig-001-05")));
    replaced.value = 1;
    replaced.citation.sourceId = source.id;
    Event recharted = m_before.events.at(indexOf(m_before.events, QStringLiteral("evt-10")));
    recharted.charts = { QStringLiteral("funding") };
    recharted.actors.append(QStringLiteral("Someone"));
    ChangeSet change;
    change.putSources = { source, renamed };
    change.putFigures = { newFigure(QStringLiteral("fig-new"), source.id), replaced };
    change.putEvents = { recharted };
    // From the middle of the lists, a parent with its parts, the first event and one with charts.
    change.removeFigures = { QStringLiteral("fig-002-06"), QStringLiteral("fig-002-07"), QStringLiteral("fig-002-08"),
        QStringLiteral("fig-002-09"), QStringLiteral("fig-000-11") };
    change.removeEvents = { QStringLiteral("evt-01"), QStringLiteral("evt-06") };
    const ChangeSet undo = applied(change);
    const Dataset changed = loaded();
    EXPECT_NE(changed, m_before);
    EXPECT_EQ(changed.figures.size(), m_before.figures.size() - 4);

    const ChangeSet redo = applied(undo);
    expectSame(loaded(), m_before);
    applied(redo);
    expectSame(loaded(), changed);

    // A removed record whose place another has taken since comes back at the end.
    ChangeSet last;
    last.removeFigures = { changed.figures.last().id };
    const ChangeSet undoLast = applied(last);
    ChangeSet taker;
    taker.putFigures = { newFigure(QStringLiteral("fig-taker"), QStringLiteral("src-000")) };
    applied(taker);
    applied(undoLast);
    const Dataset after = loaded();
    ASSERT_GE(after.figures.size(), 2);
    EXPECT_EQ(after.figures.at(after.figures.size() - 2).id, u"fig-taker");
    EXPECT_EQ(after.figures.last(), changed.figures.last());
}

TEST_P(RepositoryChangeContract, ANewRecordDoesNotReplaceOneWithItsId)
{
    // Made in a dialog while another edit added a record with the same id: refused, not replaced.
    Figure figure = newFigure(QStringLiteral("fig-000-01"), QStringLiteral("src-000"));
    ChangeSet change;
    change.putFigures = { figure };
    change.addOnly = true;
    const Error error = refused(change);
    EXPECT_EQ(error.code, Error::Code::InvalidInput);
    EXPECT_TRUE(error.message.contains(u"\u201cfig-000-01\u201d of the new figure is taken"))
        << error.message.toStdString();
    figure.id = QStringLiteral("fig-new");
    change.putFigures = { figure };
    applied(change);
    EXPECT_EQ(loaded().figures.last(), figure);
}

TEST_P(RepositoryChangeContract, AnEmptyChangeDoesNothing)
{
    const ChangeSet change;
    EXPECT_TRUE(change.isEmpty());
    const auto result = m_repository->apply(change);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.value().isEmpty());
    expectSame(loaded(), m_before);
}

INSTANTIATE_TEST_SUITE_P(Backends, RepositoryContract,
    ::testing::Values(crisis::test::sqliteBackend(), crisis::test::postgresBackend()),
    [](const ::testing::TestParamInfo<StoreBackend>& info) { return std::string(info.param.name); });
INSTANTIATE_TEST_SUITE_P(Backends, RepositoryChangeContract,
    ::testing::Values(crisis::test::sqliteBackend(), crisis::test::postgresBackend()),
    [](const ::testing::TestParamInfo<StoreBackend>& info) { return std::string(info.param.name); });
