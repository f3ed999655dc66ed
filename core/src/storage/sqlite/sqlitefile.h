#pragma once

// The database file itself: creating one whole or not at all, reading a file's identity without changing it,
// and the backup made before a migration.

#include <crisis/core/storage/repository.h>

namespace crisis::core::sqlite {

/// Creates a complete database under a temporary name, then renames it into place.
Result<void> createDatabase(const QString& path, bool withBundledDataset);

/// What a file says it is.
struct Inspection
{
    qint64 applicationId = 0;
    int version = 0;
};
/// Reads the identity of an existing file without changing it: an error unless it is one of our databases, of
/// a schema this build reads.
Result<Inspection> inspect(const QString& path);

/// Copies a consistent snapshot of an older database beside it ("NAME.vN.bak") before it is migrated, and
/// returns its path.
Result<QString> backUp(const QString& path, int version);

} // namespace crisis::core::sqlite
