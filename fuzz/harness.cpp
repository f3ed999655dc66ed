#include "harness.h"

#include "fuzzsupport.h"

#include <crisis/core/articles/articleimport.h>
#include <crisis/core/interchange/importing.h>
#include <crisis/core/interchange/tableimport.h>
#include <crisis/core/interchange/timelinejs.h>
#include <crisis/core/model/period.h>
#include <crisis/core/support/textdecode.h>

#include <cstring>

namespace crisis::fuzz {

using namespace crisis::core;

namespace {

// Our dataset JSON, as `import --format json` reads it; every record can be located (for problems found later,
// against the database).
void readJson(const QByteArray& bytes)
{
    const QString fileName = QStringLiteral("fuzz.json");
    ImportContext context;
    context.fileName = fileName;
    const ParseResult<ImportedData> read = readImport(bytes, ImportFormat::Json, context);
    checkProblems(read.problems, fileName);
    checkPlaced(read.problems);
    if (read.ok()) {
        for (qsizetype i = 0; i < read.value.data.figures.size(); ++i)
            (void)read.value.positionOf(RecordKind::Figure, i);
        for (qsizetype i = 0; i < read.value.data.events.size(); ++i)
            (void)read.value.positionOf(RecordKind::Event, i);
    }
}

// CSV with an HXL hashtag row, as `import --format hxl` reads it; inputs whose first byte is odd are read as a
// large file is, handing figures over in parts.
void readHxl(const QByteArray& bytes)
{
    const QString fileName = QStringLiteral("fuzz.csv");
    ImportContext context;
    context.fileName = fileName;
    if (!bytes.isEmpty() && (static_cast<unsigned char>(bytes.front()) & 1) != 0)
        context.figureParts = [](FigureTable&& part) { return part.size() >= 0; };
    const ParseResult<ImportedData> read = readImport(bytes, ImportFormat::Hxl, context);
    checkProblems(read.problems, fileName);
    checkPlaced(read.problems);
    if (read.ok()) {
        for (qsizetype i = 0; i < read.value.data.figures.size(); ++i)
            (void)read.value.positionOf(RecordKind::Figure, i);
    }
}

// A TimelineJS spreadsheet (CSV) or timeline (JSON).
void readTimelineJs(const QByteArray& bytes, bool json)
{
    const QString fileName = json ? QStringLiteral("fuzz.json") : QStringLiteral("fuzz.csv");
    ImportContext context;
    context.fileName = fileName;
    const ParseResult<DecodedText> text = decodeText(bytes, fileName);
    checkProblems(text.problems, fileName);
    if (!text.ok())
        return;
    const ParseResult<ImportedData> read
        = json ? readTimelineJsJson(text.value, context) : readTimelineJsCsv(text.value, context);
    (void)(json ? isTimelineJsJson(text.value.utf8) : isTimelineJsCsv(text.value.utf8));
    checkProblems(read.problems, fileName);
}

// A table from elsewhere (CSV or JSON records) with a mapping, as `import --map MAPPING` reads it: the input's first
// line is the mapping, the rest the table.
void readTableWithMapping(const QByteArray& bytes)
{
    const QString fileName = QStringLiteral("fuzz.csv");
    const qsizetype newline = bytes.indexOf('\n');
    const QByteArray mappingLine = newline < 0 ? QByteArray() : bytes.left(newline);
    const QByteArray table = newline < 0 ? bytes : bytes.mid(newline + 1);
    ImportContext context;
    context.fileName = fileName;
    if (const auto mapping = TableMapping::parse(QString::fromUtf8(mappingLine))) {
        context.mapping = *mapping;
        if (TableMapping::parse(mapping->toString()).value_or(TableMapping()).toString() != mapping->toString())
            fail("a mapping that does not read back as written");
    } else {
        context.mapping.date = QStringLiteral("1");
        context.mapping.values = { QStringLiteral("2") };
        context.mapping.metric = QStringLiteral("homicides");
    }
    const ParseResult<DecodedText> text = decodeText(table, fileName);
    checkProblems(text.problems, fileName);
    if (!text.ok())
        return;
    const ParseResult<TablePreview> preview = previewTable(text.value, fileName);
    checkProblems(preview.problems, fileName);
    const ParseResult<ImportedData> read = readTable(text.value, context);
    checkProblems(read.problems, fileName);
}

// A plain-text article: the figures proposed (File > Import), all accepted, and those `import` takes from it.
void readArticleEveryWay(const QByteArray& bytes)
{
    const QString fileName = QStringLiteral("fuzz.txt");
    ParseResult<ArticleReading> reading = readArticleProposals(bytes, fileName);
    checkProblems(reading.problems, fileName);
    if (!reading.ok())
        return;
    const qsizetype length = reading.value.string.size();
    for (const FigureProposal& proposal : std::as_const(reading.value.proposals)) {
        if (proposal.numberStart < 0 || proposal.numberLength < 0
            || proposal.numberStart + proposal.numberLength > length)
            fail("a proposal's number outside the text");
    }
    ImportContext context;
    context.fileName = fileName;
    const ParseResult<ImportedData> accepted = articleFigures(reading.value, reading.value.proposals, context);
    checkProblems(accepted.problems, fileName);
    context.article.published = Period(PartialDate::fromParts(2024, 9, 22));
    const ParseResult<ImportedData> read = readArticle(reading.value.text, context);
    checkProblems(read.problems, fileName);
}

// EDTF dates and periods: what parses writes back as text that parses to the same date.
void readEdtf(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QString why;
    if (const auto date = PartialDate::parse(text, &why)) {
        if (!date->isValid() || date->earliest() > date->latest())
            fail("an invalid date parsed");
        if (PartialDate::parse(date->toEdtf()) != date)
            fail("a date that does not read back as written");
        std::string ascii;
        date->appendEdtf(ascii);
        if (QString::fromStdString(ascii) != date->toEdtf())
            fail("appendEdtf and toEdtf disagree");
    } else if (why.isEmpty()) {
        fail("a date refused without a reason");
    }
    why.clear();
    if (const auto period = Period::parse(text, &why)) {
        if (!period->isValid() || period->earliest() > period->latest() || period->lengthInDays() < 1)
            fail("a period that is not one");
        if (Period::parse(period->toEdtf()) != period)
            fail("a period that does not read back as written");
    } else if (why.isEmpty()) {
        fail("a period refused without a reason");
    }
}

// The decoder every reader starts with: what it accepts is well-formed UTF-8, and repairing it keeps it so.
void readText(const QByteArray& bytes)
{
    const QString fileName = QStringLiteral("fuzz.txt");
    const ParseResult<DecodedText> text = decodeText(bytes, fileName);
    checkProblems(text.problems, fileName);
    if (!text.ok())
        return;
    checkUtf8(text.value.utf8, "decodeText gave text that is not UTF-8");
    QByteArray repaired = text.value.utf8;
    repairDoubleEncoding(repaired);
    checkUtf8(repaired, "repairDoubleEncoding made text that is not UTF-8");
}

// Any file given to `import` without --format: the format told by the content (and a .txt name), then read.
void readAnything(const QByteArray& bytes)
{
    const QString fileName
        = !bytes.isEmpty() && bytes.front() == 'T' ? QStringLiteral("fuzz.txt") : QStringLiteral("fuzz.dat");
    ImportContext context;
    context.fileName = fileName;
    const ParseResult<ImportedData> read = readImport(bytes, ImportFormat::Auto, context);
    checkProblems(read.problems, fileName);
    checkPlaced(read.problems);
}

} // namespace

const std::vector<std::pair<const char*, Reader>>& readers()
{
    static const std::vector<std::pair<const char*, Reader>> all {
        { "article", readArticleEveryWay },
        { "edtf", readEdtf },
        { "hxl", readHxl },
        { "import", readAnything },
        { "json", readJson },
        { "table", readTableWithMapping },
        { "textdecode", readText },
        { "timelinejs_csv", [](const QByteArray& bytes) { readTimelineJs(bytes, false); } },
        { "timelinejs_json", [](const QByteArray& bytes) { readTimelineJs(bytes, true); } },
    };
    return all;
}

Reader reader(const char* name)
{
    for (const auto& [key, read] : readers()) {
        if (std::strcmp(key, name) == 0)
            return read;
    }
    return nullptr;
}

} // namespace crisis::fuzz
