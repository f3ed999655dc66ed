#pragma once

#include <crisis/core/support/problem.h>

#include <QByteArray>
#include <QString>

namespace crisis::core {

/// Text read from a file whatever its encoding, as UTF-8, with what was done to it.
struct DecodedText
{
    /// The text, UTF-8, without a byte order mark.
    QByteArray utf8;
    /// What the bytes were: "UTF-8", "UTF-8 with a byte order mark", "UTF-16LE", "UTF-16BE", "Windows-1252".
    QString encoding;
    /// What was repaired, in a sentence for the user; empty when the text needed nothing.
    QString repair;
};

/// Where offsets into the text start counting: 1 when the file starts with a UTF-8 byte order mark, which offsets
/// count (check-citations reads the file so), else 0.
inline qint64 codePointOffsetBase(const DecodedText& text)
{
    return text.encoding == u"UTF-8 with a byte order mark" ? 1 : 0;
}

/// Reads text in any encoding files come in: UTF-8 with or without a byte order mark, UTF-16 (with a byte
/// order mark, or without one when the zero bytes show it), Latin-1 or Windows-1252 (when the bytes are not
/// UTF-8), and UTF-8 that was decoded as Windows-1252 and encoded again ("â€™" for "’", "Ã©" for "é"), which
/// is repaired. A binary file (NUL bytes that are not UTF-16) or broken UTF-16 is an error at its place.
ParseResult<DecodedText> decodeText(const QByteArray& bytes, const QString& fileName);

/// Repairs runs of UTF-8 decoded as Windows-1252 ("â€™" → "’") in UTF-8 text; returns how many runs.
int repairDoubleEncoding(QByteArray& utf8);

} // namespace crisis::core
