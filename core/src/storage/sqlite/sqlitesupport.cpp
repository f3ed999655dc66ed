#include "sqlitesupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace crisis::core::sqlite {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("crisis-sqlite-%1").arg(++counter);
}

} // namespace

QByteArray fileUri(const QString& path, Access access)
{
    // Every byte but the unreserved ones and '/' escaped: '?', '#' and '%' in a name mean something in a URI.
    QByteArray uri = "file:" + QFile::encodeName(QFileInfo(path).absoluteFilePath()).toPercentEncoding("/");
    switch (access) {
    case Access::Create:
        return uri + "?mode=rwc";
    case Access::ReadWrite:
        return uri + "?mode=rw";
    case Access::ReadOnly:
        return uri + "?mode=ro";
    case Access::Immutable:
        return uri + "?mode=ro&immutable=1";
    }
    return uri;
}

int openFlags(Access access)
{
    const int readOrWrite = access == Access::ReadOnly || access == Access::Immutable
        ? SQLITE_OPEN_READONLY
        : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; // mode=rw in the URI takes creating away
    return readOrWrite | SQLITE_OPEN_URI;
}

ScopedConnection::ScopedConnection(const QString& path, Access access)
    : m_name(newConnectionName())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(QString::fromUtf8(fileUri(path, access)));
    QString options = QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (access == Access::ReadOnly || access == Access::Immutable)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
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

sql::Store storeOf(const QSqlDatabase& db, const QString& path)
{
    return { db, QDir::toNativeSeparators(path),
        [path](const QString& what, const QSqlError& error) { return databaseError(path, what, error); },
        QStringLiteral("rowid") };
}

Error makeError(Error::Code code, const QString& message)
{
    return Error { code, message, {} };
}

Error databaseError(const QString& path, const QString& what, const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return sqliteError(path, what, text, error.nativeErrorCode().toInt());
}

Error sqliteError(const QString& path, const QString& what, const QString& text, int code)
{
    const QString shown = QDir::toNativeSeparators(path);
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || text.contains(QStringLiteral("malformed"))
        || text.contains(QStringLiteral("not a database")))
        return makeError(Error::Code::Corrupt, QStringLiteral("%1 is corrupt (%2)").arg(shown, text));
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || text.contains(QStringLiteral("database is locked"))) {
        const QString holder = lockHolder(path);
        return makeError(Error::Code::Busy,
            QStringLiteral("%1 is in use by another program%2 and stayed locked for %3 seconds: %4; close it there "
                           "and try again")
                .arg(shown, holder.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(holder))
                .arg(busyTimeoutMs / 1000)
                .arg(what));
    }
    if (code == SQLITE_READONLY_ROLLBACK || code == SQLITE_READONLY_RECOVERY)
        return makeError(Error::Code::Io,
            QStringLiteral("%1 was left by a program that stopped while writing it, and must be recovered before it is "
                           "read, but this user cannot write it (the file or its folder is read-only): make it "
                           "writable and open it again")
                .arg(shown));
    if (primary == SQLITE_READONLY || text.contains(QStringLiteral("readonly database")))
        return makeError(Error::Code::Io,
            QStringLiteral("%1 cannot be written (the file or its folder is read-only): %2; nothing was written")
                .arg(shown, what));
    return makeError(Error::Code::Database, QStringLiteral("%1: %2: %3").arg(shown, what, text));
}

namespace {

// The device and inode /proc/locks names a file by ("08:01:1234"), or nothing.
QByteArray lockKeyOf(const QString& path)
{
    struct stat info
    { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return QByteArray::number(major(info.st_dev), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(minor(info.st_dev), 16).rightJustified(2, '0') + ':'
        + QByteArray::number(static_cast<quint64>(info.st_ino));
}

} // namespace

QString lockHolder(const QString& path, bool* anyLock)
{
    if (anyLock)
        *anyLock = false;
    QList<QByteArray> keys;
    for (const QString& file : { path, QString(path + QStringLiteral("-shm")) }) {
        if (const QByteArray key = lockKeyOf(file); !key.isEmpty())
            keys.append(key);
    }
    QFile locks(QStringLiteral("/proc/locks"));
    if (keys.isEmpty() || !locks.open(QIODevice::ReadOnly))
        return {};
    // "1: POSIX  ADVISORY  WRITE 1234 08:01:5678 1073741824 1073741825"; a lock others wait for is "1: -> POSIX …".
    const QByteArray ownPid = QByteArray::number(::getpid());
    for (const QByteArray& line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        const qsizetype at = fields.indexOf("POSIX");
        if (at < 0 || fields.size() < at + 5 || fields.at(1) == "->")
            continue;
        const QByteArray& pid = fields.at(at + 3);
        if (!keys.contains(fields.at(at + 4)))
            continue;
        if (anyLock)
            *anyLock = true;
        if (pid == ownPid)
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(QString::fromLatin1(pid)));
        const QString name
            = comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll().trimmed()) : QString();
        return name.isEmpty() ? QStringLiteral("process %1").arg(QString::fromLatin1(pid))
                              : QStringLiteral("%1, process %2").arg(name, QString::fromLatin1(pid));
    }
    return {};
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
    return sql::inTransaction(storeOf(db, path), work);
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

void Statement::bind(int index, std::string_view text) const
{
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

void Statement::bindTransient(int index, const QByteArray& text) const
{
    sqlite3_bind_text(m_statement, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

} // namespace crisis::core::sqlite
