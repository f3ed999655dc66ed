#pragma once

#include <crisis/core/dataset.h>
#include <crisis/core/result.h>

namespace crisis::core {

/// Where datasets are stored. Backends (SQLite now, PostgreSQL later) speak only domain types.
class Repository
{
public:
    virtual ~Repository() = default;
    Repository(const Repository&) = delete;
    Repository& operator=(const Repository&) = delete;

    /// What the user would call the store: a file path, or server and database name.
    virtual QString location() const = 0;
    /// The schema version of the open store.
    virtual int schemaVersion() const = 0;

    /// Everything stored, in the order it was added. Dataset::metrics holds the metrics beyond the built-in ones.
    virtual Result<Dataset> load() = 0;
    /// Adds every record of `data` in one transaction: on any error nothing is written.
    virtual Result<void> add(const Dataset& data) = 0;
    /// Replaces all records by those of `data` in one transaction.
    virtual Result<void> replaceAll(const Dataset& data) = 0;

protected:
    Repository() = default;
};

} // namespace crisis::core
