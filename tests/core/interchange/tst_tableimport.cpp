#include "testsupport.h"

#include <crisis/core/interchange/importing.h>
#include <crisis/core/interchange/tableimport.h>
#include <crisis/core/storage/openrepository.h>
#include <crisis/core/support/textoffsets.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace crisis::core;
using crisis::test::onlyError;
using crisis::test::problemsText;
using crisis::test::sourceFile;

namespace {

ParseResult<ImportedData> readWith(const QByteArray& bytes, const QString& mapping, const QString& fileName = {})
{
    ImportContext context;
    context.fileName = fileName.isEmpty() ? QStringLiteral("table.csv") : fileName;
    if (!mapping.isEmpty()) {
        QString why;
        const auto parsed = TableMapping::parse(mapping, &why);
        EXPECT_TRUE(parsed.has_value()) << why.toStdString();
        if (parsed)
            context.mapping = *parsed;
    }
    return readImport(bytes, ImportFormat::Auto, context);
}

// Each figure's quote stands at its offset in the text.
void expectQuotesInText(const ImportedData& data, const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype row = 0; row < data.data.figures.size(); ++row) {
        const Figure figure = data.data.figures.figure(row);
        EXPECT_EQ(text.mid(utf16IndexOfCodePoint(text, figure.citation.offset), figure.citation.quote.size()),
            figure.citation.quote)
            << figure.id.toStdString();
    }
}

} // namespace

TEST(TableMapping, ParsesWhatTheCommandLineSays)
{
    const auto mapping = TableMapping::parse(u"date=Year, value=Deaths,subject=Entity,metric=homicides");
    ASSERT_TRUE(mapping);
    EXPECT_EQ(mapping->date, QStringLiteral("Year"));
    EXPECT_EQ(mapping->values, QStringList { QStringLiteral("Deaths") });
    EXPECT_EQ(mapping->subject, QStringLiteral("Entity"));
    EXPECT_EQ(mapping->metric, QStringLiteral("homicides"));
    EXPECT_EQ(TableMapping::parse(mapping->toString())->toString(), mapping->toString());
    const auto wide = TableMapping::parse(u"year=y,month=m,value=a,value=b,metric=displaced");
    ASSERT_TRUE(wide);
    EXPECT_EQ(wide->values.size(), 2);

    QString why;
    EXPECT_FALSE(TableMapping::parse(u"value=x", &why));
    EXPECT_TRUE(why.contains(QStringLiteral("no date"))) << why.toStdString();
    EXPECT_FALSE(TableMapping::parse(u"date=x", &why));
    EXPECT_TRUE(why.contains(QStringLiteral("no value"))) << why.toStdString();
    EXPECT_FALSE(TableMapping::parse(u"date=x,value=y,colour=z", &why));
    EXPECT_TRUE(why.contains(QStringLiteral("unknown key"))) << why.toStdString();
    EXPECT_FALSE(TableMapping::parse(u"date=x,date=y,value=z", &why));
    EXPECT_TRUE(why.contains(QStringLiteral("twice"))) << why.toStdString();
    EXPECT_FALSE(TableMapping::parse(u"date=x,value", &why));
}

TEST(TableImport, LongTableRowsBecomeFiguresCitingTheirRow)
{
    const QByteArray csv = "country,year,killed\r\nHaiti,2023,\"4,789\"\r\nHaïti,2024,5601\r\n";
    const auto read = readWith(csv, QStringLiteral("date=year,value=killed,subject=country,metric=homicides"),
        QStringLiteral("/data/Haiti homicides.csv"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    const ImportedData& data = read.value;
    ASSERT_EQ(data.data.figures.size(), 2);
    const Figure first = data.data.figures.figure(0);
    EXPECT_EQ(first.id, QStringLiteral("fig-haiti-homicides-1"));
    EXPECT_EQ(first.metric, QStringLiteral("homicides"));
    EXPECT_EQ(first.value, 4789);
    EXPECT_EQ(first.subject, QStringLiteral("Haiti"));
    EXPECT_EQ(first.period.toEdtf(), QStringLiteral("2023"));
    EXPECT_EQ(first.citation.sourceId, QStringLiteral("src-haiti-homicides"));
    EXPECT_EQ(first.citation.quote, QStringLiteral("Haiti,2023,\"4,789\""));
    EXPECT_EQ(data.data.figures.figure(1).subject, QStringLiteral("Ha\u00efti"));
    EXPECT_EQ(data.figureLines, (std::vector<int> { 2, 3 }));
    ASSERT_EQ(data.data.sources.size(), 1);
    EXPECT_EQ(data.data.sources.constFirst().document, QStringLiteral("Haiti homicides.csv"));
    expectQuotesInText(data, csv);
}

TEST(TableImport, OffsetsCountAByteOrderMarkAsCheckCitationsDoes)
{
    // Excel writes UTF-8 CSV with a byte order mark; offsets count it, as the file is read to check quotes.
    const QByteArray csv = "\xEF\xBB\xBFyear,killed\n2023,4789\n";
    const auto read = readWith(csv, QStringLiteral("date=year,value=killed,metric=homicides"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    const Figure figure = read.value.data.figures.figure(0);
    const QString text = *decodeUtf8Strict(csv);
    EXPECT_EQ(text.mid(utf16IndexOfCodePoint(text, figure.citation.offset), figure.citation.quote.size()),
        figure.citation.quote);
}

TEST(TableImport, WideTableValueColumnsAreSubjectsAndGapsAreSkipped)
{
    const QByteArray csv = "year,Haiti,Dominican Republic\n2023,100,NA\n2024,200,300\n";
    const auto read = readWith(csv, QStringLiteral("date=year,value=Haiti,value=Dominican Republic,metric=displaced"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    const FigureTable& figures = read.value.data.figures;
    ASSERT_EQ(figures.size(), 3);
    EXPECT_EQ(figures.figure(0).subject, QStringLiteral("Haiti"));
    EXPECT_EQ(figures.figure(0).id, QStringLiteral("fig-table-1-haiti"));
    EXPECT_EQ(figures.figure(2).subject, QStringLiteral("Dominican Republic"));
    EXPECT_EQ(figures.figure(2).value, 300);
    EXPECT_EQ(figures.figure(2).id, QStringLiteral("fig-table-2-dominican-republic"));
    const auto skipped = crisis::test::problemsOfKind(read.problems, Problem::Kind::Ignored);
    ASSERT_EQ(skipped.size(), 1) << problemsText(read.problems).toStdString();
    EXPECT_EQ(skipped.first().severity, Problem::Severity::Warning);
    EXPECT_TRUE(skipped.first().detail.startsWith(u"1 ")) << "counts them";
}

TEST(TableImport, WideTableWithoutAMetricNamesMetricsByHeader)
{
    const QByteArray csv = "date,Homicides,kidnappings\n2024-01,450,180\n";
    const auto read = readWith(csv, QStringLiteral("date=date,value=Homicides,value=kidnappings"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    ASSERT_EQ(read.value.data.figures.size(), 2);
    EXPECT_EQ(read.value.data.figures.figure(0).metric, QStringLiteral("homicides"));
    EXPECT_EQ(read.value.data.figures.figure(1).metric, QStringLiteral("kidnappings"));
    EXPECT_EQ(read.value.data.figures.figure(1).period.toEdtf(), QStringLiteral("2024-01"));
    // A header that names no metric is asked about.
    const auto unknown = readWith("date,people\n2024,3\n", QStringLiteral("date=date,value=people"));
    const Problem asked = onlyError(unknown.problems);
    EXPECT_EQ(asked.kind, Problem::Kind::ColumnMapping);
    EXPECT_TRUE(asked.detail.contains(u"\u201cpeople\u201d")) << "names the column";
}

TEST(TableImport, SeparateYearMonthAndDayColumns)
{
    const QByteArray csv = "y,m,d,n\n2024,June,25,400\n2024,7,,200\n2023,,,100\n";
    const auto read = readWith(csv, QStringLiteral("year=y,month=m,day=d,value=n,metric=personnel"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    const FigureTable& figures = read.value.data.figures;
    ASSERT_EQ(figures.size(), 3);
    EXPECT_EQ(figures.figure(0).period.toEdtf(), QStringLiteral("2024-06-25"));
    EXPECT_EQ(figures.figure(1).period.toEdtf(), QStringLiteral("2024-07"));
    EXPECT_EQ(figures.figure(2).period.toEdtf(), QStringLiteral("2023"));
}

TEST(TableImport, MetricColumnNamesEachRowsMetric)
{
    const QByteArray csv = "indicator,when,value\nkidnappings,2024,10\nDisplaced people,2024,700000\n";
    const auto read = readWith(csv, QStringLiteral("date=when,value=value,metric-column=indicator"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    EXPECT_EQ(read.value.data.figures.figure(0).metric, QStringLiteral("kidnappings"));
    EXPECT_EQ(read.value.data.figures.figure(1).metric, QStringLiteral("displaced"));
}

TEST(TableImport, RealLongCsvFromOurWorldInDataWithANewMetric)
{
    const QByteArray bytes = sourceFile(QStringLiteral("tests/data/tables/disasters.csv"));
    ASSERT_FALSE(bytes.isEmpty());
    const auto read
        = readWith(bytes, QStringLiteral("date=Year,value=Deaths,subject=Entity,metric=disaster_deaths:flow"),
            QStringLiteral("disasters.csv"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    const ImportedData& data = read.value;
    EXPECT_EQ(data.data.figures.size(), bytes.trimmed().count('\n')); // a figure for every row
    ASSERT_EQ(data.data.metrics.size(), 1);
    EXPECT_EQ(data.data.metrics.constFirst().key, QStringLiteral("disaster_deaths"));
    EXPECT_EQ(data.data.metrics.constFirst().kind, Metric::Kind::Flow);
    const Figure first = data.data.figures.figure(0);
    EXPECT_EQ(first.subject, QStringLiteral("All natural disasters"));
    EXPECT_EQ(first.period.toEdtf(), QStringLiteral("1900"));
    EXPECT_EQ(first.value, 1267360);
    expectQuotesInText(data, bytes);
}

TEST(TableImport, RealJsonRecordsFromGapminder)
{
    const QByteArray bytes = sourceFile(QStringLiteral("tests/data/tables/gapminder.json"));
    const auto read = readWith(bytes, QStringLiteral("date=year,value=pop,subject=country,metric=population"),
        QStringLiteral("gapminder.json"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    const ImportedData& data = read.value;
    EXPECT_EQ(data.format, QStringLiteral("table (JSON records)"));
    ASSERT_GT(data.data.figures.size(), 600);
    const Figure first = data.data.figures.figure(0);
    EXPECT_EQ(first.subject, QStringLiteral("Afghanistan"));
    EXPECT_EQ(first.value, 7971931);
    EXPECT_EQ(first.period.toEdtf(), QStringLiteral("1955"));
    EXPECT_TRUE(first.citation.quote.startsWith(QStringLiteral("{\"year\": 1955, \"country\": \"Afghanistan\"")));
    EXPECT_TRUE(first.citation.quote.endsWith(u'}'));
    expectQuotesInText(data, bytes);
}

TEST(TableImport, RecordsOnOneLineGetIdsOfTheirOwnAndGoIntoADatabase)
{
    // Gapminder's file is one line: every record is on line 1, and ids must still differ.
    QTemporaryDir dir;
    auto opened = openRepository(StoreLocation::file(dir.filePath(QStringLiteral("db.sqlite"))), OpenMode::CreateEmpty);
    ASSERT_TRUE(opened.ok());
    const QByteArray bytes = sourceFile(QStringLiteral("tests/data/tables/gapminder.json"));
    const auto mapping = TableMapping::parse(u"date=year,value=pop,subject=country,metric=population");
    const ImportReport report
        = importInto(*opened.value(), bytes, QStringLiteral("gapminder.json"), ImportFormat::Auto, false, {}, *mapping);
    ASSERT_TRUE(report.ok()) << problemsText(report.problems).toStdString();
    EXPECT_GT(report.figures, 600);
    EXPECT_EQ(opened.value()->load().value().figures.size(), report.figures);
}

TEST(TableImport, ValueColumnsWhoseNamesClashGetTheirNumberInTheId)
{
    const QByteArray csv = "year,Deaths (north),Deaths north,\n2024,1,2,3\n";
    const auto read
        = readWith(csv, QStringLiteral("date=year,value=Deaths (north),value=Deaths north,value=4,metric=homicides"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    ASSERT_EQ(read.value.data.figures.size(), 3);
    EXPECT_EQ(read.value.data.figures.id(0), QStringLiteral("fig-table-1-2"));
    EXPECT_EQ(read.value.data.figures.id(1), QStringLiteral("fig-table-1-3"));
    EXPECT_EQ(read.value.data.figures.id(2), QStringLiteral("fig-table-1-4"));
    // A decimal comma is not read as a thousands separator.
    const auto comma = readWith("d,n\n2020,\"1,5\"\n", QStringLiteral("date=d,value=n,metric=homicides"));
    const Problem decimalComma = onlyError(comma.problems);
    EXPECT_EQ(decimalComma.kind, Problem::Kind::InvalidValue);
    EXPECT_EQ(std::make_pair(decimalComma.line, decimalComma.column), std::make_pair(2, 6));
    // A value column without a name (the dialog's blank header) is an error, not a crash.
    ImportContext context;
    context.fileName = QStringLiteral("t.csv");
    context.mapping.date = QStringLiteral("year");
    context.mapping.values = { QString() };
    context.mapping.metric = QStringLiteral("homicides");
    const auto unnamed = readImport(csv, ImportFormat::Table, context);
    EXPECT_EQ(onlyError(unnamed.problems).kind, Problem::Kind::ColumnMapping);
}

TEST(TableImport, PreviewShowsColumnsAndFirstRows)
{
    const QByteArray csv = "a,b\n1,2\n3,4\n5,6\n";
    const auto preview = previewTable(DecodedText { csv, QStringLiteral("UTF-8"), {} }, QStringLiteral("t.csv"), 2);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview.value.columns, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    ASSERT_EQ(preview.value.rows.size(), 2);
    EXPECT_EQ(preview.value.rows.at(1), (QStringList { QStringLiteral("3"), QStringLiteral("4") }));
    EXPECT_EQ(preview.value.lines, (QList<int> { 2, 3 }));
    EXPECT_EQ(preview.value.rowCount, 3);
}

// An HXL file of other data (the hashtags are not our metrics'): a table, whose columns the mapping may name
// by hashtag, matched as HXL tools match a tag pattern.
TEST(TableImport, HxlFileOfOtherDataIsATableMappedByHashtag)
{
    const QByteArray csv = "Camp survey 2013,,,\n"
                           "Camp,Other name,Assessed,People\n"
                           "#loc +name,#loc,#report_date,#people_num\n"
                           "Site A,Alias A,17 May 2013,172\n"
                           "Site B,,\"Jun 27, 2013\",\"12,304\"\n";
    ImportContext context;
    context.fileName = QStringLiteral("camps.csv");
    const ParseResult<ImportFormat> detected
        = detectImportFormat(DecodedText { csv, QStringLiteral("UTF-8"), {} }, context);
    ASSERT_TRUE(detected.ok());
    EXPECT_EQ(detected.value, ImportFormat::Table);

    // #indicator+value+num, common on HDX, is not our export's column for a metric of its own.
    const QByteArray indicator = "date,people\n#date,#indicator+value+num\n2013-05,12\n";
    EXPECT_EQ(
        detectImportFormat(DecodedText { indicator, QStringLiteral("UTF-8"), {} }, context).value, ImportFormat::Table);

    // #loc+name names the column with that hashtag; a pattern that no hashtag equals, the first it matches.
    const auto read
        = readWith(csv, QStringLiteral("date=#report_date,value=#people_num,subject=#loc+name,metric=displaced"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    const ImportedData& data = read.value;
    ASSERT_EQ(data.data.figures.size(), 2); // neither the title, the header nor the hashtags are rows
    const Figure first = data.data.figures.figure(0);
    EXPECT_EQ(first.subject, QStringLiteral("Site A"));
    EXPECT_EQ(first.period.toEdtf(), QStringLiteral("2013-05-17"));
    EXPECT_EQ(first.value, 172);
    EXPECT_EQ(first.citation.quote, QStringLiteral("Site A,Alias A,17 May 2013,172"));
    EXPECT_EQ(data.figureLines.front(), 4);
    const Figure second = data.data.figures.figure(1);
    EXPECT_EQ(second.period.toEdtf(), QStringLiteral("2013-06-27"));
    EXPECT_EQ(second.value, 12304);
    expectQuotesInText(data, csv);

    const auto other
        = readWith(csv, QStringLiteral("date=#report_date,value=#people_num,subject=#loc,metric=displaced"));
    ASSERT_TRUE(other.ok()) << problemsText(other.problems).toStdString();
    EXPECT_EQ(other.value.data.figures.figure(0).subject, QStringLiteral("Alias A"));
    const auto pattern = readWith(csv, QStringLiteral("date=#report_date,value=#people,subject=#loc,metric=displaced"));
    EXPECT_FALSE(pattern.ok()) << "#people is not #people_num";

    // The same columns by header, and a pattern no column matches.
    EXPECT_TRUE(readWith(csv, QStringLiteral("date=Assessed,value=People,subject=Other name,metric=displaced")).ok());
    const auto unmatched = readWith(csv, QStringLiteral("date=#date,value=#people_num,metric=displaced"));
    EXPECT_EQ(onlyError(unmatched.problems).kind, Problem::Kind::ColumnMapping);
    // The message lists the columns, with their hashtags, for the user to choose from.
    EXPECT_TRUE(onlyError(unmatched.problems)
                    .detail.contains(QStringLiteral("no column \u201c#date\u201d for the date; the columns are: Camp "
                                                    "#loc+name, Other name #loc, Assessed #report_date")))
        << problemsText(unmatched.problems).toStdString();

    // Without a mapping, the problem says the columns hold no figures we know, and lists them with hashtags, at
    // the header (below the title row).
    const auto unmapped = readWith(csv, QString());
    const Problem problem = onlyError(unmapped.problems);
    EXPECT_EQ(problem.kind, Problem::Kind::ColumnMapping);
    EXPECT_TRUE(problem.detail.contains(QStringLiteral("People #people_num"))) << problem.toString().toStdString();
    EXPECT_EQ(problem.line, 2);
}

// A real HXL file from the humanitarian world, whose hashtags are not ours: IOM's 2013 survey of the camps of
// people displaced in Haiti, mapped by hashtag. Every row becomes a figure quoting its row.
TEST(TableImport, RealHxlFileFromIomHaitiDisplacementTracking)
{
    const QByteArray bytes = sourceFile(QStringLiteral("tests/data/hxl/iom-haiti-dtm.csv"));
    ASSERT_FALSE(bytes.isEmpty());
    ImportContext context;
    context.fileName = QStringLiteral("iom-haiti-dtm.csv");
    const auto detected = detectImportFormat(DecodedText { bytes, QStringLiteral("UTF-8"), {} }, context);
    ASSERT_TRUE(detected.ok());
    EXPECT_EQ(detected.value, ImportFormat::Table) << "its hashtags hold no metric of ours: the user maps it";

    const auto read
        = readWith(bytes, QStringLiteral("date=#report_date,value=#people_num,subject=#loc,metric=displaced"),
            QStringLiteral("iom-haiti-dtm.csv"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    const ImportedData& data = read.value;
    EXPECT_EQ(data.format, QStringLiteral("table (CSV with HXL hashtags)"));
    ASSERT_EQ(data.data.figures.size(), 352); // every camp, none left out
    double people = 0;
    for (qsizetype row = 0; row < data.data.figures.size(); ++row)
        people += data.data.figures.figure(row).value;
    EXPECT_EQ(people, 278945); // the sum of the file's "Number of Individuals"
    const Figure first = data.data.figures.figure(0);
    EXPECT_EQ(first.subject, QStringLiteral("Campus GHESKIO")); // the first #loc column, not "Other Name"
    EXPECT_EQ(first.period.toEdtf(), QStringLiteral("2013-05-17"));
    EXPECT_EQ(first.value, 172);
    EXPECT_EQ(data.figureLines.front(), 3);
    const Figure last = data.data.figures.figure(351);
    EXPECT_EQ(last.subject, QStringLiteral("Potay Le Wogan (St. Elen)"));
    EXPECT_EQ(last.period.toEdtf(), QStringLiteral("2013-06-26"));
    EXPECT_EQ(last.value, 200);
    // Three fields hold line breaks: the last row is on the file's last line all the same.
    EXPECT_EQ(data.figureLines.back(), bytes.count('\n'));
    expectQuotesInText(data, bytes);
}

TEST(TableImport, HashtagRowOnTopNamesTheColumnsAndAMetricsHashtagNamesTheMetric)
{
    // No header text: the hashtags are the header. Each value column's hashtag is a metric's (the attributes in
    // any order; killed or injured's as we tagged it before, too), so the wide table needs no metric=.
    for (const QByteArray& killedOrInjured :
        { QByteArray("#affected+casualties"), QByteArray("#affected +injured +killed") }) {
        const QByteArray csv = "#date,#affected+killed," + killedOrInjured + "\n2024-03,12,30\n";
        const auto read = readWith(csv, QStringLiteral("date=#date,value=#affected+killed,value=3"));
        ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
        ASSERT_EQ(read.value.data.figures.size(), 2);
        EXPECT_EQ(read.value.data.figures.figure(0).metric, QStringLiteral("homicides"));
        EXPECT_EQ(read.value.data.figures.figure(1).metric, QStringLiteral("killed_or_injured"));
        EXPECT_EQ(read.value.data.figures.figure(1).value, 30);
    }
    // A hashtag as it stands names its own column, even where an earlier column's hashtag matches it as a pattern.
    const QByteArray reversed = "#date,#affected+killed+injured,#affected+killed\n2024-03,30,12\n";
    const auto exact = readWith(reversed, QStringLiteral("date=#date,value=#affected+killed"));
    ASSERT_TRUE(exact.ok()) << problemsText(exact.problems).toStdString();
    EXPECT_EQ(exact.value.data.figures.figure(0).value, 12);
}

TEST(TableImport, DatesWrittenOutInEnglish)
{
    const QByteArray csv = "d,n\n17 May 2013,1\n17-May-2013,2\n\"May 17, 2013\",3\n3rd March 2024,4\nSept. 2013,5\n"
                           "June 2024,6\n";
    const auto read = readWith(csv, QStringLiteral("date=d,value=n,metric=homicides"));
    ASSERT_TRUE(read.ok()) << problemsText(read.problems).toStdString();
    QStringList dates;
    for (qsizetype row = 0; row < read.value.data.figures.size(); ++row)
        dates.append(read.value.data.figures.figure(row).period.toEdtf());
    EXPECT_EQ(dates,
        (QStringList { QStringLiteral("2013-05-17"), QStringLiteral("2013-05-17"), QStringLiteral("2013-05-17"),
            QStringLiteral("2024-03-03"), QStringLiteral("2013-09"), QStringLiteral("2024-06") }));
}

struct BadTable
{
    const char* name;
    QByteArray bytes;
    const char* mapping;
    int line;
    int column;
    Problem::Kind kind;
    /// Words the message must hold, where they help the user more than the kind says; or nothing.
    const char* says = nullptr;
};

class TableBadInput : public testing::TestWithParam<BadTable>
{ };

TEST_P(TableBadInput, IsRefusedAtItsPlace)
{
    const BadTable& bad = GetParam();
    const auto read = readWith(bad.bytes, QString::fromUtf8(bad.mapping), QStringLiteral("bad.csv"));
    ASSERT_FALSE(read.ok());
    const Problem error = onlyError(read.problems);
    EXPECT_EQ(error.line, bad.line) << error.toString().toStdString();
    EXPECT_EQ(error.column, bad.column) << error.toString().toStdString();
    EXPECT_EQ(error.kind, bad.kind) << error.toString().toStdString();
    if (bad.says) {
        EXPECT_TRUE(error.detail.contains(QString::fromUtf8(bad.says))) << error.toString().toStdString();
    }
    EXPECT_EQ(read.value.data.figures.size(), 0);
}

// Every refusal names a line and a column: 1:1 for what concerns the whole file or the mapping.
INSTANTIATE_TEST_SUITE_P(Cases, TableBadInput,
    testing::Values(BadTable { "ValueNotANumber", "d,n\n2024,12\n2024,many\n", "date=d,value=n,metric=homicides", 3, 6,
                        Problem::Kind::InvalidValue },
        BadTable { "MonthThirteen", "d,n\n2023-13-01,5\n", "date=d,value=n,metric=homicides", 2, 1,
            Problem::Kind::InvalidDate },
        BadTable {
            "Yesterday", "d,n\nyesterday,5\n", "date=d,value=n,metric=homicides", 2, 1, Problem::Kind::InvalidDate },
        BadTable { "MissingColumn", "d,n\n2024,5\n", "date=when,value=n,metric=homicides", 1, 1,
            Problem::Kind::ColumnMapping, "no column \u201cwhen\u201d for the date; the columns are: d, n" },
        BadTable {
            "WrongFieldCount", "d,n\n2024,5,7\n", "date=d,value=n,metric=homicides", 2, 1, Problem::Kind::Syntax },
        BadTable {
            "UnbalancedQuote", "d,n\n2024,\"5\n", "date=d,value=n,metric=homicides", 2, 6, Problem::Kind::Syntax },
        BadTable {
            "UnknownMetric", "d,n\n2024,5\n", "date=d,value=n,metric=murders", 1, 1, Problem::Kind::UnknownReference },
        BadTable { "NoMapping", "d,n\n2024,5\n", "", 1, 1, Problem::Kind::ColumnMapping, "the columns are: d, n" },
        BadTable { "JsonNotRecords", "[{\"d\": 2024, \"n\": 5}, 2]", "date=d,value=n,metric=homicides", 1, 23,
            Problem::Kind::InvalidValue },
        BadTable { "JsonTruncated", "[{\"d\": 2024, \"n\": ", "date=d,value=n,metric=homicides", 1, 19,
            Problem::Kind::Syntax },
        BadTable { "AllEmpty", "d,n\n2024,\n2025,NA\n", "date=d,value=n,metric=homicides", 1, 1,
            Problem::Kind::NothingToImport },
        BadTable { "SlashedDate", "d,n\n5/6/2013,5\n", "date=d,value=n,metric=homicides", 2, 1,
            Problem::Kind::InvalidDate, "countries put the day and the month in either order" },
        BadTable {
            "DayZero", "d,n\n0 May 2013,5\n", "date=d,value=n,metric=homicides", 2, 1, Problem::Kind::InvalidDate },
        BadTable {
            "NoSuchDay", "d,n\n31 June 2013,5\n", "date=d,value=n,metric=homicides", 2, 1, Problem::Kind::InvalidDate },
        BadTable { "HashtagWithoutHashtagRow", "d,n\n2024,5\n", "date=#date,value=n,metric=homicides", 1, 1,
            Problem::Kind::ColumnMapping },
        BadTable { "HashtagRowShort", "d,n,x\n#date,#affected\n2024,5,1\n", "date=#date,value=n,metric=homicides", 2, 1,
            Problem::Kind::Syntax }),
    [](const testing::TestParamInfo<BadTable>& info) { return std::string(info.param.name); });

TEST(TableImport, ImportIntoADatabaseAddsTheNewMetricAndIsAllOrNothing)
{
    QTemporaryDir dir;
    auto opened = openRepository(StoreLocation::file(dir.filePath(QStringLiteral("db.sqlite"))), OpenMode::CreateEmpty);
    ASSERT_TRUE(opened.ok());
    Repository& repository = *opened.value();
    const QByteArray bytes = sourceFile(QStringLiteral("tests/data/tables/disasters.csv"));
    const auto mapping = TableMapping::parse(u"date=Year,value=Deaths,subject=Entity,metric=disaster_deaths:flow");
    const ImportReport dry
        = importInto(repository, bytes, QStringLiteral("disasters.csv"), ImportFormat::Auto, true, {}, *mapping);
    ASSERT_TRUE(dry.ok()) << problemsText(dry.problems).toStdString();
    EXPECT_FALSE(dry.written);
    EXPECT_EQ(repository.load().value().figures.size(), 0);
    const ImportReport report
        = importInto(repository, bytes, QStringLiteral("disasters.csv"), ImportFormat::Auto, false, {}, *mapping);
    ASSERT_TRUE(report.ok()) << problemsText(report.problems).toStdString();
    EXPECT_EQ(report.figures, bytes.trimmed().count('\n'));
    const Dataset loaded = repository.load().value();
    EXPECT_EQ(loaded.figures.size(), report.figures);
    ASSERT_EQ(loaded.metrics.size(), 1);
    EXPECT_EQ(loaded.metrics.constFirst().key, QStringLiteral("disaster_deaths"));
    // A bad row among good ones: nothing more is written.
    const ImportReport refused = importInto(repository, "d,n\n2024,5\n2025,x\n", QStringLiteral("bad.csv"),
        ImportFormat::Auto, false, {}, *TableMapping::parse(u"date=d,value=n,metric=homicides"));
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(repository.load().value().figures.size(), report.figures);
}
