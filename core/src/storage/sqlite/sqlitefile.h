#pragma once

// The database file itself, below SQLite: what a path names, a file's identity read from its header without a
// connection, the journals a stopped program leaves, creating a database whole or not at all, and the backup made
// before a migration. Nothing here writes to a file that is not known to be ours.

#include <crisis/core/columnar/snapshot.h>
#include <crisis/core/storage/repository.h>

#include <optional>
#include <utility>

namespace crisis::core::sqlite {

/// What a path names, as the system says without opening it (a symbolic link followed).
struct PathKind
{
    enum Kind : quint8 {
        Missing, ///< nothing, not even a link
        DanglingLink, ///< a symbolic link to nothing
        Folder,
        Special, ///< a character or block device, a FIFO, a socket
        Regular,
    };
    Kind kind = Missing;
    /// For Special, what it is ("a character device"); for DanglingLink, where it points.
    QString what;
    qint64 size = 0;
};
PathKind examinePath(const QString& path);

/// What a file's header says it is.
struct Inspection
{
    qint64 applicationId = 0;
    int version = 0;
    /// In write-ahead-log mode (header bytes 18 and 19).
    bool wal = false;
    /// How long the file must be, from its header (the page size times the pages it counts, when that count is
    /// valid); 0 when the header does not say.
    qint64 expectedSize = 0;
};
/// Reads the identity of the regular file at path from its first 100 bytes, without SQLite: an error unless it is
/// one of our databases (application_id at offset 68), of a schema this build reads (user_version at 60, neither
/// newer nor negative). Opens the file only to read, never waits on a FIFO that replaced it; messages name
/// `shown`.
Result<Inspection> inspect(const QString& path, const QString& shown);
/// The same checks of the identity SQLite reports once a connection has the database open (what a write-ahead
/// log holds included).
Result<Inspection> checkIdentity(qint64 applicationId, qint64 version, const QString& shown);

/// Whether the database at path has a rollback journal that a program left when it stopped mid-write (a hot
/// journal: SQLite rolls it back on the first read of a connection that can write).
bool hasHotJournal(const QString& path);
/// Whether the database at path has a write-ahead log that no program has open (left by one that stopped).
bool hasLeftoverLog(const QString& path);
/// Whether this process may write the file at path and create files beside it (its -wal, -shm, -journal).
bool canWrite(const QString& path);

/// While it lives, marks the database file at path as open in this process: its file is then never opened outside
/// SQLite (closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's included).
class OpenFileMark
{
public:
    explicit OpenFileMark(const QString& path);
    ~OpenFileMark();
    OpenFileMark(const OpenFileMark&) = delete;
    OpenFileMark& operator=(const OpenFileMark&) = delete;

private:
    std::optional<std::pair<quint64, quint64>> m_key;
};
bool isOpenInThisProcess(const QString& path);

/// Creates a complete database at path holding `data` (none: no records) under a temporary name beside it, and
/// renames it into place when complete, never over a file that is there by then. Temporary files that earlier
/// creations killed midway left beside it are removed first (see removeStaleCreations).
Result<void> createDatabase(const QString& path, const Snapshot* data);
/// Removes what creations of the database at path left when they were killed midway: "PATH.creating-XXXXXXXX"
/// files (and their journals) that are ours (empty, or our header), that no process has locked and that have not
/// been written for ten minutes.
void removeStaleCreations(const QString& path);

/// Copies a consistent snapshot of an older database beside it ("NAME.vN.bak") before it is migrated, and
/// returns its path; nothing is left when it fails.
Result<QString> backUp(const QString& path, int version);
/// Removes a database file and the journals beside it.
void removeDatabaseFiles(const QString& path);

} // namespace crisis::core::sqlite
