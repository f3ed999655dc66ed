#include "sqlitechangestore.h"
#include "sqlitefile.h"
#include "sqlitereader.h"
#include "sqliteschema.h"
#include "sqlitesupport.h"
#include "sqlitewriter.h"

#include <crisis/core/storage/sqlite/sqliterepository.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <optional>
#include <sys/stat.h>

namespace crisis::core {

using namespace sqlite;

namespace {

// The file a path names now, as the system knows it; nothing when there is none.
std::optional<std::pair<quint64, quint64>> fileIdentity(const QString& path)
{
    struct stat info
    { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return std::pair { static_cast<quint64>(info.st_dev), static_cast<quint64>(info.st_ino) };
}

} // namespace

int SqliteRepository::currentSchemaVersion()
{
    return sqlite::currentSchemaVersion();
}

SqliteRepository::SqliteRepository(const QString& path, QString connectionName, int schemaVersion)
    : Repository(StoreLocation::file(path))
    , m_path(path)
    , m_connectionName(std::move(connectionName))
    , m_schemaVersion(schemaVersion)
    , m_identity(fileIdentity(path))
{ }

Result<void> SqliteRepository::stillThere() const
{
    // An open file moved or deleted keeps taking writes that no one would ever read again.
    if (fileIdentity(m_path) == m_identity)
        return {};
    return makeError(Error::Code::Io,
        QStringLiteral("%1 was moved or deleted while it was open; nothing was written (open it again where it is)")
            .arg(QDir::toNativeSeparators(m_path)));
}

SqliteRepository::~SqliteRepository()
{
    closeConnection(m_connectionName);
}

Result<std::unique_ptr<SqliteRepository>> SqliteRepository::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(
            Error::Code::Io, QStringLiteral("%1 is a folder, not a database").arg(QDir::toNativeSeparators(path)));
    if (!info.exists() || info.size() == 0) {
        if (mode == OpenMode::Existing)
            return makeError(
                Error::Code::NotFound, QStringLiteral("%1 does not exist").arg(QDir::toNativeSeparators(path)));
        if (auto created = createDatabase(path, mode == OpenMode::CreateWithBundledDataset); !created)
            return created.error();
    }
    auto inspected = inspect(path);
    if (!inspected)
        return inspected.error();

    ScopedConnection connection(path, false);
    QSqlDatabase db = connection.db();
    if (!db.open())
        return databaseError(path, QStringLiteral("cannot open"), db.lastError());
    // The paths that move a million rows use SQLite's own API on this connection.
    if (auto same = checkSameLibrary(db, path); !same)
        return same.error();
    QSqlError error;
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error))
        return databaseError(path, QStringLiteral("cannot enable foreign keys"), error);
    int version = inspected->version;
    if (version < currentSchemaVersion()) {
        auto backup = backUp(path, version);
        if (!backup)
            return backup.error();
        if (auto migrated = migrate(db, path, version, currentSchemaVersion()); !migrated)
            return migrated.error();
        version = currentSchemaVersion();
    }
    exec(db, QStringLiteral("PRAGMA journal_mode = WAL")); // best effort: a read-only folder keeps its journal
    return std::unique_ptr<SqliteRepository>(new SqliteRepository(path, connection.release(), version));
}

Result<void> SqliteRepository::createAtVersion(const QString& path, int version)
{
    ScopedConnection connection(path, false);
    QSqlDatabase db = connection.db();
    if (!db.open())
        return databaseError(path, QStringLiteral("cannot create"), db.lastError());
    QSqlError error;
    if (!exec(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId), &error))
        return databaseError(path, QStringLiteral("cannot set up the database"), error);
    return migrate(db, path, 0, version);
}

Result<Snapshot> SqliteRepository::loadCatalog()
{
    return Reader(QSqlDatabase::database(m_connectionName, false), m_path).catalog();
}

Result<Snapshot> SqliteRepository::loadRecords(const QStringList& figureIds, const QStringList& eventIds)
{
    return Reader(QSqlDatabase::database(m_connectionName, false), m_path).records(figureIds, eventIds);
}

Result<QStringList> SqliteRepository::existingIds(RecordKind kind, const QStringList& ids)
{
    return Reader(QSqlDatabase::database(m_connectionName, false), m_path).existingIds(kind, ids);
}

Result<Snapshot> SqliteRepository::loadSnapshot(const Progress& progress)
{
    return Reader(QSqlDatabase::database(m_connectionName, false), m_path).snapshot(progress);
}

Result<void> SqliteRepository::add(const Snapshot& data, const Progress& progress)
{
    if (auto there = stillThere(); !there)
        return there.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const bool bulk = data.figures.size() >= 100'000;
    const BulkWrite mode(db, bulk);
    return inTransaction(db, m_path, [&]() -> Result<void> {
        const bool titled = hasTitle(db);
        return Writer(db, m_path).write(data, !titled && !data.title.isEmpty(), progress, bulk);
    });
}

Result<void> SqliteRepository::addInParts(const std::function<Result<std::optional<FigureTable>>()>& nextPart,
    const std::function<Result<const Snapshot*>()>& rest, const Progress& progress)
{
    if (auto there = stillThere(); !there)
        return there.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A bulk write (see BulkWrite), the figures' secondary indexes built once at the end.
    const BulkWrite mode(db, true);
    Result<void> result = inTransaction(db, m_path, [&]() -> Result<void> {
        const bool titled = hasTitle(db);
        Writer writer(db, m_path);
        for (const IndexDefinition& index : figureIndexes) {
            QSqlError error;
            if (!exec(db, dropIndexSql(index), &error))
                return databaseError(m_path, QStringLiteral("cannot add figures"), error);
        }
        qint64 written = 0;
        for (;;) {
            auto part = nextPart();
            if (!part)
                return part.error();
            if (!part.value())
                break;
            const qint64 before = written;
            auto added = writer.writeFigures(
                *part.value(), [&](qint64 done, qint64) { return !progress || progress(before + done, 0); });
            if (!added)
                return added;
            written += part.value()->size();
        }
        auto remaining = rest();
        if (!remaining)
            return remaining.error();
        Snapshot others;
        others.title = remaining.value()->title;
        others.description = remaining.value()->description;
        others.metrics = remaining.value()->metrics;
        others.sources = remaining.value()->sources;
        others.events = remaining.value()->events;
        others.stories = remaining.value()->stories;
        if (auto added = writer.write(others, !titled && !others.title.isEmpty(), {}); !added)
            return added;
        if (auto checked = writer.checkReferences(*remaining.value()); !checked)
            return checked;
        // The indexes are sorted on both cores: the reader is done by now.
        exec(db, QStringLiteral("PRAGMA threads = 2"));
        for (const IndexDefinition& index : figureIndexes) {
            QSqlError error;
            if (!exec(db, createIndexSql(index), &error))
                return databaseError(m_path, QStringLiteral("cannot index figures"), error);
        }
        return {};
    });
    exec(db, QStringLiteral("PRAGMA threads = 0"));
    return result;
}

Result<ChangeSet> SqliteRepository::apply(const ChangeSet& change)
{
    if (auto there = stillThere(); !there)
        return there.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    ChangeSet undo;
    Result<void> result = inTransaction(db, m_path, [&]() -> Result<void> {
        // A replaced record is deleted and written again; references to it hold once the change is complete, and
        // are checked then, at commit (this setting ends with the transaction).
        QSqlError error;
        if (!exec(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), &error))
            return databaseError(m_path, QStringLiteral("cannot apply the change"), error);
        SqliteChangeStore store(db, m_path);
        auto applied = applyChange(store, change);
        if (!applied)
            return applied.error();
        undo = std::move(applied.value());
        return {};
    });
    if (!result)
        return result.error();
    return undo;
}

Result<QList<std::pair<RecordKind, QString>>> SqliteRepository::citing(const QString& sourceId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QList<std::pair<RecordKind, QString>> citing;
    auto found = SqliteChangeStore(db, m_path).forEachCiting(sourceId, [&](RecordKind kind, const QString& id) {
        citing.append({ kind, id });
    });
    if (!found)
        return found.error();
    return citing;
}

Result<void> SqliteRepository::saveStory(const Story& story)
{
    if (auto there = stillThere(); !there)
        return there.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return inTransaction(db, m_path, [&]() -> Result<void> { return Writer(db, m_path).writeStory(story); });
}

Result<void> SqliteRepository::deleteStory(const QString& id)
{
    if (auto there = stillThere(); !there)
        return there.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return inTransaction(db, m_path, [&]() -> Result<void> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM stories WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return databaseError(m_path, QStringLiteral("cannot delete story \"%1\"").arg(id), query.lastError());
        return {};
    });
}

Result<void> SqliteRepository::replaceAll(const Snapshot& data)
{
    if (auto there = stillThere(); !there)
        return there.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return inTransaction(db, m_path, [&]() -> Result<void> {
        for (const char* table : { "story_steps", "stories", "event_charts", "event_citations", "event_actors",
                 "events", "figures", "sources", "meta" }) {
            QSqlError error;
            if (!exec(db, QStringLiteral("DELETE FROM ") + QLatin1String(table), &error))
                return databaseError(m_path, QStringLiteral("cannot clear %1").arg(QLatin1String(table)), error);
        }
        QSqlError error;
        if (!exec(db, QStringLiteral("DELETE FROM metrics WHERE builtin = 0"), &error))
            return databaseError(m_path, QStringLiteral("cannot clear metrics"), error);
        return Writer(db, m_path).write(data, true, {});
    });
}

} // namespace crisis::core
