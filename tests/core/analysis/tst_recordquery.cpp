#include "testsupport.h"

#include <crisis/core/analysis/recordquery.h>
#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/interchange/syntheticdata.h>
#include <crisis/core/storage/openrepository.h>

#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <numeric>

using namespace crisis::core;

namespace {

std::shared_ptr<const Workspace> syntheticWorkspace()
{
    static const auto workspace = Workspace::build(syntheticSnapshot({ 20000, 500, 7 }));
    return workspace;
}

QStringList idsOf(const Workspace& w, const std::vector<qint32>& rows)
{
    QStringList ids;
    for (const qint32 row : rows)
        ids.append(w.figures().id(row));
    return ids;
}

// The filter's text rule, written the slow and obvious way.
std::vector<qint32> naiveTextFilter(const Workspace& w, const QString& needle)
{
    std::vector<qint32> rows;
    const FigureTable& f = w.figures();
    for (qsizetype row = 0; row < f.size(); ++row) {
        const Metric* metric = w.metricOf(row);
        const Source* source = w.sourceOf(row);
        const bool found = f.quote(row).contains(needle, Qt::CaseInsensitive)
            || f.subject(row).contains(needle, Qt::CaseInsensitive)
            || f.subgroup(row).contains(needle, Qt::CaseInsensitive)
            || f.metric(row).contains(needle, Qt::CaseInsensitive)
            || (metric && metric->label.contains(needle, Qt::CaseInsensitive))
            || (source
                && (source->outlet.contains(needle, Qt::CaseInsensitive)
                    || source->title.contains(needle, Qt::CaseInsensitive)
                    || source->document.contains(needle, Qt::CaseInsensitive)))
            || f.id(row).compare(needle, Qt::CaseInsensitive) == 0;
        if (found)
            rows.push_back(static_cast<qint32>(row));
    }
    return rows;
}

} // namespace

TEST(RecordQuery, TextFilterFindsWhatAPlainSearchFinds)
{
    for (const auto& workspace : { crisis::test::bundledWorkspace(), syntheticWorkspace() }) {
        for (const char16_t* needle : { u"kidnap", u"KIDNAPPED", u"Sudan", u"according to", u"U.N.", u"the", u"z",
                 u"over the period", u"Latin Post", u"Women", u"Haiti", u"s", u"half of whom" }) {
            RecordFilter filter;
            filter.text = QString::fromUtf16(needle);
            EXPECT_EQ(filterFigures(*workspace, filter), naiveTextFilter(*workspace, filter.text))
                << QString::fromUtf16(needle).toStdString() << " in " << workspace->location().toString().toStdString();
        }
    }
}

TEST(RecordQuery, ANumberFindsTheValueHoweverItIsWritten)
{
    RecordFilter filter;
    filter.text = QStringLiteral("2728");
    EXPECT_EQ(idsOf(*crisis::test::bundledWorkspace(), filterFigures(*crisis::test::bundledWorkspace(), filter)),
        QStringList({ QStringLiteral("fig-000-01") }));
    filter.text = QStringLiteral("2,728");
    EXPECT_TRUE(idsOf(*crisis::test::bundledWorkspace(), filterFigures(*crisis::test::bundledWorkspace(), filter))
                    .contains(u"fig-000-01"));
}

TEST(RecordQuery, FiltersCombine)
{
    const Workspace& w = *crisis::test::bundledWorkspace();
    RecordFilter filter;
    filter.metric = QStringLiteral("personnel");
    filter.subject = QStringLiteral("Kenya");
    filter.from = QDate(2024, 1, 1);
    EXPECT_EQ(idsOf(w, filterFigures(w, filter)),
        QStringList({ QStringLiteral("fig-001-01"), QStringLiteral("fig-001-02"), QStringLiteral("fig-001-08"),
            QStringLiteral("fig-002-04"), QStringLiteral("fig-003-01"), QStringLiteral("fig-003-02") }));
    filter.to = QDate(2024, 12, 31);
    filter.sourceId = QStringLiteral("src-003");
    EXPECT_EQ(idsOf(w, filterFigures(w, filter)),
        QStringList({ QStringLiteral("fig-003-01"), QStringLiteral("fig-003-02") }));
    // A date range keeps what overlaps it: the Oct 2022 - Jun 2023 reports reach into 2023.
    RecordFilter in2023;
    in2023.from = QDate(2023, 6, 1);
    in2023.to = QDate(2023, 6, 30);
    EXPECT_TRUE(idsOf(w, filterFigures(w, in2023)).contains(u"fig-000-01"));
    EXPECT_FALSE(idsOf(w, filterFigures(w, in2023)).contains(u"fig-000-09"));
    RecordFilter unknown;
    unknown.subject = QStringLiteral("Atlantis");
    EXPECT_TRUE(filterFigures(w, unknown).empty());
}

TEST(RecordQuery, EventsFilterByCategoryTextAndSource)
{
    const Workspace& w = *crisis::test::bundledWorkspace();
    RecordFilter filter;
    filter.category = EventCategory::SecurityDeployment;
    const std::vector<qint32> deployments = filterEvents(w, filter);
    ASSERT_FALSE(deployments.empty());
    for (const qint32 i : deployments)
        EXPECT_EQ(w.events().at(i).category, EventCategory::SecurityDeployment);
    EXPECT_TRUE(filterFigures(w, filter).empty()) << "a category is about events";
    RecordFilter text;
    text.text = QStringLiteral("bwa kale");
    ASSERT_EQ(filterEvents(w, text).size(), 1U);
    EXPECT_EQ(w.events().at(filterEvents(w, text).front()).id, u"evt-03");
    RecordFilter source;
    source.sourceId = QStringLiteral("src-004");
    for (const qint32 i : filterEvents(w, source)) {
        const auto& citations = w.events().at(i).citations;
        EXPECT_TRUE(std::any_of(
            citations.cbegin(), citations.cend(), [](const Citation& c) { return c.sourceId == u"src-004"; }));
    }
    EXPECT_EQ(filterEvents(w, source).size(), 9U); // evt-11, 12, 13, 17, 18, 27, 28, 31 and 32
}

TEST(RecordQuery, EverySortKeyOrdersAndKeepsDatasetOrderForTies)
{
    const Workspace& w = *syntheticWorkspace();
    const FigureTable& f = w.figures();
    std::vector<qint32> all(static_cast<size_t>(f.size()));
    std::iota(all.begin(), all.end(), 0);
    const auto check = [&](FigureSortKey key, auto keyOf) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            std::vector<qint32> rows = all;
            sortFigures(w, rows, key, order);
            for (size_t i = 1; i < rows.size(); ++i) {
                const auto a = keyOf(rows[i - 1]);
                const auto b = keyOf(rows[i]);
                if (order == Qt::AscendingOrder) {
                    ASSERT_LE(a, b) << "key " << static_cast<int>(key) << " at " << i;
                } else {
                    ASSERT_GE(a, b) << "key " << static_cast<int>(key) << " at " << i;
                }
                if (a == b) {
                    ASSERT_LT(rows[i - 1], rows[i]) << "ties keep dataset order";
                }
            }
        }
    };
    check(FigureSortKey::Value, [&](qint32 r) { return f.value(r); });
    check(FigureSortKey::Period, [&](qint32 r) { return std::pair { f.earliestDay(r), f.latestDay(r) }; });
    check(FigureSortKey::Status, [&](qint32 r) { return static_cast<int>(f.status(r)); });
    check(FigureSortKey::Subject, [&](qint32 r) { return w.subjectRank()[f.subjectCode(r)]; });
    check(FigureSortKey::Quote, [&](qint32 r) { return f.quote(r).toLower(); });
    check(FigureSortKey::Id, [&](qint32 r) { return f.id(r).toLower(); });
}

TEST(RecordQuery, TextRanksAgreeWithADirectComparison)
{
    // Long shared openings, case differences, exact duplicates, and differences past 16 and 32 bytes.
    Dataset data;
    data.sources.append({ QStringLiteral("s"), QStringLiteral("s.txt"), {}, {}, {}, {}, {}, {}, false, {}, {} });
    const QStringList quotes { QStringLiteral("The U.N. said about 1,200 people were killed in Sudan."),
        QStringLiteral("The U.N. said about 1,200 people were killed in Chad."),
        QStringLiteral("the u.n. said about 1,200 people were killed in sudan."), QStringLiteral("The U.N."),
        QStringLiteral("The U.N. said about 1,200 people were killed in Sudan."), QStringLiteral("Zebra"),
        QStringLiteral("abc"), QStringLiteral("The U.N. said about 1,200 people were killed in Sudan!"),
        QStringLiteral("0123456789abcdef0123456789abcdefX"), QStringLiteral("0123456789abcdef0123456789abcdefY"),
        QStringLiteral("0123456789abcdefZ"), QStringLiteral("Mo\u00efse"), QStringLiteral("Moise") };
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        Figure fig;
        fig.id = QStringLiteral("f%1").arg(i);
        fig.metric = QStringLiteral("homicides");
        fig.period = Period(PartialDate::fromParts(2024));
        fig.citation = { QStringLiteral("s"), quotes.at(i), 0 };
        data.figures.append(fig);
    }
    const FigureTable table = FigureTable::fromFigures(data.figures);
    const auto foldedLess = [](const QString& a, const QString& b) {
        const QByteArray x = a.toUtf8().toLower();
        const QByteArray y = b.toUtf8().toLower();
        return x < y;
    };
    for (const int threads : { 1, 2 }) {
        const std::vector<qint32> ranks = textRanks(table, &FigureTable::quoteUtf8, threads);
        for (qsizetype a = 0; a < quotes.size(); ++a) {
            for (qsizetype b = 0; b < quotes.size(); ++b) {
                const bool less = foldedLess(quotes.at(a), quotes.at(b));
                const bool equal = !less && !foldedLess(quotes.at(b), quotes.at(a));
                EXPECT_EQ(ranks[a] < ranks[b], less)
                    << quotes.at(a).toStdString() << " / " << quotes.at(b).toStdString();
                EXPECT_EQ(ranks[a] == ranks[b], equal)
                    << quotes.at(a).toStdString() << " / " << quotes.at(b).toStdString();
            }
        }
    }
    // And at scale, with the parallel path.
    const Workspace& w = *syntheticWorkspace();
    const std::vector<qint32>& ranks = w.quoteRanks();
    const FigureTable& f = w.figures();
    for (qsizetype row = 1; row < f.size(); row += 7) {
        const qsizetype other = (row * 7919) % f.size();
        const QByteArray a = f.quote(row).toUtf8().toLower();
        const QByteArray b = f.quote(other).toUtf8().toLower();
        ASSERT_EQ(ranks[row] < ranks[other], a < b) << row << " " << other;
        ASSERT_EQ(ranks[row] == ranks[other], a == b) << row << " " << other;
    }
}

TEST(RecordQuery, QuotesThatShareAMegabyteRankOnASmallStack)
{
    // Two figures quoting the same megabyte (and a third differing in its last byte) once overflowed the stack of
    // the thread that ranks quotes: a call per sixteen shared bytes. The window ranks them on a pool thread; here
    // a thread with a quarter of a megabyte of stack, which that recursion needed 65,536 frames of.
    const QString shared(1024 * 1024, u'a');
    QList<Figure> list;
    for (const QString& quote :
        { shared, shared, QString(shared).replace(shared.size() - 1, 1, u'b'), shared.left(5) }) {
        Figure fig;
        fig.id = QStringLiteral("f%1").arg(list.size());
        fig.metric = QStringLiteral("homicides");
        fig.period = Period(PartialDate::fromParts(2024));
        fig.citation = { QStringLiteral("s"), quote, 0 };
        list.append(fig);
    }
    const FigureTable table = FigureTable::fromFigures(list);
    std::vector<qint32> ranks;
    std::unique_ptr<QThread> thread(QThread::create([&] { ranks = textRanks(table, &FigureTable::quoteUtf8, 1); }));
    thread->setStackSize(256 * 1024);
    thread->start();
    ASSERT_TRUE(thread->wait());
    ASSERT_EQ(ranks.size(), 4u);
    EXPECT_EQ(ranks[0], ranks[1]);
    EXPECT_LT(ranks[3], ranks[0]);
    EXPECT_LT(ranks[0], ranks[2]);
}

TEST(RecordQuery, LoadingInTwoHalvesGivesTheSameTable)
{
    // A database large enough for the loader to split its reading over two threads.
    QTemporaryDir dir;
    const Snapshot synthetic = syntheticSnapshot({ 70000, 10, 3 });
    const QString path = dir.filePath(QStringLiteral("big.sqlite"));
    {
        auto repository = openRepository(StoreLocation::file(path), OpenMode::CreateEmpty);
        ASSERT_TRUE(repository.ok());
        ASSERT_TRUE(repository.value()->add(synthetic).ok());
    }
    auto repository = openRepository(StoreLocation::file(path), OpenMode::Existing);
    ASSERT_TRUE(repository.ok());
    const auto loaded = repository.value()->loadSnapshot();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    const FigureTable& a = synthetic.figures;
    const FigureTable& b = loaded.value().figures;
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype row = 0; row < a.size(); row += 13)
        ASSERT_EQ(a.figure(row), b.figure(row)) << "row " << row;
    EXPECT_EQ(a.figure(a.size() - 1), b.figure(b.size() - 1));
    EXPECT_EQ(b.rowOfId(a.id(69999)), 69999);
    EXPECT_EQ(b.rowOfId(a.id(12)), 12);
    EXPECT_EQ(b.rowOfId(u"nope"), -1);
}

TEST(RecordQuery, EventsFilterByStatus)
{
    const Workspace& w = *crisis::test::bundledWorkspace();
    for (const EventStatus status : allEventStatuses()) {
        RecordFilter filter;
        filter.eventStatus = status;
        EXPECT_FALSE(filter.isEmpty());
        std::vector<qint32> expected;
        for (qsizetype i = 0; i < w.events().size(); ++i) {
            if (w.events().at(i).status == status)
                expected.push_back(static_cast<qint32>(i));
        }
        EXPECT_FALSE(expected.empty()) << "the bundled dataset has events of each status";
        EXPECT_EQ(filterEvents(w, filter), expected);
        // An event's status narrows to events: no figure has one.
        EXPECT_TRUE(filterFigures(w, filter).empty());
    }
    RecordFilter expected;
    expected.eventStatus = EventStatus::Expected;
    EXPECT_EQ(filterEvents(w, expected).size(), 7U);
}
