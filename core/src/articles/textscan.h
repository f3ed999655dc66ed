#pragma once

#include <QStringView>

#include <algorithm>
#include <array>

// Characters and words of an article's text, as the article reader reads them.
namespace crisis::core::articles {

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

} // namespace crisis::core::articles
