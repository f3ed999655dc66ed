#include "testsupport.h"

#include <crisis/core/analysis/sourcetextcache.h>
#include <crisis/core/support/files.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace crisis::core;

TEST(Files, OnlyRegularFilesOfASaneSizeAreRead)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.txt"));
    crisis::test::writeFile(file, "hello");
    ASSERT_TRUE(readInputFile(file).ok());
    EXPECT_EQ(readInputFile(file).value(), "hello");
    const auto refusal = [](const QString& path, qint64 max = maxInputFileBytes) {
        const auto read = readInputFile(path, max);
        EXPECT_FALSE(read.ok()) << path.toStdString();
        return read.ok() ? QString() : read.error().message;
    };
    EXPECT_EQ(refusal(QString()), u"no file name given");
    EXPECT_TRUE(refusal(QStringLiteral("/dev/zero")).contains(u"not a regular file"));
    EXPECT_TRUE(refusal(dir.path()).contains(u"it is a folder"));
    EXPECT_TRUE(refusal(dir.filePath(QStringLiteral("none.txt"))).contains(u"no such file"));
    // Through a link, what it points at counts.
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("zero.txt"))));
    EXPECT_TRUE(refusal(dir.filePath(QStringLiteral("zero.txt"))).contains(u"not a regular file"));
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    EXPECT_TRUE(refusal(fifo).contains(u"not a regular file")) << "and not waited on";
    EXPECT_TRUE(refusal(file, 4).contains(u"larger than")) << "the limit is said";
}

TEST(Files, DocumentNamesAreFileNamesNeverPaths)
{
    for (const char16_t* good : { u"000_a76563f97d16fe8d.txt", u"report (final).txt", u"..hidden", u"a..b" })
        EXPECT_TRUE(isPlainFileName(QStringView(good))) << QString::fromUtf16(good).toStdString();
    for (const char16_t* bad :
        { u"", u".", u"..", u"../../etc/passwd", u"/etc/passwd", u"a/b.txt", u"a\\b.txt", u"line\nbreak.txt" })
        EXPECT_FALSE(isPlainFileName(QStringView(bad))) << QString::fromUtf16(bad).toStdString();
    QTemporaryDir dir;
    crisis::test::writeFile(dir.filePath(QStringLiteral("inside.txt")), "5 killed");
    EXPECT_EQ(SourceTextCache({ dir.path() }).document(QStringLiteral("inside.txt")).text, QStringLiteral("5 killed"));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
    SourceTextCache sub({ dir.filePath(QStringLiteral("sub")) });
    EXPECT_EQ(sub.document(QStringLiteral("../inside.txt")).status, SourceTextCache::Document::Status::NotAFileName);
    EXPECT_TRUE(sub.document(QStringLiteral("../inside.txt")).text.isEmpty());
}

TEST(Files, AWriterRefusesToReplaceWhatIsNotARegularFile)
{
    QTemporaryDir dir;
    for (const QString& path : { QStringLiteral("/dev/null"), dir.path(), dir.filePath(QStringLiteral("no/such/x")) }) {
        FileWriter writer(path);
        EXPECT_FALSE(writer.open()) << path.toStdString();
        const auto committed = writer.commit();
        EXPECT_FALSE(committed.ok());
        EXPECT_TRUE(committed.error().message.startsWith(QStringLiteral("cannot write ")))
            << committed.error().message.toStdString();
    }
    QFileInfo null(QStringLiteral("/dev/null"));
    EXPECT_FALSE(null.isFile()) << "/dev/null is still the device";
}

TEST(Files, AWriteThatFailsLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.bin"));
    crisis::test::writeFile(path, "the old content");
    // A file size limit makes writes fail as a full disk does (EFBIG instead of ENOSPC).
    rlimit before {};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    const rlimit small { 64 * 1024, before.rlim_max };
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    FileWriter writer(path);
    ASSERT_TRUE(writer.open());
    const bool wrote = writer.write(QByteArray(1024 * 1024, 'x'));
    const auto committed = writer.commit();
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, oldHandler);
    EXPECT_FALSE(wrote);
    ASSERT_FALSE(committed.ok());
    EXPECT_TRUE(committed.error().message.contains(u"out.bin")) << committed.error().message.toStdString();
    EXPECT_EQ(crisis::test::readFile(path), "the old content") << "the file as it was";
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("out.bin") })
        << "no temporary file left";
    // Written whole when it can be.
    FileWriter again(path);
    ASSERT_TRUE(again.open());
    EXPECT_TRUE(again.write("new"));
    EXPECT_TRUE(again.commit().ok());
    EXPECT_EQ(crisis::test::readFile(path), "new");
}
