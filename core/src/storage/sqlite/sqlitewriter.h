#pragma once

// Writing records into an SQLite database: rows of every kind, and the bulk-write mode of large imports.

#include "sqlitesupport.h"

#include <crisis/core/columnar/snapshot.h>
#include <crisis/core/storage/repository.h>

#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace crisis::core::sqlite {

/// Writes records of every kind on a connection, inside the transaction its caller holds.
class Writer
{
public:
    Writer(QSqlDatabase& db, const QString& path)
        : m_db(db)
        , m_path(path)
    { }

    /// checkReferences: foreign keys are off (a bulk write); check each distinct reference once instead.
    Result<void> write(const Snapshot& data, bool setInfo, const Progress& progress, bool checkReferences = false);
    /// Saves a story, replacing one with the same id (and keeping its place in the list).
    Result<void> writeStory(const Story& story);
    /// Adds records of one kind. `seqs` holds each record's place in the list (its seq), 0 for after all
    /// others; records beyond it, or all when it is empty, go at the end in order.
    Result<void> writeSources(const QList<Source>& sources, const std::vector<qint64>& seqs = {});
    Result<void> writeFigures(
        const FigureTable& figures, const Progress& progress, const std::vector<qint64>& seqs = {});
    Result<void> writeEvents(const QList<Event>& events, const std::vector<qint64>& seqs = {});
    /// What the foreign keys check row by row, checked once per distinct value (a bulk write turns them off).
    Result<void> checkReferences(const Snapshot& data);

private:
    // Hands out the seq of each record written: the one asked for, or the next after all others.
    class Seqs
    {
    public:
        Seqs(qint64 next, const std::vector<qint64>& given)
            : m_given(given)
            , m_next(next)
        {
            for (const qint64 seq : given)
                m_next = std::max(m_next, seq + 1);
        }
        qint64 at(qsizetype index)
        {
            const auto i = static_cast<size_t>(index);
            return i < m_given.size() && m_given[i] > 0 ? m_given[i] : m_next++;
        }

    private:
        const std::vector<qint64>& m_given;
        qint64 m_next;
    };

    Error failure(const QString& what, const QSqlQuery& query) const
    {
        return databaseError(m_path, what, query.lastError());
    }
    qint64 nextSeq(const QString& table);

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

/// Whether the database has a title (an import gives one only to a database without). The query is done with by
/// the time this returns: no statement may be running while a bulk write drops its indexes.
bool hasTitle(QSqlDatabase& db);

} // namespace crisis::core::sqlite
