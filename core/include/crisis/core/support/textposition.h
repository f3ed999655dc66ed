#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>
#include <utility>
#include <vector>

namespace crisis::core {

/// A 1-based line and column (in characters) in a text file.
struct TextPosition
{
    int line = 1;
    int column = 1;
};

/// The line and column of a byte offset in UTF-8 text.
TextPosition textPositionOfByteOffset(const QByteArray& utf8, qsizetype offset);

/// The line and column of a UTF-16 index in text (columns count characters, not UTF-16 units).
TextPosition textPositionOfIndex(QStringView text, qsizetype utf16Index);

/// Line and column of many byte offsets in one UTF-8 text: the line by binary search, the column counted from
/// the line's start, or from the offset asked before when it is on the same line and earlier (so offsets asked
/// in order cost linear time in all, even on a single enormous line).
class TextPositions
{
public:
    explicit TextPositions(const QByteArray& utf8);
    TextPosition at(qsizetype offset) const;

private:
    const QByteArray& m_utf8;
    std::vector<qsizetype> m_lineStarts;
    mutable qsizetype m_lastOffset = 0;
    mutable TextPosition m_lastPosition;
};

/// The same for UTF-16 indexes in a text (columns count characters, not UTF-16 units): many positions in a long
/// text in linear time in all when they are asked in order.
class TextIndexPositions
{
public:
    explicit TextIndexPositions(QStringView text);
    TextPosition at(qsizetype utf16Index) const;

private:
    QStringView m_text;
    std::vector<qsizetype> m_lineStarts;
    mutable qsizetype m_lastIndex = 0;
    mutable TextPosition m_lastPosition;
};

/// Where the value at a JSON pointer ("/figures/3/period", RFC 6901) starts in a JSON document. When the
/// pointer leads nowhere, the position of the deepest value that exists on its way (so a missing member
/// is reported at its object). The document is assumed to be well-formed.
TextPosition locateJsonPointer(const QByteArray& json, QStringView pointer);
/// The same as a byte offset, searching from the value that starts at byte `from` (the pointer is then
/// relative to that value).
qsizetype locateJsonPointerOffset(const QByteArray& json, QStringView pointer, qsizetype from = 0);
/// Byte offsets of the elements of the array at a JSON pointer, found in one pass; empty when there is no
/// array there.
std::vector<qsizetype> jsonArrayElementOffsets(const QByteArray& json, QStringView pointer);
/// The text of the JSON string literal starting at byte `at` (its opening quote) as it stands in the file,
/// escapes and all, and the byte offset of its first character; nothing when there is no string there.
std::optional<std::pair<QByteArray, qsizetype>> rawJsonString(const QByteArray& json, qsizetype at);

} // namespace crisis::core
