#pragma once

// Reading records from an SQLite database: the figures through SQLite's own API, on both cores; the rest as every
// backend reads it (sql::Reader).

#include "../sql/sqlreader.h"
#include "sqlitesupport.h"

#include <QSqlDatabase>

namespace crisis::core::sqlite {

/// Reads records on a connection (Qt's, and for a large dataset a second read-only one of its own).
class Reader final : public sql::Reader
{
public:
    /// `helperUri`: what a second connection opens (fileUri() of a read-only access) to read many figures on both
    /// cores; without it they are read on one.
    Reader(const QSqlDatabase& db, const QString& path, QByteArray helperUri = {})
        : sql::Reader(storeOf(db, path))
        , m_db(db)
        , m_path(path)
        , m_helperUri(std::move(helperUri))
    { }

    Result<Figure> figure(qint64 seq) override;

protected:
    Result<void> figures(Snapshot& data, const Progress& progress) override;

private:
    QSqlDatabase m_db;
    QString m_path;
    QByteArray m_helperUri;
};

} // namespace crisis::core::sqlite
