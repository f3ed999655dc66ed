#pragma once

#include <crisis/core/storage/repository.h>

#include <memory>

namespace crisis::core {

/// Opens the store at a location, whatever its backend, creating it as `mode` says when it does not exist. A
/// store that is not a Crisis Timeline dataset, is newer than this app or is damaged gives an error and is left
/// as it was; an older one is backed up, then brought to this version.
Result<std::unique_ptr<Repository>> openRepository(const StoreLocation& location, OpenMode mode);

} // namespace crisis::core
