#pragma once

#include <crisis/core/articles/articlescan.h>
#include <crisis/core/interchange/importing.h>

namespace crisis::core {

/// The text of a plain-text article as read (any encoding, repaired) and the figures proposed in it, for the user
/// to accept, correct or reject.
struct ArticleReading
{
    DecodedText text;
    /// The text as the offsets count it.
    QString string;
    QList<FigureProposal> proposals;
};

/// The longest article read (UTF-8 bytes): a news article is tens of kilobytes, a long report a few megabytes.
inline constexpr qsizetype maxArticleBytes = 16 * 1024 * 1024;

/// Reads an article and proposes its figures (see proposeFigures).
ParseResult<ArticleReading> readArticleProposals(
    const QByteArray& bytes, const QString& fileName, const MetricRegistry& metrics = MetricRegistry::builtIn());

/// The figures of the proposals accepted, as corrected: the article becomes a new source and each figure quotes
/// the sentence that states it, at its offset; a part names its total's figure. A proposal without a metric or a
/// period, with a metric the database does not know, or a part whose total is not accepted is an error at the
/// number's line and column.
ParseResult<ImportedData> articleFigures(
    const ArticleReading& article, const QList<FigureProposal>& accepted, const ImportContext& context);

/// A proposal in a line: "over 1,379 — killed_or_injured, Haiti, 2024-04/2024-06", with its status and the total it
/// is part of (all: the proposals it is one of).
QString describeProposal(const FigureProposal& proposal, const QList<FigureProposal>& all);

/// The article format of readImport, for the command line: the proposals the reader is sure of are written (with
/// ImportContext::article.acceptAll, every one with a metric and a period); a part goes only with its total. The
/// others are left out, each with a warning at its number; ImportedData::listing lists them all.
ParseResult<ImportedData> readArticle(const DecodedText& text, const ImportContext& context);

} // namespace crisis::core
