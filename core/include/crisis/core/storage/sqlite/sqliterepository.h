#pragma once

#include <crisis/core/storage/repository.h>

#include <memory>
#include <optional>
#include <utility>

class QTemporaryDir;

namespace crisis::core {

/// A dataset in an SQLite file (Qt's QSQLITE driver). Schema version in PRAGMA user_version, our
/// application id in PRAGMA application_id, foreign keys on, WAL journal, every write in a transaction.
/// Callers outside storage open it through openRepository(); its own tests open it directly.
class SqliteRepository final : public Repository
{
public:
    /// Opens or creates the database at path (see openRepository()). Only a regular file is opened, and its header
    /// is read before any connection: a file that is not a Crisis Timeline database, is newer than this app or is
    /// damaged gives an error and is left as it was, with nothing created beside it. A database a program left
    /// mid-write (a hot journal, a write-ahead log no one has open) is recovered by SQLite on a connection that can
    /// write, and a notice says so. An older database is copied to a backup beside it ("NAME.v1.bak") before it is
    /// migrated; opened read-only, a migrated copy of it in a temporary folder is read instead. A new file is
    /// written under a temporary name and renamed when complete, so no half-created database is left behind.
    static Result<std::unique_ptr<SqliteRepository>> open(const QString& path, OpenMode mode);
    /// Creates a new database at path holding data, all or nothing; never over a file that exists.
    static Result<void> create(const QString& path, const Snapshot& data);

    /// The schema version this build writes.
    static int currentSchemaVersion();
    /// PRAGMA application_id of our files: "CRTL".
    static constexpr qint32 applicationId = 0x4352544C;

    ~SqliteRepository() override;

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
    using Repository::add;
    using Repository::replaceAll;

    /// Brings a database to `version` by running the migrations up to it; for tests of every older version.
    static Result<void> createAtVersion(const QString& path, int version);

private:
    struct Opened;
    explicit SqliteRepository(Opened&& opened);
    /// An error when nothing may be written: the store was opened read-only, or the file at the path is no longer
    /// the one opened (moved away or deleted).
    Result<void> writable() const;

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    /// What the reader's second connection opens (a migrated copy, when the store is older and read-only).
    QByteArray m_readerUri;
    /// The migrated copy's folder, removed with it.
    std::unique_ptr<QTemporaryDir> m_copy;
    /// Marks the file open in this process for as long as the repository lives.
    std::shared_ptr<void> m_openMark;
    bool m_cannotWrite = false;
    /// The file opened (device and inode), to notice when it is moved or deleted while open.
    std::optional<std::pair<quint64, quint64>> m_identity;
};

} // namespace crisis::core
