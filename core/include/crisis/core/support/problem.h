#pragma once

#include <QList>
#include <QString>

namespace crisis::core {

/// A diagnostic about input, located in a file: "FILE:LINE:COLUMN: detail".
struct Problem
{
    enum class Severity : quint8 { Warning, Error };

    Severity severity = Severity::Error;
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
        return a.severity == b.severity && a.file == b.file && a.line == b.line && a.column == b.column
            && a.detail == b.detail;
    }
};

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
