// Where tests keep their stores: SQLite files in a temporary folder, or a database of its own for each store a test
// names on the PostgreSQL server the test command starts (scripts/pg-test-server.sh), dropped with the test.

#include "storescratch.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>

using namespace crisis::core;

namespace crisis::test {

namespace {

class Databases final : public StoreScratch
{
public:
    explicit Databases(StoreLocation server)
        : m_server(std::move(server))
        , m_connection(QStringLiteral("crisis-test-admin-%1").arg(++s_scratches))
    { }

    ~Databases() override
    {
        {
            QSqlDatabase admin = QSqlDatabase::database(m_connection, false);
            QSqlQuery query(admin);
            for (const QString& database : std::as_const(m_databases))
                query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
            admin.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }

    /// Connects to the server's administrative database; what went wrong when it cannot.
    QString connect()
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        if (!admin.isValid())
            return QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed");
        admin.setConnectOptions(postgresOptions(m_server));
        if (!admin.open())
            return admin.lastError().text();
        return {};
    }

    StoreLocation location(const QString& name) override
    {
        auto known = m_databases.constFind(name);
        if (known == m_databases.cend()) {
            const QString database
                = QStringLiteral("crisis_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++s_databases);
            QSqlQuery query(QSqlDatabase::database(m_connection, false));
            if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(database)))
                ADD_FAILURE() << "cannot create a database: " << query.lastError().text().toStdString();
            known = m_databases.insert(name, database);
        }
        StoreLocation::Parameters parameters;
        for (const auto& parameter : m_server.parameters()) {
            if (parameter.first != u"dbname")
                parameters.append(parameter);
        }
        parameters.append({ QStringLiteral("dbname"), *known });
        return StoreLocation::server(parameters);
    }

private:
    static inline std::atomic<int> s_scratches { 0 };
    static inline std::atomic<int> s_databases { 0 };
    StoreLocation m_server;
    QString m_connection;
    QHash<QString, QString> m_databases;
};

} // namespace

QString postgresOptions(const StoreLocation& location)
{
    QStringList options;
    for (const auto& [keyword, value] : location.parameters())
        options.append(keyword + QStringLiteral("='") + value + u'\'');
    return options.join(u';');
}

QString runOnServer(const StoreLocation& location, const QStringList& statements)
{
    const QString name = QStringLiteral("crisis-test-admin");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setConnectOptions(postgresOptions(location));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString& statement : statements) {
                if (!query.exec(statement)) {
                    error = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

StoreLocation asUser(const StoreLocation& location, const QString& user)
{
    StoreLocation::Parameters parameters;
    for (const auto& parameter : location.parameters()) {
        if (parameter.first != u"user")
            parameters.append(parameter);
    }
    parameters.append({ QStringLiteral("user"), user });
    return StoreLocation::server(parameters);
}

StoreBackend sqliteBackend()
{
    class Files final : public StoreScratch
    {
    public:
        StoreLocation location(const QString& name) override
        {
            return StoreLocation::file(m_dir.filePath(name + QStringLiteral(".sqlite")));
        }

    private:
        QTemporaryDir m_dir;
    };
    return { "Sqlite", [](QString* why) -> std::unique_ptr<StoreScratch> {
                auto files = std::make_unique<Files>();
                if (!files->location(QStringLiteral("x")).canBeCreated()) {
                    *why = QStringLiteral("no temporary folder");
                    return nullptr;
                }
                return files;
            } };
}

StoreBackend postgresBackend()
{
    return { "Postgres", [](QString* why) -> std::unique_ptr<StoreScratch> {
                const QString server = qEnvironmentVariable("CRISIS_TEST_POSTGRES");
                if (server.isEmpty()) {
                    *why = QStringLiteral("CRISIS_TEST_POSTGRES is not set (scripts/test.sh starts a server and sets "
                                          "it; scripts/pg-test-server.sh start DIR prints its value)");
                    return nullptr;
                }
                auto location = StoreLocation::parse(server);
                if (!location || !location.value().isServer()) {
                    ADD_FAILURE() << "CRISIS_TEST_POSTGRES is not a server location: " << server.toStdString();
                    return nullptr;
                }
                auto databases = std::make_unique<Databases>(location.value());
                // Set, the server must be there: a test command that started none fails rather than skips.
                if (const QString error = databases->connect(); !error.isEmpty()) {
                    ADD_FAILURE() << "cannot reach the test server " << server.toStdString() << ": "
                                  << error.toStdString();
                    return nullptr;
                }
                return databases;
            } };
}

} // namespace crisis::test
