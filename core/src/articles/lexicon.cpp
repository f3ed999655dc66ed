#include "lexicon.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace crisis::core::articles {

// The word (letters, digits, apostrophes and the dots of "U.S.", without its last dot) that ends before pos, skipping
// blanks; empty if there is none after `limit`.
QStringView wordBefore(QStringView text, qsizetype pos, qsizetype limit, qsizetype* wordStart)
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
QStringView wordAfter(QStringView text, qsizetype pos, qsizetype limit, qsizetype* wordEnd)
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

namespace {

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

struct MetricStem
{
    const char16_t* words; // words separated by spaces; alternatives by |; a trailing * matches any ending
    const char16_t* key;
};

constexpr std::array metricStems {
    MetricStem { u"kill*|dead|death*|murder* or|and injur*|wound*|hurt", u"killed_or_injured" },
    MetricStem { u"injur*|wound*|casualty|casualties", u"killed_or_injured" },
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
    // "armed groups control about 80%": only a percentage or a fraction can be an area under control.
    MetricStem { u"control|controls|controlled", u"gang_control" },
};

} // namespace

std::optional<StatusWords> eventStatusWords(QStringView sentence)
{
    struct Pattern
    {
        EventStatus status;
        QRegularExpression regex;
    };
    static const QList<Pattern> patterns = [] {
        const auto re = [](const char* pattern) {
            return QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::CaseInsensitiveOption);
        };
        return QList<Pattern> {
            { EventStatus::Expected,
                re("\\b(?:is|are|was|were)\\s+(?:expected|set|due|scheduled|slated|poised)\\s+to\\b|\\bit(?:'s|\u2019s|"
                   "\\s+is)"
                   "\\s+(?:expected|anticipated)\\b|\\b(?:is|are)\\s+anticipated\\b|\\bin\\s+the\\s+coming\\s+(?:days|"
                   "weeks|"
                   "months)\\b|\\bset\\s+to\\s+expire\\b|\\bplan(?:s|ned|ning)?\\s+(?:a|an)\\s+(?:meeting|vote|session|"
                   "summit)\\b|\\bannounced\\s+plans\\s+to\\b|\\bwill\\s+(?:be\\s+)?(?:ready|"
                   "deployed|arrive|deploy|send|meet|decide|vote|form|take\\s+over|expire|begin|start)\\b") },
            { EventStatus::Proposed,
                re("\\b(?:recommended|recommends|proposed|proposes|urged|urges|sought)\\b|\\bcall(?:ed|s)?\\s+for\\b|"
                   "\\b(?:seek|seeks|seeking)\\b|\\bintends?\\s+to\\b|\\bconsider(?:ing)?\\s+\\w+ing\\b|\\bdiscussions?"
                   "\\s+"
                   "about\\b|\\bsupport\\s+for\\s+(?:transforming|transitioning|turning)\\b|\\bpotential\\s+"
                   "transition\\b|"
                   "\\basked\\s+the\\s+[\\w.\\s]{1,40}?\\s+to\\s+(?:strengthen|create|expand|approve|authori[sz]e|send|"
                   "deploy|renew|extend)\\b") },
        };
    }();
    std::optional<StatusWords> first;
    for (const Pattern& pattern : patterns) {
        const QRegularExpressionMatch match = pattern.regex.match(sentence);
        if (match.hasMatch() && (!first || match.capturedStart() < first->start))
            first = StatusWords { pattern.status, match.capturedStart(), match.capturedLength() };
    }
    return first;
}

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

} // namespace crisis::core::articles
