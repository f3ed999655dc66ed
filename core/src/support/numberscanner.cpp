#include <crisis/core/support/numberscanner.h>

#include <QString>

#include <array>
#include <cmath>
#include <utility>

namespace crisis::core {

namespace {

constexpr std::array numberWords {
    std::pair { u"one", 1.0 },
    std::pair { u"two", 2.0 },
    std::pair { u"three", 3.0 },
    std::pair { u"four", 4.0 },
    std::pair { u"five", 5.0 },
    std::pair { u"six", 6.0 },
    std::pair { u"seven", 7.0 },
    std::pair { u"eight", 8.0 },
    std::pair { u"nine", 9.0 },
    std::pair { u"ten", 10.0 },
    std::pair { u"eleven", 11.0 },
    std::pair { u"twelve", 12.0 },
    std::pair { u"thirteen", 13.0 },
    std::pair { u"fourteen", 14.0 },
    std::pair { u"fifteen", 15.0 },
    std::pair { u"sixteen", 16.0 },
    std::pair { u"seventeen", 17.0 },
    std::pair { u"eighteen", 18.0 },
    std::pair { u"nineteen", 19.0 },
    std::pair { u"twenty", 20.0 },
    std::pair { u"thirty", 30.0 },
    std::pair { u"forty", 40.0 },
    std::pair { u"fifty", 50.0 },
    std::pair { u"hundred", 100.0 },
    std::pair { u"dozen", 12.0 },
    std::pair { u"half", 0.5 },
    std::pair { u"third", 1.0 / 3.0 },
    std::pair { u"quarter", 0.25 },
};

constexpr std::array scaleWords {
    std::pair { u"thousand", 1e3 },
    std::pair { u"million", 1e6 },
    std::pair { u"billion", 1e9 },
    std::pair { u"trillion", 1e12 },
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Length of the word at pos if it is `word` (case-insensitive) and stands alone, else 0.
qsizetype matchWord(QStringView text, qsizetype pos, QStringView word)
{
    const qsizetype end = pos + word.size();
    if (end > text.size() || text.mid(pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return 0;
    if (end < text.size() && isWordChar(text.at(end)))
        return 0;
    return word.size();
}

// Skips spaces (including no-break spaces) from pos.
qsizetype skipSpaces(QStringView text, qsizetype pos)
{
    while (pos < text.size() && (text.at(pos) == u' ' || text.at(pos) == QChar(0x00a0)))
        ++pos;
    return pos;
}

// After a number ending at pos: a scale word ("million") and a percent sign or word.
void readSuffixes(QStringView text, qsizetype& end, NumberMention& mention)
{
    // Money written short: "$40m", "$2bn", "$5k".
    if (mention.currency && end > 0 && isDigit(text.at(end - 1))) {
        static constexpr std::array shortScales { std::pair { u"bn", 1e9 }, std::pair { u"tn", 1e12 },
            std::pair { u"mn", 1e6 }, std::pair { u"m", 1e6 }, std::pair { u"k", 1e3 } };
        for (const auto& [suffix, scale] : shortScales) {
            if (const qsizetype n = matchWord(text, end, suffix)) {
                mention.value *= scale;
                end += n;
                return;
            }
        }
    }
    qsizetype pos = skipSpaces(text, end);
    for (const auto& [word, scale] : scaleWords) {
        if (const qsizetype n = matchWord(text, pos, word)) {
            mention.value *= scale;
            end = pos + n;
            pos = skipSpaces(text, end);
            break;
        }
    }
    if (end < text.size() && text.at(end) == u'%') {
        mention.percent = true;
        ++end;
    } else if (const qsizetype n = matchWord(text, pos, u"percent")) {
        mention.percent = true;
        end = pos + n;
    }
}

bool sameValue(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

} // namespace

QList<NumberMention> scanNumbers(QStringView text)
{
    QList<NumberMention> mentions;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        const bool wordStart = pos == 0 || !isWordChar(text.at(pos - 1));
        if (isDigit(c) && (pos == 0 || (!isDigit(text.at(pos - 1)) && text.at(pos - 1) != u'.'))) {
            NumberMention mention;
            mention.start = pos;
            if (pos > 0 && text.at(pos - 1) == u'$') {
                mention.currency = true;
                --mention.start;
            }
            // Digits with thousands separators (groups of three after a comma) and a decimal part.
            QString digits;
            qsizetype end = pos;
            while (end < text.size()) {
                if (isDigit(text.at(end))) {
                    digits += text.at(end++);
                } else if (text.at(end) == u',' && end + 3 < text.size() && isDigit(text.at(end + 1))
                    && isDigit(text.at(end + 2)) && isDigit(text.at(end + 3))
                    && (end + 4 >= text.size() || !isDigit(text.at(end + 4)))) {
                    ++end;
                } else {
                    break;
                }
            }
            if (end + 1 < text.size() && text.at(end) == u'.' && isDigit(text.at(end + 1))) {
                digits += u'.';
                ++end;
                while (end < text.size() && isDigit(text.at(end)))
                    digits += text.at(end++);
            }
            mention.value = digits.toDouble();
            readSuffixes(text, end, mention);
            mention.length = end - mention.start;
            mentions.append(mention);
            pos = end;
            continue;
        }
        if (wordStart && c.isLetter()) {
            bool matched = false;
            for (const auto& [word, number] : numberWords) {
                if (const qsizetype n = matchWord(text, pos, word)) {
                    NumberMention mention;
                    mention.start = pos;
                    mention.value = number;
                    mention.words = true;
                    qsizetype end = pos + n;
                    if (number >= 1)
                        readSuffixes(text, end, mention);
                    mention.length = end - pos;
                    mentions.append(mention);
                    pos = end;
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
            while (pos < text.size() && isWordChar(text.at(pos)))
                ++pos;
            continue;
        }
        ++pos;
    }
    return mentions;
}

bool isValueWrittenIn(double value, QStringView text)
{
    const QList<NumberMention> mentions = scanNumbers(text);
    for (const NumberMention& mention : mentions) {
        if (sameValue(mention.value, value) || (mention.percent && sameValue(mention.value / 100.0, value)))
            return true;
    }
    return false;
}

} // namespace crisis::core
