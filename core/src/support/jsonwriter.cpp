#include <crisis/core/support/jsonwriter.h>

#include <charconv>
#include <cmath>

namespace crisis::core {

namespace {

// Characters a reader cannot see or tell apart from a space, escaped so a diff shows them.
bool isInvisible(char16_t c)
{
    return c < 0x20 || c == 0x7f || c == 0x00a0 || c == 0x00ad || (c >= 0x2000 && c <= 0x200f)
        || (c >= 0x2028 && c <= 0x202f) || (c >= 0x205f && c <= 0x2064) || c == 0xfeff;
}

void appendEscape(QByteArray& out, char16_t c)
{
    static const char hex[] = "0123456789abcdef";
    out += "\\u";
    out += hex[(c >> 12) & 0xf];
    out += hex[(c >> 8) & 0xf];
    out += hex[(c >> 4) & 0xf];
    out += hex[c & 0xf];
}

} // namespace

JsonWriter& JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.append({ false, true });
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    const Level level = m_levels.takeLast();
    if (!level.empty)
        newline();
    m_out += '}';
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.append({ true, true });
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    const Level level = m_levels.takeLast();
    if (!level.empty)
        newline();
    m_out += ']';
    return *this;
}

JsonWriter& JsonWriter::key(QStringView name)
{
    Level& level = m_levels.last();
    if (!level.empty)
        m_out += ',';
    level.empty = false;
    newline();
    appendString(m_out, name);
    m_out += ": ";
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(QStringView text)
{
    beforeValue();
    appendString(m_out, text);
    return *this;
}

JsonWriter& JsonWriter::value(double number)
{
    beforeValue();
    m_out += formatNumber(number);
    return *this;
}

JsonWriter& JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null()
{
    beforeValue();
    m_out += "null";
    return *this;
}

JsonWriter& JsonWriter::raw(const QByteArray& json)
{
    beforeValue();
    m_out += json.trimmed();
    return *this;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level& level = m_levels.last();
    if (!level.empty)
        m_out += ',';
    level.empty = false;
    newline();
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out += QByteArray(2 * m_levels.size(), ' ');
}

void JsonWriter::appendString(QByteArray& out, QStringView text)
{
    out += '"';
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        default:
            break;
        }
        if (isInvisible(c)) {
            appendEscape(out, c);
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += text.mid(i, 2).toUtf8();
            ++i;
        } else if (QChar::isSurrogate(c)) {
            appendEscape(out, c); // a lone surrogate: keep it, it cannot be UTF-8
        } else if (c < 0x80) {
            out += static_cast<char>(c);
        } else {
            out += QStringView(&text.data()[i], 1).toUtf8();
        }
    }
    out += '"';
}

QByteArray JsonWriter::formatNumber(double number)
{
    if (!std::isfinite(number))
        return "null";
    if (number == std::trunc(number) && std::fabs(number) < 9007199254740992.0)
        return QByteArray::number(static_cast<qint64>(number));
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    return QByteArray(buffer, static_cast<qsizetype>(result.ptr - buffer));
}

} // namespace crisis::core
