#pragma once

#include <crisis/core/articles/sentences.h>
#include <crisis/core/model/metricregistry.h>
#include <crisis/core/model/period.h>

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace crisis::core {

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
    /// Whom the figure is about when the words right by the number say it ("Kenyan officers", "from Kenya").
    QString subject;
    /// The period the sentence states for the figure, if any.
    std::optional<Period> period;
    /// The words that stated the period ("between April and June"); empty when none.
    QString periodText;
    /// True when the period's year is not written in the sentence but taken from the article's date.
    bool periodYearInferred = false;
    /// The whole sentence holding the number, verbatim.
    QString sentence;
    /// Offset of the sentence in the text in code points (Citation::offset for a quote of the sentence).
    qint64 sentenceOffset = 0;

    friend bool operator==(const FigureProposal& a, const FigureProposal& b)
    {
        return a.numberStart == b.numberStart && a.numberLength == b.numberLength && a.numberText == b.numberText
            && a.value == b.value && a.percent == b.percent && a.qualifier == b.qualifier && a.metric == b.metric
            && a.metricWords == b.metricWords && a.subject == b.subject && a.period == b.period
            && a.periodText == b.periodText && a.periodYearInferred == b.periodYearInferred && a.sentence == b.sentence
            && a.sentenceOffset == b.sentenceOffset;
    }
    friend bool operator!=(const FigureProposal& a, const FigureProposal& b) { return !(a == b); }
};

/// What proposeFigures() knows besides the text.
struct ArticleScanOptions
{
    /// The metrics a proposal may name; a metric word whose key is not here proposes no metric.
    MetricRegistry metrics = MetricRegistry::builtIn();
    /// The article's publication date, if known: the year of periods that state none ("between April and
    /// June", "last year", "this year").
    std::optional<PartialDate> articleDate;
};

/// Reads a plain-text news article and proposes the figures it states, in text order: counts, amounts,
/// percentages and fractions, without years, dates, times, ordinals, ages, durations and reference numbers.
QList<FigureProposal> proposeFigures(QStringView text, const ArticleScanOptions& options = {});

} // namespace crisis::core
