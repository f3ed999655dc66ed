#include "testsupport.h"

#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/support/textoffsets.h>

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <numeric>
#include <ostream>
#include <string>

namespace crisis::test {

QString seedsDir()
{
    const QDir dir(QStringLiteral(CRISIS_SEEDS_DIR));
    return dir.exists() && !dir.entryList({ QStringLiteral("*.txt") }).isEmpty() ? dir.absolutePath() : QString();
}

std::optional<QString> seedText(const QString& document)
{
    const QString dir = seedsDir();
    if (dir.isEmpty())
        return std::nullopt;
    return core::decodeUtf8Strict(readFile(dir + u'/' + document));
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << qPrintable(path);
        return {};
    }
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        ADD_FAILURE() << "cannot write " << qPrintable(path);
        return;
    }
    file.write(bytes);
}

QByteArray sourceFile(const QString& relativePath)
{
    return readFile(QStringLiteral(CRISIS_SOURCE_DIR) + u'/' + relativePath);
}

namespace {

const core::Dataset& bundled()
{
    static const core::Dataset dataset = core::bundledDataset();
    return dataset;
}

} // namespace

const core::Figure& bundledFigure(const QString& id)
{
    for (const core::Figure& figure : bundled().figures) {
        if (figure.id == id)
            return figure;
    }
    ADD_FAILURE() << "no figure " << qPrintable(id) << " in the bundled dataset";
    static const core::Figure none;
    return none;
}

const core::Event& bundledEvent(const QString& id)
{
    for (const core::Event& event : bundled().events) {
        if (event.id == id)
            return event;
    }
    ADD_FAILURE() << "no event " << qPrintable(id) << " in the bundled dataset";
    static const core::Event none;
    return none;
}

std::shared_ptr<const core::Workspace> bundledWorkspace()
{
    static const auto workspace = core::Workspace::build(core::Snapshot::fromDataset(core::bundledDataset()),
        core::StoreLocation::file(QStringLiteral("/data/haiti.sqlite")));
    return workspace;
}

std::vector<qint32> allEventIndexes(const core::Workspace& workspace)
{
    std::vector<qint32> all(static_cast<size_t>(workspace.events().size()));
    std::iota(all.begin(), all.end(), 0);
    return all;
}

core::Snapshot manyFigures(int count, const char* sourceId, const char* parentId)
{
    core::FigureTable::Builder builder(count);
    for (int i = 0; i < count; ++i) {
        const QByteArray id = "bulk-" + QByteArray::number(i);
        core::FigureRow row;
        row.id = std::string_view(id.constData(), static_cast<size_t>(id.size()));
        row.metric = "homicides";
        row.subject = "Haiti";
        row.sourceId = sourceId;
        row.quote = "a quote";
        row.parentId = i == count - 1 ? std::string_view(parentId) : std::string_view();
        row.value = i;
        row.period = *core::Period::parse(u"2024-01");
        builder.append(row);
    }
    core::Snapshot snapshot;
    snapshot.figures = builder.finish();
    return snapshot;
}

QString problemsText(const QList<core::Problem>& problems)
{
    QStringList lines;
    for (const core::Problem& problem : problems)
        lines.append(problem.toString() + QStringLiteral(" [") + core::problemKindName(problem.kind) + u']');
    return lines.join(u'\n');
}

QString locationOf(const core::Problem& problem)
{
    return QStringLiteral("%1:%2:%3").arg(problem.file, QString::number(problem.line), QString::number(problem.column));
}

QList<core::Problem> problemsOfKind(const QList<core::Problem>& problems, core::Problem::Kind kind)
{
    QList<core::Problem> found;
    for (const core::Problem& problem : problems) {
        if (problem.kind == kind)
            found.append(problem);
    }
    return found;
}

core::Problem onlyError(const QList<core::Problem>& problems)
{
    QList<core::Problem> errors;
    for (const core::Problem& problem : problems) {
        if (problem.severity == core::Problem::Severity::Error)
            errors.append(problem);
    }
    EXPECT_EQ(errors.size(), 1) << problemsText(problems).toStdString();
    return errors.value(0);
}

} // namespace crisis::test

namespace crisis::core {

void PrintTo(Problem::Kind kind, std::ostream* out)
{
    const QString name = problemKindName(kind);
    *out << (name.isEmpty() ? "(no kind " + std::to_string(static_cast<int>(kind)) + ')' : name.toStdString());
}

} // namespace crisis::core
