#include "sqlitefile.h"

#include "sqliteschema.h"
#include "sqlitesupport.h"
#include "sqlitewriter.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/storage/sqlite/sqliterepository.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace crisis::core::sqlite {

namespace {

void removeFileAndCompanions(const QString& path)
{
    for (const QString& suffix :
        { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

} // namespace

Result<void> createDatabase(const QString& path, bool withBundledDataset)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return makeError(Error::Code::Io,
            QStringLiteral("cannot create %1: the folder %2 does not exist")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath())));
    const QString temporary
        = path + QStringLiteral(".creating-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    Result<void> result;
    {
        ScopedConnection connection(temporary, false);
        QSqlDatabase db = connection.db();
        if (!db.open()) {
            result = databaseError(path, QStringLiteral("cannot create the database"), db.lastError());
        } else {
            QSqlError error;
            // Pages of 32 KiB rather than 4: a million figures are written in two thirds of the time, and an edit
            // still writes a few pages.
            if (!exec(db, QStringLiteral("PRAGMA page_size = 32768"), &error)
                || !exec(db, QStringLiteral("PRAGMA application_id = %1").arg(SqliteRepository::applicationId), &error)
                || !exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error)) {
                result = databaseError(path, QStringLiteral("cannot set up the database"), error);
            } else {
                result = migrate(db, path, 0, currentSchemaVersion());
            }
            if (result && withBundledDataset) {
                const Dataset bundled = bundledDataset();
                result = inTransaction(
                    db, path, [&] { return Writer(db, path).write(Snapshot::fromDataset(bundled), true, {}); });
            }
            if (result && !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &error))
                result = databaseError(path, QStringLiteral("cannot switch to WAL"), error);
        }
    }
    if (!result) {
        removeFileAndCompanions(temporary);
        return result;
    }
    QFile::remove(temporary + QStringLiteral("-wal"));
    QFile::remove(temporary + QStringLiteral("-shm"));
    // std::rename replaces an existing (empty) file atomically on POSIX.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        removeFileAndCompanions(temporary);
        return makeError(Error::Code::Io,
            QStringLiteral("cannot create %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
    }
    return {};
}

Result<Inspection> inspect(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, QStringLiteral("cannot read %1: %2").arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return makeError(Error::Code::NotCrisisDatabase,
            QStringLiteral("%1 is not a Crisis Timeline database (it is not an SQLite file)").arg(shown));
    if (header.size() < 100)
        return makeError(Error::Code::Corrupt, QStringLiteral("%1 is corrupt (its header is truncated)").arg(shown));

    ScopedConnection connection(path, true);
    QSqlDatabase db = connection.db();
    if (!db.open())
        return databaseError(path, QStringLiteral("cannot open"), db.lastError());
    QSqlError error;
    Inspection inspection;
    const auto id = pragma(db, QStringLiteral("application_id"), &error);
    const auto version = id ? pragma(db, QStringLiteral("user_version"), &error) : std::nullopt;
    QSqlQuery schema(db);
    if (!version || !schema.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return makeError(Error::Code::Corrupt,
            QStringLiteral("%1 is corrupt (%2)").arg(shown, (version ? schema.lastError() : error).databaseText()));
    inspection.applicationId = *id;
    inspection.version = static_cast<int>(*version);
    if (inspection.applicationId != SqliteRepository::applicationId)
        return makeError(Error::Code::NotCrisisDatabase,
            QStringLiteral("%1 is an SQLite database but not a Crisis Timeline database").arg(shown));
    if (inspection.version > currentSchemaVersion())
        return makeError(Error::Code::NewerSchema,
            QStringLiteral("%1 was written by a newer Crisis Timeline (schema %2; this version reads up to %3); "
                           "update the app to open it")
                .arg(shown, QString::number(inspection.version), QString::number(currentSchemaVersion())));
    return inspection;
}

Result<QString> backUp(const QString& path, int version)
{
    QString backup = path + QStringLiteral(".v%1.bak").arg(version);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = path + QStringLiteral(".v%1.%2.bak").arg(version).arg(n);
    ScopedConnection connection(path, true);
    QSqlDatabase db = connection.db();
    QSqlQuery query(db);
    if (!db.open() || !query.prepare(QStringLiteral("VACUUM INTO ?"))) {
        return databaseError(path, QStringLiteral("cannot back up before upgrading"), db.lastError());
    }
    query.addBindValue(backup);
    if (!query.exec())
        return databaseError(path, QStringLiteral("cannot back up before upgrading"), query.lastError());
    return backup;
}

} // namespace crisis::core::sqlite
