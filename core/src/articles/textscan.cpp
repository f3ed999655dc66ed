#include "textscan.h"

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

} // namespace crisis::core::articles
