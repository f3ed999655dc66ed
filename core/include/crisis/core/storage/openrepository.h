#pragma once

#include <crisis/core/storage/repository.h>

#include <memory>

namespace crisis::core {

/// Opens the store at a location, whatever its backend, creating it as `mode` says when nothing is there (never
/// over something that is: an empty file, a device, a pipe or a link to nothing is refused). A store that is not a
/// Crisis Timeline dataset, is newer than this app or is damaged gives an error naming it and is left as it was,
/// with nothing written to it or left beside it; one another program holds is waited for a few seconds, then
/// refused as in use (Error::Code::Busy), naming that program when it can. A store a program left mid-write is
/// recovered as its backend does (Repository::notices() says so). An older store is backed up, then brought to
/// this version; opened read-only, it is read as this version and left as it was.
Result<std::unique_ptr<Repository>> openRepository(const StoreLocation& location, OpenMode mode);

/// Creates a new store at a location holding `data`, all or nothing: nothing is left at the location when it fails
/// or the process is killed on the way, and a store (or anything else) already there is never replaced.
Result<void> createRepository(const StoreLocation& location, const Snapshot& data);

} // namespace crisis::core
