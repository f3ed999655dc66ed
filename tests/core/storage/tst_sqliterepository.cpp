#include "rawsql.h"
#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/storage/sqlite/sqliterepository.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <sys/stat.h>
#include <tuple>

using namespace crisis::core;
using crisis::test::readFile;
using crisis::test::writeFile;

namespace {

class SqliteRepositoryTest : public ::testing::Test
{
protected:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static std::unique_ptr<SqliteRepository> open(const QString& file, OpenMode create)
    {
        auto result = SqliteRepository::open(file, create);
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return result.ok() ? std::move(result.value()) : nullptr;
    }

    // Runs SQL on a file with a plain connection, outside the repository.
    static void rawSql(const QString& file, const QStringList& statements) { crisis::test::rawSql(file, statements); }

    // The SQL that made an index, read with a plain connection.
    static QString indexSql(const QString& file, const QString& index)
    {
        QString sql;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-index"));
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(index))
                    && query.next())
                    sql = query.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-index"));
        return sql;
    }

    static QByteArray hashOf(const QString& file)
    {
        return QCryptographicHash::hash(readFile(file), QCryptographicHash::Sha256);
    }

    QStringList filesInDir() const { return QDir(m_dir.path()).entryList(QDir::Files, QDir::Name); }
    QStringList filesInDirIncludingSpecial() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(SqliteRepositoryTest, ANewDatabaseHoldsTheBundledDataset)
{
    const QString file = path("new.sqlite");
    auto repository = open(file, OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(repository);
    EXPECT_EQ(repository->schemaVersion(), SqliteRepository::currentSchemaVersion());
    EXPECT_EQ(repository->location(), StoreLocation::file(file));
    const auto loaded = repository->load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded.value(), bundledDataset());
    repository.reset();
    // Created under a temporary name and renamed: nothing else is left in the folder.
    EXPECT_EQ(filesInDir(), QStringList({ QStringLiteral("new.sqlite") }));
}

TEST_F(SqliteRepositoryTest, TheFileIsMarkedAsOursWithItsSchemaVersion)
{
    const QString file = path("marked.sqlite");
    open(file, OpenMode::CreateEmpty).reset();
    const QByteArray header = readFile(file).left(100);
    const auto bigEndian = [&](int at) {
        return (static_cast<quint8>(header[at]) << 24) | (static_cast<quint8>(header[at + 1]) << 16)
            | (static_cast<quint8>(header[at + 2]) << 8) | static_cast<quint8>(header[at + 3]);
    };
    EXPECT_EQ(bigEndian(68), SqliteRepository::applicationId);
    EXPECT_EQ(bigEndian(60), SqliteRepository::currentSchemaVersion());
    EXPECT_EQ(header[18], 2) << "WAL journal";
    // Pages of 32 KiB (bytes 16-17, big-endian): a bulk import writes a third faster than with 4 KiB.
    EXPECT_EQ((static_cast<quint8>(header[16]) << 8) | static_cast<quint8>(header[17]), 32768);
}

TEST_F(SqliteRepositoryTest, AZeroByteFileIsNotOursAndIsLeftAlone)
{
    // Only a path where nothing exists is created: an empty file may be anything a user made (or SQLite's own
    // empty database), and no mode turns it into ours.
    const QString file = path("touched.sqlite");
    writeFile(file, {});
    for (const OpenMode mode :
        { OpenMode::ReadOnly, OpenMode::Existing, OpenMode::CreateEmpty, OpenMode::CreateWithBundledDataset }) {
        const auto result = SqliteRepository::open(file, mode);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, Error::Code::NotCrisisDatabase);
        EXPECT_TRUE(result.error().message.contains(file)) << result.error().message.toStdString();
        EXPECT_TRUE(result.error().message.contains(u"empty")) << result.error().message.toStdString();
    }
    EXPECT_TRUE(readFile(file).isEmpty());
    EXPECT_EQ(filesInDir(), QStringList({ QStringLiteral("touched.sqlite") }));
}

TEST_F(SqliteRepositoryTest, AMissingFileIsNotCreatedWhenNotAsked)
{
    const auto result = SqliteRepository::open(path("absent.sqlite"), OpenMode::Existing);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::NotFound);
    EXPECT_TRUE(filesInDir().isEmpty());
    const auto noFolder = SqliteRepository::open(path("no/such/folder/x.sqlite"), OpenMode::CreateEmpty);
    ASSERT_FALSE(noFolder.ok());
    EXPECT_EQ(noFolder.error().code, Error::Code::Io);
    EXPECT_TRUE(noFolder.error().message.contains(u"does not exist"));
}

TEST_F(SqliteRepositoryTest, ATextFileIsNotOursAndIsLeftAlone)
{
    const QString file = path("notes.sqlite");
    writeFile(file, "These are my notes, not a database.\n");
    const QByteArray before = hashOf(file);
    const auto result = SqliteRepository::open(file, OpenMode::CreateWithBundledDataset);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::NotCrisisDatabase);
    EXPECT_TRUE(result.error().message.contains(file)) << result.error().message.toStdString();
    EXPECT_EQ(hashOf(file), before);
    EXPECT_EQ(filesInDir(), QStringList({ QStringLiteral("notes.sqlite") }));
}

TEST_F(SqliteRepositoryTest, AnotherAppsSqliteDatabaseIsNotOursAndIsLeftAlone)
{
    // Its header is read before any connection: its journal mode is not switched, nothing is made beside it.
    for (const char* journal : { "delete", "wal" }) {
        const QString file = path("other.sqlite");
        rawSql(file,
            { QStringLiteral("PRAGMA journal_mode = %1").arg(QLatin1String(journal)),
                QStringLiteral("CREATE TABLE figures (id TEXT)"), QStringLiteral("INSERT INTO figures VALUES ('x')") });
        const QByteArray before = hashOf(file);
        for (const OpenMode mode :
            { OpenMode::ReadOnly, OpenMode::Existing, OpenMode::CreateEmpty, OpenMode::CreateWithBundledDataset }) {
            const auto result = SqliteRepository::open(file, mode);
            ASSERT_FALSE(result.ok());
            EXPECT_EQ(result.error().code, Error::Code::NotCrisisDatabase);
            EXPECT_TRUE(result.error().message.contains(u"not a Crisis Timeline database"));
            EXPECT_TRUE(result.error().message.contains(file));
            EXPECT_EQ(hashOf(file), before) << journal;
            EXPECT_EQ(filesInDir(), QStringList({ QStringLiteral("other.sqlite") })) << journal;
        }
        QFile::remove(file);
    }
}

TEST_F(SqliteRepositoryTest, ANewerDatabaseIsRefusedAndLeftAlone)
{
    const QString file = path("newer.sqlite");
    ASSERT_TRUE(SqliteRepository::createAtVersion(file, SqliteRepository::currentSchemaVersion()).ok());
    rawSql(file, { QStringLiteral("PRAGMA user_version = %1").arg(SqliteRepository::currentSchemaVersion() + 1) });
    const QByteArray before = hashOf(file);
    const auto result = SqliteRepository::open(file, OpenMode::CreateWithBundledDataset);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::NewerSchema);
    EXPECT_TRUE(result.error().message.contains(u"newer")) << result.error().message.toStdString();
    EXPECT_EQ(hashOf(file), before);
}

TEST_F(SqliteRepositoryTest, ATruncatedDatabaseIsCorruptAndLeftAlone)
{
    const QString file = path("truncated.sqlite");
    open(file, OpenMode::CreateWithBundledDataset).reset();
    writeFile(file, readFile(file).left(60));
    const QByteArray before = hashOf(file);
    const auto result = SqliteRepository::open(file, OpenMode::CreateWithBundledDataset);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::Corrupt);
    EXPECT_EQ(hashOf(file), before);
}

TEST_F(SqliteRepositoryTest, ADamagedDatabaseGivesAClearErrorAndIsLeftAlone)
{
    const QString file = path("damaged.sqlite");
    open(file, OpenMode::CreateWithBundledDataset).reset();
    // Overwrite everything after the first page (the schema) with noise.
    QByteArray bytes = readFile(file);
    ASSERT_GT(bytes.size(), 8192);
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 7919) & 0xff);
    writeFile(file, bytes);
    const QByteArray before = hashOf(file);
    auto result = SqliteRepository::open(file, OpenMode::CreateWithBundledDataset);
    QString message;
    if (!result.ok()) {
        message = result.error().message;
        EXPECT_EQ(result.error().code, Error::Code::Corrupt) << message.toStdString();
    } else {
        const auto loaded = result.value()->load();
        ASSERT_FALSE(loaded.ok()) << "a damaged database loaded without error";
        EXPECT_EQ(loaded.error().code, Error::Code::Corrupt) << loaded.error().message.toStdString();
        message = loaded.error().message;
    }
    EXPECT_TRUE(message.contains(u"corrupt")) << message.toStdString();
    EXPECT_TRUE(message.contains(file)) << message.toStdString();
    result = Error {};
    EXPECT_EQ(hashOf(file), before);
}

TEST_F(SqliteRepositoryTest, EveryOlderVersionIsMigratedAfterABackup)
{
    for (int version = 0; version < SqliteRepository::currentSchemaVersion(); ++version) {
        const QString file = path("old.sqlite") + QString::number(version);
        ASSERT_TRUE(SqliteRepository::createAtVersion(file, version).ok());
        if (version >= 1) {
            // Records written by a version-1 app, in version 1's schema.
            rawSql(file,
                { QStringLiteral(
                      "INSERT INTO sources VALUES ('s1', 1, 'a.txt', '', 'Outlet', '', 'd', '', '2024', 0, '', '')"),
                    QStringLiteral("INSERT INTO events VALUES ('e1', 1, '2024-06', '2024-06-01', '2024-06-30', 0, '',"
                                   " 'Arrival', '', 'security_deployment', 'Port-au-Prince')"),
                    QStringLiteral("INSERT INTO event_citations VALUES ('e1', 0, 's1', 'arrived', 0)") });
        }
        const QByteArray before = readFile(file);
        auto repository = open(file, OpenMode::Existing);
        ASSERT_TRUE(repository) << "from version " << version;
        EXPECT_EQ(repository->schemaVersion(), SqliteRepository::currentSchemaVersion());
        const Dataset migrated = repository->load().value();
        if (version >= 1) {
            ASSERT_EQ(migrated.events.size(), 1) << "from version " << version;
            EXPECT_EQ(migrated.events.at(0).title, u"Arrival");
            EXPECT_EQ(migrated.events.at(0).citations.at(0).sourceId, u"s1");
            EXPECT_TRUE(migrated.events.at(0).charts.isEmpty());
            // Version 5: an event written before statuses existed happened.
            EXPECT_EQ(migrated.events.at(0).status, EventStatus::Occurred);
            ASSERT_TRUE(repository->replaceAll(Dataset {}).ok());
        }
        // The migrated database takes everything the current one does: expected and proposed events, and figures
        // of the metrics built in since it was made.
        Dataset current = bundledDataset();
        current.events[0].status = EventStatus::Expected;
        current.events[1].status = EventStatus::Proposed;
        Figure signatories = current.figures.constFirst();
        signatories.id = QStringLiteral("fig-signatories");
        signatories.metric = QStringLiteral("signatory_countries");
        signatories.value = 7;
        signatories.parentId.clear();
        signatories.subgroup.clear();
        current.figures.append(signatories);
        ASSERT_TRUE(repository->add(current).ok()) << "from version " << version;
        EXPECT_EQ(repository->load().value(), current) << "from version " << version;
        // Version 4: the parents' index holds only the figures that have one.
        repository.reset();
        EXPECT_TRUE(indexSql(file, QStringLiteral("figures_parent")).contains(u"WHERE parent_id IS NOT NULL"))
            << "from version " << version;
        const QString backup = file + QStringLiteral(".v%1.bak").arg(version);
        ASSERT_TRUE(QFile::exists(backup)) << "no backup before migrating from version " << version;
        // The backup is the old database: same schema version and application id as before the upgrade.
        const QByteArray saved = readFile(backup);
        ASSERT_GE(saved.size(), 100);
        EXPECT_EQ(saved.mid(60, 4), before.mid(60, 4)) << "schema version of the backup";
        EXPECT_EQ(saved.mid(68, 4), before.mid(68, 4)) << "application id of the backup";
    }
}

TEST_F(SqliteRepositoryTest, ABulkWriteKeepsTheWriteAheadLogKeysAndIndexes)
{
    // 100,000 figures is a bulk write (the storage contract checks its references and all-or-nothing).
    const QString file = path("bulk.sqlite");
    auto repository = open(file, OpenMode::CreateWithBundledDataset);
    ASSERT_TRUE(repository);
    // Written in bulk (the write ahead log and the foreign keys off, the indexes dropped), the database is as it
    // was otherwise afterwards, its log, keys and indexes in force.
    ASSERT_TRUE(repository->add(crisis::test::manyFigures(100'000, "src-000", "fig-000-01")).ok());
    EXPECT_EQ(repository->load().value().figures.size(), 100'037);
    repository.reset();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk-check"));
    db.setDatabaseName(file);
    ASSERT_TRUE(db.open());
    {
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        EXPECT_EQ(query.value(0).toString(), u"wal");
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        EXPECT_FALSE(query.next()) << "no figure refers to a record that is not there";
        ASSERT_TRUE(query.exec(QStringLiteral(
                        "SELECT count(*) FROM sqlite_master WHERE name IN ('figures_source', 'figures_parent')"))
            && query.next());
        EXPECT_EQ(query.value(0).toInt(), 2) << "the indexes dropped for the write are back";
        ASSERT_TRUE(
            query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'figures_parent'")) && query.next());
        EXPECT_TRUE(query.value(0).toString().contains(u"WHERE parent_id IS NOT NULL")) << "built again as it was";
        // The parents' index holds only the one figure with a parent, and finding a figure's parts uses it, as
        // finding what cites a source uses the sources' index.
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT id FROM figures WHERE parent_id = 'fig-000-01'")));
        QStringList parts;
        while (query.next())
            parts.append(query.value(0).toString());
        EXPECT_TRUE(parts.contains(QStringLiteral("bulk-99999"))) << parts.join(u' ').toStdString();
        for (const auto& [sql, index] :
            { std::pair { "SELECT id FROM figures WHERE parent_id = 'f'", "figures_parent" },
                std::pair { "SELECT id FROM figures WHERE source_id = 's'", "figures_source" } }) {
            ASSERT_TRUE(query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + QString::fromLatin1(sql)) && query.next());
            EXPECT_TRUE(query.value(3).toString().contains(QString::fromLatin1(index)))
                << sql << ": " << query.value(3).toString().toStdString();
        }
        const auto count = [&](const char* sql) {
            return query.exec(QString::fromLatin1(sql)) && query.next() ? query.value(0).toInt() : -1;
        };
        EXPECT_EQ(count("SELECT count(*) FROM figures INDEXED BY figures_parent WHERE parent_id IS NOT NULL"),
            count("SELECT count(*) FROM figures NOT INDEXED WHERE parent_id IS NOT NULL"));
        const Dataset bundled = bundledDataset();
        const auto withParent = std::count_if(bundled.figures.cbegin(), bundled.figures.cend(),
            [](const Figure& figure) { return !figure.parentId.isEmpty(); });
        EXPECT_EQ(count("SELECT count(*) FROM figures NOT INDEXED WHERE parent_id IS NOT NULL"), withParent + 1)
            << "the bundled dataset's parts, and the bulk figure";
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bulk-check"));
}

TEST_F(SqliteRepositoryTest, AFileMovedOrDeletedWhileOpenTakesNoMoreWrites)
{
    // A window keeps its database open; if the file goes away meanwhile, a write must fail rather than go into
    // a file no one will open again.
    for (const bool deleted : { false, true }) {
        const QString file = path(deleted ? "deleted.sqlite" : "moved.sqlite");
        auto repository = open(file, OpenMode::CreateWithBundledDataset);
        ASSERT_TRUE(repository);
        if (deleted)
            ASSERT_TRUE(QFile::remove(file));
        else
            ASSERT_TRUE(QFile::rename(file, path("elsewhere.sqlite")));
        ChangeSet change;
        change.removeFigures = { QStringLiteral("fig-001-11") };
        const auto applied = repository->apply(change);
        ASSERT_FALSE(applied.ok());
        EXPECT_EQ(applied.error().code, Error::Code::Io);
        EXPECT_TRUE(applied.error().message.contains(u"moved or deleted")) << applied.error().message.toStdString();
        EXPECT_FALSE(repository->saveStory({ QStringLiteral("s"), QStringLiteral("S"), {} }).ok());
        EXPECT_FALSE(repository->add(Dataset {}).ok());
        repository.reset();
        if (!deleted) {
            // The file moved holds what it held.
            auto moved = open(path("elsewhere.sqlite"), OpenMode::Existing);
            ASSERT_TRUE(moved);
            EXPECT_EQ(moved->load().value(), bundledDataset());
        }
    }
}

TEST_F(SqliteRepositoryTest, ANegativeSchemaVersionIsDamagedAndLeftAlone)
{
    const QString file = path("negative.sqlite");
    open(file, OpenMode::CreateWithBundledDataset).reset();
    rawSql(file, { QStringLiteral("PRAGMA user_version = -3") });
    const QByteArray before = hashOf(file);
    for (const OpenMode mode : { OpenMode::ReadOnly, OpenMode::Existing, OpenMode::CreateWithBundledDataset }) {
        const auto result = SqliteRepository::open(file, mode);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, Error::Code::Corrupt);
        EXPECT_TRUE(result.error().message.contains(u"schema version is -3")) << result.error().message.toStdString();
        EXPECT_EQ(hashOf(file), before);
        EXPECT_EQ(filesInDir(), QStringList({ QStringLiteral("negative.sqlite") }));
    }
}

TEST_F(SqliteRepositoryTest, ADatabaseOpenedReadOnlyIsNotChangedAndNothingIsLeftBesideIt)
{
    const QString file = path("read.sqlite");
    open(file, OpenMode::CreateWithBundledDataset).reset();
    const QByteArray before = hashOf(file);
    {
        auto repository = open(file, OpenMode::ReadOnly);
        ASSERT_TRUE(repository);
        EXPECT_EQ(repository->load().value(), bundledDataset());
        // Many figures are read on two connections.
        EXPECT_TRUE(repository->existingIds(RecordKind::Figure, { QStringLiteral("fig-000-01") }).ok());
    }
    EXPECT_EQ(hashOf(file), before);
    EXPECT_EQ(filesInDir(), QStringList({ QStringLiteral("read.sqlite") }));
}

TEST_F(SqliteRepositoryTest, AnOlderDatabaseOpenedReadOnlyIsReadAsThisVersionAndLeftAsItWas)
{
    const QString file = path("old.sqlite");
    ASSERT_TRUE(SqliteRepository::createAtVersion(file, 1).ok());
    rawSql(file,
        { QStringLiteral("INSERT INTO sources VALUES ('s1', 1, 'a.txt', '', 'Outlet', '', 'd', '', '2024', 0, '', '')"),
            QStringLiteral("INSERT INTO events VALUES ('e1', 1, '2024-06', '2024-06-01', '2024-06-30', 0, '',"
                           " 'Arrival', '', 'security_deployment', 'Port-au-Prince')"),
            QStringLiteral("INSERT INTO event_citations VALUES ('e1', 0, 's1', 'arrived', 0)") });
    const QByteArray before = hashOf(file);
    {
        auto repository = open(file, OpenMode::ReadOnly);
        ASSERT_TRUE(repository);
        EXPECT_EQ(repository->schemaVersion(), SqliteRepository::currentSchemaVersion());
        const Dataset read = repository->load().value();
        ASSERT_EQ(read.events.size(), 1);
        EXPECT_EQ(read.events.at(0).title, u"Arrival");
        EXPECT_FALSE(repository->add(bundledDataset()).ok());
    }
    EXPECT_EQ(hashOf(file), before);
    EXPECT_EQ(filesInDir(), QStringList({ QStringLiteral("old.sqlite") })) << "no backup, no journal";
}

TEST_F(SqliteRepositoryTest, AFailedMigrationLeavesNoBackupAndTheDatabaseAsItWas)
{
    const QString file = path("stuck.sqlite");
    ASSERT_TRUE(SqliteRepository::createAtVersion(file, 1).ok());
    // A table in the way of the next version's.
    rawSql(file, { QStringLiteral("CREATE TABLE event_charts (x)") });
    const QByteArray before = hashOf(file);
    const auto result = SqliteRepository::open(file, OpenMode::Existing);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(u"migration to schema 2 failed"))
        << result.error().message.toStdString();
    EXPECT_EQ(hashOf(file), before);
    EXPECT_EQ(filesInDir(), QStringList({ QStringLiteral("stuck.sqlite") }));
}

TEST_F(SqliteRepositoryTest, AHotJournalIsRolledBackAndSaidSo)
{
    // What a bulk import killed midway leaves: pages of the change written into the file, the pages they replaced
    // in a rollback journal. Copied while a transaction is under way, file and journal are exactly that.
    const QString file = path("writing.sqlite");
    open(file, OpenMode::CreateWithBundledDataset).reset();
    const QString crashed = path("crashed.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const char* sql : { "PRAGMA journal_mode = DELETE", "PRAGMA cache_size = 4", "BEGIN",
                 "DELETE FROM story_steps", "DELETE FROM stories", "DELETE FROM event_citations",
                 "DELETE FROM event_actors", "DELETE FROM event_charts", "DELETE FROM events",
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 300) "
                 "INSERT INTO meta SELECT 'filler-' || i, hex(randomblob(2000)) FROM n" })
            ASSERT_TRUE(query.exec(QString::fromLatin1(sql))) << sql << query.lastError().text().toStdString();
        ASSERT_TRUE(QFile::exists(file + QStringLiteral("-journal")));
        ASSERT_TRUE(QFile::copy(file, crashed));
        ASSERT_TRUE(QFile::copy(file + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        ASSERT_TRUE(query.exec(QStringLiteral("ROLLBACK")));
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    ASSERT_NE(hashOf(crashed), hashOf(file)) << "the copy holds pages of the change";
    // Even a command that only reads: SQLite rolls the journal back, and it is said.
    auto repository = open(crashed, OpenMode::ReadOnly);
    ASSERT_TRUE(repository);
    ASSERT_EQ(repository->notices().size(), 1);
    EXPECT_TRUE(repository->notices().at(0).contains(u"recovered from an interrupted write"))
        << repository->notices().at(0).toStdString();
    EXPECT_TRUE(repository->notices().at(0).contains(crashed));
    EXPECT_EQ(repository->load().value(), bundledDataset());
    repository.reset();
    EXPECT_FALSE(QFile::exists(crashed + QStringLiteral("-journal")));
    EXPECT_TRUE(open(crashed, OpenMode::Existing)->notices().isEmpty()) << "recovered once";
}

TEST_F(SqliteRepositoryTest, ALogLeftByAProgramThatStoppedKeepsWhatItSaved)
{
    const QString file = path("logged.sqlite");
    open(file, OpenMode::CreateWithBundledDataset).reset();
    const QString crashed = path("stopped.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("logger"));
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM story_steps")));
        ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM stories")));
        // The program stops here, its change committed to the log and not yet to the file.
        ASSERT_GT(QFileInfo(file + QStringLiteral("-wal")).size(), 0);
        ASSERT_TRUE(QFile::copy(file, crashed));
        ASSERT_TRUE(QFile::copy(file + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("logger"));
    auto repository = open(crashed, OpenMode::ReadOnly);
    ASSERT_TRUE(repository);
    ASSERT_EQ(repository->notices().size(), 1);
    EXPECT_TRUE(repository->notices().at(0).contains(u"recovered from an interrupted write"));
    Dataset expected = bundledDataset();
    expected.stories.clear();
    EXPECT_EQ(repository->load().value(), expected);
    repository.reset();
    EXPECT_FALSE(QFile::exists(crashed + QStringLiteral("-wal"))) << "written into the file";
    EXPECT_FALSE(QFile::exists(crashed + QStringLiteral("-shm")));
}

TEST_F(SqliteRepositoryTest, ADeviceOrAPipeIsNeverOpenedNorReplaced)
{
    const QString fifo = path("pipe.sqlite");
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString toNull = path("null.sqlite");
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/null"), toNull));
    const QString toPipe = path("to-pipe.sqlite");
    ASSERT_TRUE(QFile::link(fifo, toPipe));
    struct stat nullBefore
    { };
    ASSERT_EQ(::stat("/dev/null", &nullBefore), 0);
    for (const QString& special : { QStringLiteral("/dev/null"), fifo, toNull, toPipe }) {
        for (const OpenMode mode :
            { OpenMode::ReadOnly, OpenMode::Existing, OpenMode::CreateEmpty, OpenMode::CreateWithBundledDataset }) {
            // A pipe opened to read would wait for a writer forever: it is refused before.
            const auto result = SqliteRepository::open(special, mode);
            ASSERT_FALSE(result.ok());
            EXPECT_EQ(result.error().code, Error::Code::Io);
            EXPECT_TRUE(result.error().message.contains(u"not a regular file")) << result.error().message.toStdString();
            EXPECT_TRUE(result.error().message.contains(special)) << result.error().message.toStdString();
        }
    }
    struct stat nullAfter
    { };
    ASSERT_EQ(::stat("/dev/null", &nullAfter), 0);
    EXPECT_TRUE(S_ISCHR(nullAfter.st_mode));
    EXPECT_EQ(nullAfter.st_rdev, nullBefore.st_rdev);
    EXPECT_EQ(nullAfter.st_ino, nullBefore.st_ino);
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/dev/null-journal")));
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/dev/null-wal")));
    struct stat pipe
    { };
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &pipe), 0);
    EXPECT_TRUE(S_ISFIFO(pipe.st_mode));
    EXPECT_EQ(filesInDirIncludingSpecial(),
        QStringList(
            { QStringLiteral("null.sqlite"), QStringLiteral("pipe.sqlite"), QStringLiteral("to-pipe.sqlite") }));
}

TEST_F(SqliteRepositoryTest, ALinkToNothingIsNotCreated)
{
    const QString link = path("link.sqlite");
    ASSERT_TRUE(QFile::link(path("target.sqlite"), link));
    for (const OpenMode mode : { OpenMode::ReadOnly, OpenMode::CreateWithBundledDataset }) {
        const auto result = SqliteRepository::open(link, mode);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, Error::Code::NotFound);
        EXPECT_TRUE(result.error().message.contains(u"symbolic link")) << result.error().message.toStdString();
    }
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_FALSE(QFileInfo::exists(path("target.sqlite")));
    // A link to a database of ours opens it, and its journals stay beside the file it points to.
    open(path("real.sqlite"), OpenMode::CreateWithBundledDataset).reset();
    const QString toReal = path("to-real.sqlite");
    ASSERT_TRUE(QFile::link(path("real.sqlite"), toReal));
    auto repository = open(toReal, OpenMode::Existing);
    ASSERT_TRUE(repository);
    EXPECT_EQ(repository->load().value(), bundledDataset());
}

TEST_F(SqliteRepositoryTest, WhatKilledCreationsLeftIsRemovedWhenItIsOursAndOld)
{
    const QString file = path("new.sqlite");
    const auto age = [](const QString& name, int minutes) {
        QFile f(name);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(
            f.setFileTime(QDateTime::currentDateTime().addSecs(-60 * minutes), QFileDevice::FileModificationTime));
    };
    // Killed before its first write, and killed mid-write: ours, an hour old.
    const QString empty = file + QStringLiteral(".creating-0123abcd");
    writeFile(empty, {});
    age(empty, 60);
    const QString midway = file + QStringLiteral(".creating-89abcdef");
    ASSERT_TRUE(SqliteRepository::createAtVersion(midway, 1).ok());
    writeFile(midway + QStringLiteral("-journal"), QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8));
    age(midway, 60);
    age(midway + QStringLiteral("-journal"), 60);
    // Kept: a creation under way (written a moment ago), a file that is not ours, a name that is not one of ours.
    const QString recent = file + QStringLiteral(".creating-deadbeef");
    writeFile(recent, {});
    const QString foreign = file + QStringLiteral(".creating-feedface");
    writeFile(foreign, "someone else's file\n");
    age(foreign, 60);
    const QString other = file + QStringLiteral(".creating-notmine1");
    writeFile(other, {});
    age(other, 60);

    open(file, OpenMode::CreateWithBundledDataset).reset();
    EXPECT_EQ(filesInDir(),
        QStringList({ QStringLiteral("new.sqlite"), QStringLiteral("new.sqlite.creating-deadbeef"),
            QStringLiteral("new.sqlite.creating-feedface"), QStringLiteral("new.sqlite.creating-notmine1") }));
}
