#include "apprunner.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

// Every writer on a full disk: exit 1 with a message, no file left (not even a temporary one), the database as
// it was. The disk is a 40 KiB tmpfs mounted in a mount namespace of the child's own where that is allowed (root),
// else a file size limit of 40 KiB (RLIMIT_FSIZE), which makes writes fail the same way.

using crisis::test::AppOutcome;
using crisis::test::AppRunner;

namespace {

constexpr int diskBytes = 40 * 1024; // above SQLite's 32 KiB -shm file, below every export

struct Writer
{
    const char* name;
    QStringList arguments; // OUT stands for the output path
    const char* output; // the file (or folder) written into the full disk
};

QByteArray fileHash(const QString& path)
{
    return QCryptographicHash::hash(crisis::test::readFile(path), QCryptographicHash::Sha256).toHex();
}

class FullDisk : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_app = new AppRunner;
        // A database large enough that every export is several times the disk.
        const AppOutcome generated
            = s_app->run({ QStringLiteral("generate"), QStringLiteral("--figures"), QStringLiteral("4000"),
                QStringLiteral("--events"), QStringLiteral("1500"), QStringLiteral("--db"), database() });
        ASSERT_EQ(generated.exitCode, 0) << generated.err.toStdString();
        // Can a tmpfs be mounted in a namespace of its own here?
        const AppOutcome probe = s_app->runProgram(QStringLiteral("unshare"),
            { QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("mount -t tmpfs -o size=40k tmpfs \"$0\""), s_app->path(QString()) });
        // CRISIS_TEST_NO_TMPFS=1 tries the other way where a tmpfs could be mounted.
        s_tmpfs = probe.finished && probe.exitCode == 0 && qEnvironmentVariableIsEmpty("CRISIS_TEST_NO_TMPFS");
    }
    static void TearDownTestSuite()
    {
        delete s_app;
        s_app = nullptr;
    }
    static QString database() { return s_app->path(QStringLiteral("big.sqlite")); }

    // Runs a writer with its output in a full disk; returns what it did and what the disk holds afterwards.
    static std::pair<AppOutcome, QStringList> runFull(QStringList arguments, const QString& output)
    {
        const QString disk = s_app->path(QStringLiteral("disk"));
        QDir(disk).removeRecursively();
        EXPECT_TRUE(QDir().mkpath(disk));
        const QString listing = s_app->path(QStringLiteral("listing.txt"));
        QFile::remove(listing);
        for (QString& argument : arguments)
            argument.replace(QStringLiteral("OUT"), QDir(disk).filePath(output));
        AppOutcome outcome;
        if (s_tmpfs) {
            // The disk exists only in the child's namespace: list it there, once the app has exited.
            const QString script
                = QStringLiteral("mount -t tmpfs -o size=%1 tmpfs \"$0\" || exit 97; listing=$1; "
                                 "shift; \"$@\"; status=$?; (cd \"$0\" && find . -mindepth 1 | sort) > \"$listing\"; "
                                 "exit $status")
                      .arg(diskBytes);
            outcome = s_app->runProgram(QStringLiteral("unshare"),
                QStringList { QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script, disk, listing,
                    QStringLiteral(CRISIS_EXECUTABLE) }
                    + arguments);
            const QString left = QString::fromUtf8(crisis::test::readFile(listing)).trimmed();
            return { outcome, left.isEmpty() ? QStringList() : left.split(u'\n') };
        }
        outcome = s_app->run(arguments, [](QProcess& process) {
            process.setChildProcessModifier([] {
                ::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG, as on a full disk
                const rlimit limit { diskBytes, diskBytes };
                ::setrlimit(RLIMIT_FSIZE, &limit);
            });
        });
        QStringList left;
        QDirIterator it(disk, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            left.append(QStringLiteral("./") + QDir(disk).relativeFilePath(it.next()));
        left.sort();
        return { outcome, left };
    }

    static AppRunner* s_app;
    static bool s_tmpfs;
};

AppRunner* FullDisk::s_app = nullptr;
bool FullDisk::s_tmpfs = false;

} // namespace

TEST_F(FullDisk, EveryWriterFailsWithAMessageAndLeavesNoFile)
{
    const QString db = database();
    const QString before = QString::fromLatin1(fileHash(db));
    const QList<Writer> writers {
        { "export-data json",
            { QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                QStringLiteral("OUT") },
            "data.json" },
        { "export-data csv",
            { QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
                QStringLiteral("OUT") },
            "figures.csv" },
        { "export-data hxl",
            { QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("hxl"), QStringLiteral("-o"),
                QStringLiteral("OUT") },
            "figures-hxl.csv" },
        { "export-data timelinejs json",
            { QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("timelinejs"),
                QStringLiteral("-o"), QStringLiteral("OUT") },
            "timeline.json" },
        { "export-data timelinejs csv",
            { QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("timelinejs"),
                QStringLiteral("-o"), QStringLiteral("OUT") },
            "timeline.csv" },
        { "export png",
            { QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("casualties"),
                QStringLiteral("--size"), QStringLiteral("3840x2160"), QStringLiteral("-o"), QStringLiteral("OUT") },
            "chart.png" },
        { "export svg",
            { QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("casualties"), QStringLiteral("-o"),
                QStringLiteral("OUT") },
            "chart.svg" },
        // In lanes: the page is larger than the disk (the list of the same events would fit it).
        { "export pdf",
            { QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("timeline"), QStringLiteral("--size"),
                QStringLiteral("3840x2160"), QStringLiteral("--layout"), QStringLiteral("lanes"), QStringLiteral("-o"),
                QStringLiteral("OUT") },
            "chart.pdf" },
        { "export --pack",
            { QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("casualties"),
                QStringLiteral("--size"), QStringLiteral("3840x2160"), QStringLiteral("--pack"),
                QStringLiteral("OUT") },
            "pack" },
    };
    for (const Writer& writer : writers) {
        const auto [outcome, left] = runFull(
            writer.arguments + QStringList { QStringLiteral("--db"), db }, QString::fromLatin1(writer.output));
        EXPECT_EQ(outcome.exitCode, 1) << writer.name << ": " << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.startsWith("crisis-timeline: cannot write "))
            << writer.name << ": " << outcome.err.toStdString();
        EXPECT_EQ(outcome.err.count('\n'), 1) << writer.name << ": one line: " << outcome.err.toStdString();
        // Nothing but the brief pack's folder, empty.
        const QStringList expectedLeft
            = QString::fromLatin1(writer.output) == u"pack" ? QStringList { QStringLiteral("./pack") } : QStringList();
        EXPECT_EQ(left, expectedLeft) << writer.name << (s_tmpfs ? " (tmpfs)" : " (file size limit)");
    }
    EXPECT_EQ(QString::fromLatin1(fileHash(db)), before) << "the database is as it was";
}
