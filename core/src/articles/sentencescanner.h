#pragma once

#include <crisis/core/articles/articlescan.h>
#include <crisis/core/support/numberscanner.h>

#include <QList>
#include <QStringView>

// Reading one sentence of an article: its numbers, what each counts, whom it is about, when, and the parts of a
// total it states.
namespace crisis::core::articles {

struct Span;
class ArticleSubjects;

/// A proposal and what the article-wide pass needs to know of it.
struct Scanned
{
    FigureProposal proposal;
    int sentence = 0;
    bool definite = false;
    bool additional = false;
    bool total = false;
    bool metricBound = false;
    /// The subject is stated by the words right by the number ("400 Kenyan officers", "700 from Kenya").
    bool ownSubject = false;
    /// The period phrase is "during this period": the period stated before.
    bool sameAsBefore = false;
    /// The period comes from a phrase of the sentence (stated, perhaps with its year inferred).
    bool periodFromPhrase = false;
    /// "41 of the dead", "Of those, 590": a part of a figure stated before.
    bool partOfEarlier = false;
};

/// Appends to out the figures the sentence states (numbers first..last of the text's, in order), each with what
/// the article-wide pass needs to know of it.
void scanSentence(QStringView text, const ArticleSentence& sentence, const ArticleScanOptions& options,
    QList<NumberMention>::const_iterator first, QList<NumberMention>::const_iterator last, const QList<Span>& excluded,
    const ArticleSubjects& subjects, int sentenceIndex, QList<Scanned>& out);

} // namespace crisis::core::articles
