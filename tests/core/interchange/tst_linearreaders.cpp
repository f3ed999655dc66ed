#include "testsupport.h"

#include <crisis/core/articles/articleimport.h>
#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/interchange/importing.h>
#include <crisis/core/interchange/tableimport.h>
#include <crisis/core/support/csv.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <time.h>

// Every reader is linear in its input: each is timed on an input and on one four times as large, on this thread's
// CPU clock (not the wall clock, which another process's load would move), the best of three. Linear work takes
// about four times as long; the quadratic readers these tests were written against took sixteen times as long or
// more. No time is asserted, only how it grows.

using namespace crisis::core;

namespace {

double cpuSeconds(const std::function<void()>& work)
{
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        timespec start {};
        timespec end {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
        work();
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
        best = std::min(best, double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9);
    }
    return best;
}

// How much longer reading an input four times as large takes.
double growth(const std::function<QByteArray(int)>& input, int n, const std::function<void(const QByteArray&)>& read)
{
    const QByteArray small = input(n);
    const QByteArray large = input(4 * n);
    read(small); // warm up (registries, static patterns)
    // The least of three runs each: one run of the small input can be slowed by a neighbour on a busy machine.
    double a = 1e9;
    double b = 1e9;
    for (int run = 0; run < 3; ++run) {
        a = std::min(a, cpuSeconds([&] { read(small); }));
        b = std::min(b, cpuSeconds([&] { read(large); }));
    }
    return b / std::max(a, 1e-6);
}

ParseResult<ImportedData> readAs(
    const QByteArray& bytes, ImportFormat format, const char* name, const QString& mapping = {})
{
    ImportContext context;
    context.fileName = QString::fromLatin1(name);
    if (!mapping.isEmpty())
        context.mapping = *TableMapping::parse(mapping);
    return readImport(bytes, format, context);
}

constexpr double linearAtMost = 9; // 4 expected; 16 for quadratic

} // namespace

TEST(LinearReaders, ATableIsLinearInItsColumns)
{
    // 10,000 columns once took 0.16 s and 20,000 0.55 s: every cell's place was found by reading its row again.
    const auto wide = [](int columns) -> QByteArray {
        QByteArray header = "date";
        for (int c = 1; c < columns; ++c)
            header += ",c" + QByteArray::number(c);
        QByteArray table = header + '\n';
        for (int row = 0; row < 20; ++row) {
            table += "2024";
            for (int c = 1; c < columns; ++c)
                table += ',' + QByteArray::number(c % 97);
            table += '\n';
        }
        return table;
    };
    const double one = growth(wide, 1500, [](const QByteArray& bytes) {
        EXPECT_TRUE(
            readAs(bytes, ImportFormat::Table, "wide.csv", QStringLiteral("date=date,value=c1,metric=homicides")).ok());
    });
    EXPECT_LT(one, linearAtMost);
    // Mapping every column as a value: each column named is looked up, not searched for.
    const double all = growth(
        [](int columns) -> QByteArray {
            QByteArray table = "date";
            for (int c = 1; c < columns; ++c)
                table += ",c" + QByteArray::number(c);
            table += "\n2024";
            for (int c = 1; c < columns; ++c)
                table += ",1";
            return table + '\n';
        },
        800,
        [](const QByteArray& bytes) {
            const qsizetype columns = bytes.count(',') / 2;
            QString mapping = QStringLiteral("date=date,metric=homicides");
            for (qsizetype c = 1; c <= columns; ++c)
                mapping += QStringLiteral(",value=c%1").arg(c);
            EXPECT_TRUE(readAs(bytes, ImportFormat::Table, "wide.csv", mapping).ok());
        });
    EXPECT_LT(all, linearAtMost);
}

TEST(LinearReaders, AnHxlHashtagRowIsLinearInItsColumns)
{
    const double factor = growth(
        [](int columns) -> QByteArray {
            QByteArray header = "date,killed";
            QByteArray tags = "#date,#affected+killed";
            QByteArray row = "2024,5";
            for (int c = 2; c < columns; ++c) {
                header += ",c";
                tags += ",#x"; // each a second #x: each an error, the first hundred located
                row += ",z";
            }
            return header + '\n' + tags + '\n' + row + '\n';
        },
        3000, [](const QByteArray& bytes) { EXPECT_FALSE(readAs(bytes, ImportFormat::Hxl, "wide.csv").ok()); });
    EXPECT_LT(factor, linearAtMost);
}

TEST(LinearReaders, AnArticleIsLinearInItsSentences)
{
    // 8,000 sentences once took 1.7 s and 16,000 6.5 s: each number's line was counted from the start.
    const auto article = [](int sentences) -> QByteArray {
        QByteArray text = "Killings in Haiti\n\n";
        for (int s = 0; s < sentences; ++s)
            text += "More than " + QByteArray::number(100 + s) + " people were killed in 2023.\n";
        return text;
    };
    const double factor = growth(article, 500,
        [](const QByteArray& bytes) { EXPECT_TRUE(readAs(bytes, ImportFormat::Article, "article.txt").ok()); });
    EXPECT_LT(factor, linearAtMost);
}

TEST(LinearReaders, AChainOfParentsIsCheckedInOnePass)
{
    // Each figure breaks down the one before: the cycle check once walked every chain to its top.
    const auto chain = [](int figures) -> QByteArray {
        QByteArray json = "{\"format\": \"crisis-timeline-dataset\", \"version\": 1, \"sources\": [{\"id\": \"s\", "
                          "\"document\": \"s.txt\"}], \"figures\": [";
        for (int i = 0; i < figures; ++i) {
            json += QStringLiteral("%1{\"id\": \"f%2\", \"metric\": \"homicides\", \"value\": 1, \"period\": \"2024\", "
                                   "\"subject\": \"Haiti\", \"status\": \"actual\", "
                                   "\"parent_id\": %3, \"subgroup\": \"g\", \"source\": \"s\", \"quote\": \"1\", "
                                   "\"quote_offset\": 0}")
                        .arg(i ? QStringLiteral(",") : QString(), QString::number(i),
                            i ? QStringLiteral("\"f%1\"").arg(i - 1) : QStringLiteral("null"))
                        .toUtf8();
        }
        return json + "], \"events\": []}";
    };
    const double factor = growth(chain, 2000,
        [](const QByteArray& bytes) { EXPECT_TRUE(readDatasetJson(bytes, QStringLiteral("chain.json")).ok()); });
    EXPECT_LT(factor, linearAtMost);
}

TEST(LinearReaders, FieldPositionsComeFromOnePassAndAgreeWithEachField)
{
    const QByteArray csv = "a,\"b\nb\",c\r\nd\xc3\xa9,\"e\"\"e\",\r\n\"multi\r\nline\",x\n";
    CsvReader reader(std::string_view(csv.constData(), static_cast<size_t>(csv.size())), QStringLiteral("t.csv"));
    std::vector<std::pair<int, int>> all;
    while (reader.next()) {
        reader.positions(all);
        ASSERT_EQ(all.size(), reader.fields().size());
        for (size_t i = 0; i < all.size(); ++i)
            EXPECT_EQ(all[i], reader.position(i)) << "record on line " << reader.line() << ", field " << i;
    }
    // Too many fields is said, not read for minutes.
    QByteArray wide(static_cast<qsizetype>(CsvReader::maxFields) + 10, ',');
    CsvReader tooWide(std::string_view(wide.constData(), static_cast<size_t>(wide.size())), QStringLiteral("w.csv"));
    EXPECT_FALSE(tooWide.next());
    ASSERT_TRUE(tooWide.problem().has_value());
    EXPECT_EQ(tooWide.problem()->kind, Problem::Kind::LimitExceeded) << tooWide.problem()->detail.toStdString();
    EXPECT_EQ(tooWide.problem()->line, 1);
}
