#include <crisis/core/articles/articlescan.h>
#include <crisis/core/support/numberscanner.h>

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <utility>

namespace crisis::core {

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Characters

bool isBlank(QChar c)
{
    // A byte order mark or a zero-width space at a line's start is not part of a sentence.
    return c.isSpace() || c == QChar(0xfeff) || c == QChar(0x200b);
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029) || c == QChar(0x0085)
        || c == QChar(0x000b) || c == QChar(0x000c);
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == QChar(0x2026);
}

// Closing quotes and brackets that stay with the sentence they end.
bool isCloser(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == QChar(0x201d) || c == QChar(0x2019)
        || c == QChar(0x00bb);
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

// Inside a word: letters and digits, and an apostrophe or hyphen between two of them ("Haiti's", "Port-au-Prince").
bool continuesWord(QStringView text, qsizetype i, qsizetype end)
{
    const QChar c = text.at(i);
    if (c.isLetterOrNumber())
        return true;
    return (isApostrophe(c) || c == u'-') && i + 1 < end && text.at(i + 1).isLetterOrNumber() && i > 0
        && text.at(i - 1).isLetterOrNumber();
}

template<std::size_t N> bool isOneOf(QStringView word, const std::array<const char16_t*, N>& words)
{
    return std::any_of(words.begin(), words.end(),
        [word](const char16_t* w) { return word.compare(QStringView(w), Qt::CaseInsensitive) == 0; });
}

// The word (letters, digits, apostrophes and the dots of "U.S.", without its last dot) that ends before pos, skipping
// blanks; empty if there is none after `limit`.
QStringView wordBefore(QStringView text, qsizetype pos, qsizetype limit, qsizetype* wordStart = nullptr)
{
    qsizetype end = pos;
    while (end > limit && isBlank(text.at(end - 1)))
        --end;
    qsizetype start = end;
    while (start > limit
        && (text.at(start - 1).isLetterOrNumber() || isApostrophe(text.at(start - 1))
            || (text.at(start - 1) == u'.' && start - 1 > limit && text.at(start - 2).isLetter())))
        --start;
    if (wordStart)
        *wordStart = start;
    QStringView word = text.mid(start, end - start);
    while (word.endsWith(u'.'))
        word.chop(1);
    return word;
}

// The letters (or digits) of the word that starts after pos, skipping blanks or one hyphen ("14-year-old" gives
// "year"); empty if the next character is anything else or lies at or after `limit`.
QStringView wordAfter(QStringView text, qsizetype pos, qsizetype limit, qsizetype* wordEnd = nullptr)
{
    qsizetype start = pos;
    if (start < limit && text.at(start) == u'-')
        ++start;
    else
        while (start < limit && isBlank(text.at(start)))
            ++start;
    qsizetype end = start;
    while (end < limit && (text.at(end).isLetterOrNumber() || (isApostrophe(text.at(end)) && end > start)))
        ++end;
    if (wordEnd)
        *wordEnd = end;
    return text.mid(start, end - start);
}

// ---------------------------------------------------------------------------------------------------------------
// Sentences

// Words after which a period does not end the sentence.
constexpr std::array titleAbbreviations { u"mr", u"mrs", u"ms", u"dr", u"prof", u"gen", u"col", u"lt", u"sgt", u"capt",
    u"cpt", u"maj", u"adm", u"cmdr", u"gov", u"sen", u"rep", u"rev", u"hon", u"pres", u"supt", u"insp", u"st", u"mt",
    u"ft", u"vs", u"approx", u"est", u"jan", u"feb", u"mar", u"apr", u"jun", u"jul", u"aug", u"sep", u"sept", u"oct",
    u"nov", u"dec" };
// Abbreviations that stand before a number ("No. 5").
constexpr std::array numberAbbreviations { u"no", u"nos", u"vol", u"art", u"fig", u"p", u"pp", u"ch", u"sec", u"para" };

bool isAbbreviation(QStringView text, qsizetype paragraphStart, qsizetype dot, QChar next)
{
    qsizetype start = dot;
    while (start > paragraphStart && (text.at(start - 1).isLetter() || text.at(start - 1) == u'.'))
        --start;
    const QStringView word = text.mid(start, dot - start);
    if (word.isEmpty())
        return false;
    // "U.S.", "U.N.", "e.g.", "a.m.": initialisms rarely end a sentence and often stand before a capital.
    if (word.contains(u'.'))
        return true;
    // An initial: "John F. Kennedy".
    if (word.size() == 1 && word.at(0).isUpper())
        return true;
    if (isOneOf(word, titleAbbreviations))
        return true;
    return isOneOf(word, numberAbbreviations) && isDigit(next);
}

constexpr std::array linkPrefixes { u"READ MORE", u"READ NEXT", u"READ ALSO", u"ALSO READ", u"SEE ALSO", u"WATCH",
    u"RELATED", u"LISTEN" };

// "READ MORE: ...", "WATCH: ...": a line that links to another article.
bool isLinkLine(QStringView line)
{
    return std::any_of(linkPrefixes.begin(), linkPrefixes.end(), [line](const char16_t* prefix) {
        const QStringView p(prefix);
        return line.startsWith(p, Qt::CaseInsensitive) && line.mid(p.size()).trimmed().startsWith(u':');
    });
}

// Whether a line that ends with `last` goes on with the next line, which starts with `first` (hard-wrapped text).
bool lineContinues(QChar last, QChar first)
{
    if (last == u',' || last == u'-' || last == QChar(0x2013) || last == QChar(0x2014))
        return true;
    return last.isLetterOrNumber() && first.isLower();
}

class SentenceSplitter
{
public:
    explicit SentenceSplitter(QStringView text)
        : m_text(text)
    { }

    QList<ArticleSentence> split()
    {
        const qsizetype n = m_text.size();
        qsizetype pos = 0;
        while (pos < n) {
            qsizetype lineEnd = pos;
            while (lineEnd < n && !isLineBreak(m_text.at(lineEnd)))
                ++lineEnd;
            qsizetype next = lineEnd;
            if (next < n)
                next += m_text.at(next) == u'\r' && next + 1 < n && m_text.at(next + 1) == u'\n' ? 2 : 1;
            qsizetype a = pos;
            qsizetype b = lineEnd;
            while (a < b && isBlank(m_text.at(a)))
                ++a;
            while (b > a && isBlank(m_text.at(b - 1)))
                --b;
            if (a == b) {
                flush();
            } else if (isLinkLine(m_text.mid(a, b - a))) {
                flush();
                add(a, b, true);
            } else if (m_paragraphStart >= 0 && lineContinues(m_text.at(m_paragraphEnd - 1), m_text.at(a))) {
                m_paragraphEnd = b;
            } else {
                flush();
                m_paragraphStart = a;
                m_paragraphEnd = b;
            }
            pos = next;
        }
        flush();
        return std::move(m_sentences);
    }

private:
    void flush()
    {
        if (m_paragraphStart < 0)
            return;
        const qsizetype ps = m_paragraphStart;
        const qsizetype pe = m_paragraphEnd;
        m_paragraphStart = -1;
        qsizetype s = ps;
        for (qsizetype i = ps; i < pe; ++i) {
            const QChar c = m_text.at(i);
            if (!isSentenceEnd(c))
                continue;
            qsizetype j = i + 1;
            while (j < pe && isSentenceEnd(m_text.at(j)))
                ++j;
            const bool singleDot = c == u'.' && j == i + 1;
            while (j < pe && isCloser(m_text.at(j)))
                ++j;
            if (j >= pe)
                break;
            if (!isBlank(m_text.at(j))) {
                // "1.5", "U.S", "operations…can": not an end.
                i = j - 1;
                continue;
            }
            qsizetype k = j;
            while (k < pe && isBlank(m_text.at(k)))
                ++k;
            const QChar next = m_text.at(k);
            if (next.isLower() || (singleDot && isAbbreviation(m_text, ps, i, next))) {
                i = k - 1;
                continue;
            }
            add(s, j, false);
            s = k;
            i = k - 1;
        }
        add(s, pe, false);
    }

    void add(qsizetype start, qsizetype end, bool link)
    {
        // Code points counted as the sentences come, in order, so a long text is read once.
        for (; m_countedTo < start; ++m_countedTo) {
            if (!(m_text.at(m_countedTo).isLowSurrogate() && m_countedTo > 0
                    && m_text.at(m_countedTo - 1).isHighSurrogate()))
                ++m_codePoints;
        }
        ArticleSentence sentence;
        sentence.start = start;
        sentence.length = end - start;
        sentence.codePointOffset = m_codePoints;
        sentence.link = link;
        m_sentences.append(sentence);
    }

    QStringView m_text;
    QList<ArticleSentence> m_sentences;
    qsizetype m_paragraphStart = -1;
    qsizetype m_paragraphEnd = -1;
    qsizetype m_countedTo = 0;
    qint64 m_codePoints = 0;
};

// ---------------------------------------------------------------------------------------------------------------
// Dates and periods

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

int monthNumber(QStringView name)
{
    static constexpr std::array names { u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct",
        u"nov", u"dec" };
    const QStringView head = name.left(3);
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (head.compare(QStringView(names.at(i)), Qt::CaseInsensitive) == 0)
            return static_cast<int>(i) + 1;
    }
    return 0;
}

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Dates written out ("June 25, 2024", "25 June", "Sept. 2024", "22/09/2024", "2024-06-25"), times ("10:30")
// and web addresses: the numbers in them are not figures.
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
    parts.month = monthNumber(match.captured(u"m" % s));
    if (!parts.month)
        parts.month = monthNumber(match.captured(u"n" % s));
    parts.day = std::max(number(u"d" % s), number(u"e" % s));
    parts.year = std::max({ number(u"y" % s), number(u"z" % s), number(u"w" % s) });
    return parts;
}

enum class PhraseKind : quint8 { Range, InYear, HalfOrQuarter, Since, LastYear, ThisYear };

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
        // "earlier this year" dates an event, "by the end of this year" a plan: neither is a period to date.
        list.append({ PhraseKind::ThisYear,
            re(QStringLiteral(
                "(?<!earlier\\s)(?<!later\\s)(?<!of\\s)(?<!next\\s)\\b(?:so\\s+far\\s+this\\s+year|this\\s+"
                "year(?:\\s+so\\s+far)?)\\b")) });
        return list;
    }();
    return patterns;
}

struct PeriodPhrase
{
    qsizetype start = 0;
    qsizetype end = 0;
    std::optional<Period> period;
    bool yearInferred = false;
};

struct DateContext
{
    std::optional<PartialDate> articleDate;
    /// The one year written in the sentence outside the phrase, or 0.
    int sentenceYear = 0;

    int articleYear() const { return articleDate ? articleDate->year() : 0; }
    int articleMonth() const { return articleDate ? articleDate->month() : 0; }
};

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
        return Period(PartialDate::fromParts(match.captured(u"y").toInt(), monthNumber(match.captured(u"m"))));
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
            return yearToDate(*context.articleDate);
        DateParts start;
        start.month = monthNumber(match.captured(u"m"));
        start.day = match.captured(u"d").toInt();
        start.year = std::max(match.captured(u"y").toInt(), match.captured(u"w").toInt());
        if (!start.year) {
            start.year = context.articleYear();
            if (context.articleMonth() && start.month > context.articleMonth())
                --start.year;
        }
        const Period period
            = Period::interval(PartialDate::fromParts(start.year, start.month, start.day), *context.articleDate);
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
        return yearToDate(*context.articleDate);
    }
    return std::nullopt;
}

// How far from a period phrase, in UTF-16 units, a year written in the sentence completes it.
constexpr qsizetype yearReach = 300;

// The periods a sentence states, in order, without overlaps.
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
        phrases.append(phrase);
    }
    return phrases;
}

// ---------------------------------------------------------------------------------------------------------------
// Qualifiers

constexpr std::array qualifiers { u"no fewer than", u"no more than", u"no less than", u"a little more than",
    u"slightly more than", u"a little over", u"in excess of", u"upwards of", u"as many as", u"as much as", u"as few as",
    u"more than", u"less than", u"fewer than", u"greater than", u"at least", u"at most", u"up to", u"close to",
    u"an estimated", u"estimated", u"approximately", u"approx.", u"roughly", u"around", u"about", u"nearly", u"almost",
    u"some", u"over", u"under", u"only", u"just", u"barely", u"circa" };
// Words that sharpen a qualifier: "only about", "just over", "well over".
constexpr std::array qualifierModifiers { u"only", u"just", u"well", u"slightly", u"nearly", u"almost", u"roughly" };
// "bring the total up to 1,000": "up to" is the verb's, not a qualifier.
constexpr std::array reachVerbs { u"bring", u"brings", u"brought", u"bringing", u"take", u"takes", u"took", u"taking",
    u"raise", u"raises", u"raised", u"raising", u"push", u"pushes", u"pushed", u"pushing", u"increase", u"increases",
    u"increased", u"increasing" };

// Phrases split into words once.
template<std::size_t N> QList<QList<QStringView>> splitPhrases(const std::array<const char16_t*, N>& phrases)
{
    QList<QList<QStringView>> split;
    for (const char16_t* phrase : phrases)
        split.append(QStringView(phrase).split(u' '));
    return split;
}

// Where the phrase ends right before pos, separated from it by blanks; -1 if it does not.
qsizetype phraseStartBefore(QStringView text, qsizetype pos, qsizetype limit, const QList<QStringView>& words)
{
    qsizetype end = pos;
    if (end <= limit || !isBlank(text.at(end - 1)))
        return -1;
    for (qsizetype w = words.size() - 1; w >= 0; --w) {
        while (end > limit && isBlank(text.at(end - 1)))
            --end;
        const QStringView word = words.at(w);
        const qsizetype start = end - word.size();
        if (start < limit || text.mid(start, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return -1;
        if (start > limit && text.at(start - 1).isLetterOrNumber())
            return -1;
        if (w > 0 && (start == limit || !isBlank(text.at(start - 1))))
            return -1;
        end = start;
    }
    return end;
}

qsizetype longestPhraseBefore(
    QStringView text, qsizetype pos, qsizetype limit, const QList<QList<QStringView>>& phrases)
{
    qsizetype best = -1;
    for (const QList<QStringView>& phrase : phrases) {
        const qsizetype start = phraseStartBefore(text, pos, limit, phrase);
        if (start >= 0 && (best < 0 || start < best))
            best = start;
    }
    return best;
}

// The qualifier written right before the number at pos, as its start; pos when there is none.
qsizetype qualifierStart(QStringView text, qsizetype pos, qsizetype limit)
{
    static const QList<QList<QStringView>> qualifierWords = splitPhrases(qualifiers);
    static const QList<QList<QStringView>> modifierWords = splitPhrases(qualifierModifiers);
    const qsizetype start = longestPhraseBefore(text, pos, limit, qualifierWords);
    if (start < 0)
        return pos;
    if (text.mid(start, 2).compare(u"up", Qt::CaseInsensitive) == 0) {
        qsizetype p = start;
        for (int i = 0; i < 8; ++i) {
            qsizetype wordStart = p;
            const QStringView word = wordBefore(text, p, limit, &wordStart);
            if (word.isEmpty())
                break;
            if (isOneOf(word, reachVerbs))
                return pos;
            p = wordStart;
        }
    }
    const qsizetype modified = longestPhraseBefore(text, start, limit, modifierWords);
    return modified >= 0 ? modified : start;
}

// ---------------------------------------------------------------------------------------------------------------
// Metric words

struct MetricStem
{
    const char16_t* words; // words separated by spaces; alternatives by |; a trailing * matches any ending
    const char16_t* key;
};

constexpr std::array metricStems {
    MetricStem { u"kill*|dead|death*|murder* or|and injur*|wound*|hurt", u"killed_or_injured" },
    MetricStem { u"injur*|wounded|casualty|casualties", u"killed_or_injured" },
    MetricStem { u"kill*|dead|death|deaths|died|homicide*|murder*|fatalities|bodies", u"homicides" },
    MetricStem { u"kidnap*|abduct*|hostage|hostages", u"kidnappings" },
    MetricStem { u"sexual violence|assault|assaults|abuse", u"rapes" },
    MetricStem { u"sexually assaulted|abused", u"rapes" },
    MetricStem { u"rape|rapes|raped", u"rapes" },
    MetricStem { u"displace*|fled|flee|fleeing|flees|homeless|refugee*", u"displaced" },
    MetricStem { u"police|security officer*|personnel|forces|guards", u"personnel" },
    MetricStem {
        u"police|policemen|policewomen|officer*|troop*|personnel|soldier*|peacekeeper*|gendarme*", u"personnel" },
    MetricStem { u"dollars|usd|funding|funds|budget", u"funding" },
    MetricStem { u"population|inhabitants", u"population" },
    MetricStem { u"countries|nations", u"contributing_countries" },
    MetricStem { u"gang|gangs|armed control|controlled|controls", u"gang_control" },
    MetricStem { u"control|controlled by|of gang|gangs|armed", u"gang_control" },
    MetricStem { u"gang-control*", u"gang_control" },
};

struct CompiledStem
{
    QList<QStringList> words;
    QString key;
};

const QList<CompiledStem>& compiledStems()
{
    static const QList<CompiledStem> stems = [] {
        QList<CompiledStem> list;
        for (const MetricStem& stem : metricStems) {
            CompiledStem compiled;
            compiled.key = QString::fromUtf16(stem.key);
            const QString words = QString::fromUtf16(stem.words);
            for (const QString& word : words.split(u' '))
                compiled.words.append(word.split(u'|'));
            list.append(compiled);
        }
        // Longest phrases first, so "killed or injured" wins over "killed".
        std::stable_sort(list.begin(), list.end(),
            [](const CompiledStem& a, const CompiledStem& b) { return a.words.size() > b.words.size(); });
        return list;
    }();
    return stems;
}

bool wordMatches(const QString& lower, const QStringList& alternatives)
{
    return std::any_of(alternatives.cbegin(), alternatives.cend(), [&lower](const QString& alternative) {
        return alternative.endsWith(u'*') ? lower.startsWith(QStringView(alternative).chopped(1))
                                          : lower == alternative;
    });
}

// Whether a word can start metric words: most words cannot, and are passed over at the cost of one lookup.
bool mayStartMetricWords(const QString& lower)
{
    struct FirstWords
    {
        QSet<QString> exact;
        QStringList prefixes;
    };
    static const FirstWords firstWords = [] {
        FirstWords words;
        for (const CompiledStem& stem : compiledStems()) {
            for (const QString& alternative : stem.words.first()) {
                if (alternative.endsWith(u'*'))
                    words.prefixes.append(alternative.chopped(1));
                else
                    words.exact.insert(alternative);
            }
        }
        return words;
    }();
    if (firstWords.exact.contains(lower))
        return true;
    return std::any_of(firstWords.prefixes.cbegin(), firstWords.prefixes.cend(),
        [&lower](const QString& prefix) { return lower.startsWith(prefix); });
}

// Nouns a count may stand before ("2000 people") which make a four-digit number a count rather than a year.
constexpr std::array countNouns { u"people", u"persons", u"cases", u"victims", u"children", u"women", u"men",
    u"residents", u"families", u"households", u"civilians", u"migrants", u"members", u"more", u"additional", u"others",
    u"new" };
// Words before a year: "in 2023", "since 2016", "the 2021 assassination".
constexpr std::array yearWords { u"in", u"since", u"by", u"until", u"till", u"from", u"to", u"during", u"between",
    u"and", u"of", u"before", u"after", u"early", u"late", u"mid", u"throughout", u"year", u"fiscal" };
// Words before a number that name it rather than count: "Resolution 2699", "No. 5".
constexpr std::array referenceWords { u"resolution", u"resolutions", u"no", u"nos", u"number", u"article", u"section",
    u"chapter", u"page", u"pages", u"paragraph", u"para", u"flight", u"route", u"highway", u"room", u"phase", u"level",
    u"category", u"grade", u"decree", u"law", u"act", u"bill", u"item", u"model", u"version", u"episode", u"season",
    u"volume", u"vol", u"tier", u"stage", u"district", u"zone", u"sector", u"precinct", u"platoon", u"battalion",
    u"unit", u"code", u"rule", u"step", u"verse", u"p", u"pp", u"id" };
constexpr std::array ageWords { u"aged", u"age", u"ages" };
// After a number, words that make it a duration, an age or a time rather than a figure.
constexpr std::array durationWords { u"year", u"years", u"month", u"months", u"week", u"weeks", u"day", u"days",
    u"hour", u"hours", u"minute", u"minutes", u"seconds", u"decade", u"decades", u"century", u"centuries", u"am", u"pm",
    u"gmt", u"utc", u"hrs", u"o'clock", u"o’clock" };
// Before "half", "third", "quarter": an ordinal makes it a part of a period, not a fraction.
constexpr std::array ordinalWords { u"first", u"second", u"third", u"fourth", u"last", u"latter", u"former", u"final",
    u"1st", u"2nd", u"3rd", u"4th" };
constexpr std::array fractionLeads { u"a", u"one", u"two", u"three" };
// After "half" etc.: words that make a length of time.
constexpr std::array halfNouns { u"time", u"hour", u"day", u"week", u"month", u"year", u"century", u"decade", u"way",
    u"mast", u"dozen" };
// Words right after a number that are not the thing counted ("600 more police officers").
constexpr std::array countFillers { u"more", u"additional", u"other", u"extra", u"new" };

struct Demonym
{
    const char16_t* adjective;
    const char16_t* country;
};
constexpr std::array demonyms {
    Demonym { u"Kenyan", u"Kenya" },
    Demonym { u"Haitian", u"Haiti" },
    Demonym { u"American", u"United States" },
    Demonym { u"Jamaican", u"Jamaica" },
    Demonym { u"Bahamian", u"Bahamas" },
    Demonym { u"Canadian", u"Canada" },
    Demonym { u"Salvadoran", u"El Salvador" },
    Demonym { u"Guatemalan", u"Guatemala" },
    Demonym { u"Bangladeshi", u"Bangladesh" },
    Demonym { u"Beninese", u"Benin" },
    Demonym { u"Chadian", u"Chad" },
    Demonym { u"Barbadian", u"Barbados" },
    Demonym { u"Dominican", u"Dominican Republic" },
    Demonym { u"Mexican", u"Mexico" },
    Demonym { u"Brazilian", u"Brazil" },
    Demonym { u"Chilean", u"Chile" },
    Demonym { u"Senegalese", u"Senegal" },
    Demonym { u"Spanish", u"Spain" },
    Demonym { u"French", u"France" },
    Demonym { u"British", u"United Kingdom" },
};

// ---------------------------------------------------------------------------------------------------------------
// Figures in a sentence

enum class NumberKind : quint8 { Count, Currency, Percent, Fraction };

struct Candidate
{
    NumberMention mention;
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype phraseStart = 0;
    NumberKind kind = NumberKind::Count;
    bool isOne = false;
    bool dropped = false;
    int token = -1;
    int phraseToken = -1;
    QString metric;
    QString metricWords;
};

enum class TokenKind : quint8 { Word, Number, Comma, Clause };

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    TokenKind kind = TokenKind::Word;
    int candidate = -1;
    QString lower;
};

struct MetricHit
{
    int first = 0;
    int last = 0;
    QString key;
    int boundTo = -1;
};

constexpr int maxTokenReach = 40;
// Words between a number and its metric words, plus 1 for each comma, 4 for each number between, 1 if before.
constexpr int metricWindow = 8;
constexpr int looseWindow = 12;

class SentenceScanner
{
public:
    SentenceScanner(QStringView text, const ArticleSentence& sentence, const ArticleScanOptions& options)
        : m_text(text)
        , m_sentence(sentence)
        , m_begin(sentence.start)
        , m_end(sentence.start + sentence.length)
        , m_options(options)
    { }

    void scan(QList<NumberMention>::const_iterator first, QList<NumberMention>::const_iterator last,
        const QList<Span>& excluded, QList<FigureProposal>& out)
    {
        DateContext context;
        context.articleDate = m_options.articleDate;
        m_phrases = periodPhrases(m_text, m_sentence, context);
        for (const PeriodPhrase& phrase : std::as_const(m_phrases)) {
            if (phrase.period)
                m_periods.append(&phrase);
        }

        for (auto it = first; it != last; ++it) {
            Candidate candidate;
            if (accept(*it, excluded, candidate))
                m_candidates.append(candidate);
        }
        if (m_candidates.isEmpty())
            return;
        tokenize();
        findMetricHits();
        for (int i = 0; i < m_candidates.size(); ++i)
            chooseMetric(i);

        const QString sentenceText = m_text.mid(m_begin, m_end - m_begin).toString();
        for (const Candidate& c : std::as_const(m_candidates)) {
            if (c.dropped)
                continue;
            FigureProposal p;
            p.numberStart = c.start;
            p.numberLength = c.end - c.start;
            p.numberText = m_text.mid(c.start, c.end - c.start).toString();
            p.value = c.mention.value;
            p.percent = c.mention.percent;
            p.qualifier = m_text.mid(c.phraseStart, c.start - c.phraseStart).trimmed().toString();
            if (m_options.metrics.contains(c.metric)) {
                p.metric = c.metric;
                p.metricWords = c.metricWords;
            }
            p.subject = subjectOf(c);
            if (const PeriodPhrase* phrase = nearestPeriod(c)) {
                p.period = phrase->period;
                p.periodText = m_text.mid(phrase->start, phrase->end - phrase->start).toString();
                p.periodYearInferred = phrase->yearInferred;
            }
            p.sentence = sentenceText;
            p.sentenceOffset = m_sentence.codePointOffset;
            out.append(p);
        }
    }

private:
    bool inExcluded(qsizetype start, qsizetype end, const QList<Span>& spans) const
    {
        auto it = std::lower_bound(
            spans.begin(), spans.end(), start, [](const Span& s, qsizetype value) { return s.end <= value; });
        return it != spans.end() && it->start < end;
    }

    bool accept(const NumberMention& mention, const QList<Span>& excluded, Candidate& c) const
    {
        c.mention = mention;
        c.start = mention.start;
        c.end = mention.start + mention.length;
        if (c.start < m_begin || c.end > m_end)
            return false;
        if (inExcluded(c.start, c.end, excluded))
            return false;
        const auto phrase = std::lower_bound(m_phrases.cbegin(), m_phrases.cend(), c.start,
            [](const PeriodPhrase& p, qsizetype value) { return p.end <= value; });
        if (phrase != m_phrases.cend() && phrase->start < c.end)
            return false;
        const QStringView written = m_text.mid(c.start, c.end - c.start);
        if (mention.currency) {
            // "US$5", "C$5": the letters name the dollar.
            qsizetype s = c.start;
            while (s > m_begin && c.start - s < 4 && (m_text.at(s - 1).isUpper() || m_text.at(s - 1) == u'.'))
                --s;
            if (s == m_begin || !m_text.at(s - 1).isLetterOrNumber())
                c.start = s;
            // "$5m", "$2bn".
            static constexpr std::array scales { std::pair { u"bn", 1e9 }, std::pair { u"tn", 1e12 },
                std::pair { u"mn", 1e6 }, std::pair { u"m", 1e6 }, std::pair { u"k", 1e3 } };
            if (written.back().isDigit()) {
                for (const auto& [suffix, scale] : scales) {
                    const QStringView s2(suffix);
                    const qsizetype e = c.end + s2.size();
                    if (e <= m_end && m_text.mid(c.end, s2.size()).compare(s2, Qt::CaseInsensitive) == 0
                        && (e == m_end || !m_text.at(e).isLetterOrNumber())) {
                        c.mention.value *= scale;
                        c.end = e;
                        break;
                    }
                }
            }
        }
        const QChar before = c.start > m_begin ? m_text.at(c.start - 1) : QChar(u' ');
        const QChar after = c.end < m_end ? m_text.at(c.end) : QChar(u' ');
        const QChar afterNext = c.end + 1 < m_end ? m_text.at(c.end + 1) : QChar(u' ');
        // Glued to letters: "2nd", "18h48", "G20", "uri20240922", "COVID-19".
        if (before.isLetterOrNumber() || after.isLetterOrNumber())
            return false;
        if (before == u'-' && c.start - 2 >= m_begin && m_text.at(c.start - 2).isLetterOrNumber())
            return false;
        if (after == u'-' && mention.words && afterNext.isLetter())
            return false; // "twenty-five", "one-third"
        // Parts of numeric dates, times, fractions and references: "22/09", "10:30", "24/7", "#3", "[1]".
        if ((before == u'/' || before == u':' || before == u'#' || before == u'@') && !mention.words)
            return false;
        if ((after == u'/' || after == u':') && afterNext.isDigit() && !mention.words)
            return false;
        if (before == u'[' && after == u']')
            return false;

        qsizetype prevStart = c.start;
        const QStringView prev = wordBefore(m_text, c.start, m_begin, &prevStart);
        const QStringView prev2 = wordBefore(m_text, prevStart, m_begin);
        const QStringView next = wordAfter(m_text, c.end, m_end);
        const bool plainDigits = !mention.words && !mention.percent && !mention.currency
            && std::all_of(written.begin(), written.end(), [](QChar ch) { return isDigit(ch); });

        if (plainDigits && written.size() >= 8)
            return false; // an identifier, not a count
        if (!mention.words && !mention.percent && !mention.currency && isOneOf(prev, referenceWords))
            return false;
        if (isOneOf(prev, ageWords) || (prev.compare(u"of", Qt::CaseInsensitive) == 0 && isOneOf(prev2, ageWords)))
            return false;
        if (!mention.percent && !mention.currency && isOneOf(next, durationWords))
            return false;
        if (!mention.percent && !mention.currency && timeFollows(c.end))
            return false;
        if (plainDigits && written.size() == 4 && mention.value >= 1900 && mention.value <= 2100) {
            const bool countFollows = isOneOf(next, countNouns) || startsMetricWords(next);
            if (!countFollows || isOneOf(prev, yearWords) || before == u'(')
                return false;
        }

        if (mention.words && mention.value < 1) {
            if (isOneOf(prev, ordinalWords) || prev.compare(u"the", Qt::CaseInsensitive) == 0)
                return false;
            if (after == u'-' || isOneOf(next, halfNouns))
                return false;
            const bool half = mention.value == 0.5;
            if (half && prev.compare(u"a", Qt::CaseInsensitive) == 0 && prev2.compare(u"and", Qt::CaseInsensitive) == 0)
                return false; // "one and a half"
            if (!half && !isOneOf(prev, fractionLeads) && next.compare(u"of", Qt::CaseInsensitive) != 0)
                return false;
            c.kind = NumberKind::Fraction;
        } else if (mention.currency) {
            c.kind = NumberKind::Currency;
        } else if (mention.percent) {
            c.kind = NumberKind::Percent;
        }
        c.isOne = mention.words && mention.value == 1;
        c.phraseStart = qualifierStart(m_text, c.start, m_begin);
        return true;
    }

    bool timeFollows(qsizetype pos) const
    {
        qsizetype p = pos;
        while (p < m_end && isBlank(m_text.at(p)))
            ++p;
        const QStringView rest = m_text.mid(p, std::min<qsizetype>(4, m_end - p));
        return rest.startsWith(u"a.m", Qt::CaseInsensitive) || rest.startsWith(u"p.m", Qt::CaseInsensitive);
    }

    static bool startsMetricWords(QStringView word) { return mayStartMetricWords(word.toString().toLower()); }

    void tokenize()
    {
        int ci = 0;
        qsizetype p = m_begin;
        while (p < m_end) {
            if (ci < m_candidates.size() && m_candidates.at(ci).start <= p) {
                Candidate& c = m_candidates[ci];
                c.token = static_cast<int>(m_tokens.size());
                m_tokens.append({ c.start, c.end, TokenKind::Number, ci, {} });
                p = std::max(p, c.end);
                ++ci;
                continue;
            }
            const qsizetype nextCandidate = ci < m_candidates.size() ? m_candidates.at(ci).start : m_end;
            const QChar ch = m_text.at(p);
            if (ch.isLetterOrNumber()) {
                qsizetype e = p + 1;
                while (e < nextCandidate && continuesWord(m_text, e, m_end))
                    ++e;
                m_tokens.append({ p, e, TokenKind::Word, -1, m_text.mid(p, e - p).toString().toLower() });
                p = e;
                continue;
            }
            if (ch == u',') {
                m_tokens.append({ p, p + 1, TokenKind::Comma, -1, {} });
            } else if (ch == u';' || ch == u':' || ch == u'(' || ch == u')' || ch == u'[' || ch == u']'
                || ch == QChar(0x2014) || ch == u'|'
                || ((ch == QChar(0x2013) || ch == u'-') && p > m_begin && isBlank(m_text.at(p - 1)))) {
                m_tokens.append({ p, p + 1, TokenKind::Clause, -1, {} });
            }
            ++p;
        }
        // Where each number's qualifier starts, in tokens.
        for (Candidate& c : m_candidates) {
            int t = c.token;
            while (t > 0 && m_tokens.at(t - 1).start >= c.phraseStart)
                --t;
            c.phraseToken = t;
        }
    }

    void findMetricHits()
    {
        const QList<CompiledStem>& stems = compiledStems();
        for (int i = 0; i < m_tokens.size(); ++i) {
            if (m_tokens.at(i).kind != TokenKind::Word || !mayStartMetricWords(m_tokens.at(i).lower))
                continue;
            for (const CompiledStem& stem : stems) {
                const int length = static_cast<int>(stem.words.size());
                if (i + length > m_tokens.size())
                    continue;
                bool match = true;
                for (int w = 0; w < length && match; ++w) {
                    const Token& token = m_tokens.at(i + w);
                    match = token.kind == TokenKind::Word && wordMatches(token.lower, stem.words.at(w));
                }
                if (!match)
                    continue;
                MetricHit hit { i, i + length - 1, stem.key, -1 };
                // Metric words right after a number ("2,500 police officers", "600 more troops") are its own.
                for (int t = i - 1, words = 0; t >= 0 && words <= 1; --t) {
                    const Token& token = m_tokens.at(t);
                    if (token.kind == TokenKind::Number) {
                        hit.boundTo = token.candidate;
                        break;
                    }
                    if (token.kind != TokenKind::Word)
                        break;
                    ++words;
                }
                m_hits.append(hit);
                i += length - 1;
                break;
            }
        }
        // "one" is a figure only when it counts something: "one police officer", not "one of the".
        for (int i = 0; i < m_candidates.size(); ++i) {
            if (m_candidates.at(i).isOne) {
                m_candidates[i].dropped
                    = std::none_of(m_hits.begin(), m_hits.end(), [i](const MetricHit& h) { return h.boundTo == i; });
            }
        }
    }

    // Words, commas and numbers between two tokens (exclusive); -1 across a clause break or too far.
    int distance(int from, int to) const
    {
        if (to - from > maxTokenReach)
            return -1;
        int score = 0;
        for (int t = from + 1; t < to; ++t) {
            const Token& token = m_tokens.at(t);
            switch (token.kind) {
            case TokenKind::Word:
            case TokenKind::Comma:
                score += 1;
                break;
            case TokenKind::Number:
                // Another figure between a number and words makes them more likely that figure's.
                score += m_candidates.at(token.candidate).dropped ? 1 : 4;
                break;
            case TokenKind::Clause:
                return -1;
            }
        }
        return score;
    }

    bool countsBetween(int from, int to) const
    {
        for (int t = from + 1; t < to; ++t) {
            const Token& token = m_tokens.at(t);
            if (token.kind == TokenKind::Clause)
                return true;
            if (token.kind == TokenKind::Number) {
                const Candidate& c = m_candidates.at(token.candidate);
                if (!c.dropped && c.kind == NumberKind::Count)
                    return true;
            }
        }
        return false;
    }

    static bool eligible(NumberKind kind, const QString& key)
    {
        const bool control = key == u"gang_control";
        switch (kind) {
        case NumberKind::Count:
            return !control;
        case NumberKind::Percent:
        case NumberKind::Fraction:
            return control;
        case NumberKind::Currency:
            return false;
        }
        return false;
    }

    QString wordsOf(int firstToken, int lastToken) const
    {
        const qsizetype start = m_tokens.at(firstToken).start;
        return m_text.mid(start, m_tokens.at(lastToken).end - start).toString();
    }

    void chooseMetric(int index)
    {
        Candidate& c = m_candidates[index];
        if (c.dropped)
            return;
        if (c.kind == NumberKind::Currency) {
            c.metric = QStringLiteral("funding");
            c.metricWords = QStringLiteral("$");
            return;
        }
        // The nearest metric words in the clause, after the number or (at a cost of 1) before it.
        const MetricHit* best = nullptr;
        int bestScore = metricWindow + 1;
        for (auto it = firstHitFrom(c.phraseToken - maxTokenReach); it != m_hits.cend(); ++it) {
            const MetricHit& hit = *it;
            if (hit.first > c.token + maxTokenReach)
                break;
            if (!eligible(c.kind, hit.key) || (hit.boundTo >= 0 && hit.boundTo != index))
                continue;
            int score = -1;
            if (hit.first > c.token) {
                score = distance(c.token, hit.first);
            } else if (hit.last < c.phraseToken) {
                score = distance(hit.last, c.phraseToken);
                if (score >= 0)
                    ++score;
            }
            if (score >= 0 && score < bestScore) {
                best = &hit;
                bestScore = score;
            }
        }
        if (best) {
            c.metric = best->key;
            c.metricWords = wordsOf(best->first, best->last);
            return;
        }
        if (c.kind == NumberKind::Fraction) {
            // "half of whom are children": a share of the figure before it.
            qsizetype ofEnd = 0;
            const QStringView next = wordAfter(m_text, c.end, m_end, &ofEnd);
            if (next.compare(u"of", Qt::CaseInsensitive) == 0 || next.compare(u"the", Qt::CaseInsensitive) == 0) {
                c.metric = QStringLiteral("share");
                c.metricWords = m_text.mid(c.start, ofEnd - c.start).toString();
            }
            return;
        }
        if (c.kind != NumberKind::Count)
            return;
        // A list ("247 women, 58 boys, and 20 girls") counts what its first figure counts.
        for (int j = index - 1; j >= 0 && c.token - m_candidates.at(j).token <= maxTokenReach; --j) {
            const Candidate& previous = m_candidates.at(j);
            if (previous.dropped || previous.kind != NumberKind::Count || previous.mention.words != c.mention.words)
                continue;
            if (!previous.metric.isEmpty()) {
                c.metric = previous.metric;
                c.metricWords = previous.metricWords;
                return;
            }
            break;
        }
        // "200,000 people, half of whom are children, have been forced to flee": the verb further on.
        for (auto it = firstHitFrom(c.token + 1); it != m_hits.cend(); ++it) {
            const MetricHit& hit = *it;
            if (hit.first > c.token + maxTokenReach)
                break;
            if (!eligible(c.kind, hit.key) || (hit.boundTo >= 0 && hit.boundTo != index))
                continue;
            if (countsBetween(c.token, hit.first))
                break;
            int words = 0;
            for (int t = c.token + 1; t < hit.first; ++t)
                words += m_tokens.at(t).kind == TokenKind::Word ? 1 : 0;
            if (words <= looseWindow) {
                c.metric = hit.key;
                c.metricWords = wordsOf(hit.first, hit.last);
            }
            break;
        }
    }

    // The first metric hit that ends at or after token t (hits are in text order and do not overlap).
    QList<MetricHit>::const_iterator firstHitFrom(int t) const
    {
        return std::lower_bound(
            m_hits.cbegin(), m_hits.cend(), t, [](const MetricHit& h, int value) { return h.last < value; });
    }

    QString subjectOf(const Candidate& c) const
    {
        qsizetype end = c.end;
        QStringView next = wordAfter(m_text, end, m_end, &end);
        if (isOneOf(next, countFillers))
            next = wordAfter(m_text, end, m_end, &end);
        for (const Demonym& d : demonyms) {
            if (next == QStringView(d.adjective))
                return QString::fromUtf16(d.country);
        }
        if (c.kind != NumberKind::Count || next.compare(u"from", Qt::CaseInsensitive) != 0)
            return {};
        // "700 from Kenya", "from the United States": the capitalised words after "from".
        qsizetype wordEnd = end;
        QStringView word = wordAfter(m_text, end, m_end, &wordEnd);
        if (word == u"the") {
            end = wordEnd;
            word = wordAfter(m_text, end, m_end, &wordEnd);
        }
        qsizetype start = -1;
        while (!word.isEmpty() && word.at(0).isUpper() && !monthNumber(word)) {
            if (start < 0)
                start = wordEnd - word.size();
            end = wordEnd;
            word = wordAfter(m_text, end, m_end, &wordEnd);
        }
        return start < 0 ? QString() : m_text.mid(start, end - start).toString();
    }

    // The period phrase nearest the number in the sentence (phrases are in order and do not overlap).
    const PeriodPhrase* nearestPeriod(const Candidate& c) const
    {
        const auto after = std::lower_bound(m_periods.cbegin(), m_periods.cend(), c.end,
            [](const PeriodPhrase* p, qsizetype value) { return p->start < value; });
        const PeriodPhrase* next = after != m_periods.cend() ? *after : nullptr;
        const PeriodPhrase* previous = after != m_periods.cbegin() ? *(after - 1) : nullptr;
        if (!previous)
            return next;
        if (!next)
            return previous;
        return next->start - c.end < c.start - previous->end ? next : previous;
    }

    QStringView m_text;
    ArticleSentence m_sentence;
    qsizetype m_begin;
    qsizetype m_end;
    const ArticleScanOptions& m_options;
    QList<PeriodPhrase> m_phrases;
    /// The phrases of m_phrases that state a period.
    QList<const PeriodPhrase*> m_periods;
    QList<Candidate> m_candidates;
    QList<Token> m_tokens;
    QList<MetricHit> m_hits;
};

} // namespace

QList<ArticleSentence> splitSentences(QStringView text)
{
    return SentenceSplitter(text).split();
}

QList<FigureProposal> proposeFigures(QStringView text, const ArticleScanOptions& options)
{
    QList<FigureProposal> proposals;
    const QList<NumberMention> mentions = scanNumbers(text);
    if (mentions.isEmpty())
        return proposals;
    const QList<ArticleSentence> sentences = splitSentences(text);
    const QList<Span> excluded = dateAndAddressSpans(text);
    auto mention = mentions.cbegin();
    for (const ArticleSentence& sentence : sentences) {
        const qsizetype end = sentence.start + sentence.length;
        while (mention != mentions.cend() && mention->start < sentence.start)
            ++mention;
        auto last = mention;
        while (last != mentions.cend() && last->start < end)
            ++last;
        if (mention != last && !sentence.link)
            SentenceScanner(text, sentence, options).scan(mention, last, excluded, proposals);
        mention = last;
    }
    return proposals;
}

} // namespace crisis::core
