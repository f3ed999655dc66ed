// Every command that opens a database, and the window's way in (openRepository), against files that are not a
// database of ours or cannot be used now: each gets a clear message naming the file and exit status 1, and the
// file is left byte for byte as it was, with nothing made beside it. The exceptions say what they are: a database
// that only cannot be written is read, and a hot journal is rolled back (SQLite's own recovery), which is said.

#include "processrunner.h"
#include "testsupport.h"

#include <crisis/core/storage/openrepository.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <functional>
#include <sys/stat.h>

using crisis::test::ProcessOutcome;
using crisis::test::ProcessRunner;
using crisis::test::readFile;
using crisis::test::writeFile;

namespace {

// What a file is, to compare before and after: its type and, for a regular file, a hash of its bytes.
QByteArray fingerprint(const QString& path)
{
    struct stat info
    { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return "absent";
    if (!S_ISREG(info.st_mode))
        return "special " + QByteArray::number(static_cast<quint64>(info.st_mode & S_IFMT), 8) + ' '
            + QByteArray::number(static_cast<quint64>(info.st_rdev)) + ' '
            + QByteArray::number(static_cast<quint64>(info.st_ino));
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

void setHeaderWord(const QString& path, int offset, quint32 value)
{
    QByteArray bytes = readFile(path);
    for (int i = 0; i < 4; ++i)
        bytes[offset + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xff);
    writeFile(path, bytes);
}

class HostileDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_bundled = m_app.path(QStringLiteral("bundled.sqlite"));
        const ProcessOutcome made = m_app.run({ QStringLiteral("create"), QStringLiteral("--db"), m_bundled });
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
        m_table = m_app.path(QStringLiteral("disasters.csv"));
        writeFile(m_table, crisis::test::sourceFile(QStringLiteral("tests/data/tables/disasters.csv")));
        m_texts = crisis::test::seedsDir().isEmpty() ? m_app.home() : crisis::test::seedsDir();
    }

    // A folder of its own for a case, with `file` in it (made by `make`) and a link to it beside it.
    struct Case
    {
        QString folder;
        QString file;
        QString link;
    };
    Case makeCase(const QString& name, const std::function<void(const QString& file)>& make)
    {
        Case made;
        made.folder = m_app.path(name);
        EXPECT_TRUE(QDir().mkpath(made.folder));
        QFile::setPermissions(made.folder, QFile::permissions(m_app.home()));
        made.file = made.folder + QStringLiteral("/db.sqlite");
        make(made.file);
        made.link = made.folder + QStringLiteral("/link.sqlite");
        EXPECT_TRUE(QFile::link(QStringLiteral("db.sqlite"), made.link));
        return made;
    }

    // Every command that opens a database, on `db`; writing, if at all, only to files in the home.
    std::vector<QStringList> commandsOn(const QString& db) const
    {
        const QString dbOption = QStringLiteral("--db");
        return {
            { QStringLiteral("list"), QStringLiteral("figures"), dbOption, db },
            { QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("casualties"), QStringLiteral("-o"),
                m_app.path(QStringLiteral("out.png")), dbOption, db },
            { QStringLiteral("export-data"), QStringLiteral("-o"), m_app.path(QStringLiteral("out.json")), dbOption,
                db },
            { QStringLiteral("import"), m_table, QStringLiteral("--map"),
                QStringLiteral("date=Year,value=Deaths,subject=Entity,metric=disaster_deaths:flow"),
                QStringLiteral("--dry-run"), dbOption, db },
            { QStringLiteral("check-citations"), QStringLiteral("--sources"), m_texts, dbOption, db },
        };
    }

    // Each command, and the window's way in, refuse `db` with a message naming it that says `why`; the file (and
    // the one a link points to) and its folder are left as they were.
    void expectRefused(const QString& db, const QString& why, crisis::core::Error::Code code, int user = 0)
    {
        const QString target = QFileInfo(db).canonicalFilePath().isEmpty() ? db : QFileInfo(db).canonicalFilePath();
        const QByteArray before = fingerprint(target);
        const QString folder = QFileInfo(db).absolutePath();
        const QStringList entries = folder.startsWith(m_app.home()) ? entriesOf(folder) : QStringList();
        const std::vector<QStringList> commands = commandsOn(db);
        const std::vector<ProcessOutcome> outcomes = m_app.runAll(commands, user);
        for (size_t i = 0; i < commands.size(); ++i) {
            const std::string command = commands[i].join(u' ').toStdString();
            const ProcessOutcome& outcome = outcomes[i];
            EXPECT_EQ(outcome.exitCode, 1) << command << '\n' << outcome.err.toStdString();
            EXPECT_TRUE(outcome.err.contains(QFile::encodeName(db))) << command << '\n' << outcome.err.toStdString();
            EXPECT_TRUE(outcome.err.contains(why.toUtf8())) << command << '\n' << outcome.err.toStdString();
            EXPECT_TRUE(outcome.out.isEmpty()) << command << '\n' << outcome.out.toStdString();
        }
        if (user == 0) {
            const auto opened
                = crisis::core::openRepository(crisis::core::StoreLocation::file(db), crisis::core::OpenMode::Existing);
            ASSERT_FALSE(opened.ok()) << db.toStdString();
            EXPECT_EQ(opened.error().code, code) << opened.error().message.toStdString();
            EXPECT_TRUE(opened.error().message.contains(db)) << opened.error().message.toStdString();
        }
        EXPECT_EQ(fingerprint(target), before) << db.toStdString();
        // (The system's folders change by themselves: only ours are compared.)
        if (folder.startsWith(m_app.home())) {
            EXPECT_EQ(entriesOf(folder), entries) << db.toStdString();
        }
        EXPECT_FALSE(QFileInfo::exists(m_app.path(QStringLiteral("out.png"))));
        EXPECT_FALSE(QFileInfo::exists(m_app.path(QStringLiteral("out.json"))));
    }

    void expectRefusedWithLink(const Case& made, const QString& why, crisis::core::Error::Code code)
    {
        expectRefused(made.file, why, code);
        expectRefused(made.link, why, code);
    }

    // A copy of the bundled database with one header word changed.
    std::function<void(const QString&)> bundledWith(int offset, quint32 value) const
    {
        return [this, offset, value](const QString& file) {
            ASSERT_TRUE(QFile::copy(m_bundled, file));
            setHeaderWord(file, offset, value);
        };
    }

    ProcessRunner m_app;
    QString m_bundled;
    QString m_table;
    QString m_texts;
};

// A database mid-write, as a bulk import killed then leaves it: pages of the change in the file, the pages they
// replaced in a hot rollback journal. `file` and `file-journal` are written; the database holds the bundled dataset
// once the journal is rolled back.
void makeHotJournal(const QString& bundled, const QString& file)
{
    const QString writing = file + QStringLiteral(".writing");
    ASSERT_TRUE(QFile::copy(bundled, writing));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hot"));
        db.setDatabaseName(writing);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const char* sql : { "PRAGMA journal_mode = DELETE", "PRAGMA cache_size = 4", "BEGIN",
                 "DELETE FROM story_steps", "DELETE FROM stories",
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n LIMIT 300) "
                 "INSERT INTO meta SELECT 'filler-' || i, hex(randomblob(2000)) FROM n" })
            ASSERT_TRUE(query.exec(QString::fromLatin1(sql))) << sql << query.lastError().text().toStdString();
        ASSERT_TRUE(QFile::copy(writing, file));
        ASSERT_TRUE(QFile::copy(writing + QStringLiteral("-journal"), file + QStringLiteral("-journal")));
        query.exec(QStringLiteral("ROLLBACK"));
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hot"));
    QFile::remove(writing);
}

} // namespace

TEST_F(HostileDatabaseTest, FilesThatAreNotOurDatabaseAreRefusedAndLeftAsTheyWere)
{
    using Code = crisis::core::Error::Code;
    expectRefusedWithLink(makeCase(QStringLiteral("zero"), [](const QString& file) { writeFile(file, {}); }),
        QStringLiteral("empty file (0 bytes)"), Code::NotCrisisDatabase);
    expectRefusedWithLink(makeCase(QStringLiteral("random"),
                              [](const QString& file) {
                                  QRandomGenerator random(11);
                                  QByteArray bytes(65536, Qt::Uninitialized);
                                  for (char& byte : bytes)
                                      byte = static_cast<char>(random.generate() & 0xff);
                                  writeFile(file, bytes);
                              }),
        QStringLiteral("not an SQLite file"), Code::NotCrisisDatabase);
    expectRefusedWithLink(makeCase(QStringLiteral("header"),
                              [this](const QString& file) { writeFile(file, readFile(m_bundled).left(60)); }),
        QStringLiteral("header is truncated"), Code::Corrupt);
    expectRefusedWithLink(makeCase(QStringLiteral("truncated"),
                              [this](const QString& file) {
                                  const QByteArray bytes = readFile(m_bundled);
                                  writeFile(file, bytes.left(bytes.size() / 2));
                              }),
        QStringLiteral("truncated"), Code::Corrupt);
    expectRefusedWithLink(makeCase(QStringLiteral("foreign"), bundledWith(68, 0)),
        QStringLiteral("not a Crisis Timeline database"), Code::NotCrisisDatabase);
    expectRefusedWithLink(makeCase(QStringLiteral("newer"), bundledWith(60, 999)),
        QStringLiteral("written by a newer Crisis Timeline"), Code::NewerSchema);
    expectRefusedWithLink(makeCase(QStringLiteral("negative"), bundledWith(60, 0xffffffffU)),
        QStringLiteral("schema version is -1"), Code::Corrupt);
    expectRefusedWithLink(
        makeCase(QStringLiteral("fifo"),
            [](const QString& file) { ASSERT_EQ(::mkfifo(QFile::encodeName(file).constData(), 0644), 0); }),
        QStringLiteral("not a regular file (it is a named pipe"), Code::Io);
    // A device: never written to, never replaced (it could be one the system needs).
    expectRefused(
        QStringLiteral("/dev/null"), QStringLiteral("not a regular file (it is a character device)"), Code::Io);
    const Case toNull = makeCase(QStringLiteral("device"),
        [](const QString& file) { ASSERT_TRUE(QFile::link(QStringLiteral("/dev/null"), file)); });
    expectRefused(toNull.file, QStringLiteral("not a regular file (it is a character device)"), Code::Io);
    expectRefused(toNull.link, QStringLiteral("not a regular file (it is a character device)"), Code::Io);
}

TEST_F(HostileDatabaseTest, ADatabaseAnotherProgramHoldsIsInUseNotCorrupt)
{
    const Case locked = makeCase(
        QStringLiteral("locked"), [this](const QString& file) { ASSERT_TRUE(QFile::copy(m_bundled, file)); });
    const QByteArray before = fingerprint(locked.file);
    auto holder
        = m_app.startProgram(QStringLiteral(CRISIS_STORAGE_HELPER), { QStringLiteral("hold-lock"), locked.file });
    ASSERT_TRUE(holder->waitForReadyRead(30000)) << holder->readAllStandardError().toStdString();
    ASSERT_EQ(holder->readLine().trimmed(), "locked");
    // Every command at once, on the file and on the link: each waits a few seconds for the lock, then gives up.
    std::vector<QStringList> commands = commandsOn(locked.file);
    for (const QStringList& command : commandsOn(locked.link))
        commands.push_back(command);
    std::vector<std::unique_ptr<QProcess>> started;
    for (const QStringList& command : commands)
        started.push_back(m_app.start(command));
    const auto opened = crisis::core::openRepository(
        crisis::core::StoreLocation::file(locked.file), crisis::core::OpenMode::Existing);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, crisis::core::Error::Code::Busy);
    EXPECT_TRUE(opened.error().message.contains(u"in use by another program")) << opened.error().message.toStdString();
    const QByteArray holderPid = QByteArray::number(holder->processId());
    for (size_t i = 0; i < commands.size(); ++i) {
        const ProcessOutcome outcome = ProcessRunner::finish(*started[i]);
        const std::string command = commands[i].join(u' ').toStdString();
        EXPECT_EQ(outcome.exitCode, 1) << command << '\n' << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.contains("in use by another program (crisis-storage-")) << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.contains(QByteArray("process " + holderPid))) << outcome.err.toStdString();
        EXPECT_FALSE(outcome.err.contains("corrupt")) << outcome.err.toStdString();
    }
    holder->closeWriteChannel();
    ASSERT_TRUE(holder->waitForFinished(30000));
    EXPECT_EQ(holder->exitCode(), 0) << holder->readAllStandardError().toStdString();
    EXPECT_EQ(fingerprint(locked.file), before);
    EXPECT_EQ(entriesOf(locked.folder), QStringList({ QStringLiteral("db.sqlite"), QStringLiteral("link.sqlite") }));
    // Let go, it opens.
    EXPECT_EQ(
        m_app.run({ QStringLiteral("list"), QStringLiteral("sources"), QStringLiteral("--db"), locked.link }).exitCode,
        0);
}

TEST_F(HostileDatabaseTest, ADatabaseThatCannotBeWrittenIsReadAndNotWritten)
{
    const std::optional<int> user = ProcessRunner::readOnlyUser();
    if (!user)
        GTEST_SKIP() << "running as root, and setpriv cannot run the executable as nobody: root writes any file";
    // A file no one may write, in a folder anyone may: SQLite must not leave a -wal or -shm there.
    const Case file = makeCase(QStringLiteral("read-only-file"), [this](const QString& db) {
        ASSERT_TRUE(QFile::copy(m_bundled, db));
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    });
    ::chmod(QFile::encodeName(file.folder).constData(), 0777);
    const Case folder = makeCase(QStringLiteral("read-only-folder"), [this](const QString& db) {
        ASSERT_TRUE(QFile::copy(m_bundled, db));
        QFile::setPermissions(db, QFile::permissions(m_bundled) | QFileDevice::ReadOther);
    });
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QFile::setPermissions(folder.folder, readable);
    const QByteArray listed
        = m_app.run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--db"), m_bundled }).out;
    for (const QString& db : { file.file, file.link, folder.file, folder.link }) {
        const QString target = QFileInfo(db).canonicalFilePath();
        const QByteArray before = fingerprint(target);
        const QStringList entries = entriesOf(QFileInfo(db).absolutePath());
        // What reads, reads (into files in the home, which that user may not write: the list is enough).
        const ProcessOutcome read
            = m_app.run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--db"), db }, *user);
        EXPECT_EQ(read.exitCode, 0) << db.toStdString() << '\n' << read.err.toStdString();
        EXPECT_EQ(read.out, listed);
        EXPECT_TRUE(read.err.isEmpty()) << read.err.toStdString();
        const ProcessOutcome dry
            = m_app.run({ QStringLiteral("import"), m_table, QStringLiteral("--map"),
                            QStringLiteral("date=Year,value=Deaths,subject=Entity,metric=disaster_deaths:flow"),
                            QStringLiteral("--dry-run"), QStringLiteral("--db"), db },
                *user);
        EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
        // What writes says it cannot, and writes nothing.
        const ProcessOutcome written
            = m_app.run({ QStringLiteral("import"), m_table, QStringLiteral("--map"),
                            QStringLiteral("date=Year,value=Deaths,subject=Entity,metric=disaster_deaths:flow"),
                            QStringLiteral("--db"), db },
                *user);
        EXPECT_EQ(written.exitCode, 1);
        EXPECT_TRUE(written.err.contains(QByteArray(QFile::encodeName(db) + " cannot be written")))
            << written.err.toStdString();
        EXPECT_EQ(fingerprint(target), before) << db.toStdString();
        EXPECT_EQ(entriesOf(QFileInfo(db).absolutePath()), entries) << db.toStdString();
    }
    // A hot journal there cannot be rolled back: refused, saying why, left as it is.
    const Case hot = makeCase(QStringLiteral("read-only-hot"), [this](const QString& db) {
        makeHotJournal(m_bundled, db);
        for (const QString& each : { db, QString(db + QStringLiteral("-journal")) })
            QFile::setPermissions(each, QFile::permissions(each) | QFileDevice::ReadOther);
    });
    QFile::setPermissions(hot.folder, readable);
    for (const QString& db : { hot.file, hot.link }) {
        const QByteArray before = fingerprint(hot.file);
        const QByteArray journal = fingerprint(hot.file + QStringLiteral("-journal"));
        const ProcessOutcome read
            = m_app.run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--db"), db }, *user);
        EXPECT_EQ(read.exitCode, 1);
        EXPECT_TRUE(read.err.contains(
            QByteArray(QFile::encodeName(db) + " was left by a program that stopped while writing it")))
            << read.err.toStdString();
        EXPECT_EQ(fingerprint(hot.file), before);
        EXPECT_EQ(fingerprint(hot.file + QStringLiteral("-journal")), journal);
    }
    for (const Case& made : { folder, hot })
        QFile::setPermissions(made.folder, readable | QFileDevice::WriteOwner);
}

TEST_F(HostileDatabaseTest, AHotJournalIsRolledBackByEveryCommandAndSaidSo)
{
    const QByteArray listed
        = m_app.run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--db"), m_bundled }).out;
    const std::vector<QStringList> commands = commandsOn(QStringLiteral("DB"));
    for (size_t i = 0; i < commands.size(); ++i) {
        for (const bool viaLink : { false, true }) {
            const Case hot = makeCase(QStringLiteral("hot-%1-%2").arg(i).arg(viaLink),
                [this](const QString& db) { makeHotJournal(m_bundled, db); });
            const QString db = viaLink ? hot.link : hot.file;
            QStringList command = commands[i];
            command.replace(command.indexOf(QStringLiteral("DB")), db);
            const ProcessOutcome outcome = m_app.run(command);
            const std::string shown = command.join(u' ').toStdString();
            EXPECT_NE(outcome.exitCode, -1) << shown;
            EXPECT_TRUE(
                outcome.err.contains(QByteArray(QFile::encodeName(db) + " was recovered from an interrupted write")))
                << shown << '\n'
                << outcome.err.toStdString();
            EXPECT_FALSE(QFileInfo::exists(hot.file + QStringLiteral("-journal"))) << shown;
            EXPECT_EQ(
                entriesOf(hot.folder), QStringList({ QStringLiteral("db.sqlite"), QStringLiteral("link.sqlite") }))
                << shown;
            // As it was before the write that stopped.
            const ProcessOutcome after
                = m_app.run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--db"), db });
            EXPECT_EQ(after.out, listed) << shown;
            EXPECT_TRUE(after.err.isEmpty()) << after.err.toStdString();
        }
        QFile::remove(m_app.path(QStringLiteral("out.png")));
        QFile::remove(m_app.path(QStringLiteral("out.json")));
    }
    // The window's way in too.
    const Case hot
        = makeCase(QStringLiteral("hot-window"), [this](const QString& db) { makeHotJournal(m_bundled, db); });
    const auto opened
        = crisis::core::openRepository(crisis::core::StoreLocation::file(hot.link), crisis::core::OpenMode::Existing);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ASSERT_EQ(opened.value()->notices().size(), 1);
    EXPECT_TRUE(opened.value()->notices().at(0).contains(u"recovered from an interrupted write"));
}
