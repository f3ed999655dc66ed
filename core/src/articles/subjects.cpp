#include "subjects.h"

#include "lexicon.h"
#include "periodphrases.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace crisis::core::articles {

namespace {

struct KnownName
{
    const char16_t* name;
    const char16_t* subject;
    bool place;
};

// Names written in full, and how figures name them. Longest first where one starts another.
constexpr std::array knownNames {
    KnownName { u"United Nations Trust Fund", u"UN Trust Fund", false },
    KnownName { u"U.N. Trust Fund", u"UN Trust Fund", false },
    KnownName { u"UN Trust Fund", u"UN Trust Fund", false },
    KnownName { u"European Union", u"European Union", false },
    KnownName { u"EU", u"European Union", false },
    KnownName { u"United States of America", u"United States", true },
    KnownName { u"United States", u"United States", true },
    KnownName { u"U.S.A.", u"United States", true },
    KnownName { u"U.S.", u"United States", true },
    KnownName { u"USA", u"United States", true },
    KnownName { u"US", u"United States", true },
    KnownName { u"United Kingdom", u"United Kingdom", true },
    KnownName { u"U.K.", u"United Kingdom", true },
    KnownName { u"UK", u"United Kingdom", true },
    KnownName { u"Britain", u"United Kingdom", true },
    KnownName { u"Antigua and Barbuda", u"Antigua and Barbuda", true },
    KnownName { u"El Salvador", u"El Salvador", true },
    KnownName { u"Dominican Republic", u"Dominican Republic", true },
    KnownName { u"The Bahamas", u"Bahamas", true },
    KnownName { u"Bahamas", u"Bahamas", true },
    KnownName { u"Kenya", u"Kenya", true },
    KnownName { u"Haiti", u"Haiti", true },
    KnownName { u"Jamaica", u"Jamaica", true },
    KnownName { u"Canada", u"Canada", true },
    KnownName { u"Guatemala", u"Guatemala", true },
    KnownName { u"Bangladesh", u"Bangladesh", true },
    KnownName { u"Benin", u"Benin", true },
    KnownName { u"Chad", u"Chad", true },
    KnownName { u"Barbados", u"Barbados", true },
    KnownName { u"Mexico", u"Mexico", true },
    KnownName { u"Brazil", u"Brazil", true },
    KnownName { u"Chile", u"Chile", true },
    KnownName { u"Senegal", u"Senegal", true },
    KnownName { u"Spain", u"Spain", true },
    KnownName { u"France", u"France", true },
};

// Words after which a name is a place or a source rather than what the clause speaks of.
constexpr std::array prepositions { u"in", u"to", u"into", u"at", u"on", u"across", u"throughout", u"for", u"from",
    u"with", u"by", u"against", u"toward", u"towards", u"of", u"under", u"near", u"around", u"outside", u"inside",
    u"within", u"over", u"between", u"among", u"amongst", u"via", u"after", u"before", u"than", u"like", u"including",
    u"besides", u"beyond" };
// Words before a name that is a place: "in Veridia", "to Port Lune".
constexpr std::array placePrepositions { u"in", u"into", u"to", u"across", u"throughout", u"near", u"outside" };
// Compounds that make a name describe something else: "Kenya-led", "UN-backed".
constexpr std::array modifierSuffixes { u"led", u"backed", u"based", u"born", u"owned", u"run", u"funded", u"brokered",
    u"sponsored", u"supported", u"made" };
// Capitalised words that are never places.
constexpr std::array notPlaces { u"the", u"a", u"an", u"this", u"that", u"these", u"those", u"its", u"their", u"his",
    u"her", u"our", u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday", u"january",
    u"february", u"march", u"april", u"may", u"june", u"july", u"august", u"september", u"october", u"november",
    u"december", u"total", u"addition", u"order", u"response", u"charge", u"power", u"office", u"time" };
// Words a mission's or force's name holds.
constexpr std::array missionWords { u"mission", u"force", u"operation", u"support", u"stabilisation", u"stabilization",
    u"peacekeeping", u"security" };

bool isApostropheS(QStringView text, qsizetype end)
{
    return end + 1 < text.size() && isApostrophe(text.at(end)) && (text.at(end + 1) == u's' || text.at(end + 1) == u'S')
        && (end + 2 >= text.size() || !text.at(end + 2).isLetterOrNumber());
}

bool wordBoundaryAfter(QStringView text, qsizetype end)
{
    return end >= text.size() || !text.at(end).isLetterOrNumber();
}

// The word (with hyphens inside: "Port-au-Prince") that starts at pos.
qsizetype wordEnd(QStringView text, qsizetype pos)
{
    qsizetype end = pos;
    while (end < text.size() && continuesWord(text, end, text.size()))
        ++end;
    // A possessive ends the name: "Haiti's".
    if (end > pos + 2 && isApostrophe(text.at(end - 2)) && (text.at(end - 1) == u's' || text.at(end - 1) == u'S'))
        end -= 2;
    return end;
}

} // namespace

ArticleSubjects::ArticleSubjects(QStringView text, const QList<ArticleSentence>& sentences)
    : m_text(text)
{
    // "the capital, Port-au-Prince", "its capital Port-au-Prince", "Sel-Amara, the capital".
    static const QRegularExpression capital(
        QStringLiteral("\\bcapital,?\\s+(?<after>[A-Z][\\w\u2019'-]+(?:\\s+[A-Z][\\w\u2019'-]+)?)|(?<before>[A-Z]["
                       "\\w\u2019'-]+),\\s+(?:the|its)\\s+capital\\b"));
    const QRegularExpressionMatch found = capital.match(text);
    if (found.hasMatch())
        m_capital = found.captured(u"after").isEmpty() ? found.captured(u"before") : found.captured(u"after");
    findAcronyms();
    findPlaceNames();
    findNames();
    chooseMainSubject(sentences);
}

void ArticleSubjects::findAcronyms()
{
    // "Multinational Security Support (MSS) Mission", "the Regional Stabilisation Force (RSF)".
    const qsizetype n = m_text.size();
    for (qsizetype open = m_text.indexOf(u'('); open >= 0 && open < n; open = m_text.indexOf(u'(', open + 1)) {
        qsizetype close = open + 1;
        while (close < n && m_text.at(close).isUpper())
            ++close;
        const qsizetype length = close - open - 1;
        if (close >= n || m_text.at(close) != u')' || length < 2 || length > 6)
            continue;
        const QString acronym = m_text.mid(open + 1, length).toString();
        // The capitalised words before the bracket whose initials spell the acronym (a last word such as
        // "Mission" may follow them).
        QList<std::pair<qsizetype, qsizetype>> words;
        qsizetype pos = open;
        while (words.size() < length + 1) {
            qsizetype start = pos;
            const QStringView word = wordBefore(m_text, pos, 0, &start);
            if (word.isEmpty() || !word.at(0).isUpper())
                break;
            words.prepend({ start, start + word.size() });
            pos = start;
        }
        const auto initials = [&](qsizetype first, qsizetype count) {
            QString letters;
            for (qsizetype i = first; i < first + count; ++i)
                letters += m_text.at(words.at(i).first);
            return letters;
        };
        qsizetype first = -1;
        if (words.size() >= length && initials(words.size() - length, length) == acronym)
            first = words.size() - length;
        else if (words.size() >= length + 1 && initials(words.size() - length - 1, length) == acronym)
            first = words.size() - length - 1;
        if (first < 0)
            continue;
        const QString expansion
            = m_text.mid(words.at(first).first, words.at(length + first - 1).second - words.at(first).first).toString();
        m_defined.append({ acronym, expansion });
        // The words of the name and the one after the bracket say whether it is a mission or a force.
        QString nameWords = m_text.mid(words.at(first).first, open - words.at(first).first).toString();
        nameWords += u' ' + wordAfter(m_text, close + 1, n).toString();
        if (m_mission.isEmpty()) {
            for (const QString& word : nameWords.split(u' ', Qt::SkipEmptyParts)) {
                if (isOneOf(word, missionWords)) {
                    m_mission = acronym;
                    break;
                }
            }
        }
    }
}

void ArticleSubjects::findPlaceNames()
{
    // Places the text itself names: a capitalised name after "in", "to", "across": "in Veridia", "to Port Lune".
    QSet<QString> known;
    for (const KnownName& k : knownNames)
        known.insert(QString::fromUtf16(k.name));
    const qsizetype n = m_text.size();
    qsizetype pos = 0;
    while (pos < n) {
        if (!m_text.at(pos).isLetter() || (pos > 0 && m_text.at(pos - 1).isLetterOrNumber())) {
            ++pos;
            continue;
        }
        const qsizetype end = wordEnd(m_text, pos);
        const QStringView word = m_text.mid(pos, end - pos);
        pos = std::max(end, pos + 1);
        if (!isOneOf(word, placePrepositions) || !word.at(0).isLower())
            continue;
        qsizetype start = end;
        while (start < n && isBlank(m_text.at(start)))
            ++start;
        // Up to three capitalised words: "Port Lune", "San Isidro del Mar" stops at "del".
        qsizetype nameEnd = start;
        int words = 0;
        qsizetype p = start;
        while (p < n && words < 3 && m_text.at(p).isUpper()) {
            const qsizetype e = wordEnd(m_text, p);
            const QStringView w = m_text.mid(p, e - p);
            if (isOneOf(w, notPlaces) || englishMonthNumber(w) || w.size() < 3
                || std::all_of(w.begin(), w.end(), [](QChar c) { return c.isUpper() || c == u'.'; }))
                break;
            nameEnd = e;
            ++words;
            p = e;
            if (p < n && m_text.at(p) == u' ' && p + 1 < n && m_text.at(p + 1).isUpper())
                ++p;
            else
                break;
        }
        if (words == 0)
            continue;
        const QString name = m_text.mid(start, nameEnd - start).toString();
        if (known.contains(name))
            continue;
        bool defined = false;
        for (const auto& d : std::as_const(m_defined))
            defined = defined || d.second == name;
        if (!defined)
            m_defined.append({ name, name });
    }
}

void ArticleSubjects::findNames()
{
    struct Entry
    {
        QString name;
        QString subject;
        bool place = false;
        bool adjective = false;
    };
    QList<Entry> entries;
    for (const KnownName& k : knownNames)
        entries.append({ QString::fromUtf16(k.name), QString::fromUtf16(k.subject), k.place, false });
    for (const Demonym& d : demonyms)
        entries.append({ QString::fromUtf16(d.adjective), QString::fromUtf16(d.country), true, true });
    for (const auto& [name, expansion] : std::as_const(m_defined)) {
        const bool acronym = name != expansion;
        entries.append({ name, name, !acronym, false });
        if (acronym)
            entries.append({ expansion, name, false, false });
        if (!acronym) {
            // The adjective of a place the article names: "Veridia" gives "Veridian".
            QString stem = name;
            const QStringList endings = { QStringLiteral("n"), QStringLiteral("an"), QStringLiteral("ian"),
                QStringLiteral("ese"), QStringLiteral("i") };
            for (const QString& ending : endings)
                entries.append({ stem + ending, name, true, true });
            if (stem.endsWith(u'a') || stem.endsWith(u'e') || stem.endsWith(u'o')) {
                stem.chop(1);
                entries.append({ stem + QStringLiteral("an"), name, true, true });
                entries.append({ stem + QStringLiteral("ian"), name, true, true });
            }
        }
    }
    // "Haitian National Police", "Marovian National Police": a country's police named in full.
    const qsizetype adjectives = entries.size();
    for (qsizetype i = 0; i < adjectives; ++i) {
        if (!entries.at(i).adjective)
            continue;
        const QString full = entries.at(i).name + QStringLiteral(" National Police");
        if (m_text.contains(full)) {
            m_police.append({ entries.at(i).subject, full });
            entries.append({ full, full, false, false });
        }
    }
    std::stable_sort(
        entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name.size() > b.name.size(); });
    // Entries by their first letter, so each capitalised word is compared with few.
    QHash<QChar, QList<const Entry*>> byLetter;
    for (const Entry& e : std::as_const(entries))
        byLetter[e.name.at(0)].append(&e);

    const qsizetype n = m_text.size();
    qsizetype pos = 0;
    while (pos < n) {
        const QChar c = m_text.at(pos);
        if (!c.isLetter() || (pos > 0 && (m_text.at(pos - 1).isLetterOrNumber() || m_text.at(pos - 1) == u'.'))) {
            ++pos;
            continue;
        }
        if (c.isLower()) {
            // "other countries", "several other nations".
            const QStringView rest = m_text.mid(pos, 16);
            const bool others = rest.startsWith(u"other countries", Qt::CaseInsensitive)
                || rest.startsWith(u"other nations", Qt::CaseInsensitive);
            if (others) {
                SubjectMention m;
                m.start = pos;
                m.end = pos + (rest.startsWith(u"other countries", Qt::CaseInsensitive) ? 15 : 13);
                m.subject = QStringLiteral("Other contributing countries");
                m.others = true;
                m_mentions.append(m);
                pos = m.end;
                continue;
            }
            while (pos < n && m_text.at(pos).isLetterOrNumber())
                ++pos;
            continue;
        }
        const auto it = byLetter.constFind(c);
        const Entry* found = nullptr;
        if (it != byLetter.cend()) {
            for (const Entry* e : it.value()) {
                // A body's name of several words may be written in lower case: "a UN trust fund".
                const Qt::CaseSensitivity cs
                    = !e->place && e->name.contains(u' ') ? Qt::CaseInsensitive : Qt::CaseSensitive;
                if (m_text.mid(pos, e->name.size()).compare(e->name, cs) == 0
                    && (wordBoundaryAfter(m_text, pos + e->name.size()) || e->name.endsWith(u'.'))) {
                    found = e;
                    break;
                }
            }
        }
        if (!found) {
            while (pos < n && m_text.at(pos).isLetterOrNumber())
                ++pos;
            continue;
        }
        SubjectMention m;
        m.start = pos;
        m.end = pos + found->name.size();
        m.subject = found->subject;
        m.place = found->place;
        m.adjective = found->adjective;
        m.possessive = isApostropheS(m_text, m.end)
            || (found->name.endsWith(u's') && m.end < n && isApostrophe(m_text.at(m.end)));
        if (m.end + 1 < n && m_text.at(m.end) == u'-') {
            const QStringView after = wordAfter(m_text, m.end, n);
            m.modifier = isOneOf(after, modifierSuffixes) || (!after.isEmpty() && after.at(0).isLower());
        }
        // The word before, skipping "the".
        qsizetype before = pos;
        QStringView previous = wordBefore(m_text, pos, 0, &before);
        if (previous.compare(u"the", Qt::CaseInsensitive) == 0)
            previous = wordBefore(m_text, before, 0);
        m.afterPreposition = isOneOf(previous, prepositions) && previous.at(0).isLower();
        m_mentions.append(m);
        pos = m.end;
    }
}

void ArticleSubjects::chooseMainSubject(const QList<ArticleSentence>& sentences)
{
    QHash<QString, int> counts;
    QHash<QString, qsizetype> first;
    auto sentence = sentences.cbegin();
    for (const SubjectMention& m : std::as_const(m_mentions)) {
        while (sentence != sentences.cend() && sentence->start + sentence->length <= m.start)
            ++sentence;
        if (!m.place || m.modifier || (sentence != sentences.cend() && sentence->link && sentence->start <= m.start))
            continue;
        counts[m.subject] += 1;
        if (!first.contains(m.subject))
            first.insert(m.subject, m.start);
    }
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best || (it.value() == best && first.value(it.key()) < first.value(m_main))) {
            best = it.value();
            m_main = it.key();
        }
    }
    // The lead: the first sentence that is not a link.
    for (const ArticleSentence& s : sentences) {
        if (s.link)
            continue;
        for (const SubjectMention& m : mentionsIn(s.start, s.start + s.length))
            m_mainInLead = m_mainInLead || m.subject == m_main;
        break;
    }
}

QList<SubjectMention> ArticleSubjects::mentionsIn(qsizetype start, qsizetype end) const
{
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), start,
        [](const SubjectMention& m, qsizetype value) { return m.start < value; });
    QList<SubjectMention> found;
    for (; it != m_mentions.cend() && it->end <= end; ++it)
        found.append(*it);
    return found;
}

const SubjectMention* ArticleSubjects::mentionAt(qsizetype pos) const
{
    while (pos < m_text.size() && isBlank(m_text.at(pos)))
        ++pos;
    if (m_text.mid(pos, 4).compare(u"the ", Qt::CaseInsensitive) == 0)
        pos += 4;
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), pos,
        [](const SubjectMention& m, qsizetype value) { return m.start < value; });
    return it != m_mentions.cend() && it->start == pos ? &*it : nullptr;
}

QString ArticleSubjects::policeOf(const QString& country) const
{
    for (const auto& [c, full] : m_police) {
        if (c == country)
            return full;
    }
    return {};
}

} // namespace crisis::core::articles
