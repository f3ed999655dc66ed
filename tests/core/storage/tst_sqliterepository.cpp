#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/storage/sqlite/sqliterepository.h>

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace crisis::core;
using crisis::test::readFile;
using crisis::test::writeFile;

namespace {

class SqliteRepositoryTest : public ::testing::Test
{
protected:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static std::unique_ptr<SqliteRepository> open(const QString& file, SqliteRepository::Create create)
    {
        auto result = SqliteRepository::open(file, create);
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return result.ok() ? std::move(result.value()) : nullptr;
    }

    // Runs SQL on a file with a plain connection, outside the repository.
    static void rawSql(const QString& file, const QStringList& statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            ASSERT_TRUE(db.open());
            for (const QString& sql : statements) {
                QSqlQuery query(db);
                EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

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

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(SqliteRepositoryTest, ANewDatabaseHoldsTheBundledDataset)
{
    const QString file = path("new.sqlite");
    auto repository = open(file, SqliteRepository::Create::WithBundledDataset);
    ASSERT_TRUE(repository);
    EXPECT_EQ(repository->schemaVersion(), SqliteRepository::currentSchemaVersion());
    EXPECT_EQ(repository->location(), file);
    const auto loaded = repository->load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded.value(), bundledDataset());
    repository.reset();
    // Created under a temporary name and renamed: nothing else is left in the folder.
    EXPECT_EQ(filesInDir(), QStringList({ QStringLiteral("new.sqlite") }));
}

TEST_F(SqliteRepositoryTest, BundledJsonThroughTheDatabaseIsIdentical)
{
    const QByteArray original = crisis::test::sourceFile(QStringLiteral("resources/data/haiti.json"));
    auto repository = open(path("trip.sqlite"), SqliteRepository::Create::Empty);
    ASSERT_TRUE(repository);
    const auto parsed = readDatasetJson(original, QStringLiteral("haiti.json"));
    ASSERT_TRUE(parsed.ok());
    ASSERT_TRUE(repository->add(parsed.value).ok());
    const auto loaded = repository->load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(writeDatasetJson(loaded.value()), original);
}

TEST_F(SqliteRepositoryTest, TheFileIsMarkedAsOursWithItsSchemaVersion)
{
    const QString file = path("marked.sqlite");
    open(file, SqliteRepository::Create::Empty).reset();
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

TEST_F(SqliteRepositoryTest, AnEmptyDatabaseHasNoRecords)
{
    auto repository = open(path("empty.sqlite"), SqliteRepository::Create::Empty);
    ASSERT_TRUE(repository);
    const auto loaded = repository->load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_TRUE(loaded.value().figures.isEmpty());
    EXPECT_TRUE(loaded.value().events.isEmpty());
    EXPECT_TRUE(loaded.value().sources.isEmpty());
}

TEST_F(SqliteRepositoryTest, AZeroByteFileIsInitialised)
{
    const QString file = path("touched.sqlite");
    writeFile(file, {});
    auto repository = open(file, SqliteRepository::Create::WithBundledDataset);
    ASSERT_TRUE(repository);
    EXPECT_EQ(repository->load().value().figures.size(), bundledDataset().figures.size());
}

TEST_F(SqliteRepositoryTest, AMissingFileIsNotCreatedWhenNotAsked)
{
    const auto result = SqliteRepository::open(path("absent.sqlite"), SqliteRepository::Create::Never);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::NotFound);
    EXPECT_TRUE(filesInDir().isEmpty());
    const auto noFolder = SqliteRepository::open(path("no/such/folder/x.sqlite"), SqliteRepository::Create::Empty);
    ASSERT_FALSE(noFolder.ok());
    EXPECT_EQ(noFolder.error().code, Error::Code::Io);
    EXPECT_TRUE(noFolder.error().message.contains(u"does not exist"));
}

TEST_F(SqliteRepositoryTest, ATextFileIsNotOursAndIsLeftAlone)
{
    const QString file = path("notes.sqlite");
    writeFile(file, "These are my notes, not a database.\n");
    const QByteArray before = hashOf(file);
    const auto result = SqliteRepository::open(file, SqliteRepository::Create::WithBundledDataset);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::NotCrisisDatabase);
    EXPECT_TRUE(result.error().message.contains(file)) << result.error().message.toStdString();
    EXPECT_EQ(hashOf(file), before);
    EXPECT_EQ(filesInDir(), QStringList({ QStringLiteral("notes.sqlite") }));
}

TEST_F(SqliteRepositoryTest, AnotherAppsSqliteDatabaseIsNotOursAndIsLeftAlone)
{
    const QString file = path("other.sqlite");
    rawSql(
        file, { QStringLiteral("CREATE TABLE figures (id TEXT)"), QStringLiteral("INSERT INTO figures VALUES ('x')") });
    const QByteArray before = hashOf(file);
    const auto result = SqliteRepository::open(file, SqliteRepository::Create::WithBundledDataset);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::NotCrisisDatabase);
    EXPECT_TRUE(result.error().message.contains(u"not a Crisis Timeline database"));
    EXPECT_EQ(hashOf(file), before);
}

TEST_F(SqliteRepositoryTest, ANewerDatabaseIsRefusedAndLeftAlone)
{
    const QString file = path("newer.sqlite");
    ASSERT_TRUE(SqliteRepository::createAtVersion(file, SqliteRepository::currentSchemaVersion()).ok());
    rawSql(file, { QStringLiteral("PRAGMA user_version = %1").arg(SqliteRepository::currentSchemaVersion() + 1) });
    const QByteArray before = hashOf(file);
    const auto result = SqliteRepository::open(file, SqliteRepository::Create::WithBundledDataset);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::NewerSchema);
    EXPECT_TRUE(result.error().message.contains(u"newer")) << result.error().message.toStdString();
    EXPECT_EQ(hashOf(file), before);
}

TEST_F(SqliteRepositoryTest, ATruncatedDatabaseIsCorruptAndLeftAlone)
{
    const QString file = path("truncated.sqlite");
    open(file, SqliteRepository::Create::WithBundledDataset).reset();
    writeFile(file, readFile(file).left(60));
    const QByteArray before = hashOf(file);
    const auto result = SqliteRepository::open(file, SqliteRepository::Create::WithBundledDataset);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, Error::Code::Corrupt);
    EXPECT_EQ(hashOf(file), before);
}

TEST_F(SqliteRepositoryTest, ADamagedDatabaseGivesAClearErrorAndIsLeftAlone)
{
    const QString file = path("damaged.sqlite");
    open(file, SqliteRepository::Create::WithBundledDataset).reset();
    // Overwrite everything after the first page (the schema) with noise.
    QByteArray bytes = readFile(file);
    ASSERT_GT(bytes.size(), 8192);
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 7919) & 0xff);
    writeFile(file, bytes);
    const QByteArray before = hashOf(file);
    auto result = SqliteRepository::open(file, SqliteRepository::Create::WithBundledDataset);
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
        auto repository = open(file, SqliteRepository::Create::Never);
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

TEST_F(SqliteRepositoryTest, LoadingReportsProgressAndCanBeCancelled)
{
    auto repository = open(path("progress.sqlite"), SqliteRepository::Create::WithBundledDataset);
    ASSERT_TRUE(repository);
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    const auto loaded = repository->loadSnapshot([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(lastTotal, 37);
    EXPECT_EQ(lastDone, 37);
    EXPECT_EQ(loaded.value().figures.size(), 37);

    // Cancelling an add writes nothing.
    Snapshot more = Snapshot::fromDataset(bundledDataset());
    more.sources.clear();
    more.events.clear();
    Dataset renamed = more.toDataset();
    for (Figure& f : renamed.figures)
        f.id += QStringLiteral("-copy");
    const auto cancelled = repository->add(Snapshot::fromDataset(renamed), [](qint64, qint64) { return false; });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, Error::Code::Cancelled);
    EXPECT_EQ(repository->load().value().figures.size(), 37);
}

TEST_F(SqliteRepositoryTest, AFailedAddWritesNothing)
{
    auto repository = open(path("atomic.sqlite"), SqliteRepository::Create::WithBundledDataset);
    ASSERT_TRUE(repository);
    Dataset more;
    Figure good = bundledDataset().figures.first();
    good.id = QStringLiteral("new-1");
    Figure bad = good;
    bad.id = QStringLiteral("new-2");
    bad.citation.sourceId = QStringLiteral("no-such-source");
    more.figures = { good, bad };
    const auto result = repository->add(more);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(repository->load().value(), bundledDataset()) << "the good figure was written without the bad one";

    Dataset duplicate;
    duplicate.figures = { bundledDataset().figures.first() };
    const auto again = repository->add(duplicate);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(u"fig-000-01")) << again.error().message.toStdString();
    EXPECT_EQ(repository->load().value(), bundledDataset());

    // Many rows are written a block at a time: a taken id inside a block is still named, and nothing is written.
    Dataset many;
    for (int i = 0; i < 100; ++i) {
        Figure figure = good;
        figure.id = QStringLiteral("many-%1").arg(i);
        many.figures.append(figure);
    }
    many.figures[70].id = QStringLiteral("fig-000-03");
    const auto inBlock = repository->add(many);
    ASSERT_FALSE(inBlock.ok());
    EXPECT_TRUE(inBlock.error().message.contains(u"fig-000-03")) << inBlock.error().message.toStdString();
    EXPECT_EQ(inBlock.error().record.id, u"fig-000-03");
    EXPECT_EQ(repository->load().value(), bundledDataset());
    // Once it is right, all of them are there, in their order, after the others.
    many.figures[70].id = QStringLiteral("many-70");
    ASSERT_TRUE(repository->add(many).ok());
    const Dataset loaded = repository->load().value();
    ASSERT_EQ(loaded.figures.size(), bundledDataset().figures.size() + 100);
    EXPECT_EQ(loaded.figures.mid(bundledDataset().figures.size()), many.figures);
}

TEST_F(SqliteRepositoryTest, AddAppendsAndReplaceAllReplaces)
{
    auto repository = open(path("edit.sqlite"), SqliteRepository::Create::Empty);
    ASSERT_TRUE(repository);
    Dataset first = bundledDataset();
    ASSERT_TRUE(repository->add(first).ok());
    Dataset second;
    Source extra = first.sources.first();
    extra.id = QStringLiteral("src-extra");
    second.sources = { extra };
    ASSERT_TRUE(repository->add(second).ok());
    const Dataset loaded = repository->load().value();
    EXPECT_EQ(loaded.sources.size(), 6);
    EXPECT_EQ(loaded.sources.last().id, u"src-extra");
    EXPECT_EQ(loaded.title, first.title);

    const auto replacedAll = repository->replaceAll(second);
    ASSERT_TRUE(replacedAll.ok()) << replacedAll.error().message.toStdString();
    const Dataset replaced = repository->load().value();
    EXPECT_EQ(replaced.sources.size(), 1);
    EXPECT_TRUE(replaced.figures.isEmpty());
}

TEST_F(SqliteRepositoryTest, StoriesAreSavedReplacedAndDeleted)
{
    auto repository = open(path("stories.sqlite"), SqliteRepository::Create::WithBundledDataset);
    ASSERT_TRUE(repository);
    const Story first { QStringLiteral("story-1"), QStringLiteral("The mission"),
        { { QStringLiteral("evt-09"), QStringLiteral("Approved in 2023") }, { QStringLiteral("evt-10"), QString() } } };
    const Story second { QStringLiteral("story-2"), QStringLiteral("Violence"),
        { { QStringLiteral("evt-03"), QString() } } };
    ASSERT_TRUE(repository->saveStory(first).ok());
    ASSERT_TRUE(repository->saveStory(second).ok());
    EXPECT_EQ(repository->load().value().stories, QList<Story>({ first, second }));
    // Saving again replaces the story in its place.
    Story edited = first;
    std::swap(edited.steps[0], edited.steps[1]);
    edited.title = QStringLiteral("The mission, reordered");
    ASSERT_TRUE(repository->saveStory(edited).ok());
    EXPECT_EQ(repository->load().value().stories, QList<Story>({ edited, second }));
    ASSERT_TRUE(repository->deleteStory(QStringLiteral("story-1")).ok());
    EXPECT_EQ(repository->load().value().stories, QList<Story>({ second }));
    // A step must name an event that exists; a failed save leaves the story as it was.
    Story broken = second;
    broken.steps.append({ QStringLiteral("no-such-event"), QString() });
    EXPECT_FALSE(repository->saveStory(broken).ok());
    EXPECT_EQ(repository->load().value().stories, QList<Story>({ second }));
}

TEST_F(SqliteRepositoryTest, CustomMetricsAreStored)
{
    auto repository = open(path("metrics.sqlite"), SqliteRepository::Create::Empty);
    ASSERT_TRUE(repository);
    Dataset data;
    data.metrics = { { QStringLiteral("schools_closed"), QStringLiteral("Schools closed"), QStringLiteral("schools"),
        Metric::Kind::Stock, QStringLiteral("#output+schools") } };
    ASSERT_TRUE(repository->add(data).ok());
    EXPECT_EQ(repository->load().value().metrics, data.metrics);
    data.metrics.first().label = QStringLiteral("Something else");
    EXPECT_FALSE(repository->add(data).ok()) << "a metric was silently redefined";
}

TEST_F(SqliteRepositoryTest, ABulkWriteChecksEveryReferenceAndKeepsTheWriteAheadLog)
{
    // 100,000 figures is a bulk write: foreign keys are checked once per distinct value instead of per row.
    const QString file = path("bulk.sqlite");
    auto repository = open(file, SqliteRepository::Create::WithBundledDataset);
    ASSERT_TRUE(repository);
    const auto figures = [](const char* source, const char* parent) {
        FigureTable::Builder builder(100'000);
        for (int i = 0; i < 100'000; ++i) {
            const QByteArray id = "bulk-" + QByteArray::number(i);
            FigureRow row;
            row.id = std::string_view(id.constData(), static_cast<size_t>(id.size()));
            row.metric = "homicides";
            row.subject = "Haiti";
            row.sourceId = source;
            row.quote = "a quote";
            row.parentId = i == 99'999 ? std::string_view(parent) : std::string_view();
            row.value = i;
            row.period = *Period::parse(u"2024-01");
            builder.append(row);
        }
        Snapshot snapshot;
        snapshot.figures = builder.finish();
        return snapshot;
    };
    // A source that does not exist, or a parent: refused, naming the figure, and nothing is written.
    for (const auto& [source, parent, says] : { std::tuple { "src-404", "", "cites source \"src-404\"" },
             std::tuple { "src-000", "fig-404", "breaks down figure \"fig-404\"" } }) {
        const auto added = repository->add(figures(source, parent));
        ASSERT_FALSE(added.ok());
        EXPECT_TRUE(added.error().message.contains(QString::fromLatin1(says))) << added.error().message.toStdString();
        EXPECT_EQ(added.error().record.kind, RecordKind::Figure);
        EXPECT_FALSE(added.error().record.id.isEmpty());
        EXPECT_EQ(repository->load().value().figures.size(), 37);
    }
    // Good references: written, and the database is as it was otherwise, its log and keys in force.
    ASSERT_TRUE(repository->add(figures("src-000", "fig-000-01")).ok());
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

// ---- apply(): changes to single records, as the edit dialogs and their undo make them ----------------------

namespace {

class SqliteChangeTest : public SqliteRepositoryTest
{
protected:
    void SetUp() override
    {
        m_file = path("changes.sqlite");
        m_repository = open(m_file, SqliteRepository::Create::WithBundledDataset);
        ASSERT_TRUE(m_repository);
        m_before = loaded();
        ASSERT_EQ(m_before, bundledDataset());
    }

    Dataset loaded() const
    {
        const auto result = m_repository->load();
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return result.ok() ? result.value() : Dataset {};
    }

    // Dataset's == leaves out events' charts and the stories; this compares them too.
    static void expectSame(const Dataset& actual, const Dataset& expected)
    {
        EXPECT_EQ(actual, expected);
        ASSERT_EQ(actual.events.size(), expected.events.size());
        for (qsizetype i = 0; i < actual.events.size(); ++i)
            EXPECT_EQ(actual.events.at(i).charts, expected.events.at(i).charts) << actual.events.at(i).id.toStdString();
        EXPECT_EQ(actual.stories, expected.stories);
    }

    ChangeSet applied(const ChangeSet& change)
    {
        auto result = m_repository->apply(change);
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
        return result.ok() ? result.value() : ChangeSet {};
    }

    Error refused(const ChangeSet& change)
    {
        auto result = m_repository->apply(change);
        EXPECT_FALSE(result.ok()) << "the change was applied";
        expectSame(loaded(), m_before);
        return result.ok() ? Error {} : result.error();
    }

    // One number from the file, read on a connection of its own.
    qint64 count(const QString& sql) const
    {
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(m_file);
            EXPECT_TRUE(db.open());
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
            n = query.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return n;
    }

    static qsizetype indexOf(const QList<Figure>& figures, const QString& id)
    {
        for (qsizetype i = 0; i < figures.size(); ++i) {
            if (figures.at(i).id == id)
                return i;
        }
        return -1;
    }
    static qsizetype indexOf(const QList<Event>& events, const QString& id)
    {
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events.at(i).id == id)
                return i;
        }
        return -1;
    }

    static Figure newFigure(const QString& id, const QString& sourceId)
    {
        Figure figure;
        figure.id = id;
        figure.metric = QStringLiteral("kidnappings");
        figure.value = 1234;
        figure.qualifier = QStringLiteral("over");
        figure.subject = QStringLiteral("Haiti");
        figure.status = FigureStatus::Estimate;
        figure.period = *Period::parse(u"2024-01/2024-03");
        figure.reported = *PartialDate::parse(u"2024-04-02");
        figure.subgroup = QStringLiteral("in the capital");
        figure.citation = { sourceId, QStringLiteral("over 1,234 people were kidnapped"), 77 };
        figure.note = QStringLiteral("Typed in by hand.");
        return figure;
    }

    QString m_file;
    std::unique_ptr<SqliteRepository> m_repository;
    Dataset m_before;
};

} // namespace

TEST_F(SqliteChangeTest, ANewFigureIsReadBackEqualAndItsUndoRemovesIt)
{
    Figure figure = newFigure(QStringLiteral("fig-new"), QStringLiteral("src-001"));
    figure.parentId = QStringLiteral("fig-000-05");
    ChangeSet change;
    change.putFigures = { figure };
    const ChangeSet undo = applied(change);

    Dataset expected = m_before;
    expected.figures.append(figure);
    expectSame(loaded(), expected);
    ChangeSet removal;
    removal.removeFigures = { QStringLiteral("fig-new") };
    EXPECT_EQ(undo, removal);
}

TEST_F(SqliteChangeTest, AReplacedFigureKeepsItsPlace)
{
    const qsizetype at = indexOf(m_before.figures, QStringLiteral("fig-000-05"));
    ASSERT_GE(at, 0);
    Figure edited = m_before.figures.at(at);
    edited.value = 4321.5;
    edited.qualifier = QStringLiteral("about");
    edited.period = *Period::parse(u"2023-01/2023-12");
    edited.periodInferred = true;
    edited.periodNote = QStringLiteral("the year of the report");
    edited.citation = { QStringLiteral("src-002"), QStringLiteral("a different sentence"), 1200 };
    ChangeSet change;
    change.putFigures = { edited };
    const ChangeSet undo = applied(change);

    Dataset expected = m_before;
    expected.figures[at] = edited;
    expectSame(loaded(), expected);
    ASSERT_EQ(undo.putFigures.size(), 1);
    EXPECT_EQ(undo.putFigures.first(), m_before.figures.at(at)) << "the undo holds the figure as it was";
    EXPECT_TRUE(undo.removeFigures.isEmpty());
}

TEST_F(SqliteChangeTest, AReplacedEventKeepsNoStaleCitationsActorsOrCharts)
{
    const qsizetype at = indexOf(m_before.events, QStringLiteral("evt-11"));
    ASSERT_GE(at, 0);
    ASSERT_EQ(m_before.events.at(at).citations.size(), 3);
    ASSERT_EQ(m_before.events.at(at).actors.size(), 2);
    Event edited = m_before.events.at(at);
    edited.title = QStringLiteral("A new title");
    edited.category = EventCategory::Diplomatic;
    edited.citations = { { QStringLiteral("src-003"), QStringLiteral("one quote"), 10 } };
    edited.actors = { QStringLiteral("Kenya") };
    edited.charts = { QStringLiteral("deployment") };
    ChangeSet change;
    change.putEvents = { edited };
    applied(change);

    Dataset expected = m_before;
    expected.events[at] = edited;
    expectSame(loaded(), expected);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM event_citations WHERE event_id = 'evt-11'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM event_actors WHERE event_id = 'evt-11'")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM event_charts WHERE event_id = 'evt-11'")), 1);

    // More citations than before, then none of its actors or charts.
    edited.citations = { { QStringLiteral("src-000"), QStringLiteral("a"), 1 },
        { QStringLiteral("src-001"), QStringLiteral("b"), 2 }, { QStringLiteral("src-002"), QStringLiteral("c"), 3 },
        { QStringLiteral("src-003"), QStringLiteral("d"), 4 } };
    edited.actors.clear();
    edited.charts.clear();
    change.putEvents = { edited };
    applied(change);
    expected.events[at] = edited;
    expectSame(loaded(), expected);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM event_citations WHERE event_id = 'evt-11'")), 4);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM event_actors WHERE event_id = 'evt-11'")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM event_charts WHERE event_id = 'evt-11'")), 0);
}

TEST_F(SqliteChangeTest, AFigureIsRemoved)
{
    ChangeSet change;
    change.removeFigures = { QStringLiteral("fig-001-11") };
    const ChangeSet undo = applied(change);
    Dataset expected = m_before;
    const qsizetype at = indexOf(expected.figures, QStringLiteral("fig-001-11"));
    ASSERT_GE(at, 0);
    const Figure removed = expected.figures.takeAt(at);
    expectSame(loaded(), expected);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM figures WHERE id = 'fig-001-11'")), 0);
    EXPECT_EQ(undo.putFigures, QList<Figure>({ removed }));
}

TEST_F(SqliteChangeTest, AnEventIsRemovedWithItsCitationsActorsAndCharts)
{
    ChangeSet change;
    change.removeEvents = { QStringLiteral("evt-06") };
    applied(change);
    Dataset expected = m_before;
    expected.events.removeAt(indexOf(expected.events, QStringLiteral("evt-06")));
    expectSame(loaded(), expected);
    for (const char* table : { "events", "event_citations", "event_actors", "event_charts" }) {
        const QString column = qstrcmp(table, "events") == 0 ? QStringLiteral("id") : QStringLiteral("event_id");
        EXPECT_EQ(
            count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = 'evt-06'").arg(QLatin1String(table), column)), 0)
            << table;
    }
}

TEST_F(SqliteChangeTest, ASourceAndAFigureCitingItArePutTogether)
{
    Source source;
    source.id = QStringLiteral("src-new");
    source.document = QStringLiteral("new.txt");
    source.outlet = QStringLiteral("The Outlet");
    source.title = QStringLiteral("A report");
    source.published = *PartialDate::parse(u"2024-05");
    source.publishedInferred = true;
    source.publishedNote = QStringLiteral("from the file's date");
    source.url = QStringLiteral("https://example.org/report");
    ChangeSet change;
    change.putFigures = { newFigure(QStringLiteral("fig-new"), source.id) }; // listed first: order does not matter
    change.putSources = { source };
    applied(change);
    Dataset expected = m_before;
    expected.sources.append(source);
    expected.figures.append(change.putFigures.first());
    expectSame(loaded(), expected);
}

TEST_F(SqliteChangeTest, ACitedSourceIsNotRemovedAndEveryCitingRecordIsNamed)
{
    const auto citing = m_repository->citing(QStringLiteral("src-004"));
    ASSERT_TRUE(citing.ok());
    QList<std::pair<RecordKind, QString>> events;
    for (const char* id : { "evt-11", "evt-12", "evt-13", "evt-17", "evt-18", "evt-27", "evt-28", "evt-31", "evt-32" })
        events.append({ RecordKind::Event, QString::fromLatin1(id) });
    EXPECT_EQ(citing.value(), events);
    // Figures first, then events, each in list order.
    const auto mixed = m_repository->citing(QStringLiteral("src-003"));
    ASSERT_TRUE(mixed.ok());
    QList<std::pair<RecordKind, QString>> both { { RecordKind::Figure, QStringLiteral("fig-003-01") },
        { RecordKind::Figure, QStringLiteral("fig-003-02") }, { RecordKind::Figure, QStringLiteral("fig-003-03") } };
    for (const char* id : { "evt-13", "evt-14", "evt-15", "evt-18", "evt-26", "evt-27", "evt-28", "evt-29", "evt-30" })
        both.append({ RecordKind::Event, QString::fromLatin1(id) });
    EXPECT_EQ(mixed.value(), both);
    EXPECT_TRUE(m_repository->citing(QStringLiteral("src-404")).value().isEmpty());

    ChangeSet change;
    change.removeSources = { QStringLiteral("src-003") };
    const Error error = refused(change);
    EXPECT_EQ(error.code, Error::Code::InvalidInput);
    EXPECT_EQ(error.record.kind, RecordKind::Source);
    EXPECT_EQ(error.record.id, u"src-003");
    ASSERT_EQ(error.problems.size(), both.size());
    for (qsizetype i = 0; i < both.size(); ++i) {
        const QString named
            = QStringLiteral("%1 \"%2\"")
                  .arg(both.at(i).first == RecordKind::Figure ? QStringLiteral("figure") : QStringLiteral("event"),
                      both.at(i).second);
        EXPECT_TRUE(error.message.contains(named)) << error.message.toStdString();
        EXPECT_TRUE(error.problems.at(i).detail.contains(named)) << error.problems.at(i).detail.toStdString();
        EXPECT_TRUE(error.problems.at(i).detail.contains(u"src-003"));
        EXPECT_EQ(error.problems.at(i).file, m_file);
    }

    // Records removed with it, or replaced so that they cite it no more, no longer hold it.
    change.removeFigures = { QStringLiteral("fig-003-01"), QStringLiteral("fig-003-02"), QStringLiteral("fig-003-03") };
    change.removeEvents = { QStringLiteral("evt-13"), QStringLiteral("evt-14"), QStringLiteral("evt-26"),
        QStringLiteral("evt-27"), QStringLiteral("evt-28"), QStringLiteral("evt-29"), QStringLiteral("evt-30") };
    const Error still = refused(change);
    EXPECT_EQ(still.problems.size(), 2);
    EXPECT_TRUE(still.message.contains(u"event \"evt-15\"")) << still.message.toStdString();
    EXPECT_TRUE(still.message.contains(u"event \"evt-18\"")) << still.message.toStdString();
    EXPECT_FALSE(still.message.contains(u"evt-13")) << still.message.toStdString();
    EXPECT_FALSE(still.message.contains(u"fig-003-01")) << still.message.toStdString();
}

TEST_F(SqliteChangeTest, ASourceCitedByManyRecordsNamesTheFirstHundredAndCountsTheRest)
{
    Source source;
    source.id = QStringLiteral("src-many");
    source.document = QStringLiteral("many.txt");
    ChangeSet change;
    change.putSources = { source };
    for (int i = 0; i < 150; ++i)
        change.putFigures.append(newFigure(QStringLiteral("fig-many-%1").arg(i, 3, 10, QLatin1Char('0')), source.id));
    applied(change);
    m_before = loaded();
    EXPECT_EQ(m_repository->citing(source.id).value().size(), 150);

    ChangeSet removal;
    removal.removeSources = { source.id };
    removal.removeFigures = { QStringLiteral("fig-many-000") };
    const Error error = refused(removal);
    ASSERT_EQ(error.problems.size(), 101) << "a hundred named, one counting the rest";
    EXPECT_TRUE(error.problems.first().detail.contains(u"figure \"fig-many-001\"")) << "fig-many-000 goes with it";
    EXPECT_TRUE(error.problems.at(99).detail.contains(u"figure \"fig-many-100\""));
    EXPECT_TRUE(error.problems.last().detail.contains(u"49 more")) << error.problems.last().detail.toStdString();
    EXPECT_TRUE(error.message.contains(u"figure \"fig-many-100\" and 49 more")) << error.message.toStdString();
    EXPECT_FALSE(error.message.contains(u"fig-many-101"));
}

TEST_F(SqliteChangeTest, ASourceIsRemovedWithEverythingThatCitesIt)
{
    // src-003: three figures and nine events; one of those is kept, citing another source instead.
    Event kept = m_before.events.at(indexOf(m_before.events, QStringLiteral("evt-18")));
    kept.citations.erase(std::remove_if(kept.citations.begin(), kept.citations.end(),
                             [](const Citation& c) { return c.sourceId == u"src-003"; }),
        kept.citations.end());
    ASSERT_FALSE(kept.citations.isEmpty());
    ChangeSet change;
    change.removeSources = { QStringLiteral("src-003") };
    // The parent is removed before its child in the list: the order within a change does not matter.
    change.removeFigures = { QStringLiteral("fig-003-01"), QStringLiteral("fig-003-02"), QStringLiteral("fig-003-03") };
    change.removeEvents
        = { QStringLiteral("evt-13"), QStringLiteral("evt-14"), QStringLiteral("evt-15"), QStringLiteral("evt-26"),
              QStringLiteral("evt-27"), QStringLiteral("evt-28"), QStringLiteral("evt-29"), QStringLiteral("evt-30") };
    change.putEvents = { kept };
    applied(change);

    Dataset expected = m_before;
    ASSERT_EQ(expected.sources.at(3).id, u"src-003");
    expected.sources.removeAt(3);
    for (const QString& id : change.removeFigures)
        expected.figures.removeAt(indexOf(expected.figures, id));
    for (const QString& id : change.removeEvents)
        expected.events.removeAt(indexOf(expected.events, id));
    expected.events[indexOf(expected.events, QStringLiteral("evt-18"))] = kept;
    expectSame(loaded(), expected);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM event_citations WHERE source_id = 'src-003'")), 0);
    EXPECT_TRUE(m_repository->citing(QStringLiteral("src-003")).value().isEmpty());
}

TEST_F(SqliteChangeTest, AParentFigureWhosePartsStayIsNotRemoved)
{
    ChangeSet change;
    change.removeFigures = { QStringLiteral("fig-000-01"), QStringLiteral("fig-000-03") };
    const Error error = refused(change);
    EXPECT_EQ(error.code, Error::Code::InvalidInput);
    EXPECT_EQ(error.record.kind, RecordKind::Figure);
    EXPECT_EQ(error.record.id, u"fig-000-01");
    EXPECT_EQ(error.problems.size(), 2) << "fig-000-02 and fig-000-04 stay; fig-000-03 goes with it";
    EXPECT_TRUE(error.message.contains(u"figure \"fig-000-02\"")) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(u"figure \"fig-000-04\"")) << error.message.toStdString();

    // With its parts removed, or re-attached elsewhere, it goes.
    Figure moved = m_before.figures.at(indexOf(m_before.figures, QStringLiteral("fig-000-04")));
    moved.parentId = QStringLiteral("fig-000-07");
    change.removeFigures.append(QStringLiteral("fig-000-02"));
    change.putFigures = { moved };
    applied(change);
    const Dataset after = loaded();
    EXPECT_EQ(after.figures.size(), m_before.figures.size() - 3);
    EXPECT_EQ(indexOf(after.figures, QStringLiteral("fig-000-01")), -1);
    EXPECT_EQ(after.figures.at(indexOf(after.figures, QStringLiteral("fig-000-04"))), moved);
}

TEST_F(SqliteChangeTest, BrokenReferencesAreRefusedAndNothingIsWritten)
{
    Source source;
    source.id = QStringLiteral("src-new");
    source.document = QStringLiteral("new.txt");
    const auto expectRefused = [&](const Figure& figure, const char* says) {
        ChangeSet change;
        change.putSources = { source }; // written first; must not stay
        change.putFigures = { newFigure(QStringLiteral("fig-good"), QStringLiteral("src-000")), figure };
        const Error error = refused(change);
        EXPECT_EQ(error.code, Error::Code::InvalidInput);
        EXPECT_TRUE(error.message.contains(QString::fromUtf8(says))) << error.message.toStdString();
        EXPECT_EQ(error.record.kind, RecordKind::Figure);
        EXPECT_EQ(error.record.id, figure.id);
        EXPECT_EQ(error.problems.size(), 1);
    };
    Figure unknownSource = newFigure(QStringLiteral("fig-bad"), QStringLiteral("src-404"));
    expectRefused(unknownSource, "figure \"fig-bad\" cites source \"src-404\", which does not exist");
    Figure unknownMetric = newFigure(QStringLiteral("fig-bad"), QStringLiteral("src-000"));
    unknownMetric.metric = QStringLiteral("no_such_metric");
    expectRefused(unknownMetric, "metric \"no_such_metric\"");
    Figure unknownParent = newFigure(QStringLiteral("fig-bad"), QStringLiteral("src-000"));
    unknownParent.parentId = QStringLiteral("fig-404");
    expectRefused(unknownParent, "breaks down figure \"fig-404\"");
    // A source removed in the same change is gone for the records put.
    Figure citesRemoved = newFigure(QStringLiteral("fig-bad"), QStringLiteral("src-004"));
    ChangeSet change;
    change.putFigures = { citesRemoved };
    change.removeSources = { QStringLiteral("src-004") };
    change.removeEvents = { QStringLiteral("evt-11"), QStringLiteral("evt-12"), QStringLiteral("evt-13"),
        QStringLiteral("evt-17"), QStringLiteral("evt-18") };
    const Error removedSource = refused(change);
    EXPECT_TRUE(removedSource.message.contains(u"cites source \"src-004\", which does not exist"))
        << removedSource.message.toStdString();
    // An event too.
    Event event = m_before.events.first();
    event.citations.append({ QStringLiteral("src-404"), QStringLiteral("quote"), 0 });
    change = {};
    change.putEvents = { event };
    const Error eventError = refused(change);
    EXPECT_EQ(eventError.record.kind, RecordKind::Event);
    EXPECT_TRUE(eventError.message.contains(u"event \"evt-01\" cites source \"src-404\""))
        << eventError.message.toStdString();
}

TEST_F(SqliteChangeTest, RecordsBreakingTheDatasetRulesAreRefused)
{
    Figure notANumber = newFigure(QStringLiteral("fig-nan"), QStringLiteral("src-000"));
    notANumber.value = std::numeric_limits<double>::quiet_NaN();
    Figure noQuote = newFigure(QStringLiteral("fig-noquote"), QStringLiteral("src-000"));
    noQuote.citation.quote = QStringLiteral("  ");
    Figure noPeriod = newFigure(QStringLiteral("fig-noperiod"), QStringLiteral("src-000"));
    noPeriod.period = Period();
    Event uncited = m_before.events.first();
    uncited.citations.clear();
    Event badChart = m_before.events.at(1);
    badChart.charts = { QStringLiteral("no-such-chart") };
    ChangeSet change;
    change.putFigures = { notANumber, noQuote, noPeriod };
    change.putEvents = { uncited, badChart };
    const Error error = refused(change);
    EXPECT_EQ(error.code, Error::Code::InvalidInput);
    ASSERT_EQ(error.problems.size(), 5) << error.message.toStdString();
    for (const char* says : { "figure \"fig-nan\" has no finite value", "figure \"fig-noquote\" quotes nothing",
             "figure \"fig-noperiod\" has no valid period", "event \"evt-01\" needs at least one citation",
             "event \"evt-02\" is marked on unknown chart \"no-such-chart\"" })
        EXPECT_TRUE(error.message.contains(QString::fromUtf8(says))) << says << ": " << error.message.toStdString();

    // An id twice, or put and removed at once.
    change = {};
    change.putFigures = { m_before.figures.first(), m_before.figures.first() };
    change.removeEvents = { QStringLiteral("evt-01") };
    change.putEvents = { m_before.events.first() };
    const Error twice = refused(change);
    EXPECT_TRUE(twice.message.contains(u"figure \"fig-000-01\" is put twice")) << twice.message.toStdString();
    EXPECT_TRUE(twice.message.contains(u"event \"evt-01\" is both put and removed")) << twice.message.toStdString();
}

TEST_F(SqliteChangeTest, AFigureCannotBecomeItsOwnAncestor)
{
    // fig-000-02 breaks down fig-000-01; making fig-000-01 break down fig-000-02 closes a loop.
    Figure loop = m_before.figures.at(indexOf(m_before.figures, QStringLiteral("fig-000-01")));
    loop.parentId = QStringLiteral("fig-000-02");
    ChangeSet change;
    change.putFigures = { loop };
    const Error error = refused(change);
    EXPECT_TRUE(error.message.contains(u"figure \"fig-000-01\" is its own ancestor")) << error.message.toStdString();
}

TEST_F(SqliteChangeTest, AnEventInAStoryIsNotRemoved)
{
    const Story story { QStringLiteral("story-1"), QStringLiteral("The mission"),
        { { QStringLiteral("evt-09"), QString() } } };
    ASSERT_TRUE(m_repository->saveStory(story).ok());
    m_before = loaded();
    ChangeSet change;
    change.removeEvents = { QStringLiteral("evt-09") };
    const Error error = refused(change);
    EXPECT_TRUE(error.message.contains(u"story \"story-1\"")) << error.message.toStdString();
    // Replacing it keeps the story's step.
    Event edited = m_before.events.at(indexOf(m_before.events, QStringLiteral("evt-09")));
    edited.title = QStringLiteral("Approved");
    change = {};
    change.putEvents = { edited };
    applied(change);
    EXPECT_EQ(loaded().stories, QList<Story>({ story }));
}

TEST_F(SqliteChangeTest, RemovingAnUnknownIdIsAnErrorAndWritesNothing)
{
    ChangeSet change;
    change.removeFigures = { QStringLiteral("fig-000-11"), QStringLiteral("fig-404") };
    change.removeSources = { QStringLiteral("src-404") };
    const Error error = refused(change);
    EXPECT_EQ(error.code, Error::Code::NotFound);
    EXPECT_EQ(error.record.kind, RecordKind::Source);
    EXPECT_EQ(error.record.id, u"src-404");
    EXPECT_EQ(error.problems.size(), 2);
    EXPECT_TRUE(error.message.contains(u"figure \"fig-404\" does not exist")) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(u"source \"src-404\" does not exist")) << error.message.toStdString();
    change = {};
    change.removeEvents = { QStringLiteral("evt-404") };
    EXPECT_EQ(refused(change).code, Error::Code::NotFound);
}

TEST_F(SqliteChangeTest, TheChangeApplyReturnsUndoesItExactlyAndItsOwnUndoRedoesIt)
{
    Source source;
    source.id = QStringLiteral("src-new");
    source.document = QStringLiteral("new.txt");
    Source renamed = m_before.sources.at(2);
    renamed.outlet = QStringLiteral("Renamed outlet");
    Figure replaced = m_before.figures.at(indexOf(m_before.figures, QStringLiteral("fig-001-05")));
    replaced.value = 1;
    replaced.citation.sourceId = source.id;
    Event recharted = m_before.events.at(indexOf(m_before.events, QStringLiteral("evt-10")));
    recharted.charts = { QStringLiteral("funding") };
    recharted.actors.append(QStringLiteral("Someone"));
    ChangeSet change;
    change.putSources = { source, renamed };
    change.putFigures = { newFigure(QStringLiteral("fig-new"), source.id), replaced };
    change.putEvents = { recharted };
    // From the middle of the lists, a parent with its parts, the first event and one with charts.
    change.removeFigures = { QStringLiteral("fig-002-06"), QStringLiteral("fig-002-07"), QStringLiteral("fig-002-08"),
        QStringLiteral("fig-002-09"), QStringLiteral("fig-000-11") };
    change.removeEvents = { QStringLiteral("evt-01"), QStringLiteral("evt-06") };
    const ChangeSet undo = applied(change);
    const Dataset changed = loaded();
    EXPECT_NE(changed, m_before);
    EXPECT_EQ(changed.figures.size(), m_before.figures.size() - 4);

    const ChangeSet redo = applied(undo);
    expectSame(loaded(), m_before);
    applied(redo);
    expectSame(loaded(), changed);

    // A removed record whose place another has taken since comes back at the end.
    ChangeSet last;
    last.removeFigures = { changed.figures.last().id };
    const ChangeSet undoLast = applied(last);
    ChangeSet taker;
    taker.putFigures = { newFigure(QStringLiteral("fig-taker"), QStringLiteral("src-000")) };
    applied(taker);
    applied(undoLast);
    const Dataset after = loaded();
    ASSERT_GE(after.figures.size(), 2);
    EXPECT_EQ(after.figures.at(after.figures.size() - 2).id, u"fig-taker");
    EXPECT_EQ(after.figures.last(), changed.figures.last());
}

TEST_F(SqliteChangeTest, AnEmptyChangeDoesNothing)
{
    const ChangeSet change;
    EXPECT_TRUE(change.isEmpty());
    const auto result = m_repository->apply(change);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.value().isEmpty());
    expectSame(loaded(), m_before);
}
