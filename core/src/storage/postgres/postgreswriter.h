#pragma once

#include "../sql/sqlwriter.h"

#include <memory>

namespace crisis::core::postgres {

/// Writes records of every kind on a connection to a PostgreSQL server, inside the transaction its caller holds;
/// many figures at once through COPY (libpq's, on the connection Qt's driver opened), many times faster than
/// statements of a few dozen rows each.
struct CopyDateTexts;

class Writer final : public sql::Writer
{
public:
    explicit Writer(sql::Store store);
    ~Writer() override;
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    /// Figures, sources and events by COPY when there are enough of them; should the server refuse them (a rule
    /// broken, a value out of range), the copy is undone and they are written by statements, which name the record
    /// at fault.
    Result<void> writeFigures(
        const FigureTable& figures, const Progress& progress, const std::vector<qint64>& seqs = {}) override;
    Result<void> writeSources(const QList<Source>& sources, const std::vector<qint64>& seqs = {}) override;
    Result<void> writeEvents(const QList<Event>& events, const std::vector<qint64>& seqs = {}) override;
    /// Every key in one query (fifty thousand parents of a million figures are one round trip, not fifty thousand).
    Result<QString> firstMissing(const char* table, const char* column, const QStringList& keys) override;
    /// Says that the figures table was made in this transaction and holds nothing yet (a dataset being set up): the
    /// first figures copied then go in frozen, as already visible to every transaction to come. The first read of
    /// a million rows copied otherwise writes the whole table again to mark them so.
    void setFiguresTableNew() { m_figuresTableNew = true; }

private:
    /// `statements` for a few rows (a COPY's set-up is not worth it) or without libpq's connection; else `copy` in a
    /// savepoint, and when the server refuses what it wrote, that undone and `statements` run to name the row at fault.
    Result<void> copyOrStatements(const char* what, qsizetype rows, const std::function<Result<void>()>& copy,
        const std::function<Result<void>()>& statements);
    enum class CopyFormat { Text, Binary };
    /// One COPY into `into` ("table (columns)"): `appendRow` writes each of `rows` rows (none, one or more lines of
    /// COPY's text format, or tuples of its binary format, whose header and trailer this writes); FREEZE when
    /// `freeze`; an error with the server's message when it did not go through.
    Result<void> copyIn(const char* what, const QString& into, qsizetype rows,
        const std::function<void(QByteArray& out, qsizetype row)>& appendRow, const Progress& progress,
        CopyFormat format = CopyFormat::Text, bool freeze = false);

    std::unique_ptr<CopyDateTexts> m_dates;
    bool m_figuresTableNew = false;
};

} // namespace crisis::core::postgres
