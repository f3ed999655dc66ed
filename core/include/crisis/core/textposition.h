#pragma once

#include <QByteArray>
#include <QStringView>

namespace crisis::core {

/// A 1-based line and column (in characters) in a text file.
struct TextPosition
{
    int line = 1;
    int column = 1;
};

/// The line and column of a byte offset in UTF-8 text.
TextPosition textPositionOfByteOffset(const QByteArray& utf8, qsizetype offset);

/// Where the value at a JSON pointer ("/figures/3/period", RFC 6901) starts in a JSON document. When the
/// pointer leads nowhere, the position of the deepest value that exists on its way (so a missing member
/// is reported at its object). The document is assumed to be well-formed.
TextPosition locateJsonPointer(const QByteArray& json, QStringView pointer);

} // namespace crisis::core
