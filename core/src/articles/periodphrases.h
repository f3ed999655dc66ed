#pragma once

#include <crisis/core/articles/sentences.h>
#include <crisis/core/model/period.h>
#include <crisis/core/support/englishdates.h>

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The dates and periods an article's sentences state: "between April and June", "from January 1 to September 9",
// "in 2023", "since the start of this year".
namespace crisis::core::articles {

// A month's name in full, or abbreviated with its dot ("Sept."), as a regular expression.
const QString& monthsPattern();
// The same, capitalised even in a case-insensitive pattern ("may" is a verb).
const QString& capitalisedMonthsPattern();
QString dayPattern();
QString yearPattern();

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Dates written out ("June 25, 2024", "25 June", "Sept. 2024", "22/09/2024", "2024-06-25"), times ("10:30")
// and web addresses: the numbers in them are not figures.
QList<Span> dateAndAddressSpans(QStringView text);

// Words of a sentence that state a period, and the period they state when it can be known.
struct PeriodPhrase
{
    qsizetype start = 0;
    qsizetype end = 0;
    std::optional<Period> period;
    bool yearInferred = false;
    /// "during this period", "in the same period": the period stated before, which the phrase does not say.
    bool sameAsBefore = false;
    /// How the period was inferred when that is not from the year alone ("on Tuesday"); empty otherwise.
    QString note;
};

struct DateContext
{
    /// When the article was published: a date, or an interval when it is known only that far.
    std::optional<Period> articleDate;
    /// The one year written in the sentence outside the phrase, or 0.
    int sentenceYear = 0;

    /// The last date the article can be of.
    PartialDate articleEnd() const
    {
        if (!articleDate)
            return {};
        return articleDate->isInterval() ? articleDate->end() : articleDate->start();
    }
    int articleYear() const { return articleDate ? articleEnd().year() : 0; }
    /// The first month the article can be of; 0 when not known.
    int articleMonth() const { return articleDate ? articleDate->start().month() : 0; }
};

// The periods a sentence states, in order, without overlaps.
QList<PeriodPhrase> periodPhrases(QStringView text, const ArticleSentence& sentence, const DateContext& baseContext);

} // namespace crisis::core::articles
