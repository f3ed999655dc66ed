#pragma once

#include <crisis/core/storage/openrepository.h>

#include <QString>

#include <functional>
#include <memory>
#include <ostream>

namespace crisis::test {

/// Where one test of the storage contract keeps its stores: new and empty for each test, gone with it.
class StoreScratch
{
public:
    virtual ~StoreScratch() = default;
    /// A location for a store of that name, not yet created.
    virtual core::StoreLocation location(const QString& name) = 0;
};

/// A backend the storage contract runs against.
struct StoreBackend
{
    const char* name;
    /// A scratch for one test, or null with `why` set when the backend cannot run here.
    std::function<std::unique_ptr<StoreScratch>(QString* why)> scratch;
};

/// How a test's name and log show a backend: by its name (GoogleTest prints its bytes otherwise).
inline void PrintTo(const StoreBackend& backend, std::ostream* out)
{
    *out << backend.name;
}

/// The SQLite backend: files in a temporary folder.
StoreBackend sqliteBackend();
/// The connection options Qt's PostgreSQL driver takes for a server location, for a test's own connection to it.
QString postgresOptions(const core::StoreLocation& location);
/// Runs SQL statements on a server database as the location's user, on a connection of the test's own: what an
/// administrator would type in psql. Empty when all ran; else the first error.
QString runOnServer(const core::StoreLocation& location, const QStringList& statements);
/// The location as another user of the same server.
core::StoreLocation asUser(const core::StoreLocation& location, const QString& user);

/// The PostgreSQL backend: a database for each store, on the server CRISIS_TEST_POSTGRES names (a libpq connection
/// string of a superuser); skipped when it is not set, failed when it is set and the server cannot be reached.
StoreBackend postgresBackend();

} // namespace crisis::test
