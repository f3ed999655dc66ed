#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/interchange/hxl.h>
#include <crisis/core/interchange/importing.h>
#include <crisis/core/interchange/syntheticdata.h>
#include <crisis/core/storage/openrepository.h>
#include <crisis/core/support/textoffsets.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cctype>
#include <tuple>

using namespace crisis::core;
using crisis::test::onlyError;

namespace {

class Database
{
public:
    explicit Database(OpenMode create = OpenMode::CreateEmpty)
    {
        auto opened = openRepository(StoreLocation::file(m_dir.filePath(QStringLiteral("db.sqlite"))), create);
        EXPECT_TRUE(opened.ok());
        m_repository = std::move(opened.value());
    }
    Repository& repository() { return *m_repository; }
    Dataset dataset()
    {
        auto loaded = m_repository->load();
        EXPECT_TRUE(loaded.ok());
        return loaded.ok() ? loaded.value() : Dataset();
    }
    qsizetype figureCount() { return dataset().figures.size(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Repository> m_repository;
};

Snapshot bundledSnapshot()
{
    return Snapshot::fromDataset(bundledDataset());
}

QByteArray figuresTable(const char* rows)
{
    return QByteArray("place,date,killed,displaced\n#country+name,#date,#affected+killed,#affected+displaced\n") + rows;
}

} // namespace

TEST(Hxl, TagsAreMatchedWhateverTheirCaseSpacingAndOrder)
{
    const auto tag = HxlTag::parse(u" #Affected +Killed+injured ");
    ASSERT_TRUE(tag.has_value());
    EXPECT_EQ(tag->toString(), u"#affected+injured+killed");
    EXPECT_EQ(*tag, *HxlTag::parse(u"#affected+killed+injured"));
    EXPECT_NE(*tag, *HxlTag::parse(u"#affected+killed"));
    for (const char16_t* bad : { u"affected", u"#", u"#1x", u"#a+", u"#a b", u"# x+y z" })
        EXPECT_FALSE(HxlTag::parse(bad).has_value()) << QString::fromUtf16(bad).toStdString();
}

TEST(Hxl, OurTableReadsBackToTheSameFiguresAndSources)
{
    const Snapshot bundled = bundledSnapshot();
    const QByteArray csv = writeHxlFigures(bundled, MetricRegistry::builtIn());
    EXPECT_TRUE(csv.startsWith("id,subject,status,qualifier,Homicides,"));
    EXPECT_TRUE(csv.contains("\r\n#meta+id,#meta+subject,#status,#meta+qualifier,#affected+killed,"));
    EXPECT_TRUE(csv.contains("#meta+quote,"));
    ImportContext context;
    context.fileName = QStringLiteral("figures.csv");
    const auto read = readHxlFigures(DecodedText { csv, QStringLiteral("UTF-8"), {} }, context);
    ASSERT_TRUE(read.ok()) << read.problems.value(0).toString().toStdString();
    EXPECT_EQ(read.value.data.figures.toFigures(), bundled.figures.toFigures());
    // Each source the figures cite, described as the dataset describes it.
    const Dataset dataset = bundledDataset();
    ASSERT_EQ(read.value.data.sources.size(), 4);
    for (const Source& source : read.value.data.sources)
        EXPECT_EQ(source, *dataset.findSource(source.id)) << source.id.toStdString();
    EXPECT_EQ(read.value.figureLines.front(), 3) << "the first figure is on the line under the hashtags";
}

TEST(Hxl, DatesAreIsoInTheDateColumnsAndExactInTheirOwn)
{
    const QByteArray csv = writeHxlFigures(bundledSnapshot(), MetricRegistry::builtIn());
    EXPECT_TRUE(csv.contains(",#meta+period+edtf,#date+start,#date+end,#meta+period+precision,"));
    EXPECT_TRUE(csv.contains(",#date+reported,#meta+reported+edtf,"));
    EXPECT_TRUE(csv.contains(",#date+published,#meta+published+edtf,"));
    EXPECT_FALSE(csv.contains("#date+period"));
    // fig-000-01: 2,728 homicides between October 2022 and June 2023, reported c. September 2023.
    EXPECT_TRUE(csv.contains(",2022-10/2023-06,2022-10-01,2023-06-30,month,false,")) << csv.left(2000).toStdString();
    EXPECT_TRUE(csv.contains(",2023-09,2023-09~,true,")) << "the reported date, to its month, and its EDTF";
    // Killed or injured has a hashtag of its own, which #affected+killed does not match.
    EXPECT_TRUE(csv.contains(",#affected+casualties,"));
    EXPECT_FALSE(csv.contains("#affected+killed+injured"));
}

TEST(Hxl, FilesWeWroteBeforeStillRead)
{
    // Our figures table as it was: EDTF in #date+period, #date+reported and #date+published, and killed or injured
    // tagged #affected+killed+injured.
    const QByteArray csv
        = "id,subject,status,qualifier,Homicides,Killed or injured,period,first day,last day,period inferred,"
          "period note,reported,reported inferred,parent,subgroup,source,document,document sha256,outlet,title,"
          "description,author,published,published inferred,published note,url,quote,quote offset,note\r\n"
          "#meta+id,#meta+subject,#status,#meta+qualifier,#affected+killed,#affected+killed+injured,#date+period,"
          "#date+start,#date+end,#meta+period+inferred,#meta+period+note,#date+reported,#meta+reported+inferred,"
          "#meta+parent,#meta+subgroup,#meta+source,#meta+source+document,#meta+source+sha256,#meta+source+outlet,"
          "#meta+source+title,#meta+source+description,#meta+source+author,#date+published,"
          "#meta+published+inferred,#meta+published+note,#meta+url,#meta+quote,#meta+quote+offset,#meta+note\r\n"
          "fig-1,Haiti,actual,over,,1379,2024-04/2024-06,2024-04-01,2024-06-30,false,,2024-09~,true,,,src-old,"
          "old.txt,,Old Outlet,,,,2024-09~,true,from its text,,\"over 1,379 people were killed or injured\",0,\r\n"
          "fig-2,Haiti,actual,,2728,,2022-10/2023-06,2022-10-01,2023-06-30,false,,2023-09,false,,,src-old,"
          "old.txt,,Old Outlet,,,,2024-09~,true,from its text,,\"2,728 people were killed\",50,\r\n";
    ImportContext context;
    context.fileName = QStringLiteral("old-figures.csv");
    const auto read = readHxlFigures(DecodedText { csv, QStringLiteral("UTF-8"), {} }, context);
    ASSERT_TRUE(read.ok()) << crisis::test::problemsText(read.problems).toStdString();
    for (const Problem& problem : read.problems)
        ADD_FAILURE() << "a column left out or another warning: " << problem.toString().toStdString();
    const FigureTable& f = read.value.data.figures;
    ASSERT_EQ(f.size(), 2);
    EXPECT_EQ(f.metric(0), u"killed_or_injured");
    EXPECT_EQ(f.period(0).toEdtf(), u"2024-04/2024-06");
    EXPECT_EQ(f.reported(0).toEdtf(), u"2024-09~");
    EXPECT_EQ(f.metric(1), u"homicides");
    EXPECT_EQ(f.period(1).toEdtf(), u"2022-10/2023-06");
    ASSERT_EQ(read.value.data.sources.size(), 1);
    EXPECT_EQ(read.value.data.sources.first().published.toEdtf(), u"2024-09~");
    const auto format = detectImportFormat(DecodedText { csv, QStringLiteral("UTF-8"), {} }, context);
    ASSERT_TRUE(format.ok());
    EXPECT_EQ(format.value, ImportFormat::Hxl);
}

TEST(Hxl, FirstAndLastDaysAreCutToTheirPrecisionWhenThereIsNoEdtf)
{
    // A table an HXL tool wrote back without our EDTF column: the days and the precision still give the period.
    const QByteArray csv = "killed,from,to,precision\n#affected+killed,#date+start,#date+end,#meta+period+precision\n"
                           "5,2022-10-01,2023-06-30,month\n"
                           "6,2025-01-01,2025-12-31,year\n"
                           "7,2024-09-22,2024-09-22,day\n"
                           "8,2023-01-01,2023-09-09,year/day\n"
                           "9,2024-03-05,2024-03-07,\n";
    ImportContext context;
    context.fileName = QStringLiteral("days.csv");
    const auto read = readHxlFigures(DecodedText { csv, QStringLiteral("UTF-8"), {} }, context);
    ASSERT_TRUE(read.ok()) << crisis::test::problemsText(read.problems).toStdString();
    const FigureTable& f = read.value.data.figures;
    ASSERT_EQ(f.size(), 5);
    EXPECT_EQ(f.period(0).toEdtf(), u"2022-10/2023-06");
    EXPECT_EQ(f.period(1).toEdtf(), u"2025");
    EXPECT_EQ(f.period(2).toEdtf(), u"2024-09-22");
    EXPECT_EQ(f.period(3).toEdtf(), u"2023/2023-09-09");
    EXPECT_EQ(f.period(4).toEdtf(), u"2024-03-05/2024-03-07");

    const QByteArray bad = "killed,from,to,precision\n#affected+killed,#date+start,#date+end,#meta+period+precision\n"
                           "5,2022-10-01,2023-06-30,monthly\n";
    const auto refused = readHxlFigures(DecodedText { bad, QStringLiteral("UTF-8"), {} }, context);
    const Problem problem = onlyError(refused.problems);
    EXPECT_EQ(problem.line, 3);
    EXPECT_EQ(problem.column, 25);
    EXPECT_TRUE(problem.detail.contains(u"not a precision")) << problem.detail.toStdString();
}

TEST(Hxl, AFileFromElsewhereIsQuotedRowByRow)
{
    const QByteArray csv = figuresTable("Haiti,2024-03,120,\n"
                                        "\"Ouest, Haiti\",2024-04-15,,5000\n"
                                        "Haiti,2024,\"1,379\",700000\n");
    ImportContext context;
    context.fileName = QStringLiteral("/data/hdx-haiti.csv");
    const auto read = readHxlFigures(DecodedText { csv, QStringLiteral("UTF-8"), {} }, context);
    ASSERT_TRUE(read.ok()) << read.problems.value(0).toString().toStdString();
    const FigureTable& f = read.value.data.figures;
    ASSERT_EQ(f.size(), 4) << "a figure for each value: the last row holds two";
    ASSERT_EQ(read.value.data.sources.size(), 1);
    const Source& file = read.value.data.sources.first();
    EXPECT_EQ(file.id, u"src-hdx-haiti");
    EXPECT_EQ(file.document, u"hdx-haiti.csv");
    EXPECT_FALSE(file.published.isValid()) << "no date is invented for the file";
    EXPECT_EQ(f.id(0), u"fig-hdx-haiti-3");
    EXPECT_EQ(f.metric(0), u"homicides");
    EXPECT_EQ(f.subject(1), u"Ouest, Haiti");
    EXPECT_EQ(f.metric(1), u"displaced");
    EXPECT_EQ(f.period(1).toEdtf(), u"2024-04-15");
    EXPECT_EQ(f.value(2), 1379) << "thousands separators are read";
    EXPECT_EQ(f.id(2), u"fig-hdx-haiti-5-homicides");
    EXPECT_EQ(f.id(3), u"fig-hdx-haiti-5-displaced");
    // Each figure quotes its row, at the row's place in the file.
    const QString text = QString::fromUtf8(csv);
    for (qsizetype row = 0; row < f.size(); ++row) {
        const qsizetype at = utf16IndexOfCodePoint(text, f.quoteOffset(row));
        EXPECT_EQ(text.mid(at, f.quote(row).size()), f.quote(row)) << row;
        EXPECT_EQ(f.sourceId(row), u"src-hdx-haiti");
    }
    EXPECT_EQ(f.quote(1), u"\"Ouest, Haiti\",2024-04-15,,5000");
}

TEST(Importing, OurJsonGoesIntoAnEmptyDatabaseWithoutLoss)
{
    Database db;
    const QByteArray json = writeDatasetJson(bundledDataset());
    const ImportReport report
        = importInto(db.repository(), json, QStringLiteral("haiti.json"), ImportFormat::Auto, false);
    ASSERT_TRUE(report.ok()) << report.problems.value(0).toString().toStdString();
    EXPECT_TRUE(report.written);
    EXPECT_EQ(report.format, u"Crisis Timeline JSON");
    EXPECT_EQ(report.figures, 37);
    EXPECT_EQ(report.events, 35);
    EXPECT_EQ(report.sources, 5);
    EXPECT_EQ(writeDatasetJson(db.dataset()), json) << "export, import, export: the same bytes";
}

TEST(Importing, HxlFiguresExportedAndImportedExportTheSame)
{
    Database from(OpenMode::CreateWithBundledDataset);
    auto loaded = from.repository().loadSnapshot();
    ASSERT_TRUE(loaded.ok());
    const QByteArray csv = writeHxlFigures(loaded.value(), MetricRegistry::builtIn());
    Database to;
    const ImportReport report
        = importInto(to.repository(), csv, QStringLiteral("figures.csv"), ImportFormat::Auto, false);
    ASSERT_TRUE(report.ok()) << report.problems.value(0).toString().toStdString();
    EXPECT_EQ(report.format, u"HXL CSV");
    EXPECT_EQ(report.figures, 37);
    EXPECT_EQ(report.sources, 4);
    auto again = to.repository().loadSnapshot();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(writeHxlFigures(again.value(), MetricRegistry::builtIn()), csv);
    EXPECT_EQ(again.value().figures.toFigures(), loaded.value().figures.toFigures());
}

TEST(Importing, SourcesTheDatabaseHasAreCitedNotAddedAgain)
{
    Database db(OpenMode::CreateWithBundledDataset);
    // New figures quoting a source the database has, described the same.
    Snapshot more = bundledSnapshot();
    QList<Figure> figures { more.figures.figure(0) };
    figures.first().id = QStringLiteral("fig-new-01");
    more.figures = FigureTable::fromFigures(figures);
    QByteArray csv = writeHxlFigures(more, MetricRegistry::builtIn());
    ImportReport report = importInto(db.repository(), csv, QStringLiteral("more.csv"), ImportFormat::Hxl, false);
    ASSERT_TRUE(report.ok()) << report.problems.value(0).toString().toStdString();
    EXPECT_EQ(report.sources, 0);
    EXPECT_EQ(db.figureCount(), 38);
    // The same source described otherwise is refused, at its line.
    figures.first().id = QStringLiteral("fig-new-02");
    more.figures = FigureTable::fromFigures(figures);
    more.sources[0].outlet = QStringLiteral("Latin Times");
    csv = writeHxlFigures(more, MetricRegistry::builtIn());
    report = importInto(db.repository(), csv, QStringLiteral("other.csv"), ImportFormat::Hxl, false);
    const Problem problem = onlyError(report.problems);
    EXPECT_EQ(problem.line, 3);
    EXPECT_EQ(problem.kind, Problem::Kind::Conflict);
    // The message says what differs, in both values.
    EXPECT_TRUE(
        problem.detail.contains(u"outlet is \u201cLatin Post\u201d in the database, \u201cLatin Times\u201d here"))
        << problem.toString().toStdString();
    EXPECT_EQ(db.figureCount(), 38);
}

TEST(Importing, IdsTheDatabaseHasAreRefusedAtTheirLine)
{
    Database db(OpenMode::CreateWithBundledDataset);
    const QByteArray csv = writeHxlFigures(bundledSnapshot(), MetricRegistry::builtIn());
    // A dry run finds every one; an import stops at the first, and writes nothing.
    const ImportReport dry = importInto(db.repository(), csv, QStringLiteral("again.csv"), ImportFormat::Hxl, true);
    EXPECT_EQ(dry.problems.size(), 37);
    EXPECT_EQ(crisis::test::problemsOfKind(dry.problems, Problem::Kind::DuplicateId).size(), 37);
    // What the user reads: FILE:LINE:COLUMN, then the record and its id.
    EXPECT_EQ(dry.problems.first().toString(),
        u"again.csv:3:1: the database has a figure with the id \u201cfig-000-01\u201d already");
    const ImportReport real = importInto(db.repository(), csv, QStringLiteral("again.csv"), ImportFormat::Hxl, false);
    EXPECT_FALSE(real.written);
    const Problem refused = onlyError(real.problems);
    EXPECT_EQ(refused.line, 3);
    EXPECT_EQ(refused.kind, Problem::Kind::DuplicateId);
    EXPECT_EQ(db.figureCount(), 37);
}

TEST(Importing, ADryRunWritesNothing)
{
    Database db;
    const ImportReport report = importInto(
        db.repository(), writeDatasetJson(bundledDataset()), QStringLiteral("haiti.json"), ImportFormat::Json, true);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report.figures, 37);
    EXPECT_FALSE(report.written);
    EXPECT_EQ(db.figureCount(), 0);
}

TEST(Importing, CancellingWritesNothing)
{
    Database db;
    const ImportReport report = importInto(db.repository(), writeDatasetJson(bundledDataset()),
        QStringLiteral("haiti.json"), ImportFormat::Json, false, [](qint64, qint64) { return false; });
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(report.problems.first().kind, Problem::Kind::Cancelled);
    EXPECT_EQ(db.figureCount(), 0);
}

// Every kind of bad input gets an error that says where, and the database is left as it was.
TEST(Importing, BadInputGetsAClearErrorAndWritesNothing)
{
    struct Case
    {
        const char* name;
        QByteArray bytes;
        int line;
        int column;
        Problem::Kind kind;
    };
    QByteArray hugeLine = figuresTable("Haiti,2024,");
    hugeLine.append(QByteArray(100 * 1024 * 1024, '7'));
    QByteArray duplicate = figuresTable("Haiti,2024,1,\n");
    duplicate.replace("place,", "id,place,").replace("#country+name,", "#meta+id,#country+name,");
    duplicate.replace("Haiti,2024,1,\n", "f1,Haiti,2024,1,\nf2,Haiti,2024,2,\nf1,Haiti,2024,3,\n");
    const QList<Case> cases {
        { "unbalanced quotes", figuresTable("Haiti,2024,5,\n\"Ouest,2024,6,\n"), 4, 1, Problem::Kind::Syntax },
        { "wrong number of fields", figuresTable("Haiti,2024,5,\nHaiti,2024,6\n"), 4, 1, Problem::Kind::Syntax },
        { "a month that does not exist", figuresTable("Haiti,2023-13-01,5,\n"), 3, 7, Problem::Kind::InvalidDate },
        { "a date in words", figuresTable("Haiti,yesterday,5,\n"), 3, 7, Problem::Kind::InvalidDate },
        { "a value that is not a number", figuresTable("Haiti,2024,five,\n"), 3, 12, Problem::Kind::InvalidValue },
        // An HXL file of other data is a table: the user maps its columns (by header or hashtag).
        { "no value column", "place,date\n#country+name,#date\nHaiti,2024\n", 1, 0, Problem::Kind::ColumnMapping },
        { "no date column", "place,killed\n#country+name,#affected+killed\nHaiti,5\n", 2, 1,
            Problem::Kind::ColumnMapping },
        { "an empty file", QByteArray(), 1, 1, Problem::Kind::EmptyFile },
        { "a binary file", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), 3, 1, Problem::Kind::Encoding },
        { "a 100 MB line", hugeLine, 3, 12, Problem::Kind::LimitExceeded },
        { "JSON of the wrong shape", "[1, 2, 3]", 1, 1, Problem::Kind::UnsupportedFormat },
        { "JSON of our format, truncated", "{\"format\": \"crisis-timeline-dataset\", \"version\": 1, \"sources\": [",
            1, 65, Problem::Kind::Syntax },
        { "JSON of our format, a figure of the wrong shape",
            "{\"format\": \"crisis-timeline-dataset\", \"version\": 1, \"sources\": [],\n \"figures\": [42]}", 2, 14,
            Problem::Kind::InvalidValue },
        { "duplicate ids", duplicate, 5, 1, Problem::Kind::DuplicateId },
        { "a source that does not exist",
            "id,killed,date,source,quote\n#meta+id,#affected+killed,#date,#meta+source,#meta+quote\nf1,5,2024,src-999,"
            "5 killed\n",
            3, 4, Problem::Kind::UnknownReference },
        { "a CSV without hashtags or a mapping", "date,killed\n2024,5\n", 1, 0, Problem::Kind::ColumnMapping },
    };
    for (const Case& c : cases) {
        Database db(OpenMode::CreateWithBundledDataset);
        const ImportReport report
            = importInto(db.repository(), c.bytes, QStringLiteral("in.csv"), ImportFormat::Auto, false);
        EXPECT_FALSE(report.ok()) << c.name;
        EXPECT_FALSE(report.written) << c.name;
        ASSERT_FALSE(report.problems.isEmpty()) << c.name;
        const Problem& problem = report.problems.first().severity == Problem::Severity::Error ? report.problems.first()
                                                                                              : report.problems.last();
        EXPECT_EQ(problem.file, u"in.csv") << c.name;
        EXPECT_EQ(problem.line, c.line) << c.name << ": " << problem.toString().toStdString();
        if (c.column > 0) {
            EXPECT_EQ(problem.column, c.column) << c.name << ": " << problem.toString().toStdString();
        }
        EXPECT_EQ(problem.kind, c.kind) << c.name << ": " << problem.toString().toStdString();
        EXPECT_FALSE(problem.detail.isEmpty()) << c.name;
        EXPECT_EQ(db.figureCount(), 37) << c.name << ": the database is as it was";
    }
}

// A file big enough to be read and written side by side (over 16 MB of HXL): the same all-or-nothing.
class LargeImport : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_snapshot = syntheticSnapshot({ 60'000, 0, 3 });
        s_csv = writeHxlFigures(s_snapshot, MetricRegistry::builtIn());
        ASSERT_GT(s_csv.size(), 16 * 1024 * 1024);
    }
    static Snapshot s_snapshot;
    static QByteArray s_csv;
};
Snapshot LargeImport::s_snapshot;
QByteArray LargeImport::s_csv;

TEST_F(LargeImport, EveryFigureArrivesAsIfReadWhole)
{
    Database db;
    const ImportReport report
        = importInto(db.repository(), s_csv, QStringLiteral("large.csv"), ImportFormat::Auto, false);
    ASSERT_TRUE(report.ok()) << report.problems.value(0).toString().toStdString();
    EXPECT_EQ(report.figures, 60'000);
    EXPECT_EQ(report.figureIds.size(), 60'000);
    const Dataset loaded = db.dataset();
    ASSERT_EQ(loaded.figures.size(), 60'000);
    // In file order, equal to what was exported.
    for (const qsizetype row : { qsizetype(0), qsizetype(49'999), qsizetype(50'000), qsizetype(59'999) })
        EXPECT_EQ(loaded.figures.at(row), s_snapshot.figures.figure(row)) << row;
    EXPECT_EQ(loaded.sources.size(), s_snapshot.sources.size());
}

TEST_F(LargeImport, AProblemFoundAfterPartsWereWrittenWritesNothing)
{
    for (const auto& [name, lastRow, kind] :
        { std::tuple { "cells that are not numbers", QByteArray("many"), Problem::Kind::InvalidValue },
            std::tuple { "an id given twice", QByteArray(), Problem::Kind::DuplicateId } }) {
        SCOPED_TRACE(name);
        Database db;
        QByteArray csv = s_csv;
        // The last line again, changed: its value, or nothing (then its id is the one before it).
        QByteArray last = csv.trimmed().mid(csv.trimmed().lastIndexOf('\n') + 1);
        if (!lastRow.isEmpty()) {
            QList<QByteArray> cells = last.split(',');
            for (QByteArray& cell : cells) {
                if (!cell.isEmpty() && (std::isdigit(static_cast<unsigned char>(cell.at(0))) != 0)
                    && !cell.contains('-'))
                    cell = lastRow;
            }
            last = cells.join(',');
        }
        csv = csv.trimmed() + '\n' + last + '\n';
        const ImportReport report
            = importInto(db.repository(), csv, QStringLiteral("large.csv"), ImportFormat::Auto, false);
        ASSERT_FALSE(report.ok());
        EXPECT_FALSE(report.written);
        bool found = false;
        for (const Problem& problem : report.problems)
            found = found || (problem.kind == kind && problem.line == 60'003);
        EXPECT_TRUE(found) << crisis::test::problemsText(report.problems).toStdString();
        EXPECT_EQ(db.figureCount(), 0);
    }
}

TEST(Hxl, FiguresOfAMetricTheDatabaseLacksAreRefusedNotDropped)
{
    ImportContext context;
    context.fileName = QStringLiteral("custom.csv");
    const auto read = readImport("date,flood,people\n#date,#indicator+value+flood_deaths,#affected+killed\n2024,5,\n"
                                 "2024,,\n",
        ImportFormat::Auto, context);
    ASSERT_FALSE(read.ok());
    bool refused = false;
    for (const Problem& problem : read.problems)
        refused = refused
            || (problem.kind == Problem::Kind::UnknownReference && problem.detail.contains(u"flood_deaths")
                && problem.line == 2);
    EXPECT_TRUE(refused) << crisis::test::problemsText(read.problems).toStdString();
}
