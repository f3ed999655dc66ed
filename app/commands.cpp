#include "commands.h"

#include <crisis/core/citationcheck.h>
#include <crisis/core/datasetjson.h>
#include <crisis/core/sqliterepository.h>
#include <crisis/core/syntheticdata.h>
#include <crisis/core/workspace.h>
#include <crisis/ui/mainwindow.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstdio>

namespace crisis::app {

using namespace crisis::core;

namespace {

void writeStdout(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printFailure(const Error& error)
{
    printError(error.message);
    for (const Problem& problem : error.problems)
        std::fprintf(stderr, "%s\n", qUtf8Printable(problem.toString()));
}

Result<std::unique_ptr<SqliteRepository>> openRepository(const CommonOptions& options)
{
    QString path = options.databasePath;
    if (path.isEmpty()) {
        path = defaultDatabasePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    return SqliteRepository::open(
        path, options.createEmpty ? SqliteRepository::Create::Empty : SqliteRepository::Create::WithBundledDataset);
}

// Opens the database and loads it, printing any error; nothing on failure.
std::optional<Dataset> loadDataset(const CommonOptions& options)
{
    auto repository = openRepository(options);
    if (!repository) {
        printFailure(repository.error());
        return std::nullopt;
    }
    auto dataset = repository.value()->load();
    if (!dataset) {
        printFailure(dataset.error());
        return std::nullopt;
    }
    return std::move(dataset.value());
}

MetricRegistry registryFor(const Dataset& dataset)
{
    MetricRegistry registry = MetricRegistry::builtIn();
    for (const Metric& metric : dataset.metrics)
        registry.insert(metric);
    return registry;
}

} // namespace

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/crisis-timeline.sqlite");
}

void printError(const QString& message)
{
    std::fprintf(stderr, "crisis-timeline: %s\n", qUtf8Printable(message));
}

int runList(const CommonOptions& options, const QString& what, ListFormat format)
{
    const auto dataset = loadDataset(options);
    if (!dataset)
        return ExitFailure;
    if (what == u"figures")
        writeStdout(listFigures(*dataset, registryFor(*dataset), format));
    else if (what == u"events")
        writeStdout(listEvents(*dataset, format));
    else
        writeStdout(listSources(*dataset, format));
    return ExitSuccess;
}

int runCheckCitations(const CommonOptions& options, const QString& sourcesDir)
{
    if (!QFileInfo(sourcesDir).isDir()) {
        printError(QStringLiteral("check-citations: %1 is not a folder").arg(QDir::toNativeSeparators(sourcesDir)));
        return ExitFailure;
    }
    const auto dataset = loadDataset(options);
    if (!dataset)
        return ExitFailure;
    const CitationReport report = checkCitations(*dataset, sourcesDir);
    QByteArray out;
    for (const CitationIssue& issue : report.issues)
        out += issue.toString().toUtf8() + '\n';
    const int errors = report.errorCount();
    out += QStringLiteral("%1 citations of %2 figures and %3 events checked against %4: %5\n")
               .arg(report.citationsChecked)
               .arg(dataset->figures.size())
               .arg(dataset->events.size())
               .arg(QDir::toNativeSeparators(sourcesDir),
                   errors == 0 ? QStringLiteral("all quotes found at their offsets")
                               : QStringLiteral("%1 problem(s)").arg(errors))
               .toUtf8();
    writeStdout(out);
    return errors == 0 ? ExitSuccess : ExitFailure;
}

int runExportData(const CommonOptions& options, const QString& format, const QString& outputPath)
{
    const auto dataset = loadDataset(options);
    if (!dataset)
        return ExitFailure;
    Q_ASSERT(format == u"json");
    // QSaveFile writes a temporary file and renames it on commit: no half-written file on failure.
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        printError(QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(outputPath), file.errorString()));
        return ExitFailure;
    }
    file.write(writeDatasetJson(*dataset));
    if (!file.commit()) {
        printError(QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(outputPath), file.errorString()));
        return ExitFailure;
    }
    return ExitSuccess;
}

int runGenerate(const QString& databasePath, qint64 figures, qint64 events, quint64 seed)
{
    if (QFileInfo::exists(databasePath)) {
        printError(QStringLiteral("%1 exists; generate writes only new databases")
                       .arg(QDir::toNativeSeparators(databasePath)));
        return ExitFailure;
    }
    const Snapshot synthetic = syntheticSnapshot({ figures, events, seed });
    // Written under a temporary name and renamed when complete: no half-written database on failure.
    const QString temporary = databasePath + QStringLiteral(".generating");
    QFile::remove(temporary);
    {
        auto repository = SqliteRepository::open(temporary, SqliteRepository::Create::Empty);
        if (!repository) {
            printFailure(repository.error());
            return ExitFailure;
        }
        if (auto added = repository.value()->add(synthetic); !added) {
            repository.value().reset();
            QFile::remove(temporary);
            printFailure(added.error());
            return ExitFailure;
        }
    }
    if (!QFile::rename(temporary, databasePath)) {
        QFile::remove(temporary);
        printError(QStringLiteral("cannot write %1").arg(QDir::toNativeSeparators(databasePath)));
        return ExitFailure;
    }
    std::fprintf(stderr, "wrote %lld figures, %lld events and %lld sources to %s\n", static_cast<long long>(figures),
        static_cast<long long>(events), static_cast<long long>(synthetic.sources.size()),
        qUtf8Printable(QDir::toNativeSeparators(databasePath)));
    return ExitSuccess;
}

int runWindow(const CommonOptions& options, const QElapsedTimer& started)
{
    QString path = options.databasePath;
    if (path.isEmpty()) {
        path = defaultDatabasePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    ui::MainWindow window;
    // CRISIS_TIMELINE_TIMING=1 prints the time to the first paint and to the data shown; with
    // CRISIS_TIMELINE_TIMING=quit the window closes then (bench/startup.sh measures start-up so).
    const QByteArray timing = qgetenv("CRISIS_TIMELINE_TIMING");
    if (!timing.isEmpty())
        window.measureStartup(started, timing == "quit");
    window.openDatabase(
        path, options.createEmpty ? SqliteRepository::Create::Empty : SqliteRepository::Create::WithBundledDataset);
    window.show();
    return QApplication::exec();
}

} // namespace crisis::app
