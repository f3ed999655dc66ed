#pragma once

// What the SQL every backend shares needs of a backend: its connection, the store's name in messages, how its
// driver's errors are worded, and the little its SQL differs in. Private to the storage backends.

#include <crisis/core/support/result.h>

#include <QSqlDatabase>
#include <QSqlError>

#include <functional>

namespace crisis::core::sql {

/// One store as the shared reading, writing and change code works on it.
struct Store
{
    /// The open connection, inside whatever transaction its caller holds.
    QSqlDatabase db;
    /// The store as messages name it (a file's native path, a server database's location).
    QString name;
    /// An error worded for the user from the driver's error on `what` ("cannot add source …").
    std::function<Error(const QString& what, const QSqlError& error)> error;
    /// The column that lists the metrics a store adds in the order they were added.
    QString metricOrder;
};

/// Qt binds a null QString as SQL NULL; our text columns hold "" for "none".
QString nonNull(const QString& text);
/// How a flag is stored: 1 or 0.
QString boolText(bool flag);
/// Runs one statement; on failure returns the error through `error`.
bool exec(QSqlDatabase& db, const QString& sql, QSqlError* error = nullptr);
/// The texts of the first column a query with one bound value lists (ids, names), in order.
Result<QStringList> textsOf(const Store& store, const QString& sql, const QString& value, const QString& what);
/// Runs work in a transaction: committed when it succeeds, rolled back when it fails.
Result<void> inTransaction(const Store& store, const std::function<Result<void>()>& work);

} // namespace crisis::core::sql
