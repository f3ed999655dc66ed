#pragma once

#include <crisis/core/columnar/snapshot.h>
#include <crisis/core/model/dataset.h>
#include <crisis/core/storage/changeset.h>
#include <crisis/core/storage/revision.h>
#include <crisis/core/storage/storelocation.h>
#include <crisis/core/support/result.h>

#include <functional>
#include <optional>
#include <utility>

namespace crisis::core {

/// Told how far a long operation has come (done of total); returns false to cancel it.
using Progress = std::function<bool(qint64 done, qint64 total)>;

/// What opening a store may do. Only a store that does not exist at all is ever created, and only by the modes
/// that say so; a store that exists is written to only once it is known to be a Crisis Timeline dataset, and only
/// through a mode that writes.
enum class OpenMode : quint8 {
    ReadOnly, ///< read it, never create or change it (what commands that only read use); missing: NotFound
    Existing, ///< read and write it (read only when it cannot be written); missing: NotFound
    CreateEmpty, ///< as Existing, and create it with no records when it does not exist
    CreateWithBundledDataset, ///< as Existing, and create it holding the bundled dataset when it does not exist
};

/// Whether a mode may create the store.
constexpr bool createsStore(OpenMode mode)
{
    return mode == OpenMode::CreateEmpty || mode == OpenMode::CreateWithBundledDataset;
}

/// Who may do what in a team database, as roles its server enforces: a reader browses and exports, an editor also
/// adds, changes and imports, an owner also grants these roles and upgrades the schema.
enum class TeamRole : quint8 { Reader, Editor, Owner };
/// "reader", "editor", "owner"; and back (nullopt for another word).
QString teamRoleKey(TeamRole role);
std::optional<TeamRole> teamRoleFromKey(QStringView key);

/// Where datasets are stored. Backends (SQLite now, PostgreSQL later) speak only domain types; callers get one
/// from openRepository() and never name a backend.
class Repository
{
public:
    virtual ~Repository() = default;
    Repository(const Repository&) = delete;
    Repository& operator=(const Repository&) = delete;

    /// Where the store is.
    const StoreLocation& location() const { return m_location; }
    /// Whether writes are refused: opened with OpenMode::ReadOnly, or the store cannot be written (a read-only
    /// file or folder). Every write then fails with an error that says so, and nothing is written.
    bool isReadOnly() const { return m_readOnly; }
    /// What opening the store had to do that its user should know, one sentence each naming the store: that it
    /// was recovered from an interrupted write (a program that stopped while writing it, its change rolled back).
    const QStringList& notices() const { return m_notices; }
    /// The schema version of the open store.
    virtual int schemaVersion() const = 0;

    /// The title, description, the metrics beyond the built-in ones, the sources and the stories: what an import
    /// checks its records against, without reading a million figures.
    virtual Result<Snapshot> loadCatalog() = 0;
    /// The figures and events with these ids as they are stored now, in the order records are listed, each
    /// with its place (Snapshot::figurePlaces, eventPlaces); ids not stored are left out, and nothing else is
    /// read. What a window reads after a change to bring its data up to date.
    virtual Result<Snapshot> loadRecords(const QStringList& figureIds, const QStringList& eventIds) = 0;
    /// Which of the ids the store has records of that kind with.
    virtual Result<QStringList> existingIds(RecordKind kind, const QStringList& ids) = 0;

    /// Everything stored, in the order it was added, figures by column, with every figure's and event's place.
    /// Snapshot::metrics holds the metrics beyond the built-in ones. Reports progress by figures read; cancelling gives
    /// Error::Code::Cancelled.
    virtual Result<Snapshot> loadSnapshot(const Progress& progress = {}) = 0;
    /// Adds every record of `data` in one transaction: on any error, or when cancelled, nothing is written.
    virtual Result<void> add(const Snapshot& data, const Progress& progress = {}) = 0;
    /// The same for a large import whose figures arrive in parts while the file is still being read, so reading
    /// and writing overlap: `nextPart` gives each part in turn and nothing after the last; `rest` then gives the
    /// rest of the data (sources, metrics, events; its figures are all the figures, for the checks only: they
    /// are not written again). An error from either, or a cancelled progress, and nothing is written. Progress
    /// counts figures written, with the total unknown (0).
    virtual Result<void> addInParts(const std::function<Result<std::optional<FigureTable>>()>& nextPart,
        const std::function<Result<const Snapshot*>()>& rest, const Progress& progress = {})
        = 0;
    /// Replaces all records by those of `data` in one transaction.
    virtual Result<void> replaceAll(const Snapshot& data) = 0;

    /// Applies a change in one transaction, all or nothing, and returns the change that undoes it: the records
    /// it replaced or removed as they were, in their places, and the removal of those it added. A put record is
    /// added, or replaces the one with its id, citations, actors and charts included. Refused, with nothing
    /// written and a problem for each reason in Error::problems, when checkChange() finds problems; when an id to
    /// remove does not exist (Error::Code::NotFound); when a put record cites a source, or breaks down a figure,
    /// that does not exist after the change, measures a metric the store does not know or would be its own
    /// ancestor; or when a removed record is still needed by one that stays: a source cited by a figure or event
    /// (each named, up to a hundred), a figure another breaks down, an event that is a step of a story.
    virtual Result<ChangeSet> apply(const ChangeSet& change) = 0;
    /// The figures and events that cite a source, figures first, each in the order records are listed.
    virtual Result<QList<std::pair<RecordKind, QString>>> citing(const QString& sourceId) = 0;

    /// Saves a story, replacing the one with the same id (which keeps its place), in one transaction.
    virtual Result<void> saveStory(const Story& story) = 0;
    virtual Result<void> deleteStory(const QString& id) = 0;

    /// Whether the store keeps the history of its changes (a team database does; a file does not yet).
    virtual bool keepsHistory() const { return false; }
    /// The store's latest revision; 0 for a store that keeps no history.
    virtual Result<qint64> latestRevision() { return qint64(0); }
    /// The revision this repository's latest write was saved as (an import's, so that its undo is refused when
    /// someone changes its records since); 0 before the first, and in a store that keeps no history.
    virtual qint64 lastSavedRevision() const { return 0; }
    /// The revisions after `after`, oldest first, of the records with id `recordId` (every record when empty), at
    /// most `limit`. A store that keeps no history gives an error saying so.
    virtual Result<QList<Revision>> history(qint64 after, const QString& recordId = {}, int limit = 1000);
    /// Every revision after `after` (of one record when `recordId` is given), oldest first, read a thousand at a
    /// time.
    Result<QList<Revision>> wholeHistory(qint64 after = 0, const QString& recordId = {});

    /// Gives a user of the store's server a role in this dataset (taking away the others it had); removes every
    /// role when `role` is empty. Only an owner may; a store without roles (a file) says so.
    virtual Result<void> setRole(const QString& user, std::optional<TeamRole> role);
    /// The users that hold a role in this dataset, by name.
    virtual Result<QList<std::pair<QString, TeamRole>>> roles();

    /// loadSnapshot() as a Dataset.
    Result<Dataset> load();
    /// add() of a Dataset.
    Result<void> add(const Dataset& data) { return add(Snapshot::fromDataset(data)); }
    Result<void> replaceAll(const Dataset& data) { return replaceAll(Snapshot::fromDataset(data)); }

protected:
    explicit Repository(StoreLocation location, bool readOnly = false, QStringList notices = {})
        : m_location(std::move(location))
        , m_readOnly(readOnly)
        , m_notices(std::move(notices))
    { }
    /// For a backend that finds out after opening that writes will be refused (a reader's role), and says why.
    void setReadOnly(const QString& notice)
    {
        m_readOnly = true;
        m_notices.append(notice);
    }

private:
    StoreLocation m_location;
    bool m_readOnly = false;
    QStringList m_notices;
};

} // namespace crisis::core
