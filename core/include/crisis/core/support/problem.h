#pragma once

#include <QList>
#include <QString>

namespace crisis::core {

/// A diagnostic about input, located in a file: "FILE:LINE:COLUMN: detail".
struct Problem
{
    enum class Severity : quint8 { Warning, Error };

    /// What is wrong, for a window to word and a test to check; the detail says it in English for the case at hand.
    enum class Kind : quint8 {
        // The file as a whole.
        EmptyFile, ///< no bytes, or only blank lines
        Encoding, ///< the bytes are not text in an encoding we read (binary, broken UTF-8 or UTF-16)
        Syntax, ///< the text breaks its format's grammar: JSON syntax, CSV quotes, a row's field count
        LimitExceeded, ///< larger than a reader takes: a record's bytes, fields, an article's size
        UnsupportedFormat, ///< not a format we read, or a newer version of one
        // Values.
        MissingField, ///< a value that must be there is absent or empty
        InvalidValue, ///< a value of the wrong type, or not one of those allowed
        InvalidDate, ///< a date, period, year, month or day that does not read as one
        ColumnMapping, ///< which column holds what cannot be told: a column missing, unnamed or given twice
        // Records.
        UnknownReference, ///< an id that names no record (source, figure, event, metric)
        DuplicateId, ///< an id given twice, or one the database has already
        Conflict, ///< two descriptions of one record that differ
        ParentCycle, ///< a figure that is its own ancestor
        StillReferenced, ///< a record to remove that others still need
        QuoteNotFound, ///< a quote that does not stand in its source's text
        NothingToImport, ///< nothing in the input can be imported
        // Warnings about what was done with the input.
        Ignored, ///< part of the input left out or not kept as it was (unknown members, empty rows, media)
        AlreadyImported, ///< records imported before from a file of the same name
        NewMetric, ///< a metric the input defines is added
        MoreProblems, ///< a count of problems not listed one by one
        // Outside the input.
        Io, ///< a file or the store could not be read or written
        Cancelled, ///< the user cancelled
    };

    Severity severity = Severity::Error;
    /// No default: a Problem is made with braces naming severity and kind first, so a place that forgets the kind
    /// does not compile.
    Kind kind;
    QString file;
    /// 1-based; 0 when the problem concerns the whole file.
    int line = 0;
    /// 1-based, in characters; 0 when unknown.
    int column = 0;
    QString detail;

    /// "FILE:LINE:COLUMN: detail", leaving out the parts that are unknown.
    QString toString() const;

    friend bool operator==(const Problem& a, const Problem& b)
    {
        return a.severity == b.severity && a.kind == b.kind && a.file == b.file && a.line == b.line
            && a.column == b.column && a.detail == b.detail;
    }
};

/// The kind's stable name for machines and tests, such as "missing-field"; empty for a value that is no kind.
QString problemKindName(Problem::Kind kind);

/// True if any problem is an error rather than a warning.
bool hasErrors(const QList<Problem>& problems);

/// A parsed value with the problems met on the way; the value must not be used when hasErrors(problems).
template<typename T> struct ParseResult
{
    T value {};
    QList<Problem> problems;

    bool ok() const { return !hasErrors(problems); }
};

} // namespace crisis::core
