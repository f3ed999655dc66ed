#include "postgres/postgresrepository.h"

#include <crisis/core/storage/openrepository.h>
#include <crisis/core/storage/sqlite/sqliterepository.h>

#include <QDir>
#include <QFileInfo>

namespace crisis::core {

Result<std::unique_ptr<Repository>> openRepository(const StoreLocation& location, OpenMode mode)
{
    switch (location.kind()) {
    case StoreLocation::Kind::File: {
        if (location.isDefault() && createsStore(mode))
            QDir().mkpath(QFileInfo(location.filePath()).absolutePath());
        auto opened = SqliteRepository::open(location.filePath(), mode);
        if (!opened)
            return opened.error();
        return std::unique_ptr<Repository>(std::move(opened.value()));
    }
    case StoreLocation::Kind::Server: {
        auto opened = PostgresRepository::open(location, mode);
        if (!opened)
            return opened.error();
        return std::unique_ptr<Repository>(std::move(opened.value()));
    }
    case StoreLocation::Kind::None:
        break;
    }
    return Error { Error::Code::NotFound, QStringLiteral("no database was named"), {} };
}

Result<void> createRepository(const StoreLocation& location, const Snapshot& data)
{
    switch (location.kind()) {
    case StoreLocation::Kind::File:
        return SqliteRepository::create(location.filePath(), data);
    case StoreLocation::Kind::Server:
        return PostgresRepository::create(location, data);
    case StoreLocation::Kind::None:
        break;
    }
    return Error { Error::Code::NotFound, QStringLiteral("no database was named"), {} };
}

} // namespace crisis::core
