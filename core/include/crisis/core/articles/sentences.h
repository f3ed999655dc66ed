#pragma once

#include <QList>
#include <QStringView>

namespace crisis::core {

/// A span of an article's text taken as one sentence.
struct ArticleSentence
{
    /// UTF-16 index and length in the text; the span starts and ends with a non-space character.
    qsizetype start = 0;
    qsizetype length = 0;
    /// Offset of start in code points.
    qint64 codePointOffset = 0;
    /// True for a line that links to another article ("READ MORE: ...", "WATCH: ...").
    bool link = false;

    friend bool operator==(const ArticleSentence& a, const ArticleSentence& b)
    {
        return a.start == b.start && a.length == b.length && a.codePointOffset == b.codePointOffset && a.link == b.link;
    }
};

/// Splits plain text into sentences: at . ! ? (not after "Sept.", "U.N.", "Mr." or inside "1.5"), at a blank
/// line, and at the end of a line unless the next line continues a hard-wrapped sentence.
QList<ArticleSentence> splitSentences(QStringView text);

} // namespace crisis::core
