#pragma once

// Reading records from an SQLite database: the whole dataset (figures through SQLite's own API, on both cores),
// its catalog, and single records.

#include <crisis/core/columnar/snapshot.h>
#include <crisis/core/storage/repository.h>

#include <QSqlDatabase>

namespace crisis::core::sqlite {

/// Reads records on a connection (Qt's, and for a large dataset a second read-only one of its own).
class Reader
{
public:
    /// `helperUri`: what a second connection opens (fileUri() of a read-only access) to read many figures on both
    /// cores; without it they are read on one.
    Reader(const QSqlDatabase& db, QString path, QByteArray helperUri = {})
        : m_db(db)
        , m_path(std::move(path))
        , m_helperUri(std::move(helperUri))
    { }

    /// See Repository::loadCatalog().
    Result<Snapshot> catalog();
    /// See Repository::loadSnapshot().
    Result<Snapshot> snapshot(const Progress& progress);
    /// See Repository::loadRecords().
    Result<Snapshot> records(const QStringList& figureIds, const QStringList& eventIds);
    /// Which of the ids the database has records of that kind with.
    Result<QStringList> existingIds(RecordKind kind, const QStringList& ids);
    /// One stored record, as snapshot() reads it.
    Result<Source> source(const QString& id);
    Result<Figure> figure(qint64 seq);
    Result<Event> event(const QString& id);

private:
    QSqlDatabase m_db;
    QString m_path;
    QByteArray m_helperUri;
};

} // namespace crisis::core::sqlite
