#include "testsupport.h"

#include <crisis/core/analysis/citationcheck.h>
#include <crisis/core/analysis/quotelookup.h>
#include <crisis/core/analysis/sourcetextcache.h>
#include <crisis/core/interchange/datasetjson.h>

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace crisis::core;

namespace {

Dataset oneFigure(const QString& quote, qint64 offset, double value)
{
    Dataset data;
    data.sources.append({ QStringLiteral("s1"), QStringLiteral("a.txt"), {}, {}, {}, {}, {}, {}, false, {}, {} });
    Figure f;
    f.id = QStringLiteral("f1");
    f.metric = QStringLiteral("homicides");
    f.value = value;
    f.period = Period(PartialDate::fromParts(2024));
    f.citation = { QStringLiteral("s1"), quote, offset };
    data.figures.append(f);
    return data;
}

} // namespace

TEST(CitationCheck, FindsQuotesAtTheirCodePointOffsets)
{
    QTemporaryDir dir;
    // The emoji counts as one character, so "12 killed" stands at 3, not 4.
    crisis::test::writeFile(dir.filePath(QStringLiteral("a.txt")), "x\xF0\x9F\x98\x80 12 killed");
    const CitationReport ok = checkCitations(oneFigure(QStringLiteral("12 killed"), 3, 12), dir.path());
    EXPECT_EQ(ok.citationsChecked, 1);
    EXPECT_TRUE(ok.issues.isEmpty()) << ok.issues.value(0).toString().toStdString();
}

TEST(CitationCheck, ReportsAMovedQuoteWithWhereItStands)
{
    QTemporaryDir dir;
    crisis::test::writeFile(dir.filePath(QStringLiteral("a.txt")), "some text: 12 killed");
    const CitationReport report = checkCitations(oneFigure(QStringLiteral("12 killed"), 3, 12), dir.path());
    ASSERT_EQ(report.issues.size(), 1);
    EXPECT_EQ(report.issues.at(0).kind, CitationIssue::Kind::QuoteNotAtOffset);
    EXPECT_EQ(report.issues.at(0).foundAt, 11);
    EXPECT_EQ(report.issues.at(0).toString(), u"f1: a.txt@3: the quote is not at its offset (it stands at 11)");
}

TEST(CitationCheck, ReportsMissingQuotesValuesAndDocuments)
{
    QTemporaryDir dir;
    crisis::test::writeFile(dir.filePath(QStringLiteral("a.txt")), "12 killed");
    const CitationReport wrong = checkCitations(oneFigure(QStringLiteral("13 killed"), 0, 13), dir.path());
    ASSERT_EQ(wrong.issues.size(), 1);
    EXPECT_EQ(wrong.issues.at(0).kind, CitationIssue::Kind::QuoteNotFound);
    const CitationReport value = checkCitations(oneFigure(QStringLiteral("12 killed"), 0, 21), dir.path());
    ASSERT_EQ(value.issues.size(), 1);
    EXPECT_EQ(value.issues.at(0).kind, CitationIssue::Kind::ValueNotInQuote);
    QTemporaryDir empty;
    const CitationReport missing = checkCitations(oneFigure(QStringLiteral("12 killed"), 0, 12), empty.path());
    ASSERT_EQ(missing.issues.size(), 1);
    EXPECT_EQ(missing.issues.at(0).kind, CitationIssue::Kind::DocumentMissing);
    EXPECT_EQ(missing.errorCount(), 1);
}

TEST(CitationCheck, TheBundledDatasetPassesAgainstItsArticles)
{
    CRISIS_REQUIRE_SEEDS();
    const CitationReport report = checkCitations(bundledDataset(), crisis::test::seedsDir());
    EXPECT_EQ(report.citationsChecked, 95);
    for (const CitationIssue& issue : report.issues)
        ADD_FAILURE() << issue.toString().toStdString();
}

TEST(CitationCheck, AnEditedArticleIsNoticed)
{
    CRISIS_REQUIRE_SEEDS();
    QTemporaryDir dir;
    for (const QString& name : QDir(crisis::test::seedsDir()).entryList({ QStringLiteral("*.txt") }))
        QFile::copy(crisis::test::seedsDir() + u'/' + name, dir.filePath(name));
    const QString edited = dir.filePath(QStringLiteral("002_5ebc2a07f5a1d402.txt"));
    QByteArray text = crisis::test::readFile(edited);
    text.prepend("Updated: ");
    QFile::remove(edited);
    crisis::test::writeFile(edited, text);
    const CitationReport report = checkCitations(bundledDataset(), dir.path());
    int moved = 0;
    bool changed = false;
    for (const CitationIssue& issue : report.issues) {
        EXPECT_EQ(issue.document, u"002_5ebc2a07f5a1d402.txt");
        moved += issue.kind == CitationIssue::Kind::QuoteNotAtOffset;
        changed |= issue.kind == CitationIssue::Kind::DocumentChanged;
        if (issue.kind == CitationIssue::Kind::QuoteNotAtOffset) {
            EXPECT_EQ(issue.foundAt, issue.offset + 9);
        }
    }
    EXPECT_TRUE(changed);
    EXPECT_GT(moved, 10);
    EXPECT_EQ(report.errorCount(), moved);
}

TEST(CitationCheck, ADocumentNameIsAFileNameNeverAPath)
{
    // A source naming "../secret.txt" must not read a file outside the folder given, even when it exists.
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("sources"));
    crisis::test::writeFile(dir.filePath(QStringLiteral("secret.txt")), "12 killed");
    Dataset data = oneFigure(QStringLiteral("12 killed"), 0, 12);
    data.sources.first().document = QStringLiteral("../secret.txt");
    const CitationReport report = checkCitations(data, dir.filePath(QStringLiteral("sources")));
    ASSERT_EQ(report.issues.size(), 1) << report.issues.last().toString().toStdString();
    EXPECT_EQ(report.issues.first().kind, CitationIssue::Kind::DocumentNotAFileName);
    EXPECT_TRUE(report.issues.first().toString().contains(u"not a file name"));
    SourceTextCache texts({ dir.filePath(QStringLiteral("sources")) });
    EXPECT_EQ(texts.document(QStringLiteral("../secret.txt")).status, SourceTextCache::Document::Status::NotAFileName);
    EXPECT_FALSE(texts.text(data.sources.first()));
}

TEST(SourceTextCache, ReadsFromTheFirstFolderThatHasTheDocumentReadable)
{
    QTemporaryDir first;
    QTemporaryDir second;
    // Not UTF-8 in the first folder: the second folder's copy is read.
    crisis::test::writeFile(first.filePath(QStringLiteral("a.txt")), "caf\xE9");
    crisis::test::writeFile(second.filePath(QStringLiteral("a.txt")), "caf\xC3\xA9 12 killed");
    SourceTextCache texts({ QString(), first.path(), second.path() });
    const SourceTextCache::Document& read = texts.document(QStringLiteral("a.txt"));
    ASSERT_EQ(read.status, SourceTextCache::Document::Status::Read);
    EXPECT_EQ(read.text, QStringLiteral("caf\u00e9 12 killed"));
    EXPECT_EQ(read.sha256.size(), 64);
    // Only the first folder: found but unreadable. No folder has it: missing.
    SourceTextCache onlyFirst({ first.path() });
    EXPECT_EQ(onlyFirst.document(QStringLiteral("a.txt")).status, SourceTextCache::Document::Status::Unreadable);
    EXPECT_EQ(onlyFirst.document(QStringLiteral("b.txt")).status, SourceTextCache::Document::Status::Missing);
    // A folder with the document's name is not a document.
    QDir(first.path()).mkdir(QStringLiteral("c.txt"));
    EXPECT_EQ(onlyFirst.document(QStringLiteral("c.txt")).status, SourceTextCache::Document::Status::Unreadable);
}

TEST(QuoteLookup, FindsAQuoteAtItsOffsetElsewhereOrNowhere)
{
    const QString text = QStringLiteral("\U0001F600 12 killed, 12 killed");
    EXPECT_EQ(lookUpQuote(text, QStringLiteral("12 killed"), 2).result, QuoteLookup::Result::AtOffset);
    const QuoteLookup moved = lookUpQuote(text, QStringLiteral("12 killed"), 5);
    EXPECT_EQ(moved.result, QuoteLookup::Result::Elsewhere);
    EXPECT_EQ(moved.foundAt, 2) << "in code points: the emoji counts once";
    EXPECT_EQ(lookUpQuote(text, QStringLiteral("13 killed"), 2).result, QuoteLookup::Result::NotFound);
    EXPECT_EQ(lookUpQuote(std::nullopt, QStringLiteral("12 killed"), 2).result, QuoteLookup::Result::Unchecked);
}
