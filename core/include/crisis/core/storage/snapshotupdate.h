#pragma once

#include <crisis/core/columnar/snapshot.h>

#include <optional>

namespace crisis::core {

/// What a store holds after records changed, worked out from what it held before and what it says now, without
/// reading the rest again: the catalog as Repository::loadCatalog() reads it (title, metrics, sources,
/// stories), the figures and events put as Repository::loadRecords() reads them (with their places), and the ids
/// of those removed. Records put replace those with their ids and go to their places. Nothing when `before`
/// holds no places (it was not read from a store): the store must be read whole then.
std::optional<Snapshot> updatedSnapshot(const Snapshot& before, Snapshot catalog, const Snapshot& put,
    const QStringList& removedFigures, const QStringList& removedEvents);

} // namespace crisis::core
