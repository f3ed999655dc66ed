#pragma once

// The PostgreSQL schema: how a database says it holds a Crisis Timeline dataset, its versions and setting one up.

#include "../sql/sqlstore.h"

#include <crisis/core/storage/repository.h>
#include <crisis/core/storage/revision.h>

#include <QSqlDatabase>

namespace crisis::core::postgres {

/// The schema version this build writes.
int currentSchemaVersion();

/// What a database holds, read without changing it.
struct Identity
{
    enum Kind : quint8 {
        Empty, ///< no table, view or sequence in its schema: one can be set up
        Ours, ///< a Crisis Timeline dataset, of `version`
        Foreign, ///< another application's tables (`what` names a few)
    };
    Kind kind = Empty;
    int version = 0;
    QString what;
};
Result<Identity> identify(const sql::Store& store);

/// Creates our tables in an empty database and records the schema version, inside the caller's transaction.
Result<void> setUp(const sql::Store& store);
/// Brings a dataset of an older schema version to the current one, inside the caller's transaction (under the
/// writers' lock): version 1 gains the history's record values, and both earlier versions have the figures' references
/// checked by the set instead of by foreign keys.
Result<void> upgrade(const sql::Store& store, int from);

/// What puts back the keys and indexes dropKeysAndIndexes() dropped: the primary and unique keys and the other
/// indexes, each built whole, by sorting.
struct BulkRestore
{
    QStringList indexes;
};
/// Drops the keys and indexes of the figures table (no other table refers to it), inside the caller's transaction,
/// for a bulk write into a new table: a million figures then cost no index insert each. Only the table's owner may.
Result<BulkRestore> dropKeysAndIndexes(const sql::Store& store);
/// Runs restore statements, in order.
Result<void> restore(const sql::Store& store, const QStringList& statements);

/// Whether the connection's user may write the dataset (an editor or an owner), and whether it acts as the owner of
/// its tables (may upgrade the schema and give roles).
Result<bool> mayWrite(const sql::Store& store);
Result<bool> ownsDataset(const sql::Store& store);
/// The server role of a dataset's readers, editors or owners: "DATABASE_reader" and so on.
QString roleName(const QString& database, TeamRole role);
/// Gives `user` the role (none: takes every role away), making the three roles and granting their rights first;
/// only an owner may. Inside the caller's transaction.
Result<void> setRole(const sql::Store& store, const QString& user, std::optional<TeamRole> role);
/// The users with a role in the dataset, by name, each with its highest.
Result<QList<std::pair<QString, TeamRole>>> roles(const sql::Store& store);

/// The channel each saved change is announced on (NOTIFY), with its revision as the payload.
inline constexpr const char* changeChannel = "crisis_timeline_changes";

/// Adds a change to the history and announces it to every listener once the caller's transaction commits; sets
/// the revision's number.
Result<void> record(const sql::Store& store, Revision& revision);
/// The revisions after `after`, oldest first (newest first when `newestFirst`), touching `recordId` when it is not
/// empty, saved by another program than `otherThan` when it is not empty, at most `limit`; with the values they kept
/// of their records (of `recordId`'s only, when given) when `withValues` (schema 2 and later).
Result<QList<Revision>> revisions(const sql::Store& store, qint64 after, const QString& recordId, int limit,
    const QString& otherThan = {}, bool newestFirst = false, bool withValues = false);
/// The latest revision's number; 0 before the first.
Result<qint64> latestRevision(const sql::Store& store);

/// Takes the lock that makes writers of a dataset take turns, until the caller's transaction ends (readers are not
/// held up): places in the lists are handed out one writer at a time, and setting up an empty database happens once.
Result<void> lockForWriting(const sql::Store& store);
/// Makes the caller's transaction, before its first statement, read committed whatever the server's default (a
/// writer's check of references must see what others have just committed).
Result<void> readCommitted(const sql::Store& store);

} // namespace crisis::core::postgres
