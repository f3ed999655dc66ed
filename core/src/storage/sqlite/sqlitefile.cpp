#include "sqlitefile.h"

#include "sqliteschema.h"
#include "sqlitesupport.h"
#include "sqlitewriter.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/storage/sqlite/sqliterepository.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace crisis::core::sqlite {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

qint64 bigEndian32(const QByteArray& bytes, int at)
{
    return static_cast<qint32>((static_cast<quint32>(static_cast<quint8>(bytes[at])) << 24)
        | (static_cast<quint32>(static_cast<quint8>(bytes[at + 1])) << 16)
        | (static_cast<quint32>(static_cast<quint8>(bytes[at + 2])) << 8)
        | static_cast<quint32>(static_cast<quint8>(bytes[at + 3])));
}

// Up to `size` bytes from the start of a regular file, read without waiting on a FIFO or a device put in its place
// since it was examined; an error text when it cannot be read or is not a regular file.
std::optional<QByteArray> readStart(const QString& path, qint64 size, QString* why)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *why = systemError(errno);
        return std::nullopt;
    }
    struct stat info
    { };
    QByteArray bytes;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        *why = QStringLiteral("not a regular file");
        ::close(fd);
        return std::nullopt;
    }
    bytes.resize(size);
    qint64 done = 0;
    while (done < size) {
        const ssize_t got = ::read(fd, bytes.data() + done, static_cast<size_t>(size - done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *why = systemError(errno);
            ::close(fd);
            return std::nullopt;
        }
        if (got == 0)
            break;
        done += got;
    }
    ::close(fd);
    bytes.truncate(done);
    return bytes;
}

QString specialKind(mode_t mode)
{
    if (S_ISCHR(mode))
        return QStringLiteral("a character device");
    if (S_ISBLK(mode))
        return QStringLiteral("a block device");
    if (S_ISFIFO(mode))
        return QStringLiteral("a named pipe (FIFO)");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("not a regular file");
}

// Renames from to to unless something is at `to` (then EEXIST); true on success, else errno says why.
bool renameNoReplace(const QByteArray& from, const QByteArray& to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS)
        return false;
    // A file system without the flag: a hard link fails as well when `to` exists.
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        return true;
    }
    if (errno == EEXIST)
        return false;
    // Nor hard links (FAT): check, then rename.
    struct stat info
    { };
    if (::lstat(to.constData(), &info) == 0) {
        errno = EEXIST;
        return false;
    }
    return ::rename(from.constData(), to.constData()) == 0;
}

// Makes a rename in a folder survive a power cut, as the data it names does.
void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

const QStringList& companionSuffixes()
{
    static const QStringList suffixes = { QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") };
    return suffixes;
}

std::optional<std::pair<quint64, quint64>> identityOf(const QString& path)
{
    struct stat info
    { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return std::pair { static_cast<quint64>(info.st_dev), static_cast<quint64>(info.st_ino) };
}

struct OpenFiles
{
    std::mutex mutex;
    std::map<std::pair<quint64, quint64>, int> counts;
};

OpenFiles& openFiles()
{
    static OpenFiles files;
    return files;
}

} // namespace

OpenFileMark::OpenFileMark(const QString& path)
    : m_key(identityOf(path))
{
    if (!m_key)
        return;
    OpenFiles& files = openFiles();
    const std::lock_guard lock(files.mutex);
    ++files.counts[*m_key];
}

OpenFileMark::~OpenFileMark()
{
    if (!m_key)
        return;
    OpenFiles& files = openFiles();
    const std::lock_guard lock(files.mutex);
    if (--files.counts[*m_key] <= 0)
        files.counts.erase(*m_key);
}

bool isOpenInThisProcess(const QString& path)
{
    const auto key = identityOf(path);
    if (!key)
        return false;
    OpenFiles& files = openFiles();
    const std::lock_guard lock(files.mutex);
    return files.counts.count(*key) > 0;
}

PathKind examinePath(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    PathKind kind;
    struct stat info
    { };
    if (::lstat(name.constData(), &info) != 0)
        return kind;
    if (S_ISLNK(info.st_mode) && ::stat(name.constData(), &info) != 0) {
        kind.kind = PathKind::DanglingLink;
        kind.what = QFileInfo(path).symLinkTarget();
        return kind;
    }
    if (S_ISDIR(info.st_mode)) {
        kind.kind = PathKind::Folder;
    } else if (S_ISREG(info.st_mode)) {
        kind.kind = PathKind::Regular;
        kind.size = info.st_size;
    } else {
        kind.kind = PathKind::Special;
        kind.what = specialKind(info.st_mode);
    }
    return kind;
}

Result<Inspection> inspect(const QString& path, const QString& shown)
{
    QString why;
    const auto header = readStart(path, 100, &why);
    if (!header)
        return makeError(Error::Code::Io, QStringLiteral("cannot read %1: %2").arg(shown, why));
    if (header->isEmpty())
        return makeError(Error::Code::NotCrisisDatabase,
            QStringLiteral("%1 is an empty file (0 bytes), not a Crisis Timeline database; it was left as it is")
                .arg(shown));
    if (!header->startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return makeError(Error::Code::NotCrisisDatabase,
            QStringLiteral("%1 is not a Crisis Timeline database (it is not an SQLite file)").arg(shown));
    if (header->size() < 100)
        return makeError(Error::Code::Corrupt, QStringLiteral("%1 is corrupt (its header is truncated)").arg(shown));
    auto checked = checkIdentity(bigEndian32(*header, 68), bigEndian32(*header, 60), shown);
    if (checked) {
        checked->wal = header->at(18) == 2 && header->at(19) == 2;
        // The page count at 28 holds when the change counter (24) is the one it was written with (92).
        const qint64 pageSize = (static_cast<quint8>(header->at(16)) << 8) | static_cast<quint8>(header->at(17));
        const auto pages = static_cast<quint32>(bigEndian32(*header, 28));
        if (bigEndian32(*header, 24) == bigEndian32(*header, 92))
            checked->expectedSize = (pageSize == 1 ? 65536 : pageSize) * static_cast<qint64>(pages);
    }
    return checked;
}

Result<Inspection> checkIdentity(qint64 applicationId, qint64 version, const QString& shown)
{
    if (applicationId != SqliteRepository::applicationId)
        return makeError(Error::Code::NotCrisisDatabase,
            QStringLiteral("%1 is an SQLite database but not a Crisis Timeline database; it was left as it is")
                .arg(shown));
    if (version < 0)
        return makeError(Error::Code::Corrupt,
            QStringLiteral("%1 is damaged: its schema version is %2, which no Crisis Timeline ever wrote")
                .arg(shown, QString::number(version)));
    if (version > currentSchemaVersion())
        return makeError(Error::Code::NewerSchema,
            QStringLiteral("%1 was written by a newer Crisis Timeline (schema %2; this version reads up to %3); "
                           "update the app to open it")
                .arg(shown, QString::number(version), QString::number(currentSchemaVersion())));
    Inspection inspection;
    inspection.applicationId = applicationId;
    inspection.version = static_cast<int>(version);
    return inspection;
}

bool hasHotJournal(const QString& path)
{
    // A rollback journal is hot when it holds a valid header and no program holds a lock on the database: its
    // writer is gone. (Its first 8 bytes are zeroed or it is truncated or deleted when a write completes.)
    static const QByteArray magic("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
    QString why;
    const auto start = readStart(path + QStringLiteral("-journal"), 8, &why);
    if (!start || *start != magic)
        return false;
    bool locked = false;
    lockHolder(path, &locked);
    return !locked;
}

bool hasLeftoverLog(const QString& path)
{
    if (QFileInfo(path + QStringLiteral("-wal")).size() <= 0)
        return false;
    // Every connection of a program that has the database open in WAL mode holds a lock on its -shm.
    bool locked = false;
    lockHolder(path, &locked);
    return !locked;
}

bool canWrite(const QString& path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0
        && ::access(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), W_OK) == 0;
}

void removeDatabaseFiles(const QString& path)
{
    // The journals first: a database without its hot journal is a database damaged, a journal without its database
    // is nothing.
    for (const QString& suffix : companionSuffixes())
        QFile::remove(path + suffix);
    QFile::remove(path);
}

void removeStaleCreations(const QString& path)
{
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    const QString prefix = info.fileName() + QStringLiteral(".creating-");
    static const QRegularExpression tail(QStringLiteral("^[0-9a-f]{8}(-journal|-wal|-shm)?$"));
    QStringList temporaries;
    const QFileInfoList entries = folder.entryInfoList(
        { prefix + u'*' }, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QString rest = entry.fileName().mid(prefix.size());
        const QRegularExpressionMatch match = tail.match(rest);
        if (!match.hasMatch())
            continue;
        const QString base = folder.filePath(prefix + rest.left(8));
        if (!temporaries.contains(base))
            temporaries.append(base);
    }
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
    for (const QString& temporary : std::as_const(temporaries)) {
        bool recent = false;
        for (const QString& suffix : QStringList { QString() } + companionSuffixes()) {
            const QFileInfo file(temporary + suffix);
            if (file.exists() && file.lastModified().toUTC() > old)
                recent = true;
        }
        bool locked = false;
        lockHolder(temporary, &locked);
        if (recent || locked)
            continue;
        // Ours: empty (killed before its first write) or marked with our application id.
        const PathKind kind = examinePath(temporary);
        if (kind.kind == PathKind::Regular && kind.size > 0) {
            QString why;
            const auto header = readStart(temporary, 100, &why);
            if (!header || header->size() < 72 || bigEndian32(*header, 68) != SqliteRepository::applicationId)
                continue;
        } else if (kind.kind != PathKind::Regular && kind.kind != PathKind::Missing) {
            continue;
        }
        removeDatabaseFiles(temporary);
    }
}

Result<void> createDatabase(const QString& path, const Snapshot* data)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return makeError(Error::Code::Io,
            QStringLiteral("cannot create %1: the folder %2 does not exist")
                .arg(shown, QDir::toNativeSeparators(info.absolutePath())));
    removeStaleCreations(path);
    const QString temporary = path + QStringLiteral(".creating-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    Result<void> result;
    {
        ScopedConnection connection(temporary, Access::Create);
        QSqlDatabase db = connection.db();
        if (!db.open()) {
            result = databaseError(path, QStringLiteral("cannot create the database"), db.lastError());
        } else {
            QSqlError error;
            // Pages of 32 KiB rather than 4: a million figures are written in two thirds of the time, and an edit
            // still writes a few pages.
            if (!exec(db, QStringLiteral("PRAGMA page_size = 32768"), &error)
                || !exec(db, QStringLiteral("PRAGMA application_id = %1").arg(SqliteRepository::applicationId), &error)
                || !exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error)) {
                result = databaseError(path, QStringLiteral("cannot set up the database"), error);
            } else {
                result = migrate(db, path, 0, currentSchemaVersion());
            }
            if (result && data) {
                // Many figures: the foreign keys checked once per distinct value (see BulkWrite).
                const bool bulk = data->figures.size() >= 100'000;
                if (bulk)
                    exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
                const bool setInfo = !data->title.isEmpty() || !data->description.isEmpty();
                result = inTransaction(db, path, [&] { return Writer(db, path).write(*data, setInfo, {}, bulk); });
                if (bulk)
                    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
            }
            if (result && !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &error))
                result = databaseError(path, QStringLiteral("cannot switch to WAL"), error);
        }
    }
    if (!result) {
        removeDatabaseFiles(temporary);
        return result;
    }
    // Closed by its only connection, the log was written into the database and removed; a crash before the rename
    // leaves only temporary files (removeStaleCreations).
    if (QFileInfo(temporary + QStringLiteral("-wal")).size() > 0) {
        removeDatabaseFiles(temporary);
        return makeError(Error::Code::Database,
            QStringLiteral("cannot create %1: its write-ahead log was not written into it").arg(shown));
    }
    QFile::remove(temporary + QStringLiteral("-wal"));
    QFile::remove(temporary + QStringLiteral("-shm"));
    if (!renameNoReplace(QFile::encodeName(temporary), QFile::encodeName(path))) {
        const int error = errno;
        removeDatabaseFiles(temporary);
        return makeError(Error::Code::Io,
            error == EEXIST
                ? QStringLiteral("cannot create %1: a file appeared there meanwhile; it was left as it is").arg(shown)
                : QStringLiteral("cannot create %1: %2").arg(shown, systemError(error)));
    }
    syncFolder(info.absolutePath());
    return {};
}

Result<QString> backUp(const QString& path, int version)
{
    QString backup = path + QStringLiteral(".v%1.bak").arg(version);
    for (int n = 2; QFileInfo::exists(backup) || QFileInfo(backup).isSymLink(); ++n)
        backup = path + QStringLiteral(".v%1.%2.bak").arg(version).arg(n);
    Result<QString> result = backup;
    {
        ScopedConnection connection(path, Access::ReadWrite);
        QSqlDatabase db = connection.db();
        QSqlQuery query(db);
        if (!db.open() || !query.prepare(QStringLiteral("VACUUM INTO ?"))) {
            result = databaseError(path, QStringLiteral("cannot back up before upgrading"), db.lastError());
        } else {
            query.addBindValue(backup);
            if (!query.exec())
                result = databaseError(path, QStringLiteral("cannot back up before upgrading"), query.lastError());
        }
    }
    if (!result)
        QFile::remove(backup);
    return result;
}

} // namespace crisis::core::sqlite
