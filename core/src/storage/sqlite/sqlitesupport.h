#pragma once

// The SQLite backend's own helpers: Qt's connections, statements through SQLite's C API on them, and errors.
// Private to the backend.

#include "../sql/sqlstore.h"

#include <crisis/core/support/result.h>

#include <QSqlDatabase>
#include <QSqlError>

#include <functional>
#include <optional>
#include <sqlite3.h>
#include <string_view>

namespace crisis::core::sqlite {

/// How a connection opens its file. Every connection waits for another program's lock (busyTimeoutMs) before it
/// gives up with "database is locked".
enum class Access : quint8 {
    Create, ///< read and write, creating the file when it does not exist (a new database, under its temporary name)
    ReadWrite, ///< read and write a file that exists (SQLite reads only when the system refuses writes)
    ReadOnly, ///< read a file that exists
    /// read a file no program can be writing now (SQLite then takes no lock and makes no -wal or -shm file): one in
    /// write-ahead-log mode, without a log, that this process cannot write.
    Immutable,
};
/// How long a connection waits for a lock another program holds.
inline constexpr int busyTimeoutMs = 5000;
/// The URI SQLite opens a file by, with the access asked for.
QByteArray fileUri(const QString& path, Access access);
/// SQLite's flags for sqlite3_open_v2() with fileUri() of that access.
int openFlags(Access access);

/// Owns a named QSQLITE connection for the duration of a scope (or hands it over with release()).
class ScopedConnection
{
public:
    ScopedConnection(const QString& path, Access access);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString release() { return std::exchange(m_name, QString()); }

private:
    QString m_name;
};

/// Closes and removes a named connection.
void closeConnection(const QString& name);

/// The database at path as the SQL all backends share works on it.
sql::Store storeOf(const QSqlDatabase& db, const QString& path);

Error makeError(Error::Code code, const QString& message);
/// An error of the database at path, worded from what SQLite says: "PATH is corrupt (…)", "PATH is in use by another
/// program (…)", "PATH cannot be written …", else "PATH: what: text".
Error databaseError(const QString& path, const QString& what, const QSqlError& error);
/// The same, from SQLite's own error text (and its extended result code, when known).
Error sqliteError(const QString& path, const QString& what, const QString& text, int code = 0);
/// Who holds a lock on the database at path (its file or its -shm), as a message names them: "sqlite3, process
/// 1234"; empty when no other process does. `anyLock`, when given, says whether any process holds one, this one
/// included. Reads /proc/locks: it opens neither file, so this process's own locks on them hold (closing any file
/// descriptor of a file drops every POSIX lock the process has on it).
QString lockHolder(const QString& path, bool* anyLock = nullptr);

using sql::exec;
/// The value of a PRAGMA that returns one number.
std::optional<qint64> pragma(QSqlDatabase& db, const QString& name, QSqlError* error);
/// Runs work in a transaction: committed when it succeeds, rolled back when it fails.
Result<void> inTransaction(QSqlDatabase& db, const QString& path, const std::function<Result<void>()>& work);

using sql::boolText;
using sql::nonNull;

/// SQLite's own handle of a Qt connection, for the paths that move a million rows; null if it is not one.
sqlite3* handleOf(const QSqlDatabase& db);

/// Whether Qt's driver runs the SQLite library this build links, so that SQLite's C API may be used on its
/// connection's handle: an error naming both versions when it does not.
Result<void> checkSameLibrary(QSqlDatabase& db, const QString& path);

/// A statement prepared with SQLite's C API, finalized when it goes out of scope.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool ok() const { return m_status == SQLITE_OK; }
    sqlite3_stmt* get() const { return m_statement; }
    QString errorText() const;

    /// A column's text as SQLite holds it, valid until the next step (inline: it is called for every column of
    /// every row of a million-figure load).
    std::string_view text(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return data ? std::string_view(data, static_cast<size_t>(sqlite3_column_bytes(m_statement, column)))
                    : std::string_view();
    }
    void bind(int index, std::string_view text) const;
    void bindTransient(int index, const QByteArray& text) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_status = SQLITE_ERROR;
};

} // namespace crisis::core::sqlite
