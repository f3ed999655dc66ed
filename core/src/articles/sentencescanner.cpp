#include "sentencescanner.h"

#include "lexicon.h"
#include "periodphrases.h"
#include "subjects.h"

#include <crisis/core/support/numberscanner.h>

#include <algorithm>
#include <array>
#include <utility>

namespace crisis::core::articles {

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
    /// The metric words are the number's own ("600 police officers"), not borrowed from a list or a verb.
    bool metricBound = false;
    /// "the 1,000 Kenyan personnel": a figure named before.
    bool definite = false;
    /// "600 more", "an additional 600": added to a total.
    bool additional = false;
    /// "a total of", "total commitment": the whole, not a part.
    bool total = false;
    /// The candidate (in this sentence) whose total this one breaks down, and the part it names.
    int parent = -1;
    QString subgroup;
    /// "between 300 and 400": for the high end, the candidate that is the low end; -1 otherwise.
    int rangeLow = -1;
    /// "41 of the dead", "Of those, 590": a part of a figure stated before this one.
    bool partOfEarlier = false;
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
        const QList<Span>& excluded, const ArticleSubjects& subjects, int sentenceIndex, QList<Scanned>& out)
    {
        DateContext context;
        context.articleDate = m_options.articleDate;
        m_phrases = periodPhrases(m_text, m_sentence, context);
        for (const PeriodPhrase& phrase : std::as_const(m_phrases)) {
            if (phrase.period || phrase.sameAsBefore)
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
        for (Candidate& c : m_candidates) {
            const int first = clauseAround(c.token).first;
            c.total = findWord(std::max(first, c.token - 8), c.token, totalWords) >= 0;
        }
        findMetricHits();
        findRanges();
        for (int i = 0; i < m_candidates.size(); ++i)
            chooseMetric(i);
        for (const Candidate& c : std::as_const(m_candidates)) {
            if (c.rangeLow >= 0) {
                // "between 300 and 400 people were killed": the low end counts what the high end does.
                Candidate& low = m_candidates[c.rangeLow];
                if (low.metric.isEmpty()) {
                    low.metric = c.metric;
                    low.metricWords = c.metricWords;
                    low.metricBound = c.metricBound;
                }
            }
        }
        findBreakdowns();

        const QString sentenceText = m_text.mid(m_begin, m_end - m_begin).toString();
        QList<int> outIndex(m_candidates.size(), -1);
        for (int i = 0; i < m_candidates.size(); ++i) {
            const Candidate& c = m_candidates.at(i);
            if (c.dropped)
                continue;
            Scanned scanned;
            scanned.sentence = sentenceIndex;
            scanned.definite = c.definite;
            scanned.additional = c.additional;
            scanned.total = c.total;
            scanned.metricBound = c.metricBound;
            scanned.partOfEarlier = c.partOfEarlier && c.parent < 0;
            FigureProposal& p = scanned.proposal;
            p.numberStart = c.start;
            p.numberLength = c.end - c.start;
            p.numberText = m_text.mid(c.start, c.end - c.start).toString();
            p.value = c.mention.value;
            p.percent = c.mention.percent;
            p.qualifier = m_text.mid(c.phraseStart, c.start - c.phraseStart).trimmed().toString();
            if (c.rangeLow >= 0) {
                const qsizetype from = m_candidates.at(c.rangeLow).phraseStart;
                p.qualifier = QStringLiteral("up to");
                p.why.append(QStringLiteral("the high end of a range (\u201c%1\u201d): recorded as \u201cup to\u201d")
                                 .arg(m_text.mid(from, c.end - from).toString()));
            }
            if (m_options.metrics.contains(c.metric)) {
                p.metric = c.metric;
                p.metricWords = c.metricWords;
            }
            chooseStatus(c, p);
            chooseSubject(c, subjects, scanned);
            if (const PeriodPhrase* phrase = periodFor(c)) {
                p.period = phrase->period;
                p.periodText = m_text.mid(phrase->start, phrase->end - phrase->start).toString();
                p.periodInferred = phrase->yearInferred;
                if (phrase->yearInferred)
                    p.periodNote = !phrase->note.isEmpty()
                        ? phrase->note
                        : QStringLiteral("the year is not in the sentence: taken from the article\u2019s date");
                scanned.sameAsBefore = phrase->sameAsBefore;
                scanned.periodFromPhrase = !phrase->sameAsBefore;
            }
            p.sentence = sentenceText;
            p.sentenceOffset = m_sentence.codePointOffset;
            outIndex[i] = static_cast<int>(out.size());
            out.append(scanned);
        }
        // The parts of a total name it, and take what they do not state themselves from it.
        for (int i = 0; i < m_candidates.size(); ++i) {
            const Candidate& c = m_candidates.at(i);
            if (outIndex[i] < 0 || c.parent < 0 || outIndex[c.parent] < 0)
                continue;
            Scanned& child = out[outIndex[i]];
            const Scanned& parent = out.at(outIndex[c.parent]);
            child.proposal.parent = outIndex[c.parent];
            child.proposal.subgroup = c.subgroup;
            if (!c.metricBound && c.kind == m_candidates.at(c.parent).kind) {
                child.proposal.metric = parent.proposal.metric;
                child.proposal.metricWords = parent.proposal.metricWords;
            }
            if (!child.ownSubject) {
                child.proposal.subject = parent.proposal.subject;
                child.proposal.subjectInferred = parent.proposal.subjectInferred;
                child.proposal.subjectNote = parent.proposal.subjectNote;
                child.ownSubject = parent.ownSubject;
            }
            if (!child.proposal.period) {
                child.proposal.period = parent.proposal.period;
                child.proposal.periodText = parent.proposal.periodText;
                child.proposal.periodInferred = parent.proposal.periodInferred;
                child.proposal.periodNote = parent.proposal.periodNote;
                child.sameAsBefore = parent.sameAsBefore;
                child.periodFromPhrase = parent.periodFromPhrase;
            }
            if (child.proposal.metric != u"share") {
                child.proposal.status = parent.proposal.status;
                child.proposal.statusWords = parent.proposal.statusWords;
            }
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
            // "a 12 percent rise": a change, not a share.
            if (isOneOf(next, changeWords))
                return false;
            c.kind = NumberKind::Percent;
        }
        // "a dozen": twelve, written with its article ("dozens" is no number).
        if (mention.words && mention.value == 12 && written.compare(u"dozen", Qt::CaseInsensitive) == 0) {
            if (prev.compare(u"a", Qt::CaseInsensitive) != 0)
                return false;
            c.start = prevStart;
        }
        // Street numbers ("at 14 Rue Capois") and ages after a name ("Jean Pierre, 34, was shot").
        if (plainDigits && streetFollows(c.end))
            return false;
        if (plainDigits && mention.value < 120 && before == u'(' && after == u')')
            return false;
        if (plainDigits && mention.value < 120 && after == u',' && charBefore(c.start) == u',') {
            qsizetype comma = c.start;
            while (comma > m_begin && m_text.at(comma - 1) != u',')
                --comma;
            const QStringView name = wordBefore(m_text, comma - 1, m_begin);
            if (!name.isEmpty() && name.at(0).isUpper())
                return false;
        }
        c.isOne = mention.words && mention.value == 1;
        c.phraseStart = qualifierStart(m_text, c.start, m_begin);
        // "the 1,000 Kenyan personnel", "the additional 600 officers": a figure named before.
        qsizetype beforeStart = c.start;
        QStringView word = wordBefore(m_text, c.phraseStart, m_begin, &beforeStart);
        if (isOneOf(word, countFillers) || word.compare(u"another", Qt::CaseInsensitive) == 0) {
            c.additional = true;
            word = wordBefore(m_text, beforeStart, m_begin);
        }
        c.definite = word.compare(u"the", Qt::CaseInsensitive) == 0;
        c.additional = c.additional || isOneOf(next, additionWords);
        // "41 of the dead", "590 of them", "Of those, 590 ...": a part of a figure stated before.
        qsizetype ofEnd = c.end;
        if (next.compare(u"of", Qt::CaseInsensitive) == 0 && !mention.words) {
            wordAfter(m_text, c.end, m_end, &ofEnd);
            c.partOfEarlier = isOneOf(wordAfter(m_text, ofEnd, m_end), partOfWords);
        }
        const QStringView lead = m_text.mid(m_begin, c.start - m_begin).trimmed();
        c.partOfEarlier = c.partOfEarlier || lead.compare(u"Of those,", Qt::CaseInsensitive) == 0
            || lead.compare(u"Of them,", Qt::CaseInsensitive) == 0
            || lead.compare(u"Of these,", Qt::CaseInsensitive) == 0;
        return true;
    }

    QChar charBefore(qsizetype pos) const
    {
        while (pos > m_begin && isBlank(m_text.at(pos - 1)))
            --pos;
        return pos > m_begin ? m_text.at(pos - 1) : QChar();
    }

    // Capitalised words and then a street's: "14 Rue Capois", "25 Main Street".
    bool streetFollows(qsizetype pos) const
    {
        for (int i = 0; i < 4; ++i) {
            qsizetype end = pos;
            const QStringView word = wordAfter(m_text, pos, m_end, &end);
            if (word.isEmpty() || !word.at(0).isUpper())
                return false;
            if (isOneOf(word, streetWords))
                return true;
            pos = end;
        }
        return false;
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
        // Deaths in a crash or a flood are no one's homicides; "police said" names who said it, not a count.
        const bool accident = findWord(0, static_cast<int>(m_tokens.size()), accidentWords) >= 0;
        m_hits.erase(std::remove_if(m_hits.begin(), m_hits.end(),
                         [&](const MetricHit& h) {
                             const bool violence = h.key == u"homicides" || h.key == u"killed_or_injured";
                             const bool reporter = h.key == u"personnel" && h.last + 1 < m_tokens.size()
                                 && isOneOf(m_tokens.at(h.last + 1).lower, reportingWords);
                             return (accident && violence) || reporter;
                         }),
            m_hits.end());
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
            c.metricBound = true;
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
            c.metricBound = true;
            if (c.metric == u"contributing_countries" && signsRatherThanSends())
                c.metric = QStringLiteral("signatory_countries");
            return;
        }
        if (c.kind == NumberKind::Fraction || c.kind == NumberKind::Percent) {
            // "half of whom are children", "65% of them": a share of the figure before it.
            qsizetype ofEnd = 0;
            const QStringView next = wordAfter(m_text, c.end, m_end, &ofEnd);
            const bool ofWhom = next.compare(u"of", Qt::CaseInsensitive) == 0
                && isOneOf(wordAfter(m_text, ofEnd, m_end), std::array { u"whom", u"them", u"those", u"these" });
            const bool share = c.kind == NumberKind::Fraction
                ? next.compare(u"of", Qt::CaseInsensitive) == 0 || next.compare(u"the", Qt::CaseInsensitive) == 0
                : ofWhom;
            if (share) {
                if (c.kind == NumberKind::Percent)
                    wordAfter(m_text, ofEnd, m_end, &ofEnd);
                c.metric = QStringLiteral("share");
                c.metricWords = m_text.mid(c.start, ofEnd - c.start).toString();
                c.metricBound = true;
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

    // The first token in [from, to) that is one of the words; -1 if none is.
    template<std::size_t N> int findWord(int from, int to, const std::array<const char16_t*, N>& words) const
    {
        from = std::max(from, 0);
        to = std::min(to, static_cast<int>(m_tokens.size()));
        for (int t = from; t < to; ++t) {
            if (m_tokens.at(t).kind == TokenKind::Word && isOneOf(m_tokens.at(t).lower, words))
                return t;
        }
        return -1;
    }

    // The tokens of the clause around token t: between the commas or clause marks before and after it.
    std::pair<int, int> clauseAround(int t) const
    {
        const auto boundary = [this](int i) {
            const TokenKind kind = m_tokens.at(i).kind;
            return kind == TokenKind::Comma || kind == TokenKind::Clause;
        };
        // At most maxTokenReach tokens either way, so a sentence without commas is read in linear time.
        int first = t;
        while (first > 0 && t - first < maxTokenReach && !boundary(first - 1))
            --first;
        int last = t + 1;
        while (last < m_tokens.size() && last - t < maxTokenReach && !boundary(last))
            ++last;
        return { first, last };
    }

    // "A group of seven countries ... asked the Security Council, according to a letter": countries that signed.
    bool signsRatherThanSends() const
    {
        const int size = static_cast<int>(m_tokens.size());
        return findWord(0, size, signingWords) >= 0 && findWord(0, size, sendingWords) < 0;
    }

    // "between 300 and 400": a range, its low end a lower bound and its high end an upper one.
    void findRanges()
    {
        for (int i = 1; i < m_candidates.size(); ++i) {
            Candidate& high = m_candidates[i];
            Candidate& low = m_candidates[i - 1];
            if (high.dropped || low.dropped || high.token != low.token + 2 || low.token < 1 || low.kind != high.kind
                || low.mention.value >= high.mention.value)
                continue;
            const Token& lead = m_tokens.at(low.token - 1);
            const Token& middle = m_tokens.at(low.token + 1);
            if (lead.kind != TokenKind::Word || lead.lower != u"between" || middle.kind != TokenKind::Word
                || middle.lower != u"and")
                continue;
            high.rangeLow = i - 1;
            low.phraseStart = lead.start;
            low.phraseToken = low.token - 1;
        }
    }

    // The words that name a part: "women" of "247 women,", "foreign assistance for logistics" of "$150 million in
    // foreign assistance for logistics", "from Kenya".
    QString partWords(qsizetype from, qsizetype to) const
    {
        QStringView words = m_text.mid(from, std::max<qsizetype>(0, to - from));
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QChar ch = words.at(i);
            const bool stop = ch == u'.' && (i + 1 == words.size() || !words.at(i + 1).isDigit());
            if (stop || ch == u',' || ch == u';' || ch == u':' || ch == u'(' || ch == QChar(0x2014)) {
                words = words.left(i);
                break;
            }
        }
        QString part = words.toString().simplified();
        while (part.endsWith(u'.'))
            part.chop(1);
        for (const QString& tail : { QStringLiteral(" and"), QStringLiteral(" or") }) {
            if (part.endsWith(tail))
                part.chop(tail.size());
        }
        for (const QString& lead : { QStringLiteral("worth of "), QStringLiteral("in "), QStringLiteral("of ") }) {
            if (part.startsWith(lead))
                part.remove(0, lead.size());
        }
        return part;
    }

    // "2,728 homicides, including 247 women, 58 boys and 20 girls": the parts name their total; "200,000 people,
    // half of whom are children": the share names the count.
    void findBreakdowns()
    {
        const int size = static_cast<int>(m_tokens.size());
        for (int t = 0; t < size; ++t) {
            const Token& token = m_tokens.at(t);
            if (token.kind != TokenKind::Word || !isOneOf(token.lower, partsWords))
                continue;
            if (token.lower == u"among"
                && (t + 1 >= size || !isOneOf(m_tokens.at(t + 1).lower, std::array { u"them", u"whom", u"those" })))
                continue;
            QList<int> parts;
            double largest = 0;
            int lastNumber = t;
            for (int u = t + 1; u < size; ++u) {
                const Token& next = m_tokens.at(u);
                if (next.kind == TokenKind::Clause || u - lastNumber > 12)
                    break;
                if (next.kind != TokenKind::Number || m_candidates.at(next.candidate).dropped)
                    continue;
                parts.append(next.candidate);
                largest = std::max(largest, m_candidates.at(next.candidate).mention.value);
                lastNumber = u;
            }
            if (parts.isEmpty())
                continue;
            const NumberKind kind = m_candidates.at(parts.constFirst()).kind;
            int total = -1;
            for (int u = t - 1; u >= std::max(0, t - maxTokenReach) && total < 0; --u) {
                const Token& previous = m_tokens.at(u);
                if (previous.kind == TokenKind::Clause)
                    break;
                if (previous.kind != TokenKind::Number)
                    continue;
                const Candidate& candidate = m_candidates.at(previous.candidate);
                if (!candidate.dropped && candidate.parent < 0 && candidate.kind == kind
                    && candidate.mention.value > largest)
                    total = previous.candidate;
            }
            if (total < 0)
                continue;
            qsizetype clauseEnd = m_end;
            for (int u = lastNumber + 1; u < size; ++u) {
                if (m_tokens.at(u).kind == TokenKind::Clause) {
                    clauseEnd = m_tokens.at(u).start;
                    break;
                }
            }
            for (int k = 0; k < parts.size(); ++k) {
                Candidate& part = m_candidates[parts.at(k)];
                if (part.kind != kind)
                    continue;
                part.parent = total;
                const qsizetype end = k + 1 < parts.size() ? m_candidates.at(parts.at(k + 1)).phraseStart : clauseEnd;
                part.subgroup = partWords(part.end, end);
            }
            t = lastNumber;
        }
        for (int i = 0; i < m_candidates.size(); ++i) {
            Candidate& share = m_candidates[i];
            if (share.dropped || share.metric != u"share")
                continue;
            for (int j = i - 1; j >= 0 && share.parent < 0; --j) {
                const Candidate& count = m_candidates.at(j);
                if (!count.dropped && count.kind == NumberKind::Count)
                    share.parent = j;
            }
            const int copula = findWord(share.token + 1, share.token + 5, copulaWords);
            if (copula >= 0 && copula + 1 < size)
                share.subgroup = partWords(m_tokens.at(copula + 1).start, m_end);
        }
    }

    // Whom the figure is about: the words right by the number, the clause before it, the mission for a force's
    // strength, the sentence, the article.
    void chooseSubject(const Candidate& c, const ArticleSubjects& subjects, Scanned& scanned) const
    {
        FigureProposal& p = scanned.proposal;
        // Killings, kidnappings and the displaced are counted in a place; a body named with them (the police, the
        // UN) is who counted them.
        const Metric* metric = m_options.metrics.find(p.metric);
        const bool placesOnly
            = metric && (metric->kind == Metric::Kind::Flow || p.metric == u"displaced" || p.metric == u"population");
        const auto named = [&](const SubjectMention& m) {
            QString subject = m.subject;
            // "5,000 Haitian police officers": the police the article names in full.
            if (m.adjective && p.metric == u"personnel"
                && wordAfter(m_text, m.end, m_end).startsWith(u"police", Qt::CaseInsensitive)) {
                const QString police = subjects.policeOf(subject);
                if (!police.isEmpty())
                    subject = police;
            }
            return subject;
        };
        // "400 Kenyan officers", "600 more Kenyan officers", "700 from Kenya", "800 personnel under MSS",
        // "80% of Port-au-Prince".
        qsizetype pos = c.end;
        for (int i = 0; i < 4 && pos < m_end; ++i) {
            qsizetype end = pos;
            const QStringView word = wordAfter(m_text, pos, m_end, &end);
            if (word.isEmpty())
                break;
            const SubjectMention* mention = subjects.mentionAt(end - word.size());
            if (mention && mention->adjective && !mention->modifier && i <= 1) {
                p.subject = named(*mention);
                scanned.ownSubject = true;
                return;
            }
            const bool share = c.kind == NumberKind::Percent || c.kind == NumberKind::Fraction;
            if (word == u"from" || word == u"under" || (word == u"of" && share)) {
                if (const SubjectMention* after = subjects.mentionAt(end); after && !after->modifier) {
                    p.subject = named(*after);
                    scanned.ownSubject = true;
                    return;
                }
                // "80% of the capital": the capital the article names.
                if (share && wordAfter(m_text, end, m_end) == u"the" && !subjects.capital().isEmpty()) {
                    qsizetype theEnd = end;
                    wordAfter(m_text, end, m_end, &theEnd);
                    if (wordAfter(m_text, theEnd, m_end) == u"capital") {
                        p.subject = subjects.capital();
                        scanned.ownSubject = true;
                        return;
                    }
                }
                if (c.kind != NumberKind::Currency && word != u"under") {
                    const QString written = capitalisedAfter(end);
                    if (!written.isEmpty()) {
                        p.subject = written;
                        scanned.ownSubject = true;
                        return;
                    }
                }
                break;
            }
            if (end < m_end && (m_text.at(end) == u',' || m_text.at(end) == u';'))
                break;
            pos = end;
        }
        // The clause before the number: "Kenya has announced plans to deploy 600", "Kenya's total commitment to
        // around 1,000", "the total Kenyan contingent in Haiti up to 1,000". A name right after another number
        // is that number's ("5,000 Haitian police officers ... a population of 11 million").
        int first = c.phraseToken;
        while (first > 0 && c.phraseToken - first < maxTokenReach && m_tokens.at(first - 1).kind != TokenKind::Comma
            && m_tokens.at(first - 1).kind != TokenKind::Clause)
            --first;
        const qsizetype clauseStart = first < m_tokens.size() ? m_tokens.at(first).start : c.start;
        const auto usable = [&](const SubjectMention& m) {
            if (m.modifier || m.afterPreposition || (placesOnly && !m.place))
                return false;
            const int at = tokenAt(m.start);
            for (int t = at - 1; t >= std::max(0, at - 2); --t) {
                const Token& token = m_tokens.at(t);
                if (token.kind == TokenKind::Number && token.candidate != &c - m_candidates.constData()
                    && !m_candidates.at(token.candidate).dropped)
                    return false;
                if (token.kind != TokenKind::Word)
                    break;
            }
            return true;
        };
        const QList<SubjectMention> before = subjects.mentionsIn(clauseStart, c.phraseStart);
        for (auto it = before.crbegin(); it != before.crend(); ++it) {
            if (usable(*it)) {
                p.subject = named(*it);
                return;
            }
        }
        // A force's total or goal, or the countries that make or back it: the mission, unless a number names
        // its own country. Other figures: the sentence's subject first.
        const bool force
            = p.metric == u"personnel" || p.metric == u"contributing_countries" || p.metric == u"signatory_countries";
        const bool whole = c.total || p.status == FigureStatus::Target || p.status == FigureStatus::ProposedTarget
            || p.metric != u"personnel";
        const auto mission = [&] {
            p.subject = subjects.mission();
            p.subjectInferred = true;
            p.subjectNote
                = QStringLiteral("not named by the number: the mission the article names (%1)").arg(subjects.mission());
        };
        if (force && whole && !subjects.mission().isEmpty()) {
            mission();
            return;
        }
        if (!m_sentenceMentions)
            m_sentenceMentions = subjects.mentionsIn(m_begin, m_end);
        for (qsizetype i = 0; i < std::min<qsizetype>(m_sentenceMentions->size(), maxTokenReach); ++i) {
            if (usable(m_sentenceMentions->at(i))) {
                p.subject = named(m_sentenceMentions->at(i));
                return;
            }
        }
        if (force && !subjects.mission().isEmpty()) {
            mission();
            return;
        }
        if (!subjects.mainSubject().isEmpty()) {
            p.subject = subjects.mainSubject();
            p.subjectInferred = true;
            p.subjectNote = QStringLiteral("not named in the sentence: the article\u2019s main subject (%1)")
                                .arg(subjects.mainSubject());
        }
    }

    // A word that starts at pos after blanks, with the hyphens and apostrophes inside it ("Port-au-Prince").
    QStringView nameWordAfter(qsizetype pos, qsizetype* wordEnd) const
    {
        while (pos < m_end && isBlank(m_text.at(pos)))
            ++pos;
        qsizetype end = pos;
        while (end < m_end && continuesWord(m_text, end, m_end))
            ++end;
        *wordEnd = end;
        return m_text.mid(pos, end - pos);
    }

    // The capitalised words that start at pos ("of Port-au-Prince" gives "Port-au-Prince").
    QString capitalisedAfter(qsizetype pos) const
    {
        qsizetype wordEnd = pos;
        QStringView word = nameWordAfter(pos, &wordEnd);
        if (word == u"the") {
            pos = wordEnd;
            word = nameWordAfter(pos, &wordEnd);
        }
        qsizetype start = -1;
        qsizetype end = pos;
        while (!word.isEmpty() && word.at(0).isUpper() && !englishMonthNumber(word)) {
            if (start < 0)
                start = wordEnd - word.size();
            end = wordEnd;
            word = nameWordAfter(end, &wordEnd);
        }
        return start < 0 ? QString() : m_text.mid(start, end - start).toString();
    }

    static std::optional<FigureStatus> statusOfWord(const QString& lower)
    {
        if (isOneOf(lower, newTargetWords))
            return FigureStatus::ProposedTarget;
        if (isOneOf(lower, targetWords))
            return FigureStatus::Target;
        if (isOneOf(lower, pledgeWords))
            return FigureStatus::Pledged;
        if (isOneOf(lower, actualWords))
            return FigureStatus::Actual;
        return std::nullopt;
    }

    // A force's or a fund's figure is a pledge, a target or a new target when the words near it say so.
    void chooseStatus(const Candidate& c, FigureProposal& p) const
    {
        if (p.qualifier.contains(u"estimated", Qt::CaseInsensitive)) {
            p.status = FigureStatus::Estimate;
            p.statusWords = p.qualifier;
            return;
        }
        if (p.metric != u"personnel" && p.metric != u"funding")
            return;
        const auto [first, last] = clauseAround(c.token);
        int best = -1;
        for (int t = first; t < last; ++t) {
            if (t == c.token || m_tokens.at(t).kind != TokenKind::Word || !statusOfWord(m_tokens.at(t).lower))
                continue;
            if (best < 0 || std::abs(t - c.token) < std::abs(best - c.token))
                best = t;
        }
        for (int t = first - 1; best < 0 && t >= std::max(0, c.token - 18); --t) {
            if (m_tokens.at(t).kind == TokenKind::Clause)
                break;
            if (m_tokens.at(t).kind == TokenKind::Word && statusOfWord(m_tokens.at(t).lower))
                best = t;
        }
        if (best < 0)
            return;
        p.status = *statusOfWord(m_tokens.at(best).lower);
        if (p.status != FigureStatus::Actual)
            p.statusWords
                = m_text.mid(m_tokens.at(best).start, m_tokens.at(best).end - m_tokens.at(best).start).toString();
    }

    // The token that starts at or after pos.
    int tokenAt(qsizetype pos) const
    {
        return static_cast<int>(std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), pos,
                                    [](const Token& t, qsizetype value) { return t.start < value; })
            - m_tokens.cbegin());
    }

    // A period phrase after the number dates it unless a relative clause opens between them ("the seven
    // countries will oversee the mission, which was approved in 2023"); one before it, unless it stands in one.
    bool phraseApplies(const Candidate& c, const PeriodPhrase& phrase) const
    {
        const int at = tokenAt(phrase.start);
        if (phrase.start >= c.end) {
            const int last = std::min(at, c.token + 1 + 2 * maxTokenReach);
            // "700,000 are displaced, up from 520,000 in June": the date is the other number's.
            for (int t = c.token + 1; t < last; ++t) {
                const Token& token = m_tokens.at(t);
                if (token.kind == TokenKind::Number && !m_candidates.at(token.candidate).dropped
                    && m_tokens.at(t - 1).lower == u"from")
                    return false;
            }
            return findWord(c.token + 1, last, relativeWords) < 0;
        }
        int first = at;
        while (first > 0 && at - first < maxTokenReach && m_tokens.at(first - 1).kind != TokenKind::Comma
            && m_tokens.at(first - 1).kind != TokenKind::Clause)
            --first;
        if (findWord(first, at, relativeWords) >= 0)
            return false;
        // "The mission, approved by the Council in 2023, is meant to reach 2,000": a date set off by commas, in a
        // clause of a participle, describes the noun before it.
        const QString& lead = m_tokens.at(first).lower;
        const bool participle = lead.endsWith(u"ed") || isOneOf(lead, participleWords);
        if (participle && first > 0 && m_tokens.at(first - 1).kind == TokenKind::Comma) {
            for (int t = tokenAt(phrase.end); t < c.phraseToken; ++t) {
                if (m_tokens.at(t).kind == TokenKind::Comma)
                    return false;
            }
        }
        return true;
    }

    // The first metric hit that ends at or after token t (hits are in text order and do not overlap).
    QList<MetricHit>::const_iterator firstHitFrom(int t) const
    {
        return std::lower_bound(
            m_hits.cbegin(), m_hits.cend(), t, [](const MetricHit& h, int value) { return h.last < value; });
    }

    // The period phrase nearest the number in the sentence that dates it (phrases are in order and do not
    // overlap).
    const PeriodPhrase* periodFor(const Candidate& c) const
    {
        const auto after = std::lower_bound(m_periods.cbegin(), m_periods.cend(), c.end,
            [](const PeriodPhrase* p, qsizetype value) { return p->start < value; });
        const PeriodPhrase* next = after != m_periods.cend() ? *after : nullptr;
        const PeriodPhrase* previous = after != m_periods.cbegin() ? *(after - 1) : nullptr;
        if (next && !phraseApplies(c, *next))
            next = nullptr;
        if (previous && !phraseApplies(c, *previous))
            previous = nullptr;
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
    /// The countries and bodies the sentence names, found when first needed.
    mutable std::optional<QList<SubjectMention>> m_sentenceMentions;
};

} // namespace

void scanSentence(QStringView text, const ArticleSentence& sentence, const ArticleScanOptions& options,
    QList<NumberMention>::const_iterator first, QList<NumberMention>::const_iterator last, const QList<Span>& excluded,
    const ArticleSubjects& subjects, int sentenceIndex, QList<Scanned>& out)
{
    SentenceScanner(text, sentence, options).scan(first, last, excluded, subjects, sentenceIndex, out);
}

} // namespace crisis::core::articles
