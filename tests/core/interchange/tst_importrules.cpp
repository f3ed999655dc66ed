#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/interchange/importing.h>
#include <crisis/core/model/figureparents.h>
#include <crisis/core/storage/openrepository.h>

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// The rules every importer keeps, whatever the format: no parent cycles, parents found in the database, counts not
// negative, quotes that stand in the text beside the database, a file imported twice said (and skipped on asking),
// and every refusal at a line and a column.

using namespace crisis::core;
using crisis::test::onlyError;
using crisis::test::problemsText;

namespace {

class Database
{
public:
    explicit Database(OpenMode create = OpenMode::CreateEmpty)
    {
        auto opened = openRepository(StoreLocation::file(path()), create);
        EXPECT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_repository = std::move(opened.value());
    }
    QString path() const { return m_dir.filePath(QStringLiteral("db.sqlite")); }
    QString folder() const { return m_dir.path(); }
    Repository& repository() { return *m_repository; }
    Dataset dataset()
    {
        auto loaded = m_repository->load();
        EXPECT_TRUE(loaded.ok());
        return loaded.ok() ? loaded.value() : Dataset();
    }
    ImportReport import(const QByteArray& bytes, const QString& name, bool dryRun = false, bool skipImported = false,
        const TableMapping& mapping = {})
    {
        return importInto(*m_repository, bytes, name, ImportFormat::Auto, dryRun, {}, mapping, {}, skipImported);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Repository> m_repository;
};

// A dataset JSON of figures, each written as {id, parent, value, metric}.
QByteArray datasetJson(const QList<std::tuple<const char*, const char*, double, const char*>>& figures,
    const char* document = "doc.txt", const char* quote = "5 killed", int offset = 0)
{
    QByteArray json = "{\"format\": \"crisis-timeline-dataset\", \"version\": 1,\n \"sources\": [{\"id\": \"src-j\", "
                      "\"document\": \"";
    json += document;
    json += "\"}],\n \"figures\": [\n";
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const auto& [id, parent, value, metric] = figures.at(i);
        json += QStringLiteral("  {\"id\": \"%1\", \"metric\": \"%2\", \"value\": %3, \"period\": \"2024\", "
                               "\"subject\": \"Haiti\", \"status\": \"actual\", "
                               "\"parent_id\": %4, \"subgroup\": \"%5\", \"source\": \"src-j\", \"quote\": \"%6\", "
                               "\"quote_offset\": %7}%8\n")
                    .arg(QLatin1String(id), QLatin1String(metric), QString::number(value),
                        parent ? u'"' + QLatin1String(parent) + u'"' : QStringLiteral("null"),
                        parent ? QStringLiteral("part") : QString(), QLatin1String(quote), QString::number(offset),
                        i + 1 < figures.size() ? QStringLiteral(",") : QString())
                    .toUtf8();
    }
    json += " ],\n \"events\": []}\n";
    return json;
}

} // namespace

TEST(FigureParents, CyclesAreFoundInOnePassHoweverLongTheChains)
{
    const auto cyclesOf = [](const QList<std::pair<QString, QString>>& figures) {
        return figuresOnParentCycles(
            figures.size(), [&](qsizetype i) { return figures.at(i).first; },
            [&](qsizetype i) { return figures.at(i).second; });
    };
    EXPECT_TRUE(cyclesOf({ { QStringLiteral("a"), QString() }, { QStringLiteral("b"), QStringLiteral("a") } }).empty());
    EXPECT_EQ(cyclesOf({ { QStringLiteral("a"), QStringLiteral("a") } }), std::vector<qsizetype>({ 0 }));
    // b -> c -> d -> b is a cycle; a hangs below it (its parents lead into the cycle, not back to it).
    EXPECT_EQ(cyclesOf({ { QStringLiteral("a"), QStringLiteral("b") }, { QStringLiteral("b"), QStringLiteral("c") },
                  { QStringLiteral("c"), QStringLiteral("d") }, { QStringLiteral("d"), QStringLiteral("b") },
                  { QStringLiteral("e"), QStringLiteral("outside") } }),
        std::vector<qsizetype>({ 1, 2, 3 }));
    // A chain of 200,000 (each the parent of the next) and a ring of as many: one walk each, not one per figure.
    QList<std::pair<QString, QString>> chain;
    for (int i = 0; i < 200000; ++i)
        chain.append({ QString::number(i), i == 0 ? QString() : QString::number(i - 1) });
    EXPECT_TRUE(cyclesOf(chain).empty());
    chain[0].second = QString::number(199999);
    EXPECT_EQ(cyclesOf(chain).size(), 200000u);
}

TEST(ImportRules, AnHxlFileCannotMakeAParentCycleThatJsonWouldRefuse)
{
    // What one importer accepts, all accept: the same cycle in HXL and in JSON is refused by both, at the figure.
    const QByteArray hxl
        = "id,parent,subgroup,killed,date\n#meta+id,#meta+parent,#meta+subgroup,#affected+killed,#date\n"
          "a,b,x,5,2024\nb,a,y,3,2024\nc,,,9,2024\n";
    Database db;
    const ImportReport fromHxl = db.import(hxl, QStringLiteral("cycle.csv"));
    EXPECT_FALSE(fromHxl.written);
    ASSERT_FALSE(fromHxl.ok());
    EXPECT_EQ(fromHxl.problems.size(), 2) << problemsText(fromHxl.problems).toStdString();
    EXPECT_EQ(fromHxl.problems.value(0).line, 3);
    EXPECT_EQ(fromHxl.problems.value(0).column, 1) << "at the id";
    EXPECT_EQ(fromHxl.problems.value(0).kind, Problem::Kind::ParentCycle);
    EXPECT_EQ(fromHxl.problems.value(1).line, 4);
    EXPECT_EQ(fromHxl.problems.value(1).kind, Problem::Kind::ParentCycle);
    const ImportReport fromJson = db.import(
        datasetJson({ { "a", "b", 5, "homicides" }, { "b", "a", 3, "homicides" } }), QStringLiteral("cycle.json"));
    EXPECT_FALSE(fromJson.written);
    ASSERT_FALSE(fromJson.ok());
    EXPECT_EQ(fromJson.problems.value(0).kind, Problem::Kind::ParentCycle)
        << problemsText(fromJson.problems).toStdString();
    EXPECT_TRUE(db.dataset().figures.isEmpty());
}

TEST(ImportRules, AJsonFigureMayBreakDownAFigureTheDatabaseHas)
{
    Database db(OpenMode::CreateWithBundledDataset);
    // fig-000-01 (2,728 homicides) is in the bundled dataset; the file's figure breaks it down.
    const ImportReport accepted
        = db.import(datasetJson({ { "new-part", "fig-000-01", 12, "homicides" } }), QStringLiteral("parts.json"));
    EXPECT_TRUE(accepted.ok()) << problemsText(accepted.problems).toStdString();
    EXPECT_TRUE(accepted.written);
    // A parent neither in the file nor in the database is refused where the file names it.
    const QByteArray missing = datasetJson({ { "other", "no-such-figure", 1, "homicides" } });
    const ImportReport refused = db.import(missing, QStringLiteral("missing.json"));
    const Problem problem = onlyError(refused.problems);
    EXPECT_EQ(problem.kind, Problem::Kind::UnknownReference) << problem.toString().toStdString();
    EXPECT_TRUE(problem.detail.contains(u"\u201cno-such-figure\u201d")) << "names the parent";
    EXPECT_EQ(problem.line, 4);
    EXPECT_EQ(problem.column, missing.split('\n').at(3).indexOf("\"no-such-figure\"") + 1);
}

TEST(ImportRules, NegativeCountsAreRefusedButNotNegativeMoney)
{
    Database db;
    const ImportReport killed = db.import(
        "place,date,killed\n#country+name,#date,#affected+killed\nHaiti,2024,-5\n", QStringLiteral("k.csv"));
    const Problem problem = onlyError(killed.problems);
    EXPECT_EQ(problem.kind, Problem::Kind::InvalidValue) << problem.toString().toStdString();
    EXPECT_EQ(problem.line, 3);
    EXPECT_EQ(problem.column, 1);
    EXPECT_FALSE(killed.written);
    // The same through a table mapping and a metric of the file's own (a flow is a count).
    const ImportReport mapped = db.import("year,deaths\n2020,-3\n", QStringLiteral("t.csv"), false, false,
        *TableMapping::parse(u"date=year,value=deaths,metric=disaster_deaths:flow"));
    const Problem viaMapping = onlyError(mapped.problems);
    EXPECT_EQ(viaMapping.kind, Problem::Kind::InvalidValue);
    EXPECT_EQ(viaMapping.line, 2);
    // Money is not a count: a negative funding figure (a cut) goes in.
    const ImportReport funding
        = db.import(datasetJson({ { "cut", nullptr, -1e6, "funding" } }), QStringLiteral("f.json"));
    EXPECT_TRUE(funding.ok()) << problemsText(funding.problems).toStdString();
}

TEST(ImportRules, AQuoteMustStandInTheTextBesideTheDatabase)
{
    Database db;
    crisis::test::writeFile(QDir(db.folder()).filePath(QStringLiteral("doc.txt")), "Then 5 killed in Cité Soleil.\n");
    // At its offset: in. Elsewhere, nowhere, or past the end: refused, the file named, nothing written.
    EXPECT_TRUE(db.import(datasetJson({ { "ok", nullptr, 5, "homicides" } }, "doc.txt", "5 killed", 5),
                      QStringLiteral("a.json"), true)
                    .ok());
    const auto refusal = [&](const char* quote, int offset) {
        const ImportReport report = db.import(
            datasetJson({ { "bad", nullptr, 5, "homicides" } }, "doc.txt", quote, offset), QStringLiteral("b.json"));
        EXPECT_FALSE(report.written);
        return onlyError(report.problems);
    };
    const Problem elsewhere = refusal("5 killed", 0);
    EXPECT_EQ(elsewhere.kind, Problem::Kind::QuoteNotFound);
    EXPECT_EQ(elsewhere.line, 4) << "at the figure's id";
    // The message says which of the three it is, and names the text.
    EXPECT_TRUE(elsewhere.detail.contains(u"its quote is not at 0 in doc.txt")) << elsewhere.detail.toStdString();
    const Problem nowhere = refusal("7 killed", 5);
    EXPECT_EQ(nowhere.kind, Problem::Kind::QuoteNotFound);
    EXPECT_TRUE(nowhere.detail.contains(u"its quote is not in doc.txt")) << nowhere.detail.toStdString();
    const Problem past = refusal("5 killed", 400);
    EXPECT_EQ(past.kind, Problem::Kind::QuoteNotFound);
    EXPECT_TRUE(past.detail.contains(u"past its end (30 characters)")) << past.detail.toStdString();
    EXPECT_EQ(past.line, 4) << "at the figure's id";
    // A text that is not beside the database is not checked (check-citations does it with --sources).
    EXPECT_TRUE(db.import(datasetJson({ { "else", nullptr, 5, "homicides" } }, "elsewhere.txt", "5 killed", 400),
                      QStringLiteral("c.json"))
                    .ok());
}

TEST(ImportRules, TheSameTableImportedTwiceIsSaidAndSkippedOnAsking)
{
    Database db;
    const TableMapping mapping = *TableMapping::parse(u"date=year,value=deaths,metric=homicides");
    const QByteArray first = "year,deaths\n2020,3\n2021,4\n";
    ASSERT_TRUE(db.import(first, QStringLiteral("/tmp/x/deaths.csv"), false, false, mapping).written);
    // The same file again, with a row more: two of three rows were imported before.
    const QByteArray second = "year,deaths\n2020,3\n2021,4\n2022,5\n";
    const ImportReport warned = db.import(second, QStringLiteral("/elsewhere/deaths.csv"), true, false, mapping);
    EXPECT_TRUE(warned.ok());
    EXPECT_EQ(warned.alreadyImported, 2);
    EXPECT_EQ(warned.figures, 3);
    ASSERT_EQ(warned.problems.size(), 1);
    EXPECT_EQ(warned.problems.first().severity, Problem::Severity::Warning);
    EXPECT_EQ(warned.problems.first().kind, Problem::Kind::AlreadyImported);
    EXPECT_TRUE(warned.problems.first().detail.startsWith(u"2 of 3 records"))
        << problemsText(warned.problems).toStdString();
    const ImportReport skipped = db.import(second, QStringLiteral("deaths.csv"), false, true, mapping);
    EXPECT_TRUE(skipped.written);
    EXPECT_EQ(skipped.skipped, 2);
    EXPECT_EQ(skipped.figures, 1);
    EXPECT_EQ(db.dataset().figures.size(), 3);
    // Once more: nothing new, nothing written (not even a source).
    const ImportReport nothing = db.import(second, QStringLiteral("deaths.csv"), false, true, mapping);
    EXPECT_TRUE(nothing.nothingNew);
    EXPECT_FALSE(nothing.written);
    EXPECT_EQ(db.dataset().figures.size(), 3);
    EXPECT_EQ(db.dataset().sources.size(), 2);
}

TEST(ImportRules, EveryRefusalNamesALineAndAColumn)
{
    Database db(OpenMode::CreateWithBundledDataset);
    const auto firstError = [&](const QByteArray& bytes, const char* name, const TableMapping& mapping = {}) {
        const ImportReport report = db.import(bytes, QString::fromLatin1(name), false, false, mapping);
        EXPECT_FALSE(report.ok()) << name;
        for (const Problem& problem : report.problems) {
            if (problem.severity == Problem::Severity::Error) {
                EXPECT_GE(problem.line, 1) << problem.toString().toStdString();
                EXPECT_GE(problem.column, 1) << problem.toString().toStdString();
                return problem;
            }
        }
        return Problem();
    };
    // An id the database has: at the id.
    const QByteArray taken = datasetJson({ { "fig-000-01", nullptr, 5, "homicides" } });
    Problem p = firstError(taken, "taken.json");
    EXPECT_EQ(p.kind, Problem::Kind::DuplicateId) << p.toString().toStdString();
    EXPECT_EQ(p.line, 4);
    EXPECT_EQ(p.column, taken.split('\n').at(3).indexOf("\"fig-000-01\"") + 1);
    // The whole file: 1:1.
    p = firstError(QByteArray(), "empty.csv");
    EXPECT_EQ(p.kind, Problem::Kind::EmptyFile);
    EXPECT_EQ(std::make_pair(p.line, p.column), std::make_pair(1, 1));
    p = firstError("   \n  <html></html>", "page.html");
    EXPECT_EQ(p.kind, Problem::Kind::UnsupportedFormat);
    EXPECT_EQ(std::make_pair(p.line, p.column), std::make_pair(2, 3)) << "where the content starts";
    // A mapping naming no column: at the header.
    p = firstError("a,b\n1,2\n", "t.csv", *TableMapping::parse(u"date=nope,value=b,metric=homicides"));
    EXPECT_EQ(p.kind, Problem::Kind::ColumnMapping);
    EXPECT_TRUE(p.detail.contains(u"\u201cnope\u201d")) << "names the column asked for";
    EXPECT_EQ(std::make_pair(p.line, p.column), std::make_pair(1, 1));
    // No figures: at the hashtag row.
    p = firstError("place,date,killed\n#country+name,#date,#affected+killed\nHaiti,2024,\n", "none.csv");
    EXPECT_EQ(p.kind, Problem::Kind::NothingToImport);
    EXPECT_EQ(p.line, 2);
}

TEST(ImportRules, DataHoldingPercentSignsIsQuotedAsItStands)
{
    // "%2" in an id once became "3" in the message: substituted again by a chained QString::arg.
    Database db;
    const QByteArray hxl = "id,killed,date\n#meta+id,#affected+killed,#date\n%2,5,2024\n%1x,6,2024\n%2,7,2024\n";
    const Problem problem = onlyError(db.import(hxl, QStringLiteral("ids.csv")).problems);
    EXPECT_EQ(problem.kind, Problem::Kind::DuplicateId);
    EXPECT_TRUE(problem.detail.contains(u"duplicate id \u201c%2\u201d (first on line 3)"))
        << problem.detail.toStdString();
}
