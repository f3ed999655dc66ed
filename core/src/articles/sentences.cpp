#include "lexicon.h"

#include <crisis/core/articles/sentences.h>

#include <utility>

namespace crisis::core {

using namespace articles;

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029) || c == QChar(0x0085)
        || c == QChar(0x000b) || c == QChar(0x000c);
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

} // namespace

QList<ArticleSentence> splitSentences(QStringView text)
{
    return SentenceSplitter(text).split();
}

} // namespace crisis::core
