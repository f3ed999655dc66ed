#include "testsupport.h"

#include <crisis/core/datasetjson.h>
#include <crisis/core/sqliterepository.h>

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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
            ASSERT_TRUE(repository->replaceAll(Dataset {}).ok());
        }
        // The migrated database takes everything the current one does.
        ASSERT_TRUE(repository->add(bundledDataset()).ok()) << "from version " << version;
        EXPECT_EQ(repository->load().value(), bundledDataset());
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
    EXPECT_EQ(lastTotal, 36);
    EXPECT_EQ(lastDone, 36);
    EXPECT_EQ(loaded.value().figures.size(), 36);

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
    EXPECT_EQ(repository->load().value().figures.size(), 36);
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
        EXPECT_EQ(repository->load().value().figures.size(), 36);
    }
    // Good references: written, and the database is as it was otherwise, its log and keys in force.
    ASSERT_TRUE(repository->add(figures("src-000", "fig-000-01")).ok());
    EXPECT_EQ(repository->load().value().figures.size(), 100'036);
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
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bulk-check"));
}
