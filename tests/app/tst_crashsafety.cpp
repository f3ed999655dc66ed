// Crash safety: the real executable (and, for the window's edits, a helper that writes as the window does) is killed
// with SIGKILL at points spread over each write — imports by the small and the bulk path, an edit, a new database
// generated, exports — and after every kill the database opens, SQLite's integrity_check is ok and it holds exactly
// what it held before the write or exactly what it holds after it; an export is complete or absent.
//
// CRISIS_CRASH_KILLS sets how many kills in all (60 by default; scripts/crash-test.sh runs 1,000).

#include "processrunner.h"
#include "testsupport.h"

#include <crisis/core/storage/openrepository.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <sqlite3.h>
#include <string>
#include <thread>

using crisis::test::ProcessOutcome;
using crisis::test::ProcessRunner;
using crisis::test::readFile;
using crisis::test::writeFile;

namespace {

int totalKills()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("CRISIS_CRASH_KILLS", &ok);
    return ok && kills > 0 ? kills : 60;
}

// What a database holds, row by row in every table (rows sorted, so that only content counts, not where pages
// are), hashed; and what integrity_check says of it. Read with SQLite's own API, after the app has opened it.
struct Content
{
    QByteArray hash;
    QString integrity;
};
Content contentOf(const QString& path)
{
    Content content;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        content.integrity = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return content;
    }
    // Each statement's rows, as text.
    const auto rowsOf = [&](const char* sql) {
        std::vector<std::string> rows;
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            rows.push_back(std::string("error: ") + sqlite3_errmsg(db));
            return rows;
        }
        const int columns = sqlite3_column_count(statement);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            std::string row;
            for (int i = 0; i < columns; ++i) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
                row.append(text ? text : "<null>", text ? static_cast<size_t>(sqlite3_column_bytes(statement, i)) : 6);
                row += '\x1f';
            }
            rows.push_back(std::move(row));
        }
        sqlite3_finalize(statement);
        return rows;
    };
    QStringList integrity;
    for (const std::string& row : rowsOf("PRAGMA integrity_check"))
        integrity.append(QString::fromStdString(row).chopped(1));
    content.integrity = integrity.join(u'\n');
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const std::string& table : rowsOf("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
        hash.addData(QByteArrayView(table.data(), static_cast<qsizetype>(table.size())));
        std::vector<std::string> rows = rowsOf(("SELECT * FROM \"" + table.substr(0, table.size() - 1) + '"').c_str());
        std::sort(rows.begin(), rows.end());
        for (const std::string& row : rows)
            hash.addData(QByteArrayView(row.data(), static_cast<qsizetype>(row.size())));
    }
    sqlite3_close(db);
    content.hash = hash.result().toHex();
    return content;
}

// One write to kill: what to run, on what.
struct Scenario
{
    std::string name;
    int kills = 0;
    /// The program and its arguments, given the folder of one run (which holds db.sqlite, copied from `before`).
    std::function<QStringList(const QString& folder)> command;
    /// The database before the write; empty when there is none (generate makes it).
    QString before;
    /// For an export: the file it writes, in the folder of the run; else empty.
    QString output;
};

class CrashSafetyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_bundled = m_app.path(QStringLiteral("bundled.sqlite"));
        m_empty = m_app.path(QStringLiteral("empty.sqlite"));
        ASSERT_EQ(m_app.run({ QStringLiteral("create"), QStringLiteral("--db"), m_bundled }).exitCode, 0);
        ASSERT_EQ(m_app.run({ QStringLiteral("create"), QStringLiteral("--empty"), QStringLiteral("--db"), m_empty })
                      .exitCode,
            0);
    }

    QStringList app(const QStringList& arguments) const
    {
        return QStringList { QStringLiteral(CRISIS_EXECUTABLE) } + arguments;
    }

    // Runs the scenario once to its end (what it writes is "after", and how long it takes spreads the kills), then
    // kills it that many times at points spread over that time, checking each time.
    void killAndCheck(const Scenario& scenario)
    {
        SCOPED_TRACE(scenario.name);
        const QString root = m_app.path(QString::fromStdString(scenario.name));
        ASSERT_TRUE(QDir().mkpath(root));
        const auto prepare = [&](const QString& folder) {
            QDir(folder).removeRecursively();
            QDir().mkpath(folder);
            if (!scenario.before.isEmpty()) {
                EXPECT_TRUE(QFile::copy(scenario.before, folder + QStringLiteral("/db.sqlite")));
            }
        };
        const QString beforeHash
            = scenario.before.isEmpty() ? QString() : QString::fromLatin1(contentOf(scenario.before).hash);

        // Uninterrupted.
        const QString whole = root + QStringLiteral("/whole");
        prepare(whole);
        const QStringList command = scenario.command(whole);
        QElapsedTimer timer;
        timer.start();
        auto process = m_app.startProgram(command.constFirst(), command.mid(1));
        const ProcessOutcome ran = ProcessRunner::finish(*process);
        const qint64 duration = timer.elapsed();
        ASSERT_EQ(ran.exitCode, 0) << ran.err.toStdString();
        QByteArray expectedOutput;
        QString afterHash;
        if (scenario.output.isEmpty()) {
            const Content after = contentOf(whole + QStringLiteral("/db.sqlite"));
            ASSERT_EQ(after.integrity, u"ok");
            afterHash = QString::fromLatin1(after.hash);
            ASSERT_NE(afterHash, beforeHash) << "the write changes the database";
        } else {
            expectedOutput = readFile(whole + u'/' + scenario.output);
            ASSERT_FALSE(expectedOutput.isEmpty());
        }

        int killedBefore = 0;
        int killedAfter = 0;
        int finished = 0;
        int interrupted = 0;
        QRandomGenerator random(static_cast<quint32>(std::hash<std::string>()(scenario.name)));
        for (int i = 0; i < scenario.kills; ++i) {
            const QString folder = root + QStringLiteral("/kill");
            prepare(folder);
            // A point in the i-th of `kills` equal parts of the run (and past its end: a run killed may be slower).
            const double part = (i + random.generateDouble()) / scenario.kills;
            const auto at = static_cast<qint64>(part * static_cast<double>(duration) * 1.25);
            const QStringList run = scenario.command(folder);
            QElapsedTimer since;
            since.start();
            auto child = m_app.startProgram(run.constFirst(), run.mid(1));
            if (!child->waitForStarted(30000)) {
                ADD_FAILURE() << "cannot start " << run.join(u' ').toStdString();
                continue;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(std::max<qint64>(0, at - since.elapsed())));
            if (child->state() != QProcess::NotRunning)
                ::kill(static_cast<pid_t>(child->processId()), SIGKILL);
            child->waitForFinished(60000);
            if (child->exitStatus() == QProcess::NormalExit)
                ++finished;

            const std::string where
                = "kill " + std::to_string(i) + " at " + std::to_string(at) + " ms of " + std::to_string(duration);
            // Killed mid-write: a journal, a log with frames, or a file written under a temporary name is left.
            const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
            const auto midWrite = [&](const QString& name) {
                if (name.endsWith(u"-wal"))
                    return QFileInfo(folder + u'/' + name).size() > 0;
                return name.endsWith(u"-journal")
                    || (name != u"db.sqlite" && name != scenario.output && !name.endsWith(u"-shm"));
            };
            if (std::any_of(left.cbegin(), left.cend(), midWrite))
                ++interrupted;
            if (!scenario.output.isEmpty()) {
                // An export: complete or absent.
                const QString written = folder + u'/' + scenario.output;
                if (QFileInfo::exists(written)) {
                    EXPECT_EQ(readFile(written), expectedOutput) << where << ": a partial export";
                    ++killedAfter;
                } else {
                    ++killedBefore;
                }
                continue;
            }
            const QString db = folder + QStringLiteral("/db.sqlite");
            if (scenario.before.isEmpty() && !QFileInfo::exists(db)) {
                ++killedBefore; // nothing made yet: nothing under the database's name
                continue;
            }
            // The app opens it (rolling back what the kill interrupted) and reads it all.
            {
                auto opened = crisis::core::openRepository(
                    crisis::core::StoreLocation::file(db), crisis::core::OpenMode::Existing);
                ASSERT_TRUE(opened.ok()) << where << ": " << opened.error().message.toStdString();
                const auto loaded = opened.value()->loadSnapshot();
                ASSERT_TRUE(loaded.ok()) << where << ": " << loaded.error().message.toStdString();
            }
            const Content content = contentOf(db);
            EXPECT_EQ(content.integrity, u"ok") << where;
            const QString hash = QString::fromLatin1(content.hash);
            if (hash == beforeHash)
                ++killedBefore;
            else if (hash == afterHash)
                ++killedAfter;
            else
                ADD_FAILURE() << where << ": the database holds neither what it held before nor what it holds after";
        }
        std::printf("[ crash    ] %-12s %4d kills over %5lld ms: %4d mid-write; found as before %4d, as after %4d "
                    "(%d ran to the end)\n",
            scenario.name.c_str(), scenario.kills, static_cast<long long>(duration), interrupted, killedBefore,
            killedAfter, finished);
        std::fflush(stdout);
        EXPECT_EQ(killedBefore + killedAfter, scenario.kills);
        QDir(root).removeRecursively();
    }

    // How many of the kills a scenario gets, of `weight` in 60.
    static int share(int weight) { return std::max(1, (totalKills() * weight + 59) / 60); }

    ProcessRunner m_app;
    QString m_bundled;
    QString m_empty;
};

} // namespace

TEST_F(CrashSafetyTest, ImportsAndEditsAreWholeOrNotAtAll)
{
    // Our JSON (the small path), a table of 803 rows, and an edit as the window makes it.
    const QString json = m_app.path(QStringLiteral("bundled.json"));
    ASSERT_EQ(
        m_app.run({ QStringLiteral("export-data"), QStringLiteral("-o"), json, QStringLiteral("--db"), m_bundled })
            .exitCode,
        0);
    const QString table = m_app.path(QStringLiteral("disasters.csv"));
    writeFile(table, crisis::test::sourceFile(QStringLiteral("tests/data/tables/disasters.csv")));
    killAndCheck({ "import-json", share(12),
        [&](const QString& folder) {
            return app(
                { QStringLiteral("import"), json, QStringLiteral("--db"), folder + QStringLiteral("/db.sqlite") });
        },
        m_empty, {} });
    killAndCheck({ "import-table", share(10),
        [&](const QString& folder) {
            return app({ QStringLiteral("import"), table, QStringLiteral("--map"),
                QStringLiteral("date=Year,value=Deaths,subject=Entity,metric=disaster_deaths:flow"),
                QStringLiteral("--db"), folder + QStringLiteral("/db.sqlite") });
        },
        m_bundled, {} });
    killAndCheck({ "edit", share(10),
        [&](const QString& folder) {
            return QStringList { QStringLiteral(CRISIS_STORAGE_HELPER), QStringLiteral("edit"),
                folder + QStringLiteral("/db.sqlite") };
        },
        m_bundled, {} });
}

TEST_F(CrashSafetyTest, BulkWritesAreWholeOrNotAtAll)
{
    // An HXL file of over 16 MB goes the bulk path: read and written side by side, through a rollback journal.
    const QString large = m_app.path(QStringLiteral("large.sqlite"));
    ASSERT_EQ(m_app
                  .run({ QStringLiteral("generate"), QStringLiteral("--figures"), QStringLiteral("50000"),
                      QStringLiteral("--events"), QStringLiteral("100"), QStringLiteral("--db"), large })
                  .exitCode,
        0);
    const QString hxl = m_app.path(QStringLiteral("large.csv"));
    ASSERT_EQ(m_app
                  .run({ QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("hxl"),
                      QStringLiteral("-o"), hxl, QStringLiteral("--db"), large })
                  .exitCode,
        0);
    ASSERT_GE(QFileInfo(hxl).size(), 16 * 1024 * 1024);
    killAndCheck({ "import-bulk", share(12),
        [&](const QString& folder) {
            return app(
                { QStringLiteral("import"), hxl, QStringLiteral("--db"), folder + QStringLiteral("/db.sqlite") });
        },
        m_empty, {} });
    // A new database, written under a temporary name: absent or complete. (In bulk from 100,000 figures, as the
    // long run does; the suite's run, 20,000.)
    const QString generated = totalKills() >= 500 ? QStringLiteral("100000") : QStringLiteral("20000");
    killAndCheck({ "generate", share(6),
        [&](const QString& folder) {
            return app({ QStringLiteral("generate"), QStringLiteral("--figures"), generated, QStringLiteral("--events"),
                QStringLiteral("100"), QStringLiteral("--db"), folder + QStringLiteral("/db.sqlite") });
        },
        {}, {} });
    // Exports: complete or absent.
    killAndCheck({ "export-json", share(5),
        [&](const QString& folder) {
            return app({ QStringLiteral("export-data"), QStringLiteral("-o"), folder + QStringLiteral("/out.json"),
                QStringLiteral("--db"), m_bundled });
        },
        {}, QStringLiteral("out.json") });
    killAndCheck({ "export-hxl", share(5),
        [&](const QString& folder) {
            return app({ QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("hxl"),
                QStringLiteral("-o"), folder + QStringLiteral("/out.csv"), QStringLiteral("--db"), large });
        },
        {}, QStringLiteral("out.csv") });
}
