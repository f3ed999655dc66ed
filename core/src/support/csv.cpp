#include <crisis/core/support/csv.h>

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace crisis::core {

namespace {

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

CsvReader::CsvReader(std::string_view utf8, QString fileName, qsizetype maxRecordBytes)
    : m_text(utf8)
    , m_fileName(std::move(fileName))
    , m_maxRecordBytes(maxRecordBytes)
{
    // A byte order mark is not part of the first field.
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF")
        m_at = m_lineStart = 3;
}

bool CsvReader::fail(Problem::Kind kind, qsizetype at, const QString& detail)
{
    const auto [line, column] = positionOf(at);
    m_problem = Problem { Problem::Severity::Error, kind, m_fileName, line, column, detail };
    m_fields.clear();
    return false;
}

std::pair<int, int> CsvReader::positionOf(qsizetype offset) const
{
    int line = m_recordLine;
    qsizetype lineStart = m_recordLineStart;
    for (qsizetype i = m_recordStart; i < offset && i < static_cast<qsizetype>(m_text.size()); ++i) {
        const char c = m_text[static_cast<size_t>(i)];
        if (c == '\n' || (c == '\r' && (i + 1 >= static_cast<qsizetype>(m_text.size()) || m_text[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < offset && i < static_cast<qsizetype>(m_text.size()); ++i)
        column += isContinuationByte(m_text[static_cast<size_t>(i)]) ? 0 : 1;
    return { line, column };
}

std::pair<int, int> CsvReader::position(size_t field) const
{
    return positionOf(field < m_fieldStarts.size() ? m_fieldStarts[field] : m_recordStart);
}

void CsvReader::positions(std::vector<std::pair<int, int>>& out) const
{
    out.clear();
    out.reserve(m_fieldStarts.size());
    int line = m_recordLine;
    int column = 1;
    qsizetype at = m_recordLineStart;
    // The column of the record's start, counted from its line's start.
    for (; at < m_recordStart && at < static_cast<qsizetype>(m_text.size()); ++at)
        column += isContinuationByte(m_text[static_cast<size_t>(at)]) ? 0 : 1;
    for (const qsizetype start : m_fieldStarts) {
        for (; at < start && at < static_cast<qsizetype>(m_text.size()); ++at) {
            const char c = m_text[static_cast<size_t>(at)];
            if (c == '\n'
                || (c == '\r'
                    && (at + 1 >= static_cast<qsizetype>(m_text.size())
                        || m_text[static_cast<size_t>(at) + 1] != '\n'))) {
                ++line;
                column = 1;
            } else if (c != '\r' && !isContinuationByte(c)) {
                ++column;
            }
        }
        out.emplace_back(line, column);
    }
}

Problem CsvReader::problemAt(Problem::Kind kind, size_t field, const QString& detail) const
{
    const auto [line, column] = position(field);
    return Problem { Problem::Severity::Error, kind, m_fileName, line, column, detail };
}

bool CsvReader::next()
{
    const auto size = static_cast<qsizetype>(m_text.size());
    if (m_problem || m_at >= size)
        return false;
    m_fields.clear();
    m_fieldStarts.clear();
    m_unescaped.clear();
    m_recordStart = m_at;
    m_recordLine = m_line;
    m_recordLineStart = m_lineStart;
    const char* text = m_text.data();
    // Counts the line breaks in [from, to) (inside quoted fields).
    const auto countLines = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= size || text[i + 1] != '\n'))) {
                ++m_line;
                m_lineStart = i + 1;
            }
        }
    };
    // Fields as ranges first: views into m_unescaped are taken once it no longer grows.
    std::vector<Range>& ranges = m_ranges;
    ranges.clear();
    qsizetype recordEnd = size;
    for (;;) {
        const qsizetype fieldStart = m_at;
        m_fieldStarts.push_back(fieldStart);
        if (m_at < size && text[m_at] == '"') {
            const qsizetype open = m_at;
            const auto scratchBegin = static_cast<qsizetype>(m_unescaped.size());
            qsizetype segment = ++m_at;
            bool escaped = false;
            qsizetype contentEnd = 0;
            for (;;) {
                const void* found = std::memchr(text + m_at, '"', static_cast<size_t>(size - m_at));
                if (!found || static_cast<const char*>(found) - text - m_recordStart > m_maxRecordBytes) {
                    if (found)
                        return fail(Problem::Kind::LimitExceeded, open,
                            QStringLiteral("a record longer than %1 bytes: is this a CSV file?")
                                .arg(QLocale::c().toString(m_maxRecordBytes)));
                    return fail(
                        Problem::Kind::Syntax, open, QStringLiteral("this quote is never closed (unbalanced quotes)"));
                }
                const qsizetype quote = static_cast<const char*>(found) - text;
                countLines(m_at, quote);
                if (quote + 1 < size && text[quote + 1] == '"') {
                    // A doubled quote stands for one.
                    m_unescaped.append(text + segment, static_cast<size_t>(quote + 1 - segment));
                    escaped = true;
                    m_at = segment = quote + 2;
                    continue;
                }
                contentEnd = quote;
                m_at = quote + 1;
                break;
            }
            if (escaped) {
                m_unescaped.append(text + segment, static_cast<size_t>(contentEnd - segment));
                ranges.push_back({ scratchBegin, static_cast<qsizetype>(m_unescaped.size()) - scratchBegin, true });
            } else {
                ranges.push_back({ open + 1, contentEnd - open - 1, false });
            }
            if (m_at < size && text[m_at] != ',' && text[m_at] != '\r' && text[m_at] != '\n') {
                // Text after a quote that closed lines later: the quote that opened it is the stray one.
                if (m_line != positionOf(open).first)
                    return fail(Problem::Kind::Syntax, open,
                        QStringLiteral("unbalanced quotes: the quote here closes only on line %1").arg(m_line));
                return fail(Problem::Kind::Syntax, m_at,
                    QStringLiteral("text after the closing quote of a field: quote the whole field, and write each "
                                   "quote inside it twice"));
            }
        } else {
            qsizetype end = m_at;
            while (end < size && text[end] != ',' && text[end] != '\n' && text[end] != '\r')
                ++end;
            ranges.push_back({ fieldStart, end - fieldStart, false });
            m_at = end;
        }
        if (m_at - m_recordStart > m_maxRecordBytes)
            return fail(Problem::Kind::LimitExceeded, fieldStart,
                QStringLiteral("a record longer than %1 bytes: is this a CSV file?")
                    .arg(QLocale::c().toString(m_maxRecordBytes)));
        if (m_at >= size) {
            recordEnd = size;
            break;
        }
        if (text[m_at] == ',') {
            if (static_cast<qsizetype>(ranges.size()) >= maxFields)
                return fail(Problem::Kind::LimitExceeded, m_at,
                    QStringLiteral("a record of more than %1 fields: is this a CSV file?")
                        .arg(QLocale(QLocale::English).toString(maxFields)));
            ++m_at;
            continue;
        }
        // The end of the record: CRLF, LF or CR.
        recordEnd = m_at;
        m_at += (text[m_at] == '\r' && m_at + 1 < size && text[m_at + 1] == '\n') ? 2 : 1;
        ++m_line;
        m_lineStart = m_at;
        break;
    }
    m_recordText = m_text.substr(static_cast<size_t>(m_recordStart), static_cast<size_t>(recordEnd - m_recordStart));
    m_fields.reserve(ranges.size());
    for (const Range& range : ranges) {
        const char* base = range.unescaped ? m_unescaped.data() : text;
        m_fields.emplace_back(base + range.begin, static_cast<size_t>(range.length));
    }
    return true;
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvRecord(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',') + QStringLiteral("\r\n");
}

void appendCsvField(std::string& out, std::string_view utf8)
{
    if (utf8.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(utf8);
        return;
    }
    out.push_back('"');
    for (const char c : utf8) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

QString spreadsheetCell(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return text;
    const QByteArray utf8 = text.toUtf8();
    if (first == u'-' && parseCsvNumber(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size()))))
        return text; // a negative number, which a spreadsheet reads as one
    return u'\'' + text;
}

QString spreadsheetRecord(const QStringList& fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString& field : fields)
        cells.append(spreadsheetCell(field));
    return csvRecord(cells);
}

// A number as a table holds it: "2728", "2,728", "112.5", "-3", "1.5e6"; nothing otherwise.
std::optional<double> parseCsvNumber(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.empty())
        return std::nullopt;
    if (text.find(',') == std::string_view::npos) {
        double value = 0;
        const char* end = text.data() + text.size();
        const auto [stopped, error] = std::from_chars(text.data(), end, value);
        if (error == std::errc() && stopped == end && std::isfinite(value))
            return value;
        return std::nullopt;
    }
    std::string digits;
    digits.reserve(text.size());
    // Thousands separators only in their places: "2,728", "1,000,000.5".
    const size_t point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    if (whole.find(',') != std::string_view::npos) {
        size_t groupEnd = whole.size();
        for (size_t i = whole.size(); i > 0; --i) {
            if (whole[i - 1] == ',') {
                if (groupEnd - i != 3 || i == 1)
                    return std::nullopt;
                groupEnd = i - 1;
            }
        }
        for (const char c : text) {
            if (c != ',')
                digits.push_back(c);
        }
    } else {
        digits.assign(text);
    }
    double value = 0;
    const auto [stopped, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || stopped != digits.data() + digits.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace crisis::core
