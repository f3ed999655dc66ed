#include "testsupport.h"

#include <crisis/core/articles/articleimport.h>
#include <crisis/core/support/numberscanner.h>
#include <crisis/core/support/textoffsets.h>

#include <gtest/gtest.h>

using namespace crisis::core;

namespace {

ImportContext articleContext(const QString& fileName, const PartialDate& published = {})
{
    ImportContext context;
    context.fileName = fileName;
    context.published = published;
    return context;
}

QString seed(const char* document)
{
    const auto text = crisis::test::seedText(QString::fromLatin1(document));
    EXPECT_TRUE(text.has_value());
    return text.value_or(QString());
}

} // namespace

TEST(ArticleImport, AnArticleIsFoundByItsNameAndItsProposalsNeedAPeriod)
{
    if (crisis::test::seedsDir().isEmpty())
        GTEST_SKIP() << "the seed articles are not beside this checkout";
    const QByteArray bytes = seed("003_67ae491904088e5a.txt").toUtf8();
    const auto read = readImport(bytes, ImportFormat::Auto, articleContext(QStringLiteral("003_67ae491904088e5a.txt")));
    ASSERT_FALSE(read.ok());
    // Every proposal is named at its number, and the error says where to review them.
    int warnings = 0;
    for (const Problem& problem : read.problems) {
        if (problem.severity == Problem::Severity::Warning) {
            ++warnings;
            EXPECT_GT(problem.line, 0);
            EXPECT_GT(problem.column, 0);
            EXPECT_TRUE(problem.detail.contains(QStringLiteral("left out"))) << problem.toString().toStdString();
        } else {
            EXPECT_TRUE(problem.detail.contains(QStringLiteral("File \u2192 Import")));
        }
    }
    EXPECT_GE(warnings, 3);
}

TEST(ArticleImport, WithItsPublicationDateLevelsHoldThenAndQuoteTheirSentence)
{
    if (crisis::test::seedsDir().isEmpty())
        GTEST_SKIP() << "the seed articles are not beside this checkout";
    const QString text = seed("003_67ae491904088e5a.txt");
    const auto published = PartialDate::parse(u"2024-09-22");
    const auto read = readImport(text.toUtf8(), ImportFormat::Article,
        articleContext(QStringLiteral("/tmp/003_67ae491904088e5a.txt"), *published));
    ASSERT_TRUE(read.ok());
    const ImportedData& data = read.value;
    ASSERT_GE(data.data.figures.size(), 3);
    ASSERT_EQ(data.data.sources.size(), 1);
    EXPECT_EQ(data.data.sources.constFirst().document, QStringLiteral("003_67ae491904088e5a.txt"));
    EXPECT_EQ(data.data.sources.constFirst().published, *published);
    for (qsizetype row = 0; row < data.data.figures.size(); ++row) {
        const Figure figure = data.data.figures.figure(row);
        EXPECT_EQ(figure.metric, QStringLiteral("personnel"));
        EXPECT_TRUE(figure.periodInferred);
        EXPECT_EQ(figure.period, Period(*published));
        EXPECT_EQ(text.mid(utf16IndexOfCodePoint(text, figure.citation.offset), figure.citation.quote.size()),
            figure.citation.quote);
        EXPECT_TRUE(isValueWrittenIn(figure.value, figure.citation.quote)) << figure.id.toStdString();
    }
}

TEST(ArticleImport, OffsetsCountAByteOrderMarkAndRepairsAreReported)
{
    const QByteArray text = "Gangs in Haiti\n\nMore than 1,500 people were kidnapped in 2023, officials said.\n";
    const auto plain = readImport(text, ImportFormat::Article, articleContext(QStringLiteral("a.txt")));
    ASSERT_TRUE(plain.ok());
    ASSERT_EQ(plain.value.data.figures.size(), 1);
    const Figure figure = plain.value.data.figures.figure(0);
    EXPECT_EQ(figure.metric, QStringLiteral("kidnappings"));
    EXPECT_EQ(figure.qualifier, QStringLiteral("More than"));
    EXPECT_EQ(figure.period.toEdtf(), QStringLiteral("2023"));
    EXPECT_FALSE(figure.periodInferred);
    EXPECT_EQ(plain.value.data.sources.constFirst().title, QStringLiteral("Gangs in Haiti"));

    const auto withBom
        = readImport("\xEF\xBB\xBF" + text, ImportFormat::Article, articleContext(QStringLiteral("a.txt")));
    ASSERT_TRUE(withBom.ok());
    EXPECT_EQ(withBom.value.data.figures.figure(0).citation.offset, figure.citation.offset + 1);

    // UTF-8 decoded twice: repaired, and the repair is said.
    const QByteArray mojibake = "Haitiâ€™s gangs\n\nMore than 1,500 people were kidnapped in 2023.\n";
    const auto repaired = readImport(mojibake, ImportFormat::Article, articleContext(QStringLiteral("m.txt")));
    ASSERT_TRUE(repaired.ok());
    EXPECT_FALSE(repaired.value.repair.isEmpty());
    EXPECT_EQ(repaired.value.data.sources.constFirst().title, QStringLiteral("Haiti\u2019s gangs"));
}

TEST(ArticleImport, AcceptedProposalsAreCheckedAtTheirNumber)
{
    const QByteArray bytes = "Report\n\nAbout 600 officers arrived.\n";
    const auto article = readArticleProposals(bytes, QStringLiteral("r.txt"));
    ASSERT_TRUE(article.ok());
    ASSERT_EQ(article.value.proposals.size(), 1);
    FigureProposal proposal = article.value.proposals.constFirst();
    EXPECT_EQ(proposal.qualifier, QStringLiteral("About"));
    const auto missing = articleFigures(article.value, { proposal }, articleContext(QStringLiteral("r.txt")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.problems.constFirst().line, 3);
    EXPECT_EQ(missing.problems.constFirst().column, 7);
    EXPECT_TRUE(missing.problems.constFirst().detail.contains(QStringLiteral("no period stated")));
    proposal.metric = QStringLiteral("murders");
    proposal.period = Period::parse(u"2024-06");
    const auto unknown = articleFigures(article.value, { proposal }, articleContext(QStringLiteral("r.txt")));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.problems.constFirst().detail.contains(QStringLiteral("unknown metric \u201cmurders\u201d")));
    proposal.metric = QStringLiteral("personnel");
    const auto accepted = articleFigures(article.value, { proposal }, articleContext(QStringLiteral("r.txt")));
    ASSERT_TRUE(accepted.ok());
    EXPECT_EQ(accepted.value.data.figures.figure(0).period.toEdtf(), QStringLiteral("2024-06"));
    EXPECT_EQ(accepted.value.data.figures.figure(0).citation.quote, QStringLiteral("About 600 officers arrived."));
}

TEST(ArticleImport, FractionsAndPercentagesAreStoredInTheMetricsUnit)
{
    const QByteArray bytes = "Report\n\nGangs controlled half of the capital in March 2024.\n";
    const auto read = readImport(bytes, ImportFormat::Article, articleContext(QStringLiteral("h.txt")));
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read.value.data.figures.size(), 1);
    EXPECT_EQ(read.value.data.figures.figure(0).metric, QStringLiteral("gang_control"));
    EXPECT_EQ(read.value.data.figures.figure(0).value, 50); // percent, as the metric counts
    // A percentage given to a count is refused at its number.
    auto article = readArticleProposals("Report\n\nAbout 80% of people fled in 2024.\n", QStringLiteral("p.txt"));
    ASSERT_TRUE(article.ok());
    ASSERT_FALSE(article.value.proposals.isEmpty());
    FigureProposal proposal = article.value.proposals.constFirst();
    ASSERT_TRUE(proposal.percent);
    proposal.metric = QStringLiteral("displaced");
    proposal.period = Period::parse(u"2024");
    const auto refused = articleFigures(article.value, { proposal }, articleContext(QStringLiteral("p.txt")));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.problems.constFirst().detail.contains(QStringLiteral("is a percentage")));
}
