#pragma once

#include <crisis/core/support/problem.h>

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crisis::core {

/// Reads CSV as RFC 4180 has it, from UTF-8 text: fields separated by commas, a field in double quotes may hold
/// commas, line breaks and quotes (written twice); records end with CRLF, LF or CR. Fields are views into the
/// text (or into the reader, for quoted fields with doubled quotes), valid until the next record is read.
/// Reading stops at the first malformed record, with a problem naming the file, line and column.
class CsvReader
{
public:
    /// A record longer than maxRecordBytes is an error (a binary file, or a quote never closed, would
    /// otherwise be read as one enormous field), and so is one of more than maxFields fields.
    explicit CsvReader(std::string_view utf8, QString fileName, qsizetype maxRecordBytes = 16 * 1024 * 1024);

    /// The most fields a record may have: four times what spreadsheets hold (16,384 columns).
    static constexpr qsizetype maxFields = 65536;

    /// Reads the next record; false at the end of the text or at an error (then problem() says what).
    bool next();
    const std::vector<std::string_view>& fields() const { return m_fields; }
    /// The line the record read last starts on (1-based).
    int line() const { return m_recordLine; }
    /// Where a field of the record read last starts: line and column (1-based, in characters). It reads the
    /// record from its start: for every field of a record, positions() reads it once.
    std::pair<int, int> position(size_t field) const;
    /// Where each field of the record read last starts, found in one pass over the record.
    void positions(std::vector<std::pair<int, int>>& out) const;
    /// The record's text as it stands in the file, line breaks included, without its ending.
    std::string_view recordText() const { return m_recordText; }
    /// Byte offset of a field of the record read last in the text (of its opening quote, when quoted).
    qsizetype fieldOffset(size_t field) const
    {
        return field < m_fieldStarts.size() ? m_fieldStarts[field] : m_recordStart;
    }
    /// Byte offset of the record in the text.
    qsizetype recordOffset() const { return m_recordStart; }
    /// Why reading stopped early; nothing when it reached the end.
    const std::optional<Problem>& problem() const { return m_problem; }
    /// A problem at a field of the record read last.
    Problem problemAt(Problem::Kind kind, size_t field, const QString& detail) const;
    const QString& fileName() const { return m_fileName; }

private:
    bool fail(Problem::Kind kind, qsizetype at, const QString& detail);
    /// Line and column of a byte offset at or after the record's start.
    std::pair<int, int> positionOf(qsizetype offset) const;

    std::string_view m_text;
    QString m_fileName;
    qsizetype m_maxRecordBytes;
    qsizetype m_at = 0;
    int m_line = 1; // the line m_at is on
    qsizetype m_lineStart = 0; // where that line starts
    int m_recordLine = 1;
    qsizetype m_recordLineStart = 0;
    qsizetype m_recordStart = 0;
    std::string_view m_recordText;
    std::vector<std::string_view> m_fields;
    // Where each field of the record being read is, in the text or in m_unescaped; kept from record to record
    // so that reading a row allocates nothing.
    struct Range
    {
        qsizetype begin;
        qsizetype length;
        bool unescaped;
    };
    std::vector<Range> m_ranges;
    std::vector<qsizetype> m_fieldStarts;
    std::string m_unescaped;
    std::optional<Problem> m_problem;
};

/// A number as a table cell holds it: "2728", "2,728" (commas only between groups of three digits, so "1,5" is
/// refused rather than read as 15), "112.5", "-3", "1.5e6"; nothing otherwise.
std::optional<double> parseCsvNumber(std::string_view text);

/// A CSV field, quoted when it needs to be (RFC 4180).
QString csvField(const QString& text);
/// A CSV record: the fields, each quoted when it needs to be, joined by commas and ended by CRLF.
QString csvRecord(const QStringList& fields);
/// Appends a UTF-8 field to out, quoted when it needs to be.
void appendCsvField(std::string& out, std::string_view utf8);

/// A cell of a CSV meant for spreadsheets, as they should show it rather than run it: text that starts with =, +,
/// -, @, a tab or a carriage return (a formula such as =HYPERLINK(...), to a spreadsheet) gets an apostrophe in
/// front, which spreadsheets take as "this is text". A number ("-5", "-1.5e3") stays as it is, so that a value
/// column stays numeric.
QString spreadsheetCell(const QString& text);
/// csvRecord() of spreadsheetCell()s: a record of a CSV meant for spreadsheets (not one we read back).
QString spreadsheetRecord(const QStringList& fields);

} // namespace crisis::core
