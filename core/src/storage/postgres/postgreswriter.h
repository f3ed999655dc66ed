#pragma once

#include "../sql/sqlwriter.h"

namespace crisis::core::postgres {

/// Writes records of every kind on a connection to a PostgreSQL server, inside the transaction its caller holds;
/// many figures at once through COPY (libpq's, on the connection Qt's driver opened), many times faster than
/// statements of a few dozen rows each.
class Writer final : public sql::Writer
{
public:
    using sql::Writer::Writer;

    /// Figures by COPY when there are enough of them; should the server refuse them (a rule broken, a value out of
    /// range), the copy is undone and they are written by statements, which name the figure at fault.
    Result<void> writeFigures(
        const FigureTable& figures, const Progress& progress, const std::vector<qint64>& seqs = {}) override;
    /// Every key in one query (fifty thousand parents of a million figures are one round trip, not fifty thousand).
    Result<QString> firstMissing(const char* table, const char* column, const QStringList& keys) override;

private:
    /// The COPY itself: false (with the server's message) when it did not go through; the caller's savepoint
    /// undoes what it wrote.
    Result<void> copyFigures(const FigureTable& figures, const Progress& progress, const std::vector<qint64>& seqs);
};

} // namespace crisis::core::postgres
