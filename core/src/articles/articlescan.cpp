#include "lexicon.h"
#include "periodphrases.h"
#include "textscan.h"

#include <crisis/core/articles/articlescan.h>
#include <crisis/core/support/numberscanner.h>

#include <algorithm>
#include <array>
#include <utility>

namespace crisis::core {

using namespace articles;

namespace {

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
