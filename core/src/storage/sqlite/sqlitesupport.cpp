#include "sqlitesupport.h"

#include <QDir>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace crisis::core::sqlite {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("crisis-sqlite-%1").arg(++counter);
}

} // namespace

ScopedConnection::ScopedConnection(const QString& path, bool readOnly)
    : m_name(newConnectionName())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
}

ScopedConnection::~ScopedConnection()
{
    if (!m_name.isEmpty())
        closeConnection(m_name);
}

void closeConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Error makeError(Error::Code code, const QString& message)
{
    return Error { code, message, {} };
}

Error databaseError(const QString& path, const QString& what, const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const bool corrupt = text.contains(QStringLiteral("malformed")) || text.contains(QStringLiteral("not a database"));
    return makeError(corrupt ? Error::Code::Corrupt : Error::Code::Database,
        corrupt ? QStringLiteral("%1 is corrupt (%2)").arg(QDir::toNativeSeparators(path), text)
                : QStringLiteral("%1: %2: %3").arg(QDir::toNativeSeparators(path), what, text));
}

Error sqliteError(const QString& path, const QString& what, const QString& text)
{
    QSqlError error(QString(), text, QSqlError::StatementError);
    return databaseError(path, what, error);
}

bool exec(QSqlDatabase& db, const QString& sql, QSqlError* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

std::optional<qint64> pragma(QSqlDatabase& db, const QString& name, QSqlError* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

Result<void> inTransaction(QSqlDatabase& db, const QString& path, const std::function<Result<void>()>& work)
{
    if (!db.transaction())
        return databaseError(path, QStringLiteral("cannot start a transaction"), db.lastError());
    Result<void> result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(path, QStringLiteral("the change was not saved"), error);
    }
    return {};
}

QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString boolText(bool flag)
{
    return flag ? QStringLiteral("1") : QStringLiteral("0");
}

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Result<void> checkSameLibrary(QSqlDatabase& db, const QString& path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !query.next())
        return databaseError(path, QStringLiteral("cannot read SQLite's version"), query.lastError());
    const QString driverVersion = query.value(0).toString();
    const QString driverSource = query.value(1).toString();
    if (driverSource == QLatin1String(sqlite3_sourceid()) && handleOf(db))
        return {};
    return makeError(Error::Code::Database,
        QStringLiteral("%1: Qt's SQLite driver runs SQLite %2 but this build of Crisis Timeline links SQLite %3; "
                       "install the driver built for this system's SQLite (Debian's libqt6sql6-sqlite)")
            .arg(QDir::toNativeSeparators(path), driverVersion, QLatin1String(sqlite3_libversion())));
}

Statement::Statement(sqlite3* db, const char* sql)
    : m_db(db)
{
    m_status = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr);
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

QString Statement::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

std::string_view Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? std::string_view(data, static_cast<size_t>(sqlite3_column_bytes(m_statement, column)))
                : std::string_view();
}

void Statement::bind(int index, std::string_view text) const
{
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

void Statement::bindTransient(int index, const QByteArray& text) const
{
    sqlite3_bind_text(m_statement, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

} // namespace crisis::core::sqlite
