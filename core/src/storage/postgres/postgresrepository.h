#pragma once

#include "../sql/sqlstore.h"

#include <crisis/core/storage/repository.h>

#include <memory>

namespace crisis::core {

/// A dataset in a PostgreSQL database (Qt's QPSQL driver): a team database several people open at once. The
/// schema version is kept in the crisis_timeline table, which says the database is ours; writers take turns on a
/// lock of the dataset (readers never wait), every write in one transaction. Callers open it through
/// openRepository().
class PostgresRepository final : public Repository
{
public:
    /// Opens the database at a server location (see openRepository()). An empty database is set up with our tables
    /// (and the bundled dataset, as `mode` says) only by a mode that creates; one holding another application's
    /// tables, or a newer schema, is refused and left as it was. Opened read-only, the server refuses every write on
    /// the connection too.
    static Result<std::unique_ptr<PostgresRepository>> open(const StoreLocation& location, OpenMode mode);
    /// Sets up an empty database holding data, all or nothing; never over a database that holds anything.
    static Result<void> create(const StoreLocation& location, const Snapshot& data);

    ~PostgresRepository() override;

    int schemaVersion() const override { return m_schemaVersion; }
    Result<Snapshot> loadCatalog() override;
    Result<Snapshot> loadRecords(const QStringList& figureIds, const QStringList& eventIds) override;
    Result<QStringList> existingIds(RecordKind kind, const QStringList& ids) override;
    Result<Snapshot> loadSnapshot(const Progress& progress = {}) override;
    Result<void> add(const Snapshot& data, const Progress& progress = {}) override;
    Result<void> addInParts(const std::function<Result<std::optional<FigureTable>>()>& nextPart,
        const std::function<Result<const Snapshot*>()>& rest, const Progress& progress = {}) override;
    Result<void> replaceAll(const Snapshot& data) override;
    Result<ChangeSet> apply(const ChangeSet& change) override;
    Result<QList<std::pair<RecordKind, QString>>> citing(const QString& sourceId) override;
    Result<void> saveStory(const Story& story) override;
    Result<void> deleteStory(const QString& id) override;
    bool keepsHistory() const override { return true; }
    Result<qint64> latestRevision() override;
    qint64 lastSavedRevision() const override { return m_lastSaved; }
    Result<void> setRole(const QString& user, std::optional<TeamRole> role) override;
    Result<QList<std::pair<QString, TeamRole>>> roles() override;
    Result<QList<Revision>> history(qint64 after, const QString& recordId = {}, int limit = 1000) override;
    using Repository::add;
    using Repository::replaceAll;

private:
    PostgresRepository(const StoreLocation& location, QString connectionName, int schemaVersion, bool readOnly);
    /// A conflict when another program saved a change to a record of `change` since its ChangeSet::basedOn, under
    /// the writers' lock (so no change can come in between).
    Result<void> notChangedSince(const ChangeSet& change);
    /// Every revision after `after` saved by another program than `otherThan`, oldest first.
    Result<QList<Revision>> wholeRevisions(qint64 after, const QString& otherThan);
    /// The open connection as the shared SQL works on it.
    sql::Store store() const;
    /// An error when nothing may be written: the store was opened read-only.
    Result<void> writable() const;
    /// Runs work in one write transaction, after the writers before it, and keeps what the work says it did (in the
    /// revision it is given) in the history, announced to every listener at commit.
    /// Runs work in one transaction under the writers' lock and keeps what it did in the history; `recorded` gets
    /// the revision it was kept as (untouched when it changed nothing).
    Result<void> write(
        const QString& what, const std::function<Result<void>(Revision& revision)>& work, qint64* recorded = nullptr);

    QString m_connectionName;
    int m_schemaVersion = 0;
    qint64 m_lastSaved = 0;
};

} // namespace crisis::core
