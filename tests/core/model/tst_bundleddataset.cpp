#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/support/numberscanner.h>
#include <crisis/core/support/textoffsets.h>

#include <QCryptographicHash>
#include <QSet>

#include <gtest/gtest.h>

using namespace crisis::core;
using crisis::test::bundledEvent;
using crisis::test::bundledFigure;

namespace {

const Dataset& bundled()
{
    static const Dataset dataset = bundledDataset();
    return dataset;
}

QString documentOf(const QString& sourceId)
{
    const Source* source = bundled().findSource(sourceId);
    return source ? source->document : QString();
}

QList<QPair<QString, Citation>> allCitations()
{
    QList<QPair<QString, Citation>> all;
    for (const Figure& f : bundled().figures)
        all.append({ f.id, f.citation });
    for (const Event& e : bundled().events)
        for (const Citation& c : e.citations)
            all.append({ e.id, c });
    return all;
}

} // namespace

TEST(BundledDataset, HasTheFiveArticlesAndTheirRecords)
{
    EXPECT_EQ(bundled().sources.size(), 5);
    EXPECT_EQ(bundled().figures.size(), 37);
    EXPECT_EQ(bundled().events.size(), 35);
    QSet<QString> documents;
    for (const Source& s : bundled().sources)
        documents.insert(s.document);
    EXPECT_EQ(documents,
        QSet<QString>({ QStringLiteral("000_a76563f97d16fe8d.txt"), QStringLiteral("001_6be08b8e25146aa3.txt"),
            QStringLiteral("002_5ebc2a07f5a1d402.txt"), QStringLiteral("003_67ae491904088e5a.txt"),
            QStringLiteral("004_1023185c3e1868b2.txt") }));
}

TEST(BundledDataset, EveryQuoteStandsAtItsOffsetInTheArticle)
{
    CRISIS_REQUIRE_SEEDS();
    int checked = 0;
    for (const auto& [recordId, citation] : allCitations()) {
        const auto text = crisis::test::seedText(documentOf(citation.sourceId));
        ASSERT_TRUE(text.has_value()) << documentOf(citation.sourceId).toStdString() << " is not UTF-8";
        const qsizetype index = utf16IndexOfCodePoint(*text, citation.offset);
        ASSERT_GE(index, 0) << recordId.toStdString() << ": offset beyond the text";
        EXPECT_EQ(text->mid(index, citation.quote.size()), citation.quote)
            << recordId.toStdString() << " in " << documentOf(citation.sourceId).toStdString() << " at "
            << citation.offset;
        ++checked;
    }
    EXPECT_EQ(checked, 95);
}

TEST(BundledDataset, DocumentHashesMatchTheArticles)
{
    CRISIS_REQUIRE_SEEDS();
    for (const Source& source : bundled().sources) {
        const QByteArray bytes = crisis::test::readFile(crisis::test::seedsDir() + u'/' + source.document);
        EXPECT_EQ(
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), source.textSha256)
            << source.document.toStdString();
    }
}

TEST(BundledDataset, EveryFiguresValueIsWrittenInItsQuote)
{
    for (const Figure& figure : bundled().figures)
        EXPECT_TRUE(isValueWrittenIn(figure.value, figure.citation.quote))
            << figure.id.toStdString() << ": " << figure.value << " not in \"" << figure.citation.quote.toStdString()
            << "\"";
}

TEST(BundledDataset, QuotesAreShortClauses)
{
    for (const auto& [recordId, citation] : allCitations()) {
        EXPECT_LE(codePointLength(citation.quote), 160) << recordId.toStdString();
        EXPECT_GE(codePointLength(citation.quote), 12) << recordId.toStdString();
        EXPECT_EQ(citation.quote, citation.quote.trimmed()) << recordId.toStdString();
    }
}

TEST(BundledDataset, LinkedHeadlinesAreNotCited)
{
    CRISIS_REQUIRE_SEEDS();
    // "READ NEXT" / "READ MORE" lines and the headline after them belong to other articles.
    for (const auto& [recordId, citation] : allCitations()) {
        const auto text = crisis::test::seedText(documentOf(citation.sourceId));
        ASSERT_TRUE(text.has_value());
        const qsizetype start = utf16IndexOfCodePoint(*text, citation.offset);
        const qsizetype lineStart = text->lastIndexOf(u'\n', start) + 1;
        const QString line = text->mid(lineStart, text->indexOf(u'\n', start) - lineStart);
        EXPECT_FALSE(line.startsWith(u"READ ")) << recordId.toStdString();
        EXPECT_FALSE(line.startsWith(u"WATCH:")) << recordId.toStdString();
        EXPECT_NE(line.trimmed(),
            QStringLiteral("Haiti Urgently Requests International Action on Behalf of Gang Violence Victims"));
    }
}

TEST(BundledDataset, SourcesStateOrExplainTheirDates)
{
    for (const Source& source : bundled().sources) {
        EXPECT_TRUE(source.published.isValid()) << source.id.toStdString();
        EXPECT_FALSE(source.description.isEmpty()) << source.id.toStdString();
        if (source.publishedInferred) {
            EXPECT_GT(source.publishedNote.size(), 40) << source.id.toStdString() << " needs the reasoning";
        }
    }
    const Source* icaro = bundled().findSource(u"src-003");
    ASSERT_NE(icaro, nullptr);
    EXPECT_EQ(icaro->outlet, u"ICARO Media Group");
    EXPECT_EQ(icaro->published.toEdtf(), u"2024-09-22");
    EXPECT_FALSE(icaro->publishedInferred);
    const Source* latinPost = bundled().findSource(u"src-000");
    ASSERT_NE(latinPost, nullptr);
    EXPECT_EQ(latinPost->outlet, u"Latin Post");
    EXPECT_EQ(latinPost->author, u"Bert Hoover");
    EXPECT_TRUE(latinPost->publishedInferred);
    EXPECT_TRUE(latinPost->publishedNote.contains(u"September 9 of the current year"));
    EXPECT_TRUE(latinPost->publishedNote.contains(u"22 September"));
}

TEST(BundledDataset, EveryInferredDateSaysWhy)
{
    for (const Figure& f : bundled().figures) {
        EXPECT_EQ(f.periodInferred, !f.periodNote.isEmpty()) << f.id.toStdString();
        const Source* source = bundled().findSource(f.citation.sourceId);
        ASSERT_NE(source, nullptr);
        EXPECT_EQ(f.reported, source->published) << f.id.toStdString();
        EXPECT_EQ(f.reportedInferred, source->publishedInferred) << f.id.toStdString();
    }
    for (const Event& e : bundled().events)
        EXPECT_EQ(e.periodInferred, !e.periodNote.isEmpty()) << e.id.toStdString();
}

TEST(BundledDataset, HomicidesAndTheirBreakdown)
{
    const Figure& total = bundledFigure(QStringLiteral("fig-000-01"));
    EXPECT_EQ(total.metric, u"homicides");
    EXPECT_EQ(total.value, 2728);
    EXPECT_EQ(total.period.toEdtf(), u"2022-10/2023-06");
    EXPECT_FALSE(total.periodInferred);
    double parts = 0;
    for (const char16_t* id : { u"fig-000-02", u"fig-000-03", u"fig-000-04" }) {
        const Figure& part = bundledFigure(QString::fromUtf16(id));
        EXPECT_EQ(part.parentId, total.id);
        EXPECT_EQ(part.period, total.period);
        parts += part.value;
    }
    EXPECT_EQ(parts, 247 + 58 + 20);
}

TEST(BundledDataset, ImpliedPeriodsAreFilledInAndFlagged)
{
    const Figure& rapes = bundledFigure(QStringLiteral("fig-000-06"));
    EXPECT_EQ(rapes.value, 452);
    EXPECT_EQ(rapes.period.toEdtf(), u"2022-10/2023-06");
    EXPECT_TRUE(rapes.periodInferred);
    EXPECT_TRUE(rapes.citation.quote.contains(u"between October and June"));
    const Figure& killedOrInjured = bundledFigure(QStringLiteral("fig-001-04"));
    EXPECT_EQ(killedOrInjured.qualifier, u"over");
    EXPECT_EQ(killedOrInjured.period.toEdtf(), u"2024-04/2024-06");
    EXPECT_TRUE(killedOrInjured.periodInferred);
}

TEST(BundledDataset, UsFundingComponentsAddUpToTheTotal)
{
    const Figure& total = bundledFigure(QStringLiteral("fig-002-06"));
    EXPECT_EQ(total.value, 835e6);
    EXPECT_EQ(total.qualifier, u"over");
    double sum = 0;
    for (const Figure& f : bundled().figures) {
        if (f.parentId == total.id) {
            EXPECT_EQ(f.subject, u"United States");
            sum += f.value;
        }
    }
    EXPECT_EQ(sum, 835e6);
    EXPECT_EQ(bundledFigure(QStringLiteral("fig-002-09")).qualifier, u"up to");
    const Figure& trustFund = bundledFigure(QStringLiteral("fig-002-10"));
    EXPECT_EQ(trustFund.value, 112.5e6);
    EXPECT_EQ(trustFund.subject, u"UN Trust Fund");
    EXPECT_EQ(trustFund.qualifier, u"only");
}

TEST(BundledDataset, TargetsAndPledgesHaveTheirStatus)
{
    EXPECT_EQ(bundledFigure(QStringLiteral("fig-001-09")).status, FigureStatus::Target);
    EXPECT_EQ(bundledFigure(QStringLiteral("fig-001-09")).value, 2500);
    EXPECT_EQ(bundledFigure(QStringLiteral("fig-002-11")).status, FigureStatus::ProposedTarget);
    EXPECT_EQ(bundledFigure(QStringLiteral("fig-002-11")).value, 5000);
    EXPECT_EQ(bundledFigure(QStringLiteral("fig-003-03")).status, FigureStatus::Pledged);
    EXPECT_EQ(bundledFigure(QStringLiteral("fig-003-03")).value, 1900);
    EXPECT_EQ(bundledFigure(QStringLiteral("fig-001-08")).status, FigureStatus::Actual);
    EXPECT_EQ(bundledFigure(QStringLiteral("fig-001-08")).value, 400);
}

TEST(BundledDataset, KeyEventsAreDatedByWhatTheArticlesSay)
{
    EXPECT_EQ(bundledEvent(QStringLiteral("evt-02")).period.toEdtf(), u"2021");
    EXPECT_TRUE(bundledEvent(QStringLiteral("evt-02")).title.contains(u"Moïse"));
    EXPECT_EQ(bundledEvent(QStringLiteral("evt-03")).period.toEdtf(), u"2023-04");
    EXPECT_TRUE(bundledEvent(QStringLiteral("evt-03")).title.contains(u"Bwa Kale"));
    EXPECT_EQ(bundledEvent(QStringLiteral("evt-06")).period.toEdtf(), u"2023-09-22");
    EXPECT_EQ(bundledEvent(QStringLiteral("evt-09")).period.toEdtf(), u"2023");
    EXPECT_FALSE(bundledEvent(QStringLiteral("evt-09")).periodInferred);
    EXPECT_EQ(bundledEvent(QStringLiteral("evt-10")).period.toEdtf(), u"2024-06");
    EXPECT_FALSE(bundledEvent(QStringLiteral("evt-10")).periodInferred);
    EXPECT_EQ(bundledEvent(QStringLiteral("evt-13")).citations.size(), 3);
    EXPECT_TRUE(bundledEvent(QStringLiteral("evt-20")).title.contains(u"Seven countries"));
    for (const Event& e : bundled().events) {
        EXPECT_FALSE(e.citations.isEmpty()) << e.id.toStdString();
        EXPECT_FALSE(e.summary.isEmpty()) << e.id.toStdString();
    }
}
