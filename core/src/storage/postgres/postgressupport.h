#pragma once

// The PostgreSQL backend's own helpers: Qt's QPSQL connections from a location's parameters, and errors worded from
// what the server says. Private to the backend.

#include "../sql/sqlstore.h"

#include <crisis/core/storage/storelocation.h>

#include <QSqlDatabase>

#include <libpq-fe.h>

namespace crisis::core::postgres {

/// Owns a named QPSQL connection for the duration of a scope (or hands it over with release()).
class ScopedConnection
{
public:
    explicit ScopedConnection(const StoreLocation& location);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    /// Connects; an error naming the location when the server cannot be reached or refuses.
    Result<void> open();
    QString release() { return std::exchange(m_name, QString()); }

private:
    StoreLocation m_location;
    QString m_name;
};

/// What the connections of this program to a location call themselves (PostgreSQL's application_name, which the
/// history keeps with each change): the location's application_name when it gives one, else
/// "crisis-timeline/PID@HOST".
QString clientName(const StoreLocation& location);

/// Closes and removes a named connection.
void closeConnection(const QString& name);

/// An error of the database at a location, worded from what the server says (its SQLSTATE): unreachable, refused,
/// missing, busy, read-only, else "LOCATION: what: text".
Error serverError(const StoreLocation& location, const QString& what, const QSqlError& error);

/// The location's database as the SQL all backends share works on it.
sql::Store storeOf(const QSqlDatabase& db, const StoreLocation& location);
/// The libpq connection under a Qt one (QPSQL's handle), or null: for COPY, which Qt's driver does not speak.
PGconn* connectionOf(const QSqlDatabase& db);

} // namespace crisis::core::postgres
