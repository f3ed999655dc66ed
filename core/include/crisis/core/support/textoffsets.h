#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace crisis::core {

// Offsets in our files count Unicode characters (code points); QString indexes UTF-16 units. These convert.

/// Number of code points in text.
qint64 codePointLength(QStringView text);
/// The UTF-16 index of the code point at codePointOffset, or -1 if the text is shorter.
/// An offset equal to the length gives text.size().
qsizetype utf16IndexOfCodePoint(QStringView text, qint64 codePointOffset);
/// The code point offset of the UTF-16 index (which must not split a surrogate pair).
qint64 codePointOffsetOfIndex(QStringView text, qsizetype utf16Index);

/// Decodes UTF-8 strictly: nothing if the bytes are not valid UTF-8. A leading byte order mark is kept,
/// because offsets count it.
std::optional<QString> decodeUtf8Strict(const QByteArray& bytes);

} // namespace crisis::core
