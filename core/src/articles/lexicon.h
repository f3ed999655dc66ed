#pragma once

#include <crisis/core/model/vocabulary.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <optional>

// The words the article reader knows: how a word is read out of the text, qualifiers, the words that name a
// metric, the words that make a number something other than a figure, and the adjectives that name a country.
namespace crisis::core::articles {

// ---------------------------------------------------------------------------------------------------------------
// Characters and words

inline bool isBlank(QChar c)
{
    // A byte order mark or a zero-width space at a line's start is not part of a sentence.
    return c.isSpace() || c == QChar(0xfeff) || c == QChar(0x200b);
}

inline bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

inline bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

// Inside a word: letters and digits, and an apostrophe or hyphen between two of them ("Haiti's", "Port-au-Prince").
inline bool continuesWord(QStringView text, qsizetype i, qsizetype end)
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
QStringView wordBefore(QStringView text, qsizetype pos, qsizetype limit, qsizetype* wordStart = nullptr);

// The letters (or digits) of the word that starts after pos, skipping blanks or one hyphen ("14-year-old" gives
// "year"); empty if the next character is anything else or lies at or after `limit`.
QStringView wordAfter(QStringView text, qsizetype pos, qsizetype limit, qsizetype* wordEnd = nullptr);

// ---------------------------------------------------------------------------------------------------------------
// Qualifiers

// The qualifier written right before the number at pos, as its start; pos when there is none.
qsizetype qualifierStart(QStringView text, qsizetype pos, qsizetype limit);

// ---------------------------------------------------------------------------------------------------------------
// Metric words

// Metric words split into words, each word a list of alternatives (a trailing * matches any ending), with the key
// of the metric they name.
struct CompiledStem
{
    QList<QStringList> words;
    QString key;
};

// The metric words, longest first.
const QList<CompiledStem>& compiledStems();

bool wordMatches(const QString& lower, const QStringList& alternatives);

// Whether a word can start metric words: most words cannot, and are passed over at the cost of one lookup.
bool mayStartMetricWords(const QString& lower);

// ---------------------------------------------------------------------------------------------------------------
// An event's status

// Where a sentence says an event is due ("is expected to", "set to expire", "in the coming weeks") or sought
// ("recommended", "called for", "discussions about"): the first such words in it.
struct StatusWords
{
    EventStatus status = EventStatus::Expected;
    qsizetype start = 0;
    qsizetype length = 0;
};
std::optional<StatusWords> eventStatusWords(QStringView sentence);

// ---------------------------------------------------------------------------------------------------------------
// Words around a number

// Nouns a count may stand before ("2000 people") which make a four-digit number a count rather than a year.
inline constexpr std::array countNouns { u"people", u"persons", u"cases", u"victims", u"children", u"women", u"men",
    u"residents", u"families", u"households", u"civilians", u"migrants", u"members", u"more", u"additional", u"others",
    u"new" };
// Words before a year: "in 2023", "since 2016", "the 2021 assassination".
inline constexpr std::array yearWords { u"in", u"since", u"by", u"until", u"till", u"from", u"to", u"during",
    u"between", u"and", u"of", u"before", u"after", u"early", u"late", u"mid", u"throughout", u"year", u"fiscal" };
// Words before a number that name it rather than count: "Resolution 2699", "No. 5".
inline constexpr std::array referenceWords { u"resolution", u"resolutions", u"no", u"nos", u"number", u"article",
    u"section", u"chapter", u"page", u"pages", u"paragraph", u"para", u"flight", u"route", u"highway", u"room",
    u"phase", u"level", u"category", u"grade", u"decree", u"law", u"act", u"bill", u"item", u"model", u"version",
    u"episode", u"season", u"volume", u"vol", u"tier", u"stage", u"district", u"zone", u"sector", u"precinct",
    u"platoon", u"battalion", u"unit", u"code", u"rule", u"step", u"verse", u"p", u"pp", u"id" };
inline constexpr std::array ageWords { u"aged", u"age", u"ages" };
// After a number, words that make it a duration, an age or a time rather than a figure.
inline constexpr std::array durationWords { u"year", u"years", u"month", u"months", u"week", u"weeks", u"day", u"days",
    u"hour", u"hours", u"minute", u"minutes", u"seconds", u"decade", u"decades", u"century", u"centuries", u"am", u"pm",
    u"gmt", u"utc", u"hrs", u"o'clock", u"o’clock" };
// Before "half", "third", "quarter": an ordinal makes it a part of a period, not a fraction.
inline constexpr std::array ordinalWords { u"first", u"second", u"third", u"fourth", u"last", u"latter", u"former",
    u"final", u"1st", u"2nd", u"3rd", u"4th" };
inline constexpr std::array fractionLeads { u"a", u"one", u"two", u"three" };
// After "half" etc.: words that make a length of time.
inline constexpr std::array halfNouns { u"time", u"hour", u"day", u"week", u"month", u"year", u"century", u"decade",
    u"way", u"mast", u"dozen" };
// Words right after a number that are not the thing counted ("600 more police officers").
inline constexpr std::array countFillers { u"more", u"additional", u"other", u"extra", u"new" };

// After a number: words that make it added to a total ("600 more officers").
inline constexpr std::array additionWords { u"more", u"additional", u"extra" };
// After a number and capitalised words: a street's ("14 Rue Capois", "25 Main Street").
inline constexpr std::array streetWords { u"street", u"st", u"avenue", u"ave", u"road", u"rd", u"boulevard", u"blvd",
    u"lane", u"drive", u"rue", u"route", u"highway", u"way", u"place", u"square", u"alley" };
// Words that make a count of countries those that signed or asked, not those that sent.
inline constexpr std::array signingWords { u"letter", u"letters", u"signed", u"co-signed", u"cosigned", u"signatories",
    u"signatory", u"wrote", u"asked", u"urged", u"appealed", u"statement", u"declaration" };
inline constexpr std::array sendingWords { u"sent", u"send", u"sending", u"deployed", u"deploy", u"contributed",
    u"contribute", u"contributing", u"troops", u"personnel", u"police", u"officers", u"soldiers" };
// Words that open a relative clause: a date in one is not the date of a number outside it.
inline constexpr std::array relativeWords { u"which", u"who", u"whom", u"whose", u"where", u"when" };
// Words that say a total's parts follow: "including 247 women", "among them 58 boys".
inline constexpr std::array partsWords { u"including", u"includes", u"included", u"among" };
// Words before the part a share counts: "half of whom are children".
inline constexpr std::array copulaWords { u"are", u"were", u"is", u"was" };

// Status words around a number: what happened or holds, a promise, a goal, a new goal.
inline constexpr std::array actualWords { u"sent", u"deployed", u"arrived", u"patrolling", u"stationed", u"serving",
    u"available", u"allocated", u"raised", u"spent", u"disbursed", u"received", u"currently", u"now" };
inline constexpr std::array pledgeWords { u"pledge", u"pledged", u"pledges", u"pledging", u"promise", u"promised",
    u"promises", u"promising", u"commitment", u"commitments", u"committed", u"commit", u"plan", u"plans", u"planned",
    u"planning", u"intend", u"intends", u"intended", u"offer", u"offered", u"offers", u"would", u"will" };
inline constexpr std::array targetWords { u"goal", u"goals", u"target", u"targets", u"aim", u"aims", u"aimed", u"hoped",
    u"hopes", u"hope", u"envisaged", u"envisioned", u"planned-for" };
inline constexpr std::array newTargetWords { u"doubling", u"double", u"tripling", u"triple", u"proposed", u"proposes",
    u"propose" };
// Words near a total: "a total of", "the total Kenyan contingent".
inline constexpr std::array totalWords { u"total", u"totals", u"overall", u"altogether" };

// Words that make deaths and injuries those of an accident or a disaster, not of violence.
inline constexpr std::array accidentWords { u"crash", u"crashes", u"accident", u"accidents", u"collision", u"flood",
    u"floods", u"flooding", u"earthquake", u"storm", u"hurricane", u"landslide", u"landslides", u"fire", u"fires",
    u"drowned", u"drowning", u"capsized", u"derailed", u"disease", u"outbreak" };
// After a percentage: words that make it a change, not a share ("a 12 percent rise").
inline constexpr std::array changeWords { u"rise", u"rises", u"increase", u"increases", u"drop", u"drops", u"fall",
    u"falls", u"decline", u"declines", u"jump", u"jumps", u"surge", u"growth", u"higher", u"lower", u"more", u"less",
    u"up", u"down", u"cut", u"cuts", u"hike", u"gain", u"loss" };
// After a body's name: words that make it the one who reports ("police said").
inline constexpr std::array reportingWords { u"said", u"say", u"says", u"told", u"reported", u"reports", u"stated",
    u"added", u"announced", u"confirmed", u"estimated", u"recorded", u"counted" };
// Participles that do not end in -ed and open a clause that describes a noun: "set up in 2023".
inline constexpr std::array participleWords { u"set", u"made", u"known", u"held", u"led", u"begun", u"built", u"given",
    u"taken", u"founded", u"written", u"seen", u"chosen", u"drawn", u"sent" };
// After a number: "of them", "of the dead": a part of a figure stated before.
inline constexpr std::array partOfWords { u"them", u"whom", u"those", u"these", u"the" };

struct Demonym
{
    const char16_t* adjective;
    const char16_t* country;
};
inline constexpr std::array demonyms {
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

} // namespace crisis::core::articles
