#include "testsupport.h"

#include <crisis/core/support/csv.h>
#include <crisis/core/support/textdecode.h>

#include <gtest/gtest.h>

#include <string>

using namespace crisis::core;

namespace {

std::vector<std::vector<std::string>> readAll(std::string_view text, std::optional<Problem>* problem = nullptr)
{
    CsvReader reader(text, QStringLiteral("t.csv"));
    std::vector<std::vector<std::string>> records;
    while (reader.next()) {
        std::vector<std::string> fields;
        for (const std::string_view field : reader.fields())
            fields.emplace_back(field);
        records.push_back(fields);
    }
    if (problem)
        *problem = reader.problem();
    return records;
}

using Records = std::vector<std::vector<std::string>>;

} // namespace

TEST(Csv, ReadsRfc4180)
{
    EXPECT_EQ(readAll("a,b,c\r\n1,2,3\r\n"), (Records { { "a", "b", "c" }, { "1", "2", "3" } }));
    EXPECT_EQ(readAll("a,b\n1,2"), (Records { { "a", "b" }, { "1", "2" } })) << "LF, and no line end at the end";
    EXPECT_EQ(readAll("a\rb\r"), (Records { { "a" }, { "b" } })) << "CR alone";
    EXPECT_EQ(
        readAll("\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n"), (Records { { "x, y", "say \"hi\"", "two\nlines" } }));
    EXPECT_EQ(readAll("a,,\n"), (Records { { "a", "", "" } })) << "empty fields, the last too";
    EXPECT_EQ(readAll("\xEF\xBB\xBFid\n1\n"), (Records { { "id" }, { "1" } })) << "a byte order mark is not data";
    EXPECT_EQ(readAll(""), Records {});
    // Two doubled-quote fields in one record, each its own text.
    EXPECT_EQ(readAll("\"a\"\"b\",\"c\"\"d\"\n"), (Records { { "a\"b", "c\"d" } }));
}

TEST(Csv, TellsTheLineAndColumnOfEachField)
{
    CsvReader reader("id,name\n1,\"two\nlines\",x\n2,é,y\n", QStringLiteral("t.csv"));
    ASSERT_TRUE(reader.next());
    ASSERT_TRUE(reader.next());
    EXPECT_EQ(reader.line(), 2);
    EXPECT_EQ(reader.position(2), std::make_pair(3, 8)) << "after a line break inside a quoted field";
    ASSERT_TRUE(reader.next());
    EXPECT_EQ(reader.line(), 4);
    EXPECT_EQ(reader.position(2), std::make_pair(4, 5)) << "columns count characters, not bytes";
    EXPECT_EQ(reader.recordText(), "2,é,y");
}

TEST(Csv, UnbalancedQuotesAreReportedWhereTheyOpen)
{
    std::optional<Problem> problem;
    readAll("a,b\n1,\"open\n2,3\n", &problem);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->line, 2);
    EXPECT_EQ(problem->column, 3);
    EXPECT_EQ(problem->kind, Problem::Kind::Syntax);
    // Which of the ways quotes go wrong, said in the words that tell the user how to mend it.
    EXPECT_TRUE(problem->detail.contains(u"never closed"));
    // A stray quote that closes lines later, followed by text: the opening quote is the culprit.
    readAll("a,b\n1,\"x\n2,\"y\n", &problem);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->line, 2);
    EXPECT_EQ(problem->kind, Problem::Kind::Syntax);
    EXPECT_TRUE(problem->detail.contains(u"unbalanced")) << problem->detail.toStdString();
    readAll("a,\"b\"c\n", &problem);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->column, 6);
    EXPECT_EQ(problem->kind, Problem::Kind::Syntax);
    EXPECT_TRUE(problem->detail.contains(u"after the closing quote"));
}

TEST(Csv, AHugeRecordIsAnErrorNotAHang)
{
    std::string huge = "a,b\n1,";
    huge.append(100 * 1024 * 1024, 'x'); // a 100 MB line
    huge.append("\n");
    std::optional<Problem> problem;
    const Records records = readAll(huge, &problem);
    EXPECT_EQ(records.size(), 1u);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->line, 2);
    EXPECT_EQ(problem->kind, Problem::Kind::LimitExceeded) << problem->detail.toStdString();
}

TEST(Csv, WritesFieldsThatReadBack)
{
    std::string out;
    for (const char* field : { "plain", "with, comma", "with \"quotes\"", "two\nlines", "" }) {
        appendCsvField(out, field);
        out.push_back(',');
    }
    out.back() = '\n';
    EXPECT_EQ(readAll(out), (Records { { "plain", "with, comma", "with \"quotes\"", "two\nlines", "" } }));
    EXPECT_EQ(csvField(QStringLiteral("a,b")), u"\"a,b\"");
}

TEST(TextDecoding, ReadsEveryEncodingFilesComeIn)
{
    const QString text = QStringLiteral("Gonaïves, Cap-Haïtien \u2019 \u2013 2,728");
    const QByteArray utf8 = text.toUtf8();
    const auto decode = [](const QByteArray& bytes) {
        const auto result = decodeText(bytes, QStringLiteral("f.csv"));
        EXPECT_TRUE(result.ok());
        return result.value;
    };
    EXPECT_EQ(QString::fromUtf8(decode(utf8).utf8), text);
    EXPECT_EQ(decode(utf8).encoding, u"UTF-8");
    EXPECT_TRUE(decode(utf8).repair.isEmpty());
    EXPECT_EQ(QString::fromUtf8(decode("\xEF\xBB\xBF" + utf8).utf8), text) << "the byte order mark goes";
    QByteArray utf16le("\xFF\xFE", 2);
    utf16le.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    EXPECT_EQ(QString::fromUtf8(decode(utf16le).utf8), text);
    EXPECT_EQ(decode(utf16le).encoding, u"UTF-16LE");
    // UTF-16 without a byte order mark: the zero bytes tell.
    EXPECT_EQ(QString::fromUtf8(decode(utf16le.mid(2)).utf8), text);
    // Windows-1252: curly apostrophe 0x92 and en dash 0x96 are its own.
    const QByteArray windows = QByteArray("Gona\xEFves, Cap-Ha\xEFtien \x92 \x96 2,728");
    EXPECT_EQ(QString::fromUtf8(decode(windows).utf8), text);
    EXPECT_EQ(decode(windows).encoding, u"Windows-1252");
    EXPECT_TRUE(decode(windows).repair.contains(u"not UTF-8"));
}

TEST(TextDecoding, RepairsUtf8ThatWasDecodedTwice)
{
    // "Haiti’s" with its apostrophe's UTF-8 bytes read as Windows-1252 and written again as UTF-8: "Haitiâ€™s".
    const QString broken = QStringLiteral("Haiti\u00e2\u20ac\u2122s Cap-Ha\u00c3\u00aftien; caf\u00c3\u00a9");
    const auto result = decodeText(broken.toUtf8(), QStringLiteral("f.txt"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(QString::fromUtf8(result.value.utf8), QStringLiteral("Haiti\u2019s Cap-Ha\u00eftien; caf\u00e9"));
    EXPECT_TRUE(result.value.repair.contains(u"Repaired 3 places")) << result.value.repair.toStdString();
    // Real Latin text is left alone: "São Paulo", "Ñ", a lone "Ã".
    // Also capitals and French spacing before closing quotes, whose bytes happen to read as UTF-8 too.
    const QString real = QStringLiteral("S\u00e3o Paulo, \u00d1and\u00fa, \u00c3 la carte, \u201cCAF\u00c9\u201d, "
                                        "\u00abcaf\u00e9\u00a0\u00bb, STRA\u00dfE\u2026");
    const auto untouched = decodeText(real.toUtf8(), QStringLiteral("f.txt"));
    EXPECT_EQ(QString::fromUtf8(untouched.value.utf8), real);
    EXPECT_TRUE(untouched.value.repair.isEmpty());
}

TEST(TextDecoding, ABrokenByteIsFoundWhereItIs)
{
    // After several-byte characters, whatever their place relative to a power of two.
    for (int before = 0; before < 40; ++before) {
        QByteArray text = "\xEF\xBB\xBF";
        for (int i = 0; i < before; ++i)
            text += "\xC3\xA9"; // é
        text += "\nab\xFF";
        const auto result = decodeText(text + "cd\n", QStringLiteral("b.csv"));
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.problems.first().line, 2) << before;
        EXPECT_EQ(result.problems.first().column, 3) << before;
    }
}

TEST(TextDecoding, BinaryAndBrokenTextAreErrorsAtTheirPlace)
{
    const auto binary = decodeText(QByteArray("PK\x03\x04\nab\0cd", 11), QStringLiteral("x.zip"));
    ASSERT_FALSE(binary.ok());
    EXPECT_EQ(binary.problems.first().kind, Problem::Kind::Encoding);
    // What the user reads: the file, where, and what it is.
    EXPECT_EQ(binary.problems.first().toString(), u"x.zip:2:3: a binary file, not text: it holds a NUL byte here");
    const auto broken = decodeText(QByteArray("\xEF\xBB\xBFok\nbad \xC3( here"), QStringLiteral("b.csv"));
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.problems.first().line, 2);
    EXPECT_EQ(broken.problems.first().column, 5);
    EXPECT_EQ(broken.problems.first().kind, Problem::Kind::Encoding);
    QByteArray lone("\xFF\xFE", 2);
    lone.append("\x00\xD8\x41\x00", 4); // a high surrogate alone
    EXPECT_FALSE(decodeText(lone, QStringLiteral("u.csv")).ok());
}

TEST(Csv, SpreadsheetCellsCannotStartAFormulaButNumbersStayNumbers)
{
    using crisis::core::spreadsheetCell;
    for (const char* formula : { "=HYPERLINK(\"http://x\")", "+1+1", "-1+cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx" })
        EXPECT_EQ(spreadsheetCell(QString::fromLatin1(formula)), u'\'' + QString::fromLatin1(formula)) << formula;
    for (const char* kept : { "-5", "-1.5e3", "-2,728", "2728", "plain text", "", "#meta+id", "a=b" })
        EXPECT_EQ(spreadsheetCell(QString::fromLatin1(kept)), QString::fromLatin1(kept)) << kept;
    EXPECT_EQ(crisis::core::spreadsheetRecord({ QStringLiteral("-5"), QStringLiteral("=1,2") }),
        QStringLiteral("-5,\"'=1,2\"\r\n"));
}
