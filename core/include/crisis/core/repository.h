#pragma once

#include <crisis/core/dataset.h>
#include <crisis/core/result.h>
#include <crisis/core/snapshot.h>

#include <functional>

namespace crisis::core {

/// Told how far a long operation has come (done of total); returns false to cancel it.
using Progress = std::function<bool(qint64 done, qint64 total)>;

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

    /// The title, description, the metrics beyond the built-in ones and the sources: what an import checks
    /// its records against, without reading a million figures.
    virtual Result<Snapshot> loadCatalog() = 0;
    /// Which of the ids the store has records of that kind with.
    virtual Result<QStringList> existingIds(RecordKind kind, const QStringList& ids) = 0;

    /// Everything stored, in the order it was added, figures by column. Snapshot::metrics holds the metrics
    /// beyond the built-in ones. Reports progress by figures read; cancelling gives Error::Code::Cancelled.
    virtual Result<Snapshot> loadSnapshot(const Progress& progress = {}) = 0;
    /// Adds every record of `data` in one transaction: on any error, or when cancelled, nothing is written.
    virtual Result<void> add(const Snapshot& data, const Progress& progress = {}) = 0;
    /// Replaces all records by those of `data` in one transaction.
    virtual Result<void> replaceAll(const Snapshot& data) = 0;

    /// Saves a story, replacing the one with the same id (which keeps its place), in one transaction.
    virtual Result<void> saveStory(const Story& story) = 0;
    virtual Result<void> deleteStory(const QString& id) = 0;

    /// loadSnapshot() as a Dataset.
    Result<Dataset> load();
    /// add() of a Dataset.
    Result<void> add(const Dataset& data) { return add(Snapshot::fromDataset(data)); }
    Result<void> replaceAll(const Dataset& data) { return replaceAll(Snapshot::fromDataset(data)); }

protected:
    Repository() = default;
};

} // namespace crisis::core
