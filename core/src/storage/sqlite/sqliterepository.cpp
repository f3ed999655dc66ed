#include "../sql/sqlchangestore.h"
#include "sqlitefile.h"
#include "sqlitereader.h"
#include "sqliteschema.h"
#include "sqlitesupport.h"
#include "sqlitewriter.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/storage/sqlite/sqliterepository.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

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

const QStringList journalSuffixes = { QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") };

// The journals beside a database file now.
QStringList journalsOf(const QString& file)
{
    QStringList present;
    for (const QString& suffix : journalSuffixes) {
        if (QFileInfo::exists(file + suffix))
            present.append(suffix);
    }
    return present;
}

// After a refusal: what our own connection made beside the file (an empty log and its index) goes, unless another
// program has the database open by now.
void removeJournalsMadeSince(const QString& file, const QStringList& before)
{
    bool locked = false;
    lockHolder(file, &locked);
    if (locked || isOpenInThisProcess(file))
        return;
    const QString wal = file + QStringLiteral("-wal");
    if (!before.contains(QStringLiteral("-wal")) && QFileInfo::exists(wal) && QFileInfo(wal).size() == 0)
        QFile::remove(wal);
    if (!before.contains(QStringLiteral("-shm")) && !QFileInfo::exists(wal))
        QFile::remove(file + QStringLiteral("-shm"));
}

} // namespace

struct SqliteRepository::Opened
{
    QString path;
    QString connectionName;
    int version = 0;
    bool readOnly = false;
    bool cannotWrite = false;
    QStringList notices;
    QByteArray readerUri;
    std::unique_ptr<QTemporaryDir> copy;
    std::shared_ptr<void> openMark;
};

int SqliteRepository::currentSchemaVersion()
{
    return sqlite::currentSchemaVersion();
}

SqliteRepository::SqliteRepository(Opened&& opened)
    : Repository(StoreLocation::file(opened.path), opened.readOnly, opened.notices)
    , m_path(opened.path)
    , m_connectionName(std::move(opened.connectionName))
    , m_schemaVersion(opened.version)
    , m_readerUri(std::move(opened.readerUri))
    , m_copy(std::move(opened.copy))
    , m_openMark(std::move(opened.openMark))
    , m_cannotWrite(opened.cannotWrite)
    , m_identity(fileIdentity(opened.path))
{ }

Result<void> SqliteRepository::writable() const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (isReadOnly())
        return makeError(Error::Code::Io,
            m_cannotWrite
                ? QStringLiteral("%1 cannot be written (the file or its folder is read-only); nothing was written")
                      .arg(shown)
                : QStringLiteral("%1 was opened only to read; nothing was written").arg(shown));
    // An open file moved or deleted keeps taking writes that no one would ever read again.
    if (fileIdentity(m_path) == m_identity)
        return {};
    return makeError(Error::Code::Io,
        QStringLiteral("%1 was moved or deleted while it was open; nothing was written (open it again where it is)")
            .arg(shown));
}

SqliteRepository::~SqliteRepository()
{
    closeConnection(m_connectionName);
}

Result<void> SqliteRepository::create(const QString& path, const Snapshot& data)
{
    const PathKind kind = examinePath(path);
    if (kind.kind != PathKind::Missing)
        return makeError(Error::Code::Io,
            QStringLiteral("%1 exists; a new database is written only where there is nothing")
                .arg(QDir::toNativeSeparators(path)));
    return createDatabase(path, &data);
}

Result<std::unique_ptr<SqliteRepository>> SqliteRepository::open(const QString& path, OpenMode mode)
{
    const QString shown = QDir::toNativeSeparators(path);
    // What the path names, before anything is opened: only a regular file is a database, and only a path where
    // there is nothing is created.
    PathKind kind = examinePath(path);
    switch (kind.kind) {
    case PathKind::Missing:
        if (!createsStore(mode))
            return makeError(Error::Code::NotFound, QStringLiteral("%1 does not exist").arg(shown));
        if (mode == OpenMode::CreateWithBundledDataset) {
            const Snapshot bundled = Snapshot::fromDataset(bundledDataset());
            if (auto created = createDatabase(path, &bundled); !created)
                return created.error();
        } else if (auto created = createDatabase(path, nullptr); !created) {
            return created.error();
        }
        break;
    case PathKind::DanglingLink:
        return makeError(Error::Code::NotFound,
            QStringLiteral("%1 is a symbolic link to %2, which does not exist; nothing was created")
                .arg(shown, QDir::toNativeSeparators(kind.what)));
    case PathKind::Folder:
        return makeError(Error::Code::Io, QStringLiteral("%1 is a folder, not a database").arg(shown));
    case PathKind::Special:
        return makeError(Error::Code::Io,
            QStringLiteral("%1 is not a regular file (it is %2); it was not opened").arg(shown, kind.what));
    case PathKind::Regular:
        break;
    }
    if (createsStore(mode))
        removeStaleCreations(path);

    // The file itself (SQLite follows a symbolic link too, and keeps its journals beside the file it points to).
    const QString file = QFileInfo(path).canonicalFilePath();
    if (file.isEmpty())
        return makeError(Error::Code::NotFound, QStringLiteral("%1 does not exist").arg(shown));
    // Ours, by its header, before any connection: nothing is written to a file that is not known to be ours. (A
    // file this process has open already was checked when it was opened, and must not be opened outside SQLite.)
    const bool openHere = isOpenInThisProcess(file);
    Inspection header;
    if (!openHere) {
        auto inspected = inspect(file, shown);
        if (!inspected)
            return inspected.error();
        header = inspected.value();
    }
    const QStringList journalsBefore = journalsOf(file);
    // Shorter than its header says, with no journal to make up for it: cut short, whatever SQLite would read of it.
    if (!openHere && journalsBefore.isEmpty() && QFileInfo(file).size() < header.expectedSize)
        return makeError(Error::Code::Corrupt,
            QStringLiteral("%1 is corrupt (it is truncated: %2 bytes of the %3 its header counts)")
                .arg(shown, QString::number(QFileInfo(file).size()), QString::number(header.expectedSize)));
    const bool hotJournal = !openHere && hasHotJournal(file);
    const bool leftoverLog = !openHere && hasLeftoverLog(file);

    Opened opened;
    opened.path = path;
    opened.cannotWrite = !canWrite(file);
    opened.readOnly = mode == OpenMode::ReadOnly || opened.cannotWrite;
    // A connection that can write whenever the system lets it, even to only read: SQLite then rolls back what a
    // stopped program left, and removes the log and index it makes when it closes. One that cannot write reads a
    // database in WAL mode without a log as immutable: no program can be writing it, and SQLite makes no file.
    Access access = Access::ReadWrite;
    if (opened.cannotWrite)
        access = header.wal && journalsBefore.isEmpty() && !openHere ? Access::Immutable : Access::ReadOnly;
    opened.readerUri = fileUri(file, access == Access::ReadWrite ? Access::ReadOnly : access);

    Result<void> result;
    {
        ScopedConnection connection(file, access);
        result = [&]() -> Result<void> {
            QSqlDatabase db = connection.db();
            if (!db.open())
                return databaseError(path, QStringLiteral("cannot open"), db.lastError());
            // The paths that move a million rows use SQLite's own API on this connection.
            if (auto same = checkSameLibrary(db, path); !same)
                return same.error();
            QSqlError error;
            if (opened.readOnly && !exec(db, QStringLiteral("PRAGMA query_only = ON"), &error))
                return databaseError(path, QStringLiteral("cannot open"), error);
            // The first read: SQLite recovers the database here, if it must.
            const auto id = pragma(db, QStringLiteral("application_id"), &error);
            const auto version = id ? pragma(db, QStringLiteral("user_version"), &error) : std::nullopt;
            QSqlQuery schema(db);
            if (!version)
                return databaseError(path, QStringLiteral("cannot read"), error);
            if (!schema.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
                return databaseError(path, QStringLiteral("cannot read"), schema.lastError());
            schema.finish();
            auto identity = checkIdentity(*id, *version, shown);
            if (!identity)
                return identity.error();
            opened.version = identity->version;
            if (hotJournal && !hasHotJournal(file))
                opened.notices.append(
                    QStringLiteral("%1 was recovered from an interrupted write: a program stopped while writing it, "
                                   "and the change it was writing was rolled back")
                        .arg(shown));
            else if (leftoverLog)
                opened.notices.append(QStringLiteral("%1 was recovered from an interrupted write: a program stopped "
                                                     "with it open; every change it had saved is kept")
                                          .arg(shown));
            if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error))
                return databaseError(path, QStringLiteral("cannot enable foreign keys"), error);
            if (opened.version < currentSchemaVersion()) {
                if (opened.readOnly) {
                    // Read through a migrated copy: the file is left as it is.
                    opened.copy = std::make_unique<QTemporaryDir>();
                    if (!opened.copy->isValid())
                        return makeError(Error::Code::Io,
                            QStringLiteral("%1: cannot make a temporary folder to read this older database in")
                                .arg(shown));
                    const QString copy = opened.copy->filePath(QStringLiteral("migrated.sqlite"));
                    // (VACUUM INTO writes only the copy, but query_only refuses it all the same.)
                    exec(db, QStringLiteral("PRAGMA query_only = OFF"));
                    QSqlQuery vacuum(db);
                    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
                    vacuum.addBindValue(copy);
                    if (!vacuum.exec())
                        return databaseError(
                            path, QStringLiteral("cannot read this older database"), vacuum.lastError());
                    return {};
                }
                auto backup = backUp(file, opened.version);
                if (!backup)
                    return backup.error();
                if (auto migrated = migrate(db, path, opened.version, currentSchemaVersion()); !migrated) {
                    QFile::remove(backup.value());
                    return migrated.error();
                }
                opened.version = currentSchemaVersion();
            }
            // Best effort: a database another program has open keeps its journal until it is alone.
            if (!opened.readOnly)
                exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
            opened.connectionName = connection.release();
            return {};
        }();
    }
    if (!result) {
        removeJournalsMadeSince(file, journalsBefore);
        return result.error();
    }
    if (opened.copy) {
        // The migrated copy: brought to this version and read in place of the file.
        const QString copy = opened.copy->filePath(QStringLiteral("migrated.sqlite"));
        ScopedConnection connection(copy, Access::ReadWrite);
        QSqlDatabase db = connection.db();
        QSqlError error;
        if (!db.open() || !exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error))
            return databaseError(path, QStringLiteral("cannot read this older database"), db.lastError());
        if (auto migrated = migrate(db, path, opened.version, currentSchemaVersion()); !migrated)
            return migrated.error();
        exec(db, QStringLiteral("PRAGMA query_only = ON"));
        opened.version = currentSchemaVersion();
        opened.readerUri = fileUri(copy, Access::ReadOnly);
        opened.connectionName = connection.release();
    }
    opened.openMark = std::make_shared<OpenFileMark>(file);
    return std::unique_ptr<SqliteRepository>(new SqliteRepository(std::move(opened)));
}

Result<void> SqliteRepository::createAtVersion(const QString& path, int version)
{
    ScopedConnection connection(path, Access::Create);
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
    return Reader(QSqlDatabase::database(m_connectionName, false), m_path, m_readerUri).catalog();
}

Result<Snapshot> SqliteRepository::loadRecords(const QStringList& figureIds, const QStringList& eventIds)
{
    return Reader(QSqlDatabase::database(m_connectionName, false), m_path, m_readerUri).records(figureIds, eventIds);
}

Result<QStringList> SqliteRepository::existingIds(RecordKind kind, const QStringList& ids)
{
    return Reader(QSqlDatabase::database(m_connectionName, false), m_path, m_readerUri).existingIds(kind, ids);
}

Result<Snapshot> SqliteRepository::loadSnapshot(const Progress& progress)
{
    return Reader(QSqlDatabase::database(m_connectionName, false), m_path, m_readerUri).snapshot(progress);
}

Result<void> SqliteRepository::add(const Snapshot& data, const Progress& progress)
{
    if (auto there = writable(); !there)
        return there.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const bool bulk = data.figures.size() >= 100'000;
    const BulkWrite mode(db, bulk);
    return inTransaction(db, m_path, [&]() -> Result<void> {
        Writer writer(db, m_path);
        const bool titled = writer.hasTitle();
        return writer.write(data, !titled && !data.title.isEmpty(), progress, bulk);
    });
}

Result<void> SqliteRepository::addInParts(const std::function<Result<std::optional<FigureTable>>()>& nextPart,
    const std::function<Result<const Snapshot*>()>& rest, const Progress& progress)
{
    if (auto there = writable(); !there)
        return there.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A bulk write (see BulkWrite), the figures' secondary indexes built once at the end.
    const BulkWrite mode(db, true);
    Result<void> result = inTransaction(db, m_path, [&]() -> Result<void> {
        Writer writer(db, m_path);
        for (const IndexDefinition& index : figureIndexes) {
            QSqlError error;
            if (!exec(db, dropIndexSql(index), &error))
                return databaseError(m_path, QStringLiteral("cannot add figures"), error);
        }
        if (auto written = writer.writeInParts(nextPart, rest, progress); !written)
            return written;
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
    if (auto there = writable(); !there)
        return there.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    ChangeSet undo;
    Result<void> result = inTransaction(db, m_path, [&]() -> Result<void> {
        // A replaced record is deleted and written again; references to it hold once the change is complete, and
        // are checked then, at commit (this setting ends with the transaction).
        QSqlError error;
        if (!exec(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), &error))
            return databaseError(m_path, QStringLiteral("cannot apply the change"), error);
        Reader reader(db, m_path);
        Writer writer(db, m_path);
        sql::SqlChangeStore store(storeOf(db, m_path), reader, writer);
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
    Reader reader(db, m_path);
    Writer writer(db, m_path);
    auto found = sql::SqlChangeStore(storeOf(db, m_path), reader, writer)
                     .forEachCiting(sourceId, [&](RecordKind kind, const QString& id) {
                         citing.append({ kind, id });
                     });
    if (!found)
        return found.error();
    return citing;
}

Result<void> SqliteRepository::saveStory(const Story& story)
{
    if (auto there = writable(); !there)
        return there.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return inTransaction(db, m_path, [&]() -> Result<void> { return Writer(db, m_path).writeStory(story); });
}

Result<void> SqliteRepository::deleteStory(const QString& id)
{
    if (auto there = writable(); !there)
        return there.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return inTransaction(db, m_path, [&] { return Writer(db, m_path).deleteStory(id); });
}

Result<void> SqliteRepository::replaceAll(const Snapshot& data)
{
    if (auto there = writable(); !there)
        return there.error();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return inTransaction(db, m_path, [&]() -> Result<void> {
        Writer writer(db, m_path);
        if (auto cleared = writer.clear(); !cleared)
            return cleared;
        return writer.write(data, true, {});
    });
}

} // namespace crisis::core
