#include <crisis/core/support/textoffsets.h>

#include <QStringDecoder>

namespace crisis::core {

qint64 codePointLength(QStringView text)
{
    return codePointOffsetOfIndex(text, text.size());
}

qsizetype utf16IndexOfCodePoint(QStringView text, qint64 codePointOffset)
{
    if (codePointOffset < 0)
        return -1;
    qsizetype index = 0;
    for (qint64 n = 0; n < codePointOffset; ++n) {
        if (index >= text.size())
            return -1;
        const bool pair
            = text.at(index).isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate();
        index += pair ? 2 : 1;
    }
    return index;
}

qint64 codePointOffsetOfIndex(QStringView text, qsizetype utf16Index)
{
    qint64 count = 0;
    const qsizetype end = std::min(utf16Index, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        // The low half of a pair does not start a code point.
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            continue;
        ++count;
    }
    return count;
}

std::optional<QString> decodeUtf8Strict(const QByteArray& bytes)
{
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace crisis::core
