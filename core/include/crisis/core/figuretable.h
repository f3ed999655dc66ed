#pragma once

#include <crisis/core/figure.h>
#include <crisis/core/stringdictionary.h>
#include <crisis/core/textpool.h>

#include <QByteArray>

#include <string_view>
#include <vector>

namespace crisis::core {

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
    QList<Figure> toFigures() const;
    /// The row of the figure with this id, or -1.
    qsizetype rowOfId(QStringView id) const;

    QString id(qsizetype row) const { return toString(idUtf8(row)); }
    std::string_view idUtf8(qsizetype row) const { return m_ids.view(m_idPosition[row], m_idLength[row]); }
    double value(qsizetype row) const { return m_value[row]; }
    FigureStatus status(qsizetype row) const { return static_cast<FigureStatus>(m_status[row]); }
    ValueBound bound(qsizetype row) const { return m_bounds[m_qualifier[row]]; }
    Period period(qsizetype row) const;
    /// First and last day of the period, as Julian day numbers (for fast comparisons).
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

    /// Sets matched[row] for every row whose quote contains `needle` (UTF-8, ASCII letters in lower case),
    /// ignoring ASCII case. One pass over the pooled quotes, not a search per row.
    void markQuotesContaining(std::string_view needle, std::vector<bool>& matched) const;

    /// Bytes held, roughly: for the benchmarks' memory figures.
    qint64 memoryUsage() const;

private:
    enum Flag : quint8 { PeriodInferred = 1, ReportedInferred = 2 };

    static QString toString(std::string_view utf8)
    {
        return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
    }

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
    std::vector<qint64> m_quoteOffset;
    std::vector<quint32> m_parent;
    TextPool m_ids;
    std::vector<quint64> m_idPosition;
    std::vector<quint32> m_idLength;
    TextPool m_quotes;
    std::vector<quint64> m_quotePosition;
    std::vector<quint32> m_quoteLength;
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
    /// (hash of id, row), sorted, for rowOfId().
    std::vector<std::pair<quint64, qint32>> m_idIndex;
};

/// Builds a FigureTable row by row.
class FigureTable::Builder
{
public:
    /// One row with its strings as UTF-8, as a loader reads them.
    struct Utf8Row
    {
        std::string_view id, metric, qualifier, subject, periodNote, parentId, subgroup, sourceId, quote, note;
        double value = 0;
        FigureStatus status = FigureStatus::Actual;
        Period period;
        bool periodInferred = false;
        PartialDate reported;
        bool reportedInferred = false;
        qint64 quoteOffset = 0;
    };

    explicit Builder(qsizetype expectedRows = 0);
    void append(const Utf8Row& row);
    void append(const Figure& figure);
    /// Appends all rows of a table built elsewhere (another thread's share of a load).
    void append(FigureTable&& rows);
    qsizetype size() const { return m_table.size(); }
    /// The table; the builder is empty afterwards.
    FigureTable finish();

private:
    FigureTable m_table;
    /// Id index entries of appended tables (shifted to their rows here), and the rows they cover.
    std::vector<std::pair<quint64, qint32>> m_appendedIndex;
    std::vector<bool> m_indexed;
};

} // namespace crisis::core
