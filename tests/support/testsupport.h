#pragma once

#include <crisis/core/analysis/workspace.h>
#include <crisis/core/model/dataset.h>
#include <crisis/core/support/problem.h>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <iosfwd>
#include <memory>
#include <optional>
#include <vector>

namespace crisis::test {

/// The folder of the bundled dataset's source articles; empty if it is not on this machine.
QString seedsDir();
/// The text of a source article of the bundled dataset, decoded; nothing if the folder is absent.
std::optional<QString> seedText(const QString& document);
/// A file of the source tree (e.g. "resources/data/haiti.json").
QByteArray sourceFile(const QString& relativePath);
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

/// A record of the bundled dataset by id; fails the test if absent.
const core::Figure& bundledFigure(const QString& id);
const core::Event& bundledEvent(const QString& id);
/// The bundled dataset as a workspace, built once, as if opened from /data/haiti.sqlite (no such file).
std::shared_ptr<const core::Workspace> bundledWorkspace();
/// Every event of a workspace, by index, in stored order.
std::vector<qint32> allEventIndexes(const core::Workspace& workspace);

/// `count` figures of homicides in Haiti, ids "bulk-0" on, each citing `sourceId`; the last breaks down `parentId`
/// when it is not empty.
core::Snapshot manyFigures(int count, const char* sourceId, const char* parentId);

/// Problems as FILE:LINE:COLUMN lines with their kinds, for a failing test's message.
QString problemsText(const QList<core::Problem>& problems);
/// "FILE:LINE:COLUMN" of a problem, as toString() starts.
QString locationOf(const core::Problem& problem);
/// The problems of one kind.
QList<core::Problem> problemsOfKind(const QList<core::Problem>& problems, core::Problem::Kind kind);
/// The only error among problems, for checking where it is and what it says; fails the test, listing them all,
/// unless there is exactly one.
core::Problem onlyError(const QList<core::Problem>& problems);

} // namespace crisis::test

namespace crisis::core {

/// A problem's kind by its name in a failing assertion's message (found by argument-dependent lookup).
void PrintTo(Problem::Kind kind, std::ostream* out);

} // namespace crisis::core

/// Skips the current test when the source articles are not available.
#define CRISIS_REQUIRE_SEEDS()                                                                                         \
    do {                                                                                                               \
        if (crisis::test::seedsDir().isEmpty())                                                                        \
            GTEST_SKIP() << "the source articles folder " CRISIS_SEEDS_DIR " is absent, so quotes cannot be "          \
                            "checked against it";                                                                      \
    } while (false)
