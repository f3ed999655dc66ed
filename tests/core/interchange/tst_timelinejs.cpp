#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/interchange/importing.h>
#include <crisis/core/interchange/timelinejs.h>
#include <crisis/core/storage/openrepository.h>
#include <crisis/core/support/textoffsets.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace crisis::core;
using crisis::test::onlyError;
using crisis::test::problemsText;
using crisis::test::sourceFile;

namespace {

// A context whose database holds the bundled dataset's sources.
ImportContext bundledContext(const QString& fileName)
{
    ImportContext context;
    context.fileName = fileName;
    const Dataset dataset = bundledDataset();
    QStringList ids;
    for (const Source& source : dataset.sources)
        ids.append(source.id);
    context.sourceExists = [ids](QStringView id) { return ids.contains(id.toString()); };
    context.sourceIdTaken = context.sourceExists;
    return context;
}

ParseResult<ImportedData> readBytes(const QByteArray& bytes, const QString& fileName)
{
    return readImport(bytes, ImportFormat::Auto, bundledContext(fileName));
}

const QByteArray sheetHeader = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
                               "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n";

void expectSameEvents(const QList<Event>& read, const QList<Event>& expected)
{
    ASSERT_EQ(read.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(read.at(i), expected.at(i)) << expected.at(i).id.toStdString();
        EXPECT_EQ(read.at(i).charts, expected.at(i).charts) << expected.at(i).id.toStdString();
    }
}

} // namespace

TEST(TimelineJs, JsonRoundTripGivesTheBundledEventsBack)
{
    const Snapshot bundled = Snapshot::fromDataset(bundledDataset());
    const QByteArray json = writeTimelineJsJson(bundled);
    const auto read = readBytes(json, QStringLiteral("haiti-timeline.json"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    EXPECT_EQ(read.value.format, QStringLiteral("TimelineJS JSON"));
    expectSameEvents(read.value.data.events, bundled.events);
    EXPECT_TRUE(read.value.data.sources.isEmpty()); // the events cite the database's sources, not the file
}

TEST(TimelineJs, SheetRoundTripGivesTheBundledEventsBack)
{
    const Snapshot bundled = Snapshot::fromDataset(bundledDataset());
    const QByteArray csv = writeTimelineJsCsv(bundled);
    const auto read = readBytes(csv, QStringLiteral("haiti-timeline.csv"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    EXPECT_EQ(read.value.format, QStringLiteral("TimelineJS CSV"));
    expectSameEvents(read.value.data.events, bundled.events);
    EXPECT_EQ(read.value.data.title, bundled.title); // the title slide
}

TEST(TimelineJs, ExpectedAndProposedEventsSayItOnTheSlideAndComeBack)
{
    Snapshot data = Snapshot::fromDataset(bundledDataset());
    ASSERT_GE(data.events.size(), 3);
    data.events[0].status = EventStatus::Expected;
    data.events[1].status = EventStatus::Proposed;
    for (const bool sheet : { false, true }) {
        const QByteArray bytes = sheet ? writeTimelineJsCsv(data) : writeTimelineJsJson(data);
        // TimelineJS shows the text: the status is written there, in words.
        EXPECT_TRUE(bytes.contains("<strong>Expected</strong>")) << sheet;
        EXPECT_TRUE(bytes.contains("<strong>Proposed</strong>")) << sheet;
        const auto expected = std::count_if(
            data.events.cbegin(), data.events.cend(), [](const Event& e) { return e.status == EventStatus::Expected; });
        EXPECT_EQ(bytes.count("<strong>Expected</strong>"), expected) << "only the expected events say so";
        const auto read = readBytes(bytes, sheet ? QStringLiteral("timeline.csv") : QStringLiteral("timeline.json"));
        ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
        EXPECT_EQ(read.value.data.events.at(0).status, EventStatus::Expected);
        EXPECT_EQ(read.value.data.events.at(1).status, EventStatus::Proposed);
        EXPECT_EQ(read.value.data.events.at(2).status, EventStatus::Occurred);
        expectSameEvents(read.value.data.events, data.events);
    }
}

TEST(TimelineJs, WrittenSlidesShowCitationsOutletsAndCategories)
{
    const Dataset dataset = bundledDataset();
    const Snapshot bundled = Snapshot::fromDataset(dataset);
    const QJsonObject root = QJsonDocument::fromJson(writeTimelineJsJson(bundled)).object();
    EXPECT_EQ(root.value(QStringLiteral("title"))
                  .toObject()
                  .value(QStringLiteral("text"))
                  .toObject()
                  .value(QStringLiteral("headline")),
        escapeHtml(bundled.title));
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), bundled.events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event& event = bundled.events.at(i);
        const QJsonObject slide = events.at(i).toObject();
        const QString text = plainTextFromHtml(
            slide.value(QStringLiteral("text")).toObject().value(QStringLiteral("text")).toString());
        // Each quote is in the slide's text with the outlet (or our description of the source) that states it.
        for (const Citation& citation : event.citations) {
            EXPECT_TRUE(text.contains(citation.quote)) << event.id.toStdString();
            const Source* source = dataset.findSource(citation.sourceId);
            ASSERT_NE(source, nullptr);
            const QString credited = source->outlet.isEmpty() ? source->description : source->outlet;
            EXPECT_TRUE(text.contains(credited)) << event.id.toStdString();
        }
        // No media: TimelineJS stops at a media object without a URL, and shows an article's URL as a broken image.
        EXPECT_FALSE(slide.contains(QStringLiteral("media"))) << event.id.toStdString();
        EXPECT_EQ(slide.value(QStringLiteral("start_date")).toObject().value(QStringLiteral("year")).toString(),
            QString::number(event.period.start().year()));
        EXPECT_EQ(slide.value(QStringLiteral("unique_id")).toString(), event.id);
        EXPECT_FALSE(slide.value(QStringLiteral("group")).toString().isEmpty());
        // An inferred date says so where readers see it.
        if (event.periodInferred) {
            EXPECT_TRUE(slide.value(QStringLiteral("display_date")).toString().contains(QStringLiteral("inferred")));
            EXPECT_TRUE(text.contains(event.periodNote));
        }
    }
}

TEST(TimelineJs, AnArticlesAddressIsALinkInItsCitationNeverMedia)
{
    Snapshot data = Snapshot::fromDataset(bundledDataset());
    const QString url = QStringLiteral("https://example.org/haiti?a=1&b=2");
    data.sources[3].url = url; // ICARO Media Group, cited by several events
    data.sources[0].url = QStringLiteral("javascript:alert(1)");
    const QByteArray json = writeTimelineJsJson(data);
    EXPECT_TRUE(json.contains("<a href=\\\"https://example.org/haiti?a=1&amp;b=2\\\">ICARO Media Group</a>"))
        << json.left(3000).toStdString();
    EXPECT_FALSE(json.contains("javascript:")) << "only web addresses are linked";
    EXPECT_FALSE(json.contains("\"media\""));
    const QByteArray csv = writeTimelineJsCsv(data);
    EXPECT_TRUE(csv.contains("<a href=\"\"https://example.org/haiti?a=1&amp;b=2\"\">ICARO Media Group</a>"));
    // The sheet's Media column stays empty on every row: reading it back finds no media.
    const auto read = readBytes(csv, QStringLiteral("haiti-timeline.csv"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    EXPECT_TRUE(crisis::test::problemsOfKind(read.problems, Problem::Kind::Ignored).isEmpty())
        << "no slide has media, nothing is left out: " << problemsText(read.problems).toStdString();
}

TEST(TimelineJs, HeadlinesAndDatesEditedInTheSheetWin)
{
    const Snapshot bundled = Snapshot::fromDataset(bundledDataset());
    QJsonObject root = QJsonDocument::fromJson(writeTimelineJsJson(bundled)).object();
    QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QJsonObject slide = events.at(9).toObject(); // evt-10, June 2024
    ASSERT_EQ(slide.value(QStringLiteral("unique_id")).toString(), QStringLiteral("evt-10"));
    QJsonObject text = slide.value(QStringLiteral("text")).toObject();
    text.insert(QStringLiteral("headline"), QStringLiteral("Kenyan police land in Port-au-Prince &amp; deploy"));
    slide.insert(QStringLiteral("text"), text);
    slide.insert(QStringLiteral("start_date"),
        QJsonObject {
            { QStringLiteral("year"), 2024 }, { QStringLiteral("month"), 6 }, { QStringLiteral("day"), 25 } });
    events.replace(9, slide);
    root.insert(QStringLiteral("events"), events);
    const auto read = readBytes(QJsonDocument(root).toJson(), QStringLiteral("edited.json"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    const Event& edited = read.value.data.events.at(9);
    EXPECT_EQ(edited.title, QStringLiteral("Kenyan police land in Port-au-Prince & deploy"));
    EXPECT_EQ(edited.period.toEdtf(), QStringLiteral("2024-06-25"));
    EXPECT_EQ(edited.citations, bundled.events.at(9).citations);
}

TEST(TimelineJs, ThirdPartySheetBecomesEventsCitingTheFile)
{
    // The sample sheet that ships with TimelineJS, unchanged (tests/data/timelinejs/README.md).
    const QByteArray bytes = sourceFile(QStringLiteral("tests/data/timelinejs/women_in_computing.csv"));
    ASSERT_FALSE(bytes.isEmpty());
    const auto read = readBytes(bytes, QStringLiteral("women_in_computing.csv"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    const ImportedData& data = read.value;
    ASSERT_EQ(data.data.events.size(), 10);
    ASSERT_EQ(data.data.sources.size(), 1);
    const Source& file = data.data.sources.constFirst();
    EXPECT_EQ(file.id, QStringLiteral("src-women-in-computing"));
    EXPECT_EQ(file.document, QStringLiteral("women_in_computing.csv"));
    EXPECT_EQ(file.title, QStringLiteral("Women in Computing")); // the title slide

    const Event& lovelace = data.data.events.at(0);
    EXPECT_EQ(lovelace.title, QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(lovelace.period.toEdtf(), QStringLiteral("1815-12-10/1852-11-27"));
    EXPECT_EQ(lovelace.category, EventCategory::Other);
    // HTML reduced to what a reader sees: links and spans gone, entities and quotes decoded.
    EXPECT_TRUE(lovelace.summary.startsWith(QStringLiteral("Women have been programming since before it was a "
                                                           "thing. Take Ada Lovelace: Daughter of Lord Byron")))
        << lovelace.summary.toStdString();
    EXPECT_FALSE(lovelace.summary.contains(u'<'));
    EXPECT_TRUE(lovelace.summary.contains(QStringLiteral("\n\nThis slide demonstrates a simple \"image\" media type.")))
        << lovelace.summary.toStdString();
    // Partial dates keep their precision: July 1943 to 1946.
    const Event& eniac = data.data.events.at(2);
    EXPECT_EQ(eniac.period.start().precision(), PartialDate::Precision::Month);
    EXPECT_EQ(eniac.period.end().precision(), PartialDate::Precision::Year);

    // Each event's quote stands at its offset in the file's text.
    const QString text = QString::fromUtf8(bytes);
    for (const Event& event : data.data.events) {
        ASSERT_EQ(event.citations.size(), 1);
        const Citation& citation = event.citations.constFirst();
        EXPECT_EQ(citation.sourceId, file.id);
        EXPECT_EQ(text.mid(utf16IndexOfCodePoint(text, citation.offset), citation.quote.size()), citation.quote)
            << event.id.toStdString();
        EXPECT_TRUE(citation.quote.contains(event.title.left(10))) << event.id.toStdString();
    }
    // Media is left out with a warning, not silently.
    bool warned = false;
    for (const Problem& problem : read.problems)
        warned = warned
            || (problem.kind == Problem::Kind::Ignored && problem.severity == Problem::Severity::Warning
                && problem.detail.contains(QStringLiteral("media")));
    EXPECT_TRUE(warned) << problemsText(read.problems).toStdString();
}

TEST(TimelineJs, ThirdPartyJsonBecomesEventsAndErasAreLeftOutWithAWarning)
{
    const QByteArray bytes = sourceFile(QStringLiteral("tests/data/timelinejs/eras.json"));
    const auto read = readBytes(bytes, QStringLiteral("eras.json"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    EXPECT_EQ(read.value.format, QStringLiteral("TimelineJS JSON"));
    EXPECT_EQ(read.value.data.events.size(), 20);
    // Among what is left out (its media too), the eras, counted.
    bool eras = false;
    for (const Problem& problem : crisis::test::problemsOfKind(read.problems, Problem::Kind::Ignored))
        eras = eras
            || (problem.severity == Problem::Severity::Warning && problem.detail.startsWith(QStringLiteral("3 era")));
    EXPECT_TRUE(eras) << problemsText(read.problems).toStdString();
    const QString text = QString::fromUtf8(bytes);
    for (const Event& event : read.value.data.events) {
        const Citation& citation = event.citations.constFirst();
        EXPECT_EQ(text.mid(utf16IndexOfCodePoint(text, citation.offset), citation.quote.size()), citation.quote);
        EXPECT_FALSE(event.title.isEmpty());
        EXPECT_GE(event.period.start().year(), 1);
    }
}

TEST(TimelineJs, GroupsMatchOurCategoriesByLabelOrKey)
{
    const QByteArray sheet = sheetHeader + "2024,6,25,,,,,,,Police arrive,,,,,,,Security deployment,\n"
        + "2024,7,,,,,,,,Aid cut,,,,,,,humanitarian,\n" + "2024,,,,,,,,,Concert,,,,,,,Music,\n";
    const auto read = readBytes(sheet, QStringLiteral("groups.csv"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    ASSERT_EQ(read.value.data.events.size(), 3);
    EXPECT_EQ(read.value.data.events.at(0).category, EventCategory::SecurityDeployment);
    EXPECT_EQ(read.value.data.events.at(1).category, EventCategory::Humanitarian);
    EXPECT_EQ(read.value.data.events.at(2).category, EventCategory::Other);
    EXPECT_EQ(read.value.data.events.at(2).period.toEdtf(), QStringLiteral("2024"));
}

TEST(TimelineJs, HtmlIsReducedToPlainText)
{
    EXPECT_EQ(plainTextFromHtml(u"<p>One &amp; two</p><p>Three&nbsp;four &#8217;five&#x2019;</p>"),
        QStringLiteral("One & two\n\nThree\u00a0four \u2019five\u2019"));
    EXPECT_EQ(plainTextFromHtml(u"a<br>b<br/>c"), QStringLiteral("a\nb\nc"));
    EXPECT_EQ(plainTextFromHtml(u"  spread \n over\tlines  "), QStringLiteral("spread over lines"));
    EXPECT_EQ(plainTextFromHtml(u"<script>alert(1)</script>safe<style>p{}</style>"), QStringLiteral("safe"));
    EXPECT_EQ(plainTextFromHtml(u"1 < 2 and 3 > 2 &unknown; &"), QStringLiteral("1 < 2 and 3 > 2 &unknown; &"));
    EXPECT_EQ(plainTextFromHtml(u"<!-- hidden -->seen"), QStringLiteral("seen"));
    EXPECT_EQ(plainTextFromHtml(u"<a href=\"x\">link</a> text"), QStringLiteral("link text"));
    EXPECT_EQ(plainTextFromHtml(escapeHtml(u"<b> & \"q\"")), QStringLiteral("<b> & \"q\""));
}

// Bad input: a clear error at the file, line and column; no events.
struct BadTimeline
{
    const char* name;
    QByteArray bytes;
    int line;
    int column;
    Problem::Kind kind;
};

class TimelineJsBadInput : public testing::TestWithParam<BadTimeline>
{ };

TEST_P(TimelineJsBadInput, IsRefusedAtItsPlace)
{
    const BadTimeline& bad = GetParam();
    const auto read = readImport(bad.bytes, ImportFormat::TimelineJs, bundledContext(QStringLiteral("bad")));
    ASSERT_FALSE(read.ok());
    const Problem error = onlyError(read.problems);
    EXPECT_EQ(error.file, QStringLiteral("bad"));
    EXPECT_EQ(error.line, bad.line) << error.toString().toStdString();
    EXPECT_EQ(error.column, bad.column) << error.toString().toStdString();
    EXPECT_EQ(error.kind, bad.kind) << error.toString().toStdString();
    EXPECT_TRUE(read.value.data.events.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Cases, TimelineJsBadInput,
    testing::Values(BadTimeline { "YearNotAYear", sheetHeader + "yesterday,,,,,,,,,Title,,,,,,,,\n", 2, 1,
                        Problem::Kind::InvalidDate },
        BadTimeline {
            "MonthThirteen", sheetHeader + "2023,13,1,,,,,,,Title,,,,,,,,\n", 2, 6, Problem::Kind::InvalidDate },
        BadTimeline {
            "DayNotInMonth", sheetHeader + "2024,4,31,,,,,,,Title,,,,,,,,\n", 2, 8, Problem::Kind::InvalidDate },
        BadTimeline {
            "DayWithoutMonth", sheetHeader + "2024,,3,,,,,,,Title,,,,,,,,\n", 2, 7, Problem::Kind::MissingField },
        BadTimeline {
            "EndBeforeStart", sheetHeader + "2024,5,,,2023,,,,,Title,,,,,,,,\n", 2, 10, Problem::Kind::InvalidDate },
        BadTimeline { "NoYear", sheetHeader + ",5,,,,,,,,Title,,,,,,,,\n", 2, 1, Problem::Kind::MissingField },
        BadTimeline {
            "BeforeTheCommonEra", sheetHeader + "-300,,,,,,,,,Plato,,,,,,,,\n", 2, 1, Problem::Kind::InvalidDate },
        BadTimeline { "WrongFieldCount", sheetHeader + "2024,5,1,Title\n", 2, 1, Problem::Kind::Syntax },
        BadTimeline {
            "UnbalancedQuote", sheetHeader + "2024,5,1,,,,,,,\"Title,,,,,,,,\n", 2, 16, Problem::Kind::Syntax },
        BadTimeline { "NoHeadlineColumn", "Year,Month,Day,Text\n2024,5,1,x\n", 1, 1, Problem::Kind::ColumnMapping },
        BadTimeline { "DuplicateId",
            "{\"events\": [\n{\"unique_id\": \"a\", \"start_date\": {\"year\": 2024}, \"text\": "
            "{\"headline\": \"One\"}},\n{\"unique_id\": \"a\", \"start_date\": {\"year\": "
            "2025}, \"text\": {\"headline\": \"Two\"}}]}",
            3, 1, Problem::Kind::DuplicateId },
        BadTimeline { "JsonTruncated", "{\"events\": [{\"start_date\": {\"year\": 2024}, \"text\": {\"head", 1, 58,
            Problem::Kind::Syntax },
        BadTimeline {
            "JsonWrongShape", "{\"events\": {\"start_date\": 2024}}", 1, 12, Problem::Kind::UnsupportedFormat },
        BadTimeline { "EventNotAnObject", "{\"events\": [\n  42\n]}", 2, 3, Problem::Kind::InvalidValue },
        BadTimeline { "JsonMonthNotAMonth",
            "{\"events\": [{\"start_date\": {\"year\": 2023, \"month\": \"13\"}, \"text\": {\"headline\": \"x\"}}]}", 1,
            52, Problem::Kind::InvalidDate },
        BadTimeline { "UnknownSource",
            "{\"events\": [{\"start_date\": {\"year\": 2024}, \"text\": {\"headline\": \"x\"},\n \"crisis_timeline\": "
            "{\"id\": \"e\", \"category\": \"violence\", \"citations\": [{\"source\": \"src-nowhere\", \"quote\": "
            "\"q\", \"offset\": 0}]}}]}",
            2, 21, Problem::Kind::UnknownReference },
        BadTimeline { "NoDatedSlides", sheetHeader + ",,,,,,,,,Just a title,,,,,,title,,\n", 1, 1,
            Problem::Kind::NothingToImport }),
    [](const testing::TestParamInfo<BadTimeline>& info) { return std::string(info.param.name); });

TEST(TimelineJs, ImportIntoADatabaseIsAllOrNothing)
{
    QTemporaryDir dir;
    auto opened = openRepository(StoreLocation::file(dir.filePath(QStringLiteral("db.sqlite"))), OpenMode::CreateEmpty);
    ASSERT_TRUE(opened.ok());
    Repository& repository = *opened.value();
    const QByteArray sheet = sourceFile(QStringLiteral("tests/data/timelinejs/women_in_computing.csv"));
    const ImportReport report
        = importInto(repository, sheet, QStringLiteral("women_in_computing.csv"), ImportFormat::Auto, false);
    ASSERT_TRUE(report.ok()) << problemsText(report.problems).toStdString();
    EXPECT_EQ(report.events, 10);
    EXPECT_EQ(report.sources, 1);
    auto loaded = repository.load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value().events.size(), 10);
    // A sheet with one bad row among good ones writes nothing.
    const QByteArray bad
        = sheetHeader + "2024,6,25,,,,,,,Police arrive,,,,,,,,\n" + "2024,2,30,,,,,,,No such day,,,,,,,,\n";
    const ImportReport refused = importInto(repository, bad, QStringLiteral("bad.csv"), ImportFormat::Auto, false);
    EXPECT_FALSE(refused.ok());
    EXPECT_FALSE(refused.written);
    EXPECT_EQ(repository.load().value().events.size(), 10);
    EXPECT_EQ(repository.load().value().sources.size(), 1);
}

TEST(TimelineJs, AMinifiedTimelineOfTwentyThousandEventsIsReadWhole)
{
    // One line of JSON: positions are found without counting from the line's start for every event.
    QByteArray json = "{\"events\":[";
    for (int i = 0; i < 20000; ++i)
        json += (i > 0 ? "," : "") + QByteArray("{\"start_date\":{\"year\":") + QByteArray::number(2000 + i % 20)
            + "},\"text\":{\"headline\":\"Event " + QByteArray::number(i) + "\"}}";
    json += "]}";
    const auto read = readBytes(json, QStringLiteral("minified.json"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    ASSERT_EQ(read.value.data.events.size(), 20000);
    const Citation& last = read.value.data.events.constLast().citations.constFirst();
    EXPECT_EQ(last.quote, QStringLiteral("Event 19999"));
    EXPECT_EQ(QString::fromUtf8(json).mid(last.offset, last.quote.size()), last.quote);
}
