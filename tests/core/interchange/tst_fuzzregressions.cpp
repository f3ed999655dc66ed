#include "harness.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>

#include <gtest/gtest.h>

// Every input fuzzing found a fault with (a crash, a hang, runaway memory, a broken invariant) is kept in
// tests/data/fuzz-regressions/TARGET/ and read again here the way its fuzz target reads it: each must now be read
// without breaking an invariant (and, in the sanitizer build, without a memory error).

namespace {

QString regressionsDir()
{
    return QStringLiteral(CRISIS_SOURCE_DIR "/tests/data/fuzz-regressions");
}

} // namespace

TEST(FuzzRegressions, EveryInputFuzzingFoundIsReadCleanly)
{
    std::string broken;
    crisis::fuzz::setFailureHandler([&](const char* what) { broken = what; });
    int inputs = 0;
    for (const auto& [target, read] : crisis::fuzz::readers()) {
        QDirIterator it(QDir(regressionsDir()).filePath(QString::fromLatin1(target)), QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QStringLiteral(".md")))
                continue;
            broken.clear();
            read(crisis::test::readFile(path));
            EXPECT_TRUE(broken.empty()) << QDir(regressionsDir()).relativeFilePath(path).toStdString() << ": "
                                        << broken;
            ++inputs;
        }
    }
    crisis::fuzz::setFailureHandler({});
    if (inputs == 0)
        GTEST_SKIP() << "no inputs in " << regressionsDir().toStdString();
}
