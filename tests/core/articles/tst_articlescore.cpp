#include "testsupport.h"

#include <crisis/core/articles/articlescore.h>
#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/support/numberscanner.h>
#include <crisis/core/support/textoffsets.h>

#include <QDir>

#include <gtest/gtest.h>

#include <cstdio>

using namespace crisis::core;

namespace {

// The publication date a user would give each seed article (--published): the bundled dataset's, and for the
// article of 2025 the interval its note gives ("over a year after" the June 2024 deployment).
const std::pair<const char*, const char*> seedDates[] = {
    { "000_a76563f97d16fe8d.txt", "2023-09~" },
    { "001_6be08b8e25146aa3.txt", "2024-09~" },
    { "002_5ebc2a07f5a1d402.txt", "2025-07/2025-12" },
    { "003_67ae491904088e5a.txt", "2024-09-22" },
    { "004_1023185c3e1868b2.txt", "2024-09~" },
};

void print(const char* name, const ArticleScore& score, bool details)
{
    std::printf("%-32s proposed %3d, correct %3d; truth %3d, found %3d; precision %.2f, recall %.2f\n", name,
        score.proposed, score.correct, score.truth, score.found, score.precision(), score.recall());
    if (!details)
        return;
    for (const QString& wrong : score.wrong)
        std::printf("    not in the truth: %s\n", qUtf8Printable(wrong));
    for (const QString& missed : score.missed)
        std::printf("    missed: %s\n", qUtf8Printable(missed));
}

ArticleScore scoreArticle(const QString& text, const Period& published, const QList<Figure>& truth,
    const MetricRegistry& metrics, const char* name)
{
    ArticleScanOptions options;
    options.metrics = metrics;
    options.articleDate = published;
    const ArticleScore score = scoreProposals(proposeFigures(text, options), truth, metrics);
    print(name, score, true);
    return score;
}

} // namespace

TEST(ArticleScore, AProposalMatchesAFigureByValueMetricSubjectAndPeriod)
{
    const MetricRegistry metrics = MetricRegistry::builtIn();
    Figure figure;
    figure.metric = QStringLiteral("gang_control");
    figure.value = 80;
    figure.subject = QStringLiteral("Port-au-Prince");
    figure.period = *Period::parse(u"2024-09");
    FigureProposal proposal;
    proposal.metric = figure.metric;
    proposal.value = 80;
    proposal.percent = true;
    proposal.subject = figure.subject;
    proposal.period = Period::parse(u"2024-09~");
    // An approximate month is the same month.
    EXPECT_TRUE(proposalMatches(proposal, figure, metrics));
    FigureProposal other = proposal;
    other.subject = QStringLiteral("Haiti");
    EXPECT_FALSE(proposalMatches(other, figure, metrics));
    other = proposal;
    other.period = Period::parse(u"2024");
    EXPECT_FALSE(proposalMatches(other, figure, metrics));
    other = proposal;
    other.period.reset();
    EXPECT_FALSE(proposalMatches(other, figure, metrics));
    // "half" of an area is 50 percent.
    other = proposal;
    other.value = 0.5;
    other.percent = false;
    figure.value = 50;
    EXPECT_TRUE(proposalMatches(other, figure, metrics));

    // Each figure is matched once: the same proposal twice is one right and one wrong.
    const ArticleScore score = scoreProposals({ proposal, proposal }, { figure }, metrics);
    EXPECT_EQ(score.correct, 0);
    figure.value = 80;
    const ArticleScore twice = scoreProposals({ proposal, proposal }, { figure }, metrics);
    EXPECT_EQ(twice.proposed, 2);
    EXPECT_EQ(twice.correct, 1);
    EXPECT_EQ(twice.found, 1);
    EXPECT_DOUBLE_EQ(twice.precision(), 0.5);
    EXPECT_DOUBLE_EQ(twice.recall(), 1.0);
}

// The reader over the five seed articles, scored against the bundled dataset as truth.
TEST(ArticleScore, TheSeedArticlesAgainstTheBundledDataset)
{
    CRISIS_REQUIRE_SEEDS();
    const Dataset dataset = bundledDataset();
    ArticleScore total;
    for (const auto& [document, date] : seedDates) {
        const QString name = QString::fromLatin1(document);
        const auto text = crisis::test::seedText(name);
        ASSERT_TRUE(text.has_value());
        const Source* source = nullptr;
        for (const Source& s : dataset.sources)
            source = s.document == name ? &s : source;
        ASSERT_NE(source, nullptr) << document;
        QList<Figure> truth;
        for (const Figure& figure : dataset.figures) {
            if (figure.citation.sourceId == source->id)
                truth.append(figure);
        }
        total += scoreArticle(
            *text, *Period::parse(QString::fromLatin1(date)), truth, MetricRegistry::builtIn(), document);
    }
    print("seed articles", total, false);
    EXPECT_GE(total.precision(), 0.9);
    EXPECT_GE(total.recall(), 0.9);
}
// The reader over articles written for it (tests/data/articles), each with its own truth in our dataset format.
TEST(ArticleScore, ArticlesAboutAnInventedCountry)
{
    const QDir folder(QStringLiteral(CRISIS_SOURCE_DIR "/tests/data/articles"));
    const QStringList truths = folder.entryList({ QStringLiteral("*.truth.json") }, QDir::Files, QDir::Name);
    ASSERT_GE(truths.size(), 3);
    ArticleScore total;
    for (const QString& truthName : truths) {
        const auto truth = readDatasetJson(crisis::test::readFile(folder.filePath(truthName)), truthName);
        ASSERT_TRUE(truth.ok()) << crisis::test::problemsText(truth.problems).toStdString();
        ASSERT_EQ(truth.value.sources.size(), 1) << truthName.toStdString();
        const Source& source = truth.value.sources.constFirst();
        const QString text = QString::fromUtf8(crisis::test::readFile(folder.filePath(source.document)));
        ASSERT_FALSE(text.isEmpty()) << source.document.toStdString();
        // The truth quotes the article where it says it does.
        for (const Figure& figure : truth.value.figures) {
            const qsizetype at = utf16IndexOfCodePoint(text, figure.citation.offset);
            EXPECT_EQ(text.mid(at, figure.citation.quote.size()), figure.citation.quote) << figure.id.toStdString();
            EXPECT_TRUE(isValueWrittenIn(figure.value, figure.citation.quote)) << figure.id.toStdString();
        }
        MetricRegistry metrics = MetricRegistry::builtIn();
        total += scoreArticle(
            text, Period(source.published), truth.value.figures, metrics, qUtf8Printable(source.document));
    }
    print("articles of tests/data/articles", total, false);
    // A floor under today's scores (0.93 and 0.85), so that a change that reads them worse fails. The fourth
    // article was written after the reader was tuned on the first three and was not used to tune it: its own
    // scores (0.67 and 0.44) say how the reader does on text it has not seen.
    EXPECT_GE(total.precision(), 0.9);
    EXPECT_GE(total.recall(), 0.8);
}
