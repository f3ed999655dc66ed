#include <crisis/core/storage/openrepository.h>
#include <crisis/core/storage/sqlite/sqliterepository.h>

#include <QDir>
#include <QFileInfo>

namespace crisis::core {

Result<std::unique_ptr<Repository>> openRepository(const StoreLocation& location, OpenMode mode)
{
    switch (location.kind()) {
    case StoreLocation::Kind::File: {
        if (location.isDefault() && mode != OpenMode::Existing)
            QDir().mkpath(QFileInfo(location.filePath()).absolutePath());
        auto opened = SqliteRepository::open(location.filePath(), mode);
        if (!opened)
            return opened.error();
        return std::unique_ptr<Repository>(std::move(opened.value()));
    }
    case StoreLocation::Kind::None:
        break;
    }
    return Error { Error::Code::NotFound, QStringLiteral("no database was named"), {} };
}

} // namespace crisis::core
