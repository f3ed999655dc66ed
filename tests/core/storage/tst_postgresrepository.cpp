// What the PostgreSQL backend does beyond the storage contract: databases it must leave alone, servers it cannot
// reach, and writers at the same time. Runs on the server CRISIS_TEST_POSTGRES names (scripts/test.sh starts one).

#include "storescratch.h"
#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <set>
#include <thread>

using namespace crisis::core;

namespace {

class PostgresRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString why;
        m_scratch = crisis::test::postgresBackend().scratch(&why);
        if (!m_scratch)
            GTEST_SKIP() << "no PostgreSQL server: " << why.toStdString();
    }

    /// Runs statements on a store's database on a connection of the test's own.
    void run(const StoreLocation& location, const QStringList& statements)
    {
        const QString name = QStringLiteral("crisis-test-raw");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            QStringList options;
            for (const auto& [keyword, value] : location.parameters())
                options.append(keyword + QStringLiteral("='") + value + u'\'');
            db.setConnectOptions(options.join(u';'));
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery query(db);
            for (const QString& statement : statements)
                EXPECT_TRUE(query.exec(statement))
                    << statement.toStdString() << ": " << query.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    /// The tables in a store's database, and the rows of one of them.
    QStringList tables(const StoreLocation& location)
    {
        QStringList found;
        const QString name = QStringLiteral("crisis-test-tables");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            QStringList options;
            for (const auto& [keyword, value] : location.parameters())
                options.append(keyword + QStringLiteral("='") + value + u'\'');
            db.setConnectOptions(options.join(u';'));
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
                while (query.next())
                    found.append(query.value(0).toString());
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return found;
    }

    std::unique_ptr<crisis::test::StoreScratch> m_scratch;
};

} // namespace

TEST_F(PostgresRepositoryTest, AnotherApplicationsDatabaseIsRefusedAndLeftAsItWas)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("foreign"));
    run(location,
        { QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total NUMERIC)"),
            QStringLiteral("INSERT INTO invoices VALUES (1, 99.5)") });
    for (const OpenMode mode : { OpenMode::ReadOnly, OpenMode::Existing, OpenMode::CreateWithBundledDataset }) {
        const auto opened = openRepository(location, mode);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, Error::Code::NotCrisisDatabase);
        EXPECT_TRUE(opened.error().message.contains(u"invoices")) << opened.error().message.toStdString();
        EXPECT_TRUE(opened.error().message.contains(location.toString())) << opened.error().message.toStdString();
    }
    const auto created = createRepository(location, Snapshot::fromDataset(bundledDataset()));
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(tables(location), QStringList { QStringLiteral("invoices") });
}

TEST_F(PostgresRepositoryTest, ANewerSchemaIsRefusedAndLeftAsItWas)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("newer"));
    ASSERT_TRUE(openRepository(location, OpenMode::CreateEmpty).ok());
    run(location, { QStringLiteral("UPDATE crisis_timeline SET value = '99' WHERE key = 'schema_version'") });
    const QStringList before = tables(location);
    const auto opened = openRepository(location, OpenMode::Existing);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::NewerSchema);
    EXPECT_TRUE(opened.error().message.contains(u"schema 99")) << opened.error().message.toStdString();
    // The location as it is, its %2F included (a socket folder in a URI).
    EXPECT_TRUE(opened.error().message.startsWith(location.toString())) << opened.error().message.toStdString();
    EXPECT_EQ(tables(location), before);
}

TEST_F(PostgresRepositoryTest, AnEmptyDatabaseIsOnlySetUpByAModeThatCreates)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("empty"));
    for (const OpenMode mode : { OpenMode::ReadOnly, OpenMode::Existing }) {
        const auto opened = openRepository(location, mode);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, Error::Code::NotFound);
        EXPECT_TRUE(opened.error().message.contains(u"is empty")) << opened.error().message.toStdString();
    }
    EXPECT_TRUE(tables(location).isEmpty());
}

TEST_F(PostgresRepositoryTest, AServerThatCannotBeReachedOrADatabaseThatDoesNotExistIsSaid)
{
    StoreLocation::Parameters missing;
    const StoreLocation existing = m_scratch->location(QStringLiteral("x"));
    for (const auto& parameter : existing.parameters()) {
        if (parameter.first != u"dbname")
            missing.append(parameter);
    }
    missing.append({ QStringLiteral("dbname"), QStringLiteral("no_such_database") });
    const auto absent = openRepository(StoreLocation::server(missing), OpenMode::CreateWithBundledDataset);
    ASSERT_FALSE(absent.ok());
    EXPECT_EQ(absent.error().code, Error::Code::NotFound);
    EXPECT_TRUE(absent.error().message.contains(u"no_such_database")) << absent.error().message.toStdString();
    EXPECT_TRUE(absent.error().message.contains(u"does not exist")) << absent.error().message.toStdString();

    const auto unreachable = openRepository(
        StoreLocation::parse(QStringLiteral("host=/nonexistent/socket/folder dbname=haiti connect_timeout=2")).value(),
        OpenMode::ReadOnly);
    ASSERT_FALSE(unreachable.ok());
    EXPECT_TRUE(unreachable.error().message.contains(u"/nonexistent/socket/folder"))
        << unreachable.error().message.toStdString();
    EXPECT_TRUE(unreachable.error().message.contains(u"cannot connect")) << unreachable.error().message.toStdString();
}

TEST_F(PostgresRepositoryTest, TwoWritersAtOnceAreBothWrittenWholeWithoutCollidingPlaces)
{
    const StoreLocation location = m_scratch->location(QStringLiteral("writers"));
    ASSERT_TRUE(openRepository(location, OpenMode::CreateWithBundledDataset).ok());
    // Two programs each add 300 figures and each apply 20 changes, at the same time, each on its own connection.
    const auto writer = [&](const char* prefix, bool* ok) {
        auto repository = openRepository(location, OpenMode::Existing);
        if (!repository) {
            *ok = false;
            return;
        }
        Dataset more;
        for (int i = 0; i < 300; ++i) {
            Figure figure = bundledDataset().figures.first();
            figure.id = QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(i);
            more.figures.append(figure);
        }
        *ok = repository.value()->add(more).ok();
        for (int i = 0; i < 20 && *ok; ++i) {
            ChangeSet change;
            Figure figure = bundledDataset().figures.first();
            figure.id = QStringLiteral("%1-change-%2").arg(QLatin1String(prefix)).arg(i);
            change.putFigures = { figure };
            *ok = repository.value()->apply(change).ok();
        }
    };
    bool firstOk = false;
    bool secondOk = false;
    std::thread first(writer, "a", &firstOk);
    std::thread second(writer, "b", &secondOk);
    first.join();
    second.join();
    EXPECT_TRUE(firstOk);
    EXPECT_TRUE(secondOk);
    auto repository = openRepository(location, OpenMode::ReadOnly);
    ASSERT_TRUE(repository.ok());
    const auto snapshot = repository.value()->loadSnapshot();
    ASSERT_TRUE(snapshot.ok());
    EXPECT_EQ(snapshot.value().figures.size(), bundledDataset().figures.size() + 2 * 320);
    const std::set<qint64> places(snapshot.value().figurePlaces.cbegin(), snapshot.value().figurePlaces.cend());
    EXPECT_EQ(places.size(), snapshot.value().figurePlaces.size());
    // Each import is whole and in its order: its figures follow one another.
    const Dataset loaded = snapshot.value().toDataset();
    for (const char* prefix : { "a-0", "b-0" }) {
        const auto at = std::find_if(loaded.figures.cbegin(), loaded.figures.cend(),
            [&](const Figure& figure) { return figure.id == QLatin1String(prefix); });
        ASSERT_NE(at, loaded.figures.cend());
        for (int i = 1; i < 300; ++i)
            EXPECT_EQ((at + i)->id, QStringLiteral("%1-%2").arg(QLatin1String(prefix).left(1)).arg(i));
    }
}
