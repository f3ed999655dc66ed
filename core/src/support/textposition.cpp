#include <crisis/core/support/textposition.h>

#include <QList>
#include <QString>

#include <algorithm>

namespace crisis::core {

namespace {

// A forward-only reader over well-formed JSON that skips values without building them.
class JsonScanner
{
public:
    explicit JsonScanner(const QByteArray& json, qsizetype from = 0)
        : m_begin(json.constData())
        , m_pos(json.constData() + std::clamp<qsizetype>(from, 0, json.size()))
        , m_end(json.constData() + json.size())
    { }

    qsizetype offset() const { return m_pos - m_begin; }
    bool atEnd() const { return m_pos >= m_end; }
    char peek() const { return atEnd() ? '\0' : *m_pos; }
    void advance() { ++m_pos; }

    void skipWhitespace()
    {
        while (!atEnd() && (*m_pos == ' ' || *m_pos == '\t' || *m_pos == '\n' || *m_pos == '\r'))
            ++m_pos;
    }

    bool consume(char c)
    {
        skipWhitespace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // Reads a string literal at the current position into UTF-8, decoding escapes.
    bool readString(QByteArray& out)
    {
        if (peek() != '"')
            return false;
        ++m_pos;
        QString decoded;
        QByteArray raw;
        while (!atEnd() && *m_pos != '"') {
            if (*m_pos == '\\' && m_pos + 1 < m_end) {
                const char e = m_pos[1];
                m_pos += 2;
                switch (e) {
                case 'n':
                    raw += '\n';
                    break;
                case 't':
                    raw += '\t';
                    break;
                case 'r':
                    raw += '\r';
                    break;
                case 'b':
                    raw += '\b';
                    break;
                case 'f':
                    raw += '\f';
                    break;
                case 'u': {
                    if (m_end - m_pos < 4)
                        return false;
                    bool ok = false;
                    const char16_t unit = static_cast<char16_t>(QByteArray(m_pos, 4).toUInt(&ok, 16));
                    m_pos += 4;
                    raw += QString(QChar(unit)).toUtf8();
                    break;
                }
                default:
                    raw += e;
                    break;
                }
            } else {
                raw += *m_pos++;
            }
        }
        if (atEnd())
            return false;
        ++m_pos;
        out = raw;
        return true;
    }

    bool skipValue()
    {
        skipWhitespace();
        const char c = peek();
        if (c == '"') {
            QByteArray ignored;
            return readString(ignored);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char d = *m_pos;
                if (d == '"') {
                    QByteArray ignored;
                    if (!readString(ignored))
                        return false;
                    continue;
                }
                ++m_pos;
                if (d == '{' || d == '[')
                    ++depth;
                else if ((d == '}' || d == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        // number, true, false, null
        while (!atEnd() && *m_pos != ',' && *m_pos != '}' && *m_pos != ']' && *m_pos != ' ' && *m_pos != '\n'
            && *m_pos != '\r' && *m_pos != '\t')
            ++m_pos;
        return true;
    }

private:
    const char* m_begin;
    const char* m_pos;
    const char* m_end;
};

QList<QByteArray> pointerTokens(QStringView pointer)
{
    QList<QByteArray> tokens;
    if (pointer.isEmpty())
        return tokens;
    const auto parts = pointer.split(u'/');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QString token = parts.at(i).toString();
        token.replace(QStringLiteral("~1"), QStringLiteral("/"));
        token.replace(QStringLiteral("~0"), QStringLiteral("~"));
        tokens.append(token.toUtf8());
    }
    return tokens;
}

// Moves the scanner to the start of the member or element named by token; false if there is none.
bool enter(JsonScanner& scanner, const QByteArray& token)
{
    scanner.skipWhitespace();
    if (scanner.peek() == '{') {
        scanner.advance();
        if (scanner.consume('}'))
            return false;
        while (true) {
            scanner.skipWhitespace();
            QByteArray key;
            if (!scanner.readString(key) || !scanner.consume(':'))
                return false;
            scanner.skipWhitespace();
            if (key == token)
                return true;
            if (!scanner.skipValue() || !scanner.consume(','))
                return false;
        }
    }
    if (scanner.peek() == '[') {
        bool ok = false;
        const int index = token.toInt(&ok);
        if (!ok || index < 0)
            return false;
        scanner.advance();
        if (scanner.consume(']'))
            return false;
        for (int i = 0; i < index; ++i) {
            if (!scanner.skipValue() || !scanner.consume(','))
                return false;
        }
        scanner.skipWhitespace();
        return true;
    }
    return false;
}

} // namespace

TextPosition textPositionOfByteOffset(const QByteArray& utf8, qsizetype offset)
{
    TextPosition position;
    const qsizetype end = std::min(offset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(utf8.at(i));
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++position.column; // continuation bytes do not start a character
        }
    }
    return position;
}

TextIndexPositions::TextIndexPositions(QStringView text)
    : m_text(text)
{
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n')
            m_lineStarts.push_back(i + 1);
    }
}

TextPosition TextIndexPositions::at(qsizetype utf16Index) const
{
    utf16Index = std::clamp<qsizetype>(utf16Index, 0, m_text.size());
    const auto line = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), utf16Index) - m_lineStarts.begin();
    const qsizetype lineStart = m_lineStarts[static_cast<size_t>(line - 1)];
    qsizetype from = lineStart;
    TextPosition position { static_cast<int>(line), 1 };
    if (m_lastIndex >= lineStart && m_lastIndex <= utf16Index && m_lastPosition.line == position.line) {
        from = m_lastIndex;
        position = m_lastPosition;
    }
    for (qsizetype i = from; i < utf16Index; ++i)
        position.column += m_text.at(i).isLowSurrogate() ? 0 : 1;
    m_lastIndex = utf16Index;
    m_lastPosition = position;
    return position;
}

TextPosition textPositionOfIndex(QStringView text, qsizetype utf16Index)
{
    TextPosition position;
    for (qsizetype i = 0; i < utf16Index && i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            ++position.line;
            position.column = 1;
        } else if (!text.at(i).isLowSurrogate()) {
            ++position.column;
        }
    }
    return position;
}

TextPositions::TextPositions(const QByteArray& utf8)
    : m_utf8(utf8)
{
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) == '\n')
            m_lineStarts.push_back(i + 1);
    }
}

TextPosition TextPositions::at(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_utf8.size());
    const auto line = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset) - m_lineStarts.begin();
    const qsizetype lineStart = m_lineStarts[static_cast<size_t>(line - 1)];
    qsizetype from = lineStart;
    TextPosition position { static_cast<int>(line), 1 };
    if (m_lastOffset >= lineStart && m_lastOffset <= offset && m_lastPosition.line == position.line) {
        from = m_lastOffset;
        position = m_lastPosition;
    }
    for (qsizetype i = from; i < offset; ++i)
        position.column += (static_cast<unsigned char>(m_utf8.at(i)) & 0xC0) != 0x80 ? 1 : 0;
    m_lastOffset = offset;
    m_lastPosition = position;
    return position;
}

TextPosition locateJsonPointer(const QByteArray& json, QStringView pointer)
{
    return textPositionOfByteOffset(json, locateJsonPointerOffset(json, pointer, 0));
}

qsizetype locateJsonPointerOffset(const QByteArray& json, QStringView pointer, qsizetype from)
{
    JsonScanner scanner(json, from);
    scanner.skipWhitespace();
    qsizetype found = scanner.offset();
    for (const QByteArray& token : pointerTokens(pointer)) {
        if (!enter(scanner, token))
            break;
        found = scanner.offset();
    }
    return found;
}

std::vector<qsizetype> jsonArrayElementOffsets(const QByteArray& json, QStringView pointer)
{
    std::vector<qsizetype> offsets;
    JsonScanner scanner(json);
    scanner.skipWhitespace();
    for (const QByteArray& token : pointerTokens(pointer)) {
        if (!enter(scanner, token))
            return offsets;
    }
    scanner.skipWhitespace();
    if (!scanner.consume('['))
        return offsets;
    if (scanner.consume(']'))
        return offsets;
    while (true) {
        scanner.skipWhitespace();
        offsets.push_back(scanner.offset());
        if (!scanner.skipValue() || !scanner.consume(','))
            return offsets;
    }
}

std::optional<std::pair<QByteArray, qsizetype>> rawJsonString(const QByteArray& json, qsizetype at)
{
    if (at < 0 || at >= json.size() || json.at(at) != '"')
        return std::nullopt;
    for (qsizetype i = at + 1; i < json.size(); ++i) {
        if (json.at(i) == '\\')
            ++i;
        else if (json.at(i) == '"')
            return std::pair { json.mid(at + 1, i - at - 1), at + 1 };
    }
    return std::nullopt;
}

} // namespace crisis::core
