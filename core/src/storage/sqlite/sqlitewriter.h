#pragma once

// Writing records into an SQLite database: figures fast, and the bulk-write mode of large imports.

#include "../sql/sqlwriter.h"
#include "sqlitesupport.h"

#include <crisis/core/columnar/snapshot.h>
#include <crisis/core/storage/repository.h>

#include <QSqlDatabase>
#include <QSqlQuery>

#include <vector>

namespace crisis::core::sqlite {

/// Writes records of every kind on a connection, inside the transaction its caller holds; figures through SQLite's
/// own API, many rows per statement.
class Writer final : public sql::Writer
{
public:
    Writer(QSqlDatabase& db, const QString& path)
        : sql::Writer(storeOf(db, path))
        , m_db(db)
        , m_path(path)
    { }

    Result<void> writeFigures(
        const FigureTable& figures, const Progress& progress, const std::vector<qint64>& seqs = {}) override;

private:
    QSqlDatabase& m_db;
    QString m_path;
};

// A bulk write (an import of many figures) is several times faster with the foreign keys checked once per
// distinct value rather than per row, and written once through a rollback journal rather than twice through the
// write-ahead log (a million-row import took 10-25 % longer with the log kept, in six alternating runs); it is as
// safe: a process killed mid-write leaves a hot journal, which the next open rolls back on a connection that can
// write (SqliteRepository::open, tests/app/tst_crashsafety.cpp), and the log comes back afterwards. When another
// connection has the file open the journal cannot change, and the write goes through the log.
class BulkWrite
{
public:
    BulkWrite(QSqlDatabase& db, bool bulk);
    ~BulkWrite();
    BulkWrite(const BulkWrite&) = delete;
    BulkWrite& operator=(const BulkWrite&) = delete;

private:
    QSqlDatabase& m_db;
    bool m_bulk;
};

} // namespace crisis::core::sqlite
