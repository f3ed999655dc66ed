#include "apprunner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <sys/stat.h>

// Inputs that once ran out of memory, read outside the folder given or started hours of work: each is refused up
// front with a one-line message.

using crisis::test::AppOutcome;
using crisis::test::AppRunner;

namespace {

// A dataset whose sources name their documents as paths and as a device.
QByteArray sourcesNamed(const QStringList& documents)
{
    QByteArray json = "{\"format\": \"crisis-timeline-dataset\", \"version\": 1, \"sources\": [";
    for (qsizetype i = 0; i < documents.size(); ++i)
        json += QStringLiteral("%1{\"id\": \"s%2\", \"document\": \"%3\"}")
                    .arg(i ? QStringLiteral(",") : QString(), QString::number(i), documents.at(i))
                    .toUtf8();
    json += "], \"figures\": [";
    for (qsizetype i = 0; i < documents.size(); ++i)
        json += QStringLiteral("%1{\"id\": \"f%2\", \"metric\": \"homicides\", \"value\": 5, \"period\": \"2024\", "
                               "\"subject\": \"Haiti\", \"status\": \"actual\", "
                               "\"source\": \"s%2\", \"quote\": \"5 killed\", \"quote_offset\": 0}")
                    .arg(i ? QStringLiteral(",") : QString(), QString::number(i))
                    .toUtf8();
    return json + "], \"events\": []}";
}

} // namespace

TEST(Safety, ImportRefusesDevicesPipesAndNoNameBeforeReading)
{
    const AppRunner app;
    const QString db = app.path(QStringLiteral("db.sqlite"));
    // /dev/zero never ends: once read until memory ran out.
    const AppOutcome zero
        = app.run({ QStringLiteral("import"), QStringLiteral("/dev/zero"), QStringLiteral("--db"), db }, {}, 20000);
    EXPECT_EQ(zero.exitCode, 1);
    EXPECT_TRUE(zero.err.contains("cannot read /dev/zero: not a regular file")) << zero.err.toStdString();
    // A FIFO nobody writes to would block forever.
    const QString fifo = app.path(QStringLiteral("pipe.csv"));
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const AppOutcome pipe = app.run({ QStringLiteral("import"), fifo, QStringLiteral("--db"), db }, {}, 20000);
    EXPECT_EQ(pipe.exitCode, 1);
    EXPECT_TRUE(pipe.err.contains("not a regular file")) << pipe.err.toStdString();
    // A folder, and no name at all (Qt once printed its own "QFSFileEngine::open: No file name specified").
    EXPECT_TRUE(app.run({ QStringLiteral("import"), app.path(QString()), QStringLiteral("--db"), db })
                    .err.contains("it is a folder, not a file"));
    const AppOutcome empty = app.run({ QStringLiteral("import"), QString(), QStringLiteral("--db"), db });
    EXPECT_EQ(empty.exitCode, 2);
    EXPECT_EQ(empty.err,
        "crisis-timeline: import needs the FILE to import, not an empty name (see 'crisis-timeline "
        "--help')\n");
}

TEST(Safety, CheckCitationsReadsOnlyFilesInTheFolder)
{
    const AppRunner app;
    const QString db = app.path(QStringLiteral("db.sqlite"));
    const QString sources = app.path(QStringLiteral("sources"));
    ASSERT_TRUE(QDir().mkpath(sources));
    // Outside the folder, a file a path would reach; inside, a "document" that is /dev/zero.
    crisis::test::writeFile(app.path(QStringLiteral("secret.txt")), "5 killed: the secret\n");
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), QDir(sources).filePath(QStringLiteral("zero.txt"))));
    crisis::test::writeFile(app.path(QStringLiteral("evil.json")),
        sourcesNamed({ QStringLiteral("../secret.txt"), QStringLiteral("zero.txt") }));
    ASSERT_EQ(app.run({ QStringLiteral("import"), app.path(QStringLiteral("evil.json")), QStringLiteral("--db"), db,
                          QStringLiteral("--empty") })
                  .exitCode,
        0);
    const AppOutcome check = app.run(
        { QStringLiteral("check-citations"), QStringLiteral("--sources"), sources, QStringLiteral("--db"), db }, {},
        20000);
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.out.contains("s0: ../secret.txt: not a file name")) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains("s1: zero.txt: cannot read")) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains("not a regular file")) << check.out.toStdString();
    EXPECT_FALSE(check.out.contains("f0: ")) << "the quote was not looked for outside the folder";
}

TEST(Safety, AnImageLargerThanTheLimitIsRefusedBeforeAnyWork)
{
    const AppRunner app;
    const QString png = app.path(QStringLiteral("huge.png"));
    // Once accepted: 129 s and 16.8 GB later, a 65,536 × 65,536 PNG.
    const AppOutcome huge = app.run(
        { QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("casualties"), QStringLiteral("--size"),
            QStringLiteral("16384x16384"), QStringLiteral("--scale"), QStringLiteral("4"), QStringLiteral("-o"), png,
            QStringLiteral("--db"), app.path(QStringLiteral("db.sqlite")) },
        {}, 20000);
    EXPECT_EQ(huge.exitCode, 2);
    EXPECT_TRUE(huge.err.contains("is an image of 65,536 \u00d7 65,536 pixels; the most is 16,384 pixels a side")
        || huge.err.contains("is an image of 65,536 \xc3\x97 65,536 pixels; the most is 16,384 pixels a side"))
        << huge.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(png));
    EXPECT_FALSE(QFileInfo::exists(app.path(QStringLiteral("db.sqlite")))) << "refused before the database is opened";
    // The same for the brief pack's PNG; an SVG of that size is drawn, not pixels, and stays allowed.
    EXPECT_EQ(app.run({ QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("casualties"),
                          QStringLiteral("--size"), QStringLiteral("8000x8000"), QStringLiteral("--scale"),
                          QStringLiteral("3"), QStringLiteral("--pack"), app.path(QStringLiteral("pack")) })
                  .exitCode,
        2);
    EXPECT_FALSE(QFileInfo::exists(app.path(QStringLiteral("pack"))));
}

TEST(Safety, ListToAFullOutputFails)
{
    const AppRunner app;
    // A database to list: a command that only reads never makes one.
    ASSERT_EQ(
        app.run({ QStringLiteral("create"), QStringLiteral("--db"), app.path(QStringLiteral("db.sqlite")) }).exitCode,
        0);
    const AppOutcome full = app.run({ QStringLiteral("list"), QStringLiteral("figures"), QStringLiteral("--db"),
                                        app.path(QStringLiteral("db.sqlite")) },
        [](QProcess& process) { process.setStandardOutputFile(QStringLiteral("/dev/full")); });
    EXPECT_EQ(full.exitCode, 1);
    EXPECT_TRUE(full.err.contains("cannot write to the standard output: No space left on device"))
        << full.err.toStdString();
}

TEST(Safety, ExportedCsvCellsCannotRunAsFormulasButNumbersStayNumbers)
{
    const AppRunner app;
    const QString db = app.path(QStringLiteral("db.sqlite"));
    QByteArray json = sourcesNamed({ QStringLiteral("a.txt") });
    // A quote and a subject a spreadsheet would run; a negative value it must read as a number.
    json.replace(
        "\"quote\": \"5 killed\"", "\"quote\": \"=HYPERLINK(\\\"http://x\\\",\\\"click\\\")\", \"note\": \"\\tTab\"");
    json.replace("\"subject\": \"Haiti\"", "\"subject\": \"@SUM(A1:A9)\"");
    json.replace("\"value\": 5", "\"value\": -5");
    json.replace("\"metric\": \"homicides\"", "\"metric\": \"funding\"");
    crisis::test::writeFile(app.path(QStringLiteral("formulas.json")), json);
    ASSERT_EQ(app.run({ QStringLiteral("import"), app.path(QStringLiteral("formulas.json")), QStringLiteral("--db"), db,
                          QStringLiteral("--empty") })
                  .exitCode,
        0);
    const QString csv = app.path(QStringLiteral("figures.csv"));
    ASSERT_EQ(app.run({ QStringLiteral("export-data"), QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("-o"), csv, QStringLiteral("--db"), db })
                  .exitCode,
        0);
    const QByteArray written = crisis::test::readFile(csv);
    EXPECT_TRUE(written.contains(",'@SUM(A1:A9),")) << written.toStdString();
    EXPECT_TRUE(written.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"")) << written.toStdString();
    EXPECT_TRUE(written.contains(",-5,")) << "the value stays a number: " << written.toStdString();
    EXPECT_FALSE(written.contains(",=")) << written.toStdString();
}
