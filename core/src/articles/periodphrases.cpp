#include "periodphrases.h"

#include "lexicon.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

namespace crisis::core::articles {

const QString& monthsPattern()
{
    // A full name, or an abbreviation with its dot ("Sept."): the full stop after "June." ends the sentence.
    static const QString pattern = QStringLiteral("(?:(?:January|February|March|April|May|June|July|August|"
                                                  "September|October|November|December)\\b|(?:Jan|Feb|Mar|Apr|Jun|"
                                                  "Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)");
    return pattern;
}

// Month names, capitalised even in a case-insensitive pattern ("may" is a verb).
const QString& capitalisedMonthsPattern()
{
    static const QString pattern = u"(?-i:" % monthsPattern() % u")";
    return pattern;
}

QString dayPattern()
{
    return QStringLiteral("(?:3[01]|[12][0-9]|0?[1-9])");
}

QString yearPattern()
{
    return QStringLiteral("(?:19|20)[0-9]{2}");
}

QList<Span> dateAndAddressSpans(QStringView text)
{
    const QString& months = monthsPattern();
    static const QRegularExpression pattern(u"\\b" % months % u"\\s+" % dayPattern() % u"(?:st|nd|rd|th)?\\b(?:,?\\s+"
        % yearPattern() % u"\\b)?|\\b" % dayPattern() % u"(?:st|nd|rd|th)?\\s+(?:of\\s+)?" % months % u"(?:,?\\s+"
        % yearPattern() % u"\\b)?|\\b" % months % u",?\\s+" % yearPattern()
        % u"\\b|\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}\\b|\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b"
          u"|\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b|https?://\\S+|www\\.\\S+");
    QList<Span> spans;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        spans.append({ match.capturedStart(), match.capturedEnd() });
    }
    return spans;
}

namespace {

struct DateParts
{
    int year = 0;
    int month = 0;
    int day = 0;
};

QString datePattern(QChar x)
{
    // Group names carry x so two dates fit in one pattern: m/d/y "June 25, 2024", e/n/z "25 June 2024", w "2024".
    const QString s(x);
    const QString& months = capitalisedMonthsPattern();
    return u"(?:(?<m" % s % u">" % months % u")(?:\\s+(?<d" % s % u">" % dayPattern()
        % u")(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?<y" % s % u">" % yearPattern() % u")\\b)?|(?<e" % s % u">" % dayPattern()
        % u")(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<n" % s % u">" % months % u")(?:,?\\s+(?<z" % s % u">" % yearPattern()
        % u")\\b)?|(?<w" % s % u">" % yearPattern() % u")\\b)";
}

DateParts dateParts(const QRegularExpressionMatch& match, QChar x)
{
    const QString s(x);
    const auto number = [&](const QString& name) { return match.captured(name).toInt(); };
    DateParts parts;
    parts.month = englishMonthNumber(match.captured(u"m" % s));
    if (!parts.month)
        parts.month = englishMonthNumber(match.captured(u"n" % s));
    parts.day = std::max(number(u"d" % s), number(u"e" % s));
    parts.year = std::max({ number(u"y" % s), number(u"z" % s), number(u"w" % s) });
    return parts;
}

enum class PhraseKind : quint8 {
    Range,
    InYear,
    InMonth,
    HalfOrQuarter,
    Since,
    LastYear,
    ThisYear,
    SameAsBefore,
    Weekday
};

struct PeriodPattern
{
    PhraseKind kind;
    QRegularExpression regex;
};

const QList<PeriodPattern>& periodPatterns()
{
    static const QList<PeriodPattern> patterns = [] {
        const QString& months = capitalisedMonthsPattern();
        const QString a = datePattern(u'A');
        const QString b = datePattern(u'B');
        const QString current = QStringLiteral("(?<cur>\\s+of\\s+(?:the\\s+current|this)\\s+year)?");
        const auto options = QRegularExpression::CaseInsensitiveOption;
        const auto re = [&](const QString& p) { return QRegularExpression(p, options); };
        QList<PeriodPattern> list;
        list.append({ PhraseKind::Range, re(u"\\bbetween\\s+" % a % u"\\s+and\\s+" % b % current) });
        list.append(
            { PhraseKind::Range, re(u"\\bfrom\\s+" % a % u"\\s+(?:to|until|till|through|thru)\\s+" % b % current) });
        list.append({ PhraseKind::Range,
            re(u"\\b(?<mA>" % months % u")\\s*(?:-|\u2013|\u2014|to|through)\\s*(?<mB>" % months % u"),?\\s+(?<yB>"
                % yearPattern() % u")\\b") });
        list.append({ PhraseKind::HalfOrQuarter,
            re(u"\\b(?:(?:in|during)\\s+)?the\\s+(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+"
               u"(?<part>half|quarter)\\s+of\\s+(?:(?<y>"
                % yearPattern() % u")\\b|(?<this>this\\s+year))") });
        list.append({ PhraseKind::InYear,
            re(u"\\b(?:in|during|throughout)\\s+(?:(?<m>" % months % u"),?\\s+)?(?<y>" % yearPattern()
                % u")\\b(?!\\s*[-\u2013/]\\s*\\d)") });
        list.append({ PhraseKind::Since,
            re(u"\\bsince\\s+(?:(?<m>" % months % u")(?:\\s+(?<d>" % dayPattern()
                % u")(?:st|nd|rd|th)?\\b)?(?:,?\\s+(?<y>" % yearPattern() % u")\\b)?|(?<w>" % yearPattern()
                % u")\\b(?!\\s*[-\u2013/]\\s*\\d)|the\\s+(?:beginning|start)\\s+of\\s+(?<this>the|this)\\s+year)") });
        list.append({ PhraseKind::LastYear, re(QStringLiteral("\\blast\\s+year\\b")) });
        // "in January" with no year: the last January by the article's date.
        list.append(
            { PhraseKind::InMonth, re(u"\\b(?:in|during|throughout|for)\\s+(?<m>" % months % u")(?!\\s*,?\\s*\\d)") });
        list.append({ PhraseKind::SameAsBefore,
            re(QStringLiteral("\\b(?:during|in|over|for|throughout)\\s+(?:this|that|the(?:\\s+same)?)\\s+(?:period|"
                              "quarter|month|time|timeframe|time\\s+frame|span)\\b")) });
        // "on Tuesday": the last Tuesday by the article's date; not after "said" (the day of the saying).
        list.append({ PhraseKind::Weekday,
            re(QStringLiteral(
                "(?<!said\\s)(?<!says\\s)(?<!told\\s)(?<!announced\\s)(?<!reported\\s)\\bon\\s+(?-i:(?<wd>"
                "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b")) });
        // "earlier this year" dates an event, "by the end of this year" a plan: neither is a period to date.
        list.append({ PhraseKind::ThisYear,
            re(QStringLiteral(
                "(?<!earlier\\s)(?<!later\\s)(?<!of\\s)(?<!next\\s)\\b(?:so\\s+far\\s+this\\s+year|this\\s+"
                "year(?:\\s+so\\s+far)?)\\b")) });
        return list;
    }();
    return patterns;
}

// The period "between October and June" (or "from January 1 to September 9") states, completing the years.
std::optional<Period> resolveRange(
    DateParts from, DateParts to, bool currentYear, const DateContext& context, bool& yearInferred)
{
    if (!from.year && !to.year) {
        int year = 0;
        if (currentYear && context.articleYear()) {
            year = context.articleYear();
            yearInferred = true;
        } else if (context.sentenceYear) {
            year = context.sentenceYear;
        } else if (context.articleYear()) {
            year = context.articleYear();
            yearInferred = true;
            // A period reported as past: "between October and June" in a September article is the June before.
            if (context.articleMonth() && to.month > context.articleMonth())
                --year;
        }
        if (!year)
            return std::nullopt;
        to.year = year;
        from.year = from.month > to.month && to.month ? year - 1 : year;
    } else if (!from.year) {
        from.year = from.month && to.month && from.month > to.month ? to.year - 1 : to.year;
    } else if (!to.year) {
        to.year = from.month && to.month && to.month < from.month ? from.year + 1 : from.year;
    }
    const Period period = Period::interval(
        PartialDate::fromParts(from.year, from.month, from.day), PartialDate::fromParts(to.year, to.month, to.day));
    if (!period.isValid())
        return std::nullopt;
    return period;
}

// From the first day of the article's year (at the article date's precision) to the article date.
std::optional<Period> yearToDate(const PartialDate& articleDate)
{
    switch (articleDate.precision()) {
    case PartialDate::Precision::Year:
        return Period(PartialDate::fromParts(articleDate.year()));
    case PartialDate::Precision::Month:
        return Period::interval(PartialDate::fromParts(articleDate.year(), 1), articleDate);
    case PartialDate::Precision::Day:
        return Period::interval(PartialDate::fromParts(articleDate.year(), 1, 1), articleDate);
    }
    return std::nullopt;
}

std::optional<Period> resolvePhrase(
    PhraseKind kind, const QRegularExpressionMatch& match, const DateContext& context, bool& yearInferred)
{
    yearInferred = false;
    switch (kind) {
    case PhraseKind::Range:
        return resolveRange(
            dateParts(match, u'A'), dateParts(match, u'B'), !match.captured(u"cur").isEmpty(), context, yearInferred);
    case PhraseKind::InYear:
        return Period(PartialDate::fromParts(match.captured(u"y").toInt(), englishMonthNumber(match.captured(u"m"))));
    case PhraseKind::InMonth: {
        if (!context.articleDate)
            return std::nullopt;
        const int month = englishMonthNumber(match.captured(u"m"));
        int year = context.articleYear();
        if (context.articleMonth() && month > context.articleMonth())
            --year;
        yearInferred = true;
        return Period(PartialDate::fromParts(year, month));
    }
    case PhraseKind::Weekday: {
        // Known only to the day of an article dated to the day.
        if (!context.articleDate || context.articleDate->isInterval()
            || context.articleDate->start().precision() != PartialDate::Precision::Day)
            return std::nullopt;
        static constexpr std::array days { u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday",
            u"Sunday" };
        int weekday = 0;
        for (std::size_t i = 0; i < days.size(); ++i) {
            if (match.captured(u"wd") == QStringView(days.at(i)))
                weekday = static_cast<int>(i) + 1;
        }
        const QDate article = context.articleDate->start().earliest();
        const QDate day = article.addDays(-((article.dayOfWeek() - weekday + 7) % 7));
        yearInferred = true;
        return Period(PartialDate::fromParts(day.year(), day.month(), day.day()));
    }
    case PhraseKind::HalfOrQuarter: {
        int year = match.captured(u"y").toInt();
        if (!year) {
            if (!context.articleDate)
                return std::nullopt;
            year = context.articleYear();
            yearInferred = true;
        }
        const QString ord = match.captured(u"ord").toLower();
        int index = 4; // fourth, final, last
        if (ord == u"first" || ord == u"1st")
            index = 1;
        else if (ord == u"second" || ord == u"2nd")
            index = 2;
        else if (ord == u"third" || ord == u"3rd")
            index = 3;
        const int months = match.captured(u"part").compare(u"half", Qt::CaseInsensitive) == 0 ? 6 : 3;
        if (months == 6 && index > 2)
            index = 2; // "the last half"
        const int first = (index - 1) * months + 1;
        return Period::interval(PartialDate::fromParts(year, first), PartialDate::fromParts(year, first + months - 1));
    }
    case PhraseKind::Since: {
        if (!context.articleDate)
            return std::nullopt; // no end to the period
        yearInferred = true;
        if (!match.captured(u"this").isEmpty())
            return yearToDate(context.articleEnd());
        DateParts start;
        start.month = englishMonthNumber(match.captured(u"m"));
        start.day = match.captured(u"d").toInt();
        start.year = std::max(match.captured(u"y").toInt(), match.captured(u"w").toInt());
        if (!start.year) {
            start.year = context.articleYear();
            if (context.articleMonth() && start.month > context.articleMonth())
                --start.year;
        }
        const Period period
            = Period::interval(PartialDate::fromParts(start.year, start.month, start.day), context.articleEnd());
        if (!period.isValid())
            return std::nullopt;
        return period;
    }
    case PhraseKind::LastYear:
        if (!context.articleDate)
            return std::nullopt;
        yearInferred = true;
        return Period(PartialDate::fromParts(context.articleYear() - 1));
    case PhraseKind::ThisYear:
        if (!context.articleDate)
            return std::nullopt;
        yearInferred = true;
        return yearToDate(context.articleEnd());
    case PhraseKind::SameAsBefore:
        return std::nullopt; // the scanner knows the period stated before
    }
    return std::nullopt;
}

} // namespace

// How far from a period phrase, in UTF-16 units, a year written in the sentence completes it.
constexpr qsizetype yearReach = 300;

QList<PeriodPhrase> periodPhrases(QStringView text, const ArticleSentence& sentence, const DateContext& baseContext)
{
    const QStringView view = text.mid(sentence.start, sentence.length);
    struct Found
    {
        qsizetype start;
        qsizetype end;
        PhraseKind kind;
        QRegularExpressionMatch match;
    };
    QList<Found> found;
    for (const PeriodPattern& pattern : periodPatterns()) {
        QRegularExpressionMatchIterator it = pattern.regex.globalMatch(view);
        while (it.hasNext()) {
            QRegularExpressionMatch match = it.next();
            found.append({ match.capturedStart(), match.capturedEnd(), pattern.kind, match });
        }
    }
    if (found.isEmpty())
        return {};
    std::sort(found.begin(), found.end(),
        [](const Found& a, const Found& b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
    QList<Found> kept;
    for (Found& f : found) {
        if (kept.isEmpty() || f.start >= kept.last().end)
            kept.append(std::move(f));
    }

    static const QRegularExpression yearRegex(u"\\b" % yearPattern() % u"\\b");
    QList<std::pair<qsizetype, int>> years;
    QRegularExpressionMatchIterator it = yearRegex.globalMatch(view);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        years.append({ match.capturedStart(), match.captured().toInt() });
    }
    QList<PeriodPhrase> phrases;
    for (const Found& f : kept) {
        // A year written near the phrase in the sentence completes "between April and June"; two years do not.
        DateContext context = baseContext;
        int year = 0;
        bool conflicting = false;
        auto y = std::lower_bound(years.cbegin(), years.cend(), f.start - yearReach,
            [](const std::pair<qsizetype, int>& a, qsizetype value) { return a.first < value; });
        for (; y != years.cend() && y->first < f.end + yearReach && !conflicting; ++y) {
            if (y->first >= f.start && y->first < f.end)
                continue;
            conflicting = year && y->second != year;
            year = y->second;
        }
        context.sentenceYear = conflicting ? 0 : year;
        PeriodPhrase phrase;
        phrase.start = sentence.start + f.start;
        phrase.end = sentence.start + f.end;
        phrase.period = resolvePhrase(f.kind, f.match, context, phrase.yearInferred);
        phrase.sameAsBefore = f.kind == PhraseKind::SameAsBefore;
        if (f.kind == PhraseKind::Weekday && phrase.period)
            phrase.note = QStringLiteral("\u201c%1\u201d: the last %2 by the article\u2019s date")
                              .arg(f.match.captured(), f.match.captured(u"wd"));
        else if (f.kind == PhraseKind::InMonth && phrase.period)
            phrase.note = QStringLiteral("\u201c%1\u201d: the last %2 by the article\u2019s date")
                              .arg(f.match.captured(), f.match.captured(u"m"));
        phrases.append(phrase);
    }
    return phrases;
}

} // namespace crisis::core::articles
