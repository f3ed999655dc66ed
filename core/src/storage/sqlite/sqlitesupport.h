#pragma once

// The SQLite backend's own helpers: Qt's connections, statements through SQLite's C API on them, and errors.
// Private to the backend.

#include <crisis/core/support/result.h>

#include <QSqlDatabase>
#include <QSqlError>

#include <functional>
#include <optional>
#include <sqlite3.h>
#include <string_view>

namespace crisis::core::sqlite {

/// Owns a named QSQLITE connection for the duration of a scope (or hands it over with release()).
class ScopedConnection
{
public:
    ScopedConnection(const QString& path, bool readOnly);
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

Error makeError(Error::Code code, const QString& message);
/// An error of the database at path: "PATH is corrupt (…)" when SQLite says so, else "PATH: what: text".
Error databaseError(const QString& path, const QString& what, const QSqlError& error);
/// The same, from SQLite's own error text.
Error sqliteError(const QString& path, const QString& what, const QString& text);

/// Runs one statement; on failure returns the error through `error`.
bool exec(QSqlDatabase& db, const QString& sql, QSqlError* error = nullptr);
/// The value of a PRAGMA that returns one number.
std::optional<qint64> pragma(QSqlDatabase& db, const QString& name, QSqlError* error);
/// Runs work in a transaction: committed when it succeeds, rolled back when it fails.
Result<void> inTransaction(QSqlDatabase& db, const QString& path, const std::function<Result<void>()>& work);

/// Qt binds a null QString as SQL NULL; our text columns hold "" for "none".
QString nonNull(const QString& text);
QString boolText(bool flag);

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

    std::string_view text(int column) const;
    void bind(int index, std::string_view text) const;
    void bindTransient(int index, const QByteArray& text) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_status = SQLITE_ERROR;
};

} // namespace crisis::core::sqlite
