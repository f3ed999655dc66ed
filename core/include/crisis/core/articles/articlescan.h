#pragma once

#include <crisis/core/articles/sentences.h>
#include <crisis/core/model/metricregistry.h>
#include <crisis/core/model/period.h>
#include <crisis/core/model/vocabulary.h>

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace crisis::core {

/// How sure the article reader is of a proposal.
enum class ProposalConfidence : quint8 {
    /// The value, metric, subject and period are all stated where the figure stands: a reviewer would accept it
    /// without reading the sentence (a breakdown is sure when its total is).
    Sure,
    /// Something was taken from elsewhere in the article or is missing: FigureProposal::why says what.
    Review,
};

/// A figure an article seems to state, proposed for a user to accept, correct or reject.
struct FigureProposal
{
    /// UTF-16 index and length of the number in the scanned text.
    qsizetype numberStart = 0;
    qsizetype numberLength = 0;
    /// The number exactly as written: "1.5 million", "$835 million", "half", "2,728".
    QString numberText;
    /// The value written: 1500000, 835000000, 0.5, 2728; a percentage as written (80 for "80%").
    double value = 0;
    /// True when the number is a percentage ("80%", "12 percent"): value is then in percent.
    bool percent = false;
    /// The qualifier exactly as written before the number ("over", "only about"); empty when none.
    QString qualifier;
    /// The registry key of the metric the words around the number suggest; empty when none do.
    QString metric;
    /// The words that suggested the metric, as written ("killed or injured", "police officers", "$").
    QString metricWords;
    /// Whom the figure is about: the country or body the sentence speaks of ("Kenyan officers", "from Kenya",
    /// "Kenya's total commitment"), else the article's main subject; empty when there is none.
    QString subject;
    /// True when the subject is not named in the sentence but taken from the article; subjectNote says how.
    bool subjectInferred = false;
    QString subjectNote;
    /// Actual, or a pledge, target or estimate, as the words around the number say ("pledged", "the goal of").
    FigureStatus status = FigureStatus::Actual;
    /// The words that said the status; empty for actual.
    QString statusWords;
    /// The period the figure counts over or holds at, if it can be known.
    std::optional<Period> period;
    /// The words that stated the period ("between April and June"); empty when none.
    QString periodText;
    /// True when the period is not all stated in the sentence (the year from the article's date, "during this
    /// period", the article's publication); periodNote says how it was inferred.
    bool periodInferred = false;
    QString periodNote;
    /// The index (among the proposals) of the total this figure breaks down ("247 women" of 2,728 homicides), or
    /// -1; subgroup names the part ("women", "from Kenya").
    int parent = -1;
    QString subgroup;
    /// How sure the reader is, and why it is not (each reason a short sentence).
    ProposalConfidence confidence = ProposalConfidence::Review;
    QStringList why;
    /// The whole sentence holding the number, verbatim.
    QString sentence;
    /// Offset of the sentence in the text in code points (Citation::offset for a quote of the sentence).
    qint64 sentenceOffset = 0;

    friend bool operator==(const FigureProposal& a, const FigureProposal& b)
    {
        return a.numberStart == b.numberStart && a.numberLength == b.numberLength && a.numberText == b.numberText
            && a.value == b.value && a.percent == b.percent && a.qualifier == b.qualifier && a.metric == b.metric
            && a.metricWords == b.metricWords && a.subject == b.subject && a.subjectInferred == b.subjectInferred
            && a.subjectNote == b.subjectNote && a.status == b.status && a.statusWords == b.statusWords
            && a.period == b.period && a.periodText == b.periodText && a.periodInferred == b.periodInferred
            && a.periodNote == b.periodNote && a.parent == b.parent && a.subgroup == b.subgroup
            && a.confidence == b.confidence && a.why == b.why && a.sentence == b.sentence
            && a.sentenceOffset == b.sentenceOffset;
    }
    friend bool operator!=(const FigureProposal& a, const FigureProposal& b) { return !(a == b); }
};

/// What proposeFigures() knows besides the text.
struct ArticleScanOptions
{
    /// The metrics a proposal may name; a metric word whose key is not here proposes no metric.
    MetricRegistry metrics = MetricRegistry::builtIn();
    /// The article's publication date, if known (a date, or an interval when it is known only that far:
    /// "2025-07/2025-12"): the year of periods that state none ("between April and June", "last year", "this
    /// year"), and the date a level with no date of its own holds at (marked inferred).
    std::optional<Period> articleDate;
    /// Also propose the numbers no metric words go with, for a reviewer to name the metric (the window does);
    /// otherwise they are left out, as most are not figures we keep ("a bus crash killed 14").
    bool withoutMetric = false;
};

/// An event an article announces as due or says is sought, read from its status words ("is expected to", "set to
/// expire", "recommended"): proposed for a reviewer to make an event of, with the sentence that says it.
struct EventProposal
{
    /// Expected or proposed (an article's reports of what happened are not read as events).
    EventStatus status = EventStatus::Expected;
    /// The words that said it, as written: "is expected to", "in the coming weeks", "recommended".
    QString statusWords;
    /// UTF-16 index of those words in the text.
    qsizetype wordsStart = 0;
    /// The period the sentence states, if any (as for figures: the year may come from the article's date).
    std::optional<Period> period;
    QString periodText;
    bool periodInferred = false;
    /// The whole sentence, verbatim, and its offset in code points.
    QString sentence;
    qint64 sentenceOffset = 0;

    friend bool operator==(const EventProposal& a, const EventProposal& b)
    {
        return a.status == b.status && a.statusWords == b.statusWords && a.wordsStart == b.wordsStart
            && a.period == b.period && a.periodText == b.periodText && a.periodInferred == b.periodInferred
            && a.sentence == b.sentence && a.sentenceOffset == b.sentenceOffset;
    }
};

/// The sentences of an article that announce an event as due (expected) or say one is sought (proposed), in text
/// order, one proposal a sentence (the first status words in it decide).
QList<EventProposal> proposeEvents(QStringView text, const ArticleScanOptions& options = {});

/// Reads a plain-text news article and proposes the figures it states, in text order: counts, amounts,
/// percentages and fractions, without years, dates, times, ordinals, ages, durations, street and reference
/// numbers, the numbers of headings and of links to other articles, and without restatements of a figure stated
/// before. Each number is attached to the noun it counts and the subject the sentence speaks of; the parts of a
/// total ("including 247 women, 58 boys and 20 girls") name it as their parent.
QList<FigureProposal> proposeFigures(QStringView text, const ArticleScanOptions& options = {});

} // namespace crisis::core
