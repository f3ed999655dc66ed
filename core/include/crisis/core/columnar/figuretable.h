#pragma once

#include <crisis/core/columnar/stringdictionary.h>
#include <crisis/core/columnar/textpool.h>
#include <crisis/core/model/figure.h>

#include <QByteArray>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace crisis::core {

struct FigureRow;

/// Figures stored by column, so that a million of them fit in memory and sort, filter and chart fast:
/// typed columns for numbers and dates, dictionary codes for strings that repeat, UTF-8 pools for the rest.
/// Immutable once built (see Builder).
class FigureTable
{
public:
    class Builder;

    FigureTable() = default;
    static FigureTable fromFigures(const QList<Figure>& figures);

    qsizetype size() const { return static_cast<qsizetype>(m_value.size()); }
    bool isEmpty() const { return m_value.empty(); }
    /// The row as a Figure.
    Figure figure(qsizetype row) const;
    /// The row with its strings as views into this table, to copy it into another (Builder::append).
    FigureRow row(qsizetype row) const;
    QList<Figure> toFigures() const;
    /// Whether two tables hold the same figures in the same order, field by field (as their Figures would compare),
    /// read from the columns: a million rows compared without making a Figure of any.
    bool sameFiguresAs(const FigureTable& other) const;
    /// The row of the figure with this id, or -1.
    qsizetype rowOfId(QStringView id) const;
    /// Rows whose id an earlier row has: (earlier row, later row), each later row once.
    std::vector<std::pair<qsizetype, qsizetype>> duplicateIds() const;

    QString id(qsizetype row) const { return toString(idUtf8(row)); }
    std::string_view idUtf8(qsizetype row) const { return m_ids.view(m_idPosition[row], m_idLength[row]); }
    double value(qsizetype row) const { return m_value[row]; }
    FigureStatus status(qsizetype row) const { return static_cast<FigureStatus>(m_status[row]); }
    ValueBound bound(qsizetype row) const { return m_bounds[m_qualifier[row]]; }
    Period period(qsizetype row) const;
    /// First and last day of the period, as Julian day numbers (for fast comparisons).
    /// A row's period and reported date as the table stores them: equal keys are equal dates, written alike (what
    /// a writer caches their texts by).
    quint64 periodKey(qsizetype row) const { return (quint64(m_start[row]) << 32) | m_end[row]; }
    quint32 reportedKey(qsizetype row) const { return m_reported[row]; }
    qint32 earliestDay(qsizetype row) const { return m_earliest[row]; }
    qint32 latestDay(qsizetype row) const { return m_latest[row]; }
    bool periodInferred(qsizetype row) const { return m_flags[row] & PeriodInferred; }
    PartialDate reported(qsizetype row) const;
    bool reportedInferred(qsizetype row) const { return m_flags[row] & ReportedInferred; }
    const QString& parentId(qsizetype row) const { return m_parents.text(m_parent[row]); }
    QString quote(qsizetype row) const { return toString(quoteUtf8(row)); }
    std::string_view quoteUtf8(qsizetype row) const { return m_quotes.view(m_quotePosition[row], m_quoteLength[row]); }
    qint64 quoteOffset(qsizetype row) const { return m_quoteOffset[row]; }

    // Repeating strings: a code per row, the text in a dictionary.
    quint32 metricCode(qsizetype row) const { return m_metric[row]; }
    quint32 qualifierCode(qsizetype row) const { return m_qualifier[row]; }
    quint32 subjectCode(qsizetype row) const { return m_subject[row]; }
    quint32 subgroupCode(qsizetype row) const { return m_subgroup[row]; }
    quint32 sourceCode(qsizetype row) const { return m_source[row]; }
    quint32 periodNoteCode(qsizetype row) const { return m_periodNote[row]; }
    quint32 noteCode(qsizetype row) const { return m_note[row]; }
    quint32 parentCode(qsizetype row) const { return m_parent[row]; }
    const QString& metric(qsizetype row) const { return m_metrics.text(m_metric[row]); }
    const QString& qualifier(qsizetype row) const { return m_qualifiers.text(m_qualifier[row]); }
    const QString& subject(qsizetype row) const { return m_subjects.text(m_subject[row]); }
    const QString& subgroup(qsizetype row) const { return m_subgroups.text(m_subgroup[row]); }
    const QString& sourceId(qsizetype row) const { return m_sources.text(m_source[row]); }
    const QString& periodNote(qsizetype row) const { return m_periodNotes.text(m_periodNote[row]); }
    const QString& note(qsizetype row) const { return m_notes.text(m_note[row]); }
    const StringDictionary& metrics() const { return m_metrics; }
    const StringDictionary& qualifiers() const { return m_qualifiers; }
    const StringDictionary& subjects() const { return m_subjects; }
    const StringDictionary& subgroups() const { return m_subgroups; }
    const StringDictionary& sources() const { return m_sources; }
    const StringDictionary& periodNotes() const { return m_periodNotes; }
    const StringDictionary& notes() const { return m_notes; }
    /// Parent ids; the empty text for none.
    const StringDictionary& parents() const { return m_parents; }

    /// Sets matched[row] for every row whose quote contains `needle` (UTF-8, ASCII letters in lower case),
    /// ignoring ASCII case. One pass over the pooled quotes, not a search per row.
    void markQuotesContaining(std::string_view needle, std::vector<bool>& matched) const;

    /// Bytes held, roughly: for the benchmarks' memory figures.
    qint64 memoryUsage() const;

    class SlicedBuilder;

private:
    enum Flag : quint8 { PeriodInferred = 1, ReportedInferred = 2 };

    static QString toString(std::string_view utf8)
    {
        return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    }
    /// Gives every per-row column n rows.
    void resizeRows(size_t n);
    /// Writes a row's typed columns at `row`, its strings into the dictionaries and pools of `strings`
    /// (this table, or a slice's own), and its id's index entry into strings.m_idIndex.
    void encode(size_t row, const FigureRow& r, FigureTable& strings);
    /// The qualifier bounds, from the qualifier dictionary.
    void settleBounds();

    std::vector<double> m_value;
    std::vector<qint32> m_earliest;
    std::vector<qint32> m_latest;
    std::vector<quint32> m_start; // packed PartialDate
    std::vector<quint32> m_end;
    std::vector<quint32> m_reported;
    std::vector<quint8> m_status;
    std::vector<quint8> m_flags;
    std::vector<quint32> m_metric;
    std::vector<quint32> m_qualifier;
    std::vector<quint32> m_subject;
    std::vector<quint32> m_subgroup;
    std::vector<quint32> m_source;
    std::vector<quint32> m_periodNote;
    std::vector<quint32> m_note;
    std::vector<quint32> m_parent;
    std::vector<qint64> m_quoteOffset;
    std::vector<quint32> m_idPosition;
    std::vector<quint32> m_idLength;
    std::vector<quint32> m_quotePosition;
    std::vector<quint32> m_quoteLength;
    TextPool m_ids;
    TextPool m_quotes;
    StringDictionary m_metrics;
    StringDictionary m_qualifiers;
    StringDictionary m_subjects;
    StringDictionary m_subgroups;
    StringDictionary m_sources;
    StringDictionary m_periodNotes;
    StringDictionary m_notes;
    StringDictionary m_parents;
    /// The bound of each qualifier code.
    std::vector<ValueBound> m_bounds;
    /// (32-bit hash of id, row), sorted, for rowOfId(); equal hashes are told apart by the id itself.
    std::vector<std::pair<quint32, qint32>> m_idIndex;
    /// Where the quote appended last stands in m_quotes, for a row whose quote is the same (FigureRow::quoteAsBefore).
    quint32 m_lastQuotePosition = 0;
    quint32 m_lastQuoteLength = 0;
    bool m_hasLastQuote = false;
};

/// One row with its strings as UTF-8, as a loader reads them.
struct FigureRow
{
    std::string_view id, metric, qualifier, subject, periodNote, parentId, subgroup, sourceId, quote, note;
    double value = 0;
    FigureStatus status = FigureStatus::Actual;
    Period period;
    bool periodInferred = false;
    PartialDate reported;
    bool reportedInferred = false;
    qint64 quoteOffset = 0;
    /// The quote is the one of the row appended just before (every figure of a row of a wide table quotes the
    /// row): it is stored once, so that a row of 20,000 values does not hold its text 20,000 times.
    bool quoteAsBefore = false;
};

/// Builds a FigureTable row by row.
class FigureTable::Builder
{
public:
    using Utf8Row = FigureRow;

    explicit Builder(qsizetype expectedRows = 0);
    void append(const FigureRow& row);
    void append(const Figure& figure);
    qsizetype size() const { return m_table.size(); }
    /// The table; the builder is empty afterwards.
    FigureTable finish();

private:
    FigureTable m_table;
};

/// Builds a table of a known number of rows in slices filled side by side, one thread each: every slice
/// writes its rows' columns in place and keeps its own dictionaries and text; join() then settles the later
/// slices' codes and text positions. No slice holds a copy of its rows, so a million rows load in two
/// halves without a second half's worth of memory.
class FigureTable::SlicedBuilder
{
public:
    class Slice
    {
    public:
        /// Writes the next row of the slice; false once the slice is full.
        bool append(const FigureRow& row);
        qsizetype size() const { return static_cast<qsizetype>(m_next - m_first); }
        /// Sorts the slice's id index; call from the thread that filled it.
        void finish();

    private:
        friend class SlicedBuilder;
        FigureTable* m_table = nullptr;
        FigureTable m_strings;
        size_t m_first = 0;
        size_t m_next = 0;
        size_t m_end = 0;
    };

    explicit SlicedBuilder(qsizetype rows);
    /// A slice for rows [first, first + count); make them all before filling any.
    Slice& slice(qsizetype first, qsizetype count);
    /// The table, once every slice is filled and finished; nothing if a slice got fewer rows than its count.
    std::optional<FigureTable> join();

private:
    FigureTable m_table;
    std::vector<std::unique_ptr<Slice>> m_slices;
};

} // namespace crisis::core
