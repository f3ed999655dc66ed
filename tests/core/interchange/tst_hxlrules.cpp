// Our HXL files against the rules HXL tools apply: hashtag syntax, a date in every #date cell, a number in every
// cell of a counting hashtag (the HXL standard's reference library checks both by default), and tag patterns
// matching the columns a reader means.
#include "testsupport.h"

#include <crisis/core/analysis/chartspec.h>
#include <crisis/core/interchange/briefpack.h>
#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/interchange/hxl.h>
#include <crisis/core/interchange/syntheticdata.h>
#include <crisis/core/model/metricregistry.h>
#include <crisis/core/support/csv.h>

#include <QDate>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace crisis::core;

namespace {

struct HxlTable
{
    QStringList hashtags;
    QList<QStringList> rows;
};

// The rows under the hashtag row (which must be one of the first 25, as HXL has it).
HxlTable readHxl(const QByteArray& csv)
{
    HxlTable table;
    CsvReader reader(std::string_view(csv.constData(), static_cast<size_t>(csv.size())), QStringLiteral("t.csv"));
    while (reader.next()) {
        QStringList cells;
        for (const std::string_view field : reader.fields())
            cells.append(QString::fromUtf8(field.data(), static_cast<qsizetype>(field.size())));
        if (table.hashtags.isEmpty()) {
            if (isHxlHashtagRow(reader.fields()))
                table.hashtags = cells;
            else
                EXPECT_LT(reader.line(), 25) << "no hashtag row in the first 25 rows";
            continue;
        }
        table.rows.append(cells);
    }
    EXPECT_FALSE(reader.problem().has_value());
    EXPECT_FALSE(table.hashtags.isEmpty());
    return table;
}

// A date as HXL tools read one without guessing (the reference library's ISO pattern): YYYY, YYYY-MM or
// YYYY-MM-DD, a real day of a real month.
bool isHxlDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^([12]\\d\\d\\d)(?:-(\\d\\d)(?:-(\\d\\d))?)?$"));
    const QRegularExpressionMatch match = iso.match(text);
    if (!match.hasMatch())
        return false;
    const int month = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
    const int day = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
    return QDate(match.captured(1).toInt(), month, day).isValid();
}

// Checks a table against HXL's rules; `what` names it in failures.
void expectHxlRules(const QByteArray& csv, const char* what)
{
    const HxlTable table = readHxl(csv);
    // Hashtags as the standard writes them: lower case, no spaces, each attribute once.
    static const QRegularExpression syntax(QStringLiteral("^#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*$"));
    QList<HxlTag> tags;
    for (const QString& hashtag : table.hashtags) {
        EXPECT_TRUE(syntax.match(hashtag).hasMatch()) << what << ": " << hashtag.toStdString();
        const auto tag = HxlTag::parse(hashtag);
        ASSERT_TRUE(tag.has_value()) << what << ": " << hashtag.toStdString();
        EXPECT_EQ(tag->attributes.size(), hashtag.count(u'+'))
            << what << ": an attribute twice in " << hashtag.toStdString();
        tags.append(*tag);
    }
    // The reference library's default schema: always a date; always a number.
    const auto patterns = [](std::initializer_list<const char16_t*> texts) {
        QList<HxlTag> out;
        for (const char16_t* text : texts)
            out.append(*HxlTag::parse(text));
        return out;
    };
    const QList<HxlTag> dates = patterns({ u"#date" });
    const QList<HxlTag> numbers = patterns({ u"#population", u"#affected", u"#inneed", u"#targeted", u"#reached",
        u"#indicator+num", u"#output+num", u"#value" });
    const auto matchesAny = [](const QList<HxlTag>& list, const HxlTag& column) {
        return std::any_of(list.cbegin(), list.cend(), [&](const HxlTag& p) { return p.matches(column); });
    };
    qsizetype dateCells = 0;
    for (qsizetype c = 0; c < tags.size(); ++c) {
        const bool date = matchesAny(dates, tags.at(c));
        const bool number = matchesAny(numbers, tags.at(c));
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QString cell = table.rows.at(r).value(c);
            if (cell.isEmpty())
                continue;
            if (date) {
                ++dateCells;
                EXPECT_TRUE(isHxlDate(cell)) << what << ", row " << r + 1 << ", " << tags.at(c).toString().toStdString()
                                             << ": \"" << cell.toStdString() << "\" is not a date HXL tools read";
            }
            if (number) {
                const QByteArray utf8 = cell.toUtf8();
                EXPECT_TRUE(parseCsvNumber(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size()))))
                    << what << ", row " << r + 1 << ", " << tags.at(c).toString().toStdString() << ": \""
                    << cell.toStdString() << "\" is not a number";
            }
            if (date || number) {
                EXPECT_EQ(cell, cell.trimmed()) << what << ": space around \"" << cell.toStdString() << "\"";
            }
        }
    }
    EXPECT_GT(dateCells, 0) << what << ": no dates checked";
}

} // namespace

TEST(HxlRules, OurFiguresTableFollowsThem)
{
    expectHxlRules(writeHxlFigures(Snapshot::fromDataset(bundledDataset()), MetricRegistry::builtIn()), "bundled");
    // Every metric, and dates at day, month and year precision, approximate and uncertain.
    const Snapshot synthetic = syntheticSnapshot({ 3000, 0, 7 });
    expectHxlRules(writeHxlFigures(synthetic, MetricRegistry::builtIn()), "synthetic");
}

TEST(HxlRules, TheBriefPackTablesFollowThem)
{
    const Workspace& w = *crisis::test::bundledWorkspace();
    for (const ChartKind kind : allCharts())
        expectHxlRules(plottedPointsCsv(buildChart(w, kind), w), chartKey(kind).toUtf8().constData());
    expectHxlRules(
        timelineEventsCsv(w, crisis::test::allEventIndexes(w), QDate(2016, 1, 1), QDate(2025, 12, 31)), "timeline");
}

TEST(HxlRules, EachMetricsHashtagMatchesOnlyItsOwnColumn)
{
    // A tool asking for #affected+killed (homicides) must not also count killed-or-injured: an HXL tag pattern
    // matches every column with its tag and at least its attributes.
    const QList<Metric> metrics = MetricRegistry::builtIn().metrics();
    for (const Metric& pattern : metrics) {
        for (const Metric& column : metrics) {
            if (pattern.key == column.key)
                continue;
            EXPECT_FALSE(HxlTag::parse(hxlValueTag(pattern))->matches(*HxlTag::parse(hxlValueTag(column))))
                << hxlValueTag(pattern).toStdString() << " matches " << column.key.toStdString() << "'s column "
                << hxlValueTag(column).toStdString();
        }
    }
    const Metric* killedOrInjured = MetricRegistry::builtIn().find(u"killed_or_injured");
    ASSERT_NE(killedOrInjured, nullptr);
    for (const char16_t* pattern : { u"#affected+killed", u"#affected+injured" })
        EXPECT_FALSE(HxlTag::parse(pattern)->matches(*HxlTag::parse(hxlValueTag(*killedOrInjured))))
            << QString::fromUtf16(pattern).toStdString();
}

TEST(HxlRules, TheRuleCheckerCatchesWhatWeWroteBefore)
{
    // What the figures table held before: EDTF in #date+period and #date+reported.
    EXPECT_FALSE(isHxlDate(QStringLiteral("2022-10/2023-06")));
    EXPECT_FALSE(isHxlDate(QStringLiteral("2023-09~")));
    EXPECT_FALSE(isHxlDate(QStringLiteral("2023-02-30")));
    EXPECT_TRUE(isHxlDate(QStringLiteral("2023-09")));
    EXPECT_TRUE(isHxlDate(QStringLiteral("2024-02-29")));
    EXPECT_TRUE(isHxlDate(QStringLiteral("2025")));
}
