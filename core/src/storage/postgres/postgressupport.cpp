#include "postgressupport.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSysInfo>
#include <QVariant>

#include <atomic>

namespace crisis::core::postgres {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("crisis-postgres-%1").arg(++counter);
}

// A value as libpq's connection string quotes it.
QString quoted(const QString& value)
{
    QString text = value;
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + text + u'\'';
}

} // namespace

QString clientName(const StoreLocation& location)
{
    QString given = location.parameter(QStringLiteral("application_name"));
    if (!given.isEmpty())
        return given;
    // The server keeps 63 bytes of it.
    return QStringLiteral("crisis-timeline/%1@%2")
        .arg(QString::number(QCoreApplication::applicationPid()), QSysInfo::machineHostName())
        .left(63);
}

ScopedConnection::ScopedConnection(const StoreLocation& location)
    : m_location(location)
    , m_name(newConnectionName())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    // Every parameter but the password goes through the driver's options, which it hands to libpq as they are;
    // the password through its own setter, which quotes it.
    QStringList options;
    bool timeout = false;
    for (const auto& [keyword, value] : location.parameters()) {
        if (keyword == u"password") {
            db.setPassword(value);
            continue;
        }
        if (keyword == u"application_name")
            continue;
        timeout = timeout || keyword == u"connect_timeout";
        options.append(keyword + u'=' + quoted(value));
    }
    options.append(QStringLiteral("application_name=") + quoted(clientName(location)));
    if (!timeout)
        options.append(QStringLiteral("connect_timeout=10"));
    db.setConnectOptions(options.join(u';'));
}

ScopedConnection::~ScopedConnection()
{
    closeConnection(m_name);
}

Result<void> ScopedConnection::open()
{
    for (const auto& [keyword, value] : m_location.parameters()) {
        // The driver turns every ';' of its options into a space.
        if (keyword != u"password" && (value.contains(u';') || keyword.contains(u';')))
            return Error(Error::Code::InvalidInput,
                QStringLiteral("%1: the connection parameter %2 holds a \u201c;\u201d, which Qt's PostgreSQL driver "
                               "cannot pass on; use a service file (service=NAME) for it")
                    .arg(m_location.toString(), keyword));
    }
    QSqlDatabase connection = db();
    if (!connection.isValid())
        return Error(Error::Code::Database,
            QStringLiteral("%1: Qt's PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql")
                .arg(m_location.toString()));
    if (!connection.open())
        return serverError(m_location, QStringLiteral("cannot connect"), connection.lastError());
    return {};
}

void closeConnection(const QString& name)
{
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Error serverError(const StoreLocation& location, const QString& what, const QSqlError& error)
{
    const QString shown = location.toString();
    const QString code = error.nativeErrorCode();
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    text = text.trimmed();
    // A connection refused by the server has no SQLSTATE, only its message.
    const bool noSuchDatabase = error.type() == QSqlError::ConnectionError && text.contains(u"database \"")
        && text.contains(u"does not exist");
    if (code == u"3D000" || noSuchDatabase)
        return Error(Error::Code::NotFound,
            QStringLiteral("%1 does not exist on the server (%2): an administrator creates it (createdb)")
                .arg(shown, text));
    // A refused connection comes without its SQLSTATE: libpq's message says whether a password was missing or wrong
    // (a password helps then); a user the server does not let in from here (28000) is not asked for one.
    const bool passwordRefused = error.type() == QSqlError::ConnectionError
        && (text.contains(u"no password supplied") || text.contains(u"password authentication failed"));
    if (code == u"28P01" || passwordRefused)
        return Error(Error::Code::Unauthorized,
            QStringLiteral("%1 refused the connection: %2 (check the user and password)").arg(shown, text));
    if (code == u"28000")
        return Error(Error::Code::Io,
            QStringLiteral("%1 refused the connection: %2 (check the user and password)").arg(shown, text));
    if (code == u"42501")
        return Error(Error::Code::Io,
            QStringLiteral("%1 refused: %2; this user's role may not do that (%3); nothing was written")
                .arg(shown, what, text));
    if (code == u"25006")
        return Error(
            Error::Code::Io, QStringLiteral("%1 was opened only to read: %2; nothing was written").arg(shown, what));
    if (code == u"40001" || code == u"40P01" || code == u"55P03")
        return Error(Error::Code::Busy,
            QStringLiteral("%1 is busy with another user's change: %2 (%3); try again").arg(shown, what, text));
    if (code.startsWith(u"08") || (code.isEmpty() && error.type() == QSqlError::ConnectionError))
        return Error(
            Error::Code::Io, QStringLiteral("%1: %2: the server cannot be reached: %3").arg(shown, what, text));
    if (code == u"53100")
        return Error(Error::Code::Io, QStringLiteral("%1: %2: the server's disk is full: %3").arg(shown, what, text));
    return Error(Error::Code::Database, QStringLiteral("%1: %2: %3").arg(shown, what, text));
}

sql::Store storeOf(const QSqlDatabase& db, const StoreLocation& location)
{
    return { db, location.toString(),
        [location](const QString& what, const QSqlError& error) { return serverError(location, what, error); },
        QStringLiteral("position") };
}

PGconn* connectionOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    // Qt names the type by libpq's typedef or by the struct's own name, depending on how it was declared.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

} // namespace crisis::core::postgres
