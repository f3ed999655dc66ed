#include "commands.h"

#include <crisis/core/analysis/citationcheck.h>
#include <crisis/core/analysis/workspace.h>
#include <crisis/core/interchange/briefpack.h>
#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/interchange/hxl.h>
#include <crisis/core/interchange/importing.h>
#include <crisis/core/interchange/syntheticdata.h>
#include <crisis/core/interchange/timelinejs.h>
#include <crisis/core/storage/changefeed.h>
#include <crisis/core/storage/openrepository.h>
#include <crisis/core/support/files.h>
#include <crisis/ui/charts/chartexporter.h>
#include <crisis/ui/window/mainwindow.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <tuple>

namespace crisis::app {

using namespace crisis::core;

namespace {

void printFailure(const Error& error)
{
    printError(error.message);
    for (const Problem& problem : error.problems)
        std::fprintf(stderr, "%s\n", qUtf8Printable(problem.toString()));
}

OpenMode openMode(const CommonOptions& options)
{
    return options.createEmpty ? OpenMode::CreateEmpty : OpenMode::CreateWithBundledDataset;
}

void printNotices(const Repository& repository)
{
    for (const QString& notice : repository.notices())
        printError(notice);
}

// Opens the database to read it and reads it by column, printing any error; nothing on failure. Commands that only
// read never create or change a database: before the first one is made in the data folder (no --db), they read
// what would be made there (the bundled dataset, or nothing with --empty).
std::optional<Snapshot> loadSnapshot(const CommonOptions& options, StoreLocation* location = nullptr)
{
    const StoreLocation store = storeLocation(options);
    if (location)
        *location = store;
    if (store.isDefault() && !QFileInfo(store.filePath()).exists() && !QFileInfo(store.filePath()).isSymLink())
        return Snapshot::fromDataset(options.createEmpty ? Dataset {} : bundledDataset());
    auto repository = openRepository(store, OpenMode::ReadOnly);
    if (!repository) {
        printFailure(repository.error());
        return std::nullopt;
    }
    printNotices(*repository.value());
    auto snapshot = repository.value()->loadSnapshot();
    if (!snapshot) {
        printFailure(snapshot.error());
        return std::nullopt;
    }
    return std::move(snapshot.value());
}

// The same as a Dataset.
std::optional<Dataset> loadDataset(const CommonOptions& options)
{
    auto snapshot = loadSnapshot(options);
    if (!snapshot)
        return std::nullopt;
    return snapshot->toDataset();
}

MetricRegistry registryFor(const Dataset& dataset)
{
    MetricRegistry registry = MetricRegistry::builtIn();
    for (const Metric& metric : dataset.metrics)
        registry.insert(metric);
    return registry;
}

} // namespace

StoreLocation storeLocation(const CommonOptions& options)
{
    if (options.databasePath.isEmpty())
        return StoreLocation::defaultLocation();
    // Checked when the command line was read.
    return StoreLocation::parse(options.databasePath).value();
}

void printError(const QString& message)
{
    std::fprintf(stderr, "crisis-timeline: %s\n", qUtf8Printable(message));
}

bool writeStdout(const QByteArray& bytes)
{
    // Every byte written and flushed, or an error: output to a full disk or a closed pipe is not a success.
    errno = 0;
    const size_t written = std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    if (written == static_cast<size_t>(bytes.size()) && std::fflush(stdout) == 0 && !std::ferror(stdout))
        return true;
    const int error = errno;
    printError(QStringLiteral("cannot write to the standard output: %1")
                   .arg(error != 0 ? QString::fromLocal8Bit(std::strerror(error)) : QStringLiteral("write error")));
    return false;
}

int runList(const CommonOptions& options, const QString& what, ListFormat format)
{
    const auto dataset = loadDataset(options);
    if (!dataset)
        return ExitFailure;
    if (what == u"figures")
        return writeStdout(listFigures(*dataset, registryFor(*dataset), format)) ? ExitSuccess : ExitFailure;
    if (what == u"events")
        return writeStdout(listEvents(*dataset, format)) ? ExitSuccess : ExitFailure;
    return writeStdout(listSources(*dataset, format)) ? ExitSuccess : ExitFailure;
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
               .arg(QString::number(report.citationsChecked), QString::number(dataset->figures.size()),
                   QString::number(dataset->events.size()), QDir::toNativeSeparators(sourcesDir),
                   errors == 0       ? QStringLiteral("all quotes found at their offsets")
                       : errors == 1 ? QStringLiteral("1 problem")
                                     : QStringLiteral("%1 problems").arg(errors))
               .toUtf8();
    if (!writeStdout(out))
        return ExitFailure;
    return errors == 0 ? ExitSuccess : ExitFailure;
}

int runExportData(const CommonOptions& options, const QString& format, const QString& what, const QString& outputPath)
{
    // Written under a temporary name, every write checked, renamed when complete: on any failure (a full disk)
    // exit 1 with a message and no file. The path is checked before the database is read.
    FileWriter file(outputPath);
    const auto cannotWrite = [&] {
        printError(file.commit().error().message);
        return ExitFailure;
    };
    if (const QString why = unwritablePath(outputPath); !why.isEmpty()) {
        file.fail(why);
        return cannotWrite();
    }
    if (format == u"json" || format == u"csv") {
        auto dataset = loadDataset(options);
        if (!dataset)
            return ExitFailure;
        // Only what was asked for, with the sources (and metrics) it cites.
        if (what == u"figures") {
            dataset->events.clear();
            dataset->stories.clear();
        } else if (what == u"events") {
            dataset->figures.clear();
            dataset->stories.clear();
        }
        if (what != u"all") {
            QSet<QString> cited;
            for (const Figure& figure : std::as_const(dataset->figures))
                cited.insert(figure.citation.sourceId);
            for (const Event& event : std::as_const(dataset->events)) {
                for (const Citation& citation : event.citations)
                    cited.insert(citation.sourceId);
            }
            dataset->sources.removeIf([&](const Source& source) { return !cited.contains(source.id); });
        }
        if (!file.open())
            return cannotWrite();
        if (format == u"json")
            file.write(writeDatasetJson(*dataset));
        else if (what == u"figures")
            file.write(listFigures(*dataset, registryFor(*dataset), ListFormat::Csv));
        else
            file.write(listEvents(*dataset, ListFormat::Csv));
    } else if (format == u"timelinejs") {
        const auto snapshot = loadSnapshot(options);
        if (!snapshot)
            return ExitFailure;
        if (!file.open())
            return cannotWrite();
        const bool sheet = QFileInfo(outputPath).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0;
        file.write(sheet ? writeTimelineJsCsv(*snapshot) : writeTimelineJsJson(*snapshot));
    } else {
        Q_ASSERT(format == u"hxl");
        const auto snapshot = loadSnapshot(options);
        if (!snapshot)
            return ExitFailure;
        if (!file.open())
            return cannotWrite();
        MetricRegistry metrics = MetricRegistry::builtIn();
        for (const Metric& metric : snapshot->metrics)
            metrics.insert(metric);
        // A megabyte at a time: a million figures are never one text in memory.
        writeHxlFigures(*snapshot, metrics, [&](std::string_view chunk) {
            return file.write(QByteArrayView(chunk.data(), static_cast<qsizetype>(chunk.size())));
        });
    }
    if (auto committed = file.commit(); !committed) {
        printError(committed.error().message);
        return ExitFailure;
    }
    return ExitSuccess;
}

int runImport(const CommonOptions& options, const QString& filePath, ImportFormat format, bool dryRun,
    const TableMapping& mapping, const ArticleImportOptions& article, bool skipImported)
{
    // Refused before anything is read: no name, a folder, a device such as /dev/zero, a FIFO, a file over 1 GiB.
    const Result<QByteArray> read = readInputFile(filePath);
    if (!read) {
        printError(read.error().message);
        return ExitFailure;
    }
    const QByteArray& bytes = read.value();
    // A dry run writes nothing, not even a new database: one that does not exist yet is made in a temporary
    // folder, as it would be made, and checked against there.
    StoreLocation target = storeLocation(options);
    QTemporaryDir scratch;
    if (dryRun && target.isFile() && !QFileInfo::exists(target.filePath())) {
        if (!scratch.isValid()) {
            printError(QStringLiteral("cannot make a temporary folder for the dry run"));
            return ExitFailure;
        }
        target = StoreLocation::file(scratch.filePath(QStringLiteral("dry-run.sqlite")));
    }
    auto repository
        = openRepository(target, dryRun && target == storeLocation(options) ? OpenMode::ReadOnly : openMode(options));
    if (!repository) {
        printFailure(repository.error());
        return ExitFailure;
    }
    printNotices(*repository.value());
    const ImportReport report
        = importInto(*repository.value(), bytes, filePath, format, dryRun, {}, mapping, article, skipImported);
    // A dry run of an article lists every figure the reader proposed, sure or to review, and why.
    if (dryRun && !report.listing.isEmpty())
        writeStdout((report.listing.join(u'\n') + u'\n').toUtf8());
    for (const Problem& problem : report.problems)
        std::fprintf(stderr, "%s\n", qUtf8Printable(problem.toString()));
    if (!report.ok())
        return ExitFailure;
    if (report.nothingNew)
        return writeStdout(QStringLiteral("nothing imported from %1: all it holds was imported before\n")
                               .arg(QDir::toNativeSeparators(filePath))
                               .toUtf8())
            ? ExitSuccess
            : ExitFailure;
    const auto count = [](qsizetype n, const char* one, const char* many) {
        return n == 1 ? QStringLiteral("1 %1").arg(QLatin1String(one))
                      : QStringLiteral("%1 %2").arg(QString::number(n), QLatin1String(many));
    };
    QString summary = QStringLiteral("%1 %2, %3 and %4 from %5 (%6)\n")
                          .arg(dryRun ? QStringLiteral("would import") : QStringLiteral("imported"),
                              count(report.figures, "figure", "figures"), count(report.events, "event", "events"),
                              count(report.sources, "new source", "new sources"), QDir::toNativeSeparators(filePath),
                              report.format);
    if (!report.repair.isEmpty())
        summary += report.repair + u'\n';
    if (dryRun)
        summary += QStringLiteral("nothing was written (--dry-run)\n");
    return writeStdout(summary.toUtf8()) ? ExitSuccess : ExitFailure;
}

int runGenerate(const StoreLocation& location, qint64 figures, qint64 events, quint64 seed)
{
    if (location.isFile() && (QFileInfo::exists(location.filePath()) || QFileInfo(location.filePath()).isSymLink())) {
        printError(QStringLiteral("%1 exists; generate writes only new databases").arg(location.toString()));
        return ExitFailure;
    }
    const Snapshot synthetic = syntheticSnapshot({ figures, events, seed });
    // Written under a temporary name and renamed when complete: no half-written database on failure.
    if (auto created = createRepository(location, synthetic); !created) {
        printFailure(created.error());
        return ExitFailure;
    }
    std::fprintf(stderr, "wrote %lld figures, %lld events and %lld sources to %s\n", static_cast<long long>(figures),
        static_cast<long long>(events), static_cast<long long>(synthetic.sources.size()),
        qUtf8Printable(location.toString()));
    return ExitSuccess;
}

int runCopy(const StoreLocation& from, const StoreLocation& to)
{
    auto source = openRepository(from, OpenMode::ReadOnly);
    if (!source) {
        printFailure(source.error());
        return ExitFailure;
    }
    printNotices(*source.value());
    auto snapshot = source.value()->loadSnapshot();
    if (!snapshot) {
        printFailure(snapshot.error());
        return ExitFailure;
    }
    source.value().reset();
    const Snapshot& data = snapshot.value();
    // Written whole or not at all (a file under a temporary name, a server database in one transaction), and only
    // where there is nothing yet.
    if (auto created = createRepository(to, data); !created) {
        printFailure(created.error());
        return ExitFailure;
    }
    // The copy checks itself: read back, it holds every record of the source, equal field by field (ids, quotes
    // and their offsets, places in the lists).
    auto copy = openRepository(to, OpenMode::ReadOnly);
    auto copied = copy ? copy.value()->loadSnapshot() : Result<Snapshot>(copy.error());
    if (!copied) {
        printFailure(copied.error());
        return ExitFailure;
    }
    if (!copied.value().sameRecordsAs(data)) {
        printError(QStringLiteral("%1 does not read back as %2 holds it: the copy is not to be trusted")
                       .arg(to.toString(), from.toString()));
        return ExitFailure;
    }
    return writeStdout(
               QStringLiteral("copied %1 figures, %2 events, %3 sources and %4 stories from %5 to %6; read "
                              "back, every record and quote is the same\n")
                   .arg(QString::number(copied.value().figures.size()), QString::number(copied.value().events.size()),
                       QString::number(copied.value().sources.size()), QString::number(copied.value().stories.size()),
                       from.toString(), to.toString())
                   .toUtf8())
        ? ExitSuccess
        : ExitFailure;
}

int runRoles(const CommonOptions& options, const QString& user, std::optional<std::optional<TeamRole>> role)
{
    auto repository = openRepository(storeLocation(options), role ? OpenMode::Existing : OpenMode::ReadOnly);
    if (!repository) {
        printFailure(repository.error());
        return ExitFailure;
    }
    Repository& store = *repository.value();
    if (role) {
        if (store.isReadOnly()) {
            printError(QStringLiteral("%1: only an owner of the dataset gives roles; nothing was changed")
                           .arg(store.location().toString()));
            return ExitFailure;
        }
        if (auto set = store.setRole(user, *role); !set) {
            printFailure(set.error());
            return ExitFailure;
        }
        return writeStdout((*role ? QStringLiteral("%1 is now a%2 %3 of %4\n")
                                        .arg(user, **role == TeamRole::Reader ? QString() : QStringLiteral("n"),
                                            teamRoleKey(**role), store.location().toString())
                                  : QStringLiteral("%1 has no role in %2 now\n").arg(user, store.location().toString()))
                               .toUtf8())
            ? ExitSuccess
            : ExitFailure;
    }
    auto roles = store.roles();
    if (!roles) {
        printFailure(roles.error());
        return ExitFailure;
    }
    QByteArray out;
    for (const auto& [name, held] : std::as_const(roles.value()))
        out += (name + u'\t' + teamRoleKey(held) + u'\n').toUtf8();
    if (roles.value().isEmpty())
        out = QStringLiteral("no user has a role in %1 yet (its owner gives them: roles USER reader|editor|owner)\n")
                  .arg(store.location().toString())
                  .toUtf8();
    return writeStdout(out) ? ExitSuccess : ExitFailure;
}

int runHistory(const CommonOptions& options, const QString& recordId, ListFormat format)
{
    auto repository = openRepository(storeLocation(options), OpenMode::ReadOnly);
    if (!repository) {
        printFailure(repository.error());
        return ExitFailure;
    }
    auto revisions = repository.value()->wholeHistory(0, recordId);
    if (!revisions) {
        printFailure(revisions.error());
        return ExitFailure;
    }
    const QList<Revision>& all = revisions.value();
    if (all.isEmpty() && !recordId.isEmpty()) {
        printError(QStringLiteral("no change in the history of %1 touches \"%2\"")
                       .arg(repository.value()->location().toString(), recordId));
        return ExitFailure;
    }
    return writeStdout(listRevisions(all, format)) ? ExitSuccess : ExitFailure;
}

int runChangedSince(const CommonOptions& options, const QString& since, ListFormat format)
{
    // A revision number, or a brief pack: its folder, or the VIEW-dataset.json in it.
    bool isNumber = false;
    qint64 after = since.toLongLong(&isNumber);
    std::optional<QSet<QString>> plotted;
    QString packName;
    if (!isNumber) {
        QString path = since;
        if (QFileInfo(since).isDir()) {
            const QStringList records
                = QDir(since).entryList({ QStringLiteral("*-dataset.json") }, QDir::Files, QDir::Name);
            if (records.size() != 1) {
                printError(records.isEmpty()
                        ? QStringLiteral("%1 holds no brief pack's record of its dataset (VIEW-dataset.json, written "
                                         "by export --pack)")
                              .arg(QDir::toNativeSeparators(since))
                        : QStringLiteral("%1 holds %2 brief packs: name one (%3)")
                              .arg(QDir::toNativeSeparators(since), QString::number(records.size()),
                                  records.join(QStringLiteral(", "))));
                return ExitFailure;
            }
            path = QDir(since).filePath(records.first());
        } else if (!QFileInfo::exists(since)) {
            printError(QStringLiteral("\"%1\" is neither a revision number nor a brief pack (a folder, or its "
                                      "VIEW-dataset.json) (see 'crisis-timeline --help')")
                           .arg(since));
            return ExitUsage;
        }
        auto origin = BriefPackOrigin::read(path);
        if (!origin) {
            printFailure(origin.error());
            return ExitFailure;
        }
        if (origin.value().revision <= 0) {
            printError(QStringLiteral("%1 was made from %2, which keeps no history of its changes (a file): there is "
                                      "no revision to compare with")
                           .arg(QDir::toNativeSeparators(path), origin.value().store));
            return ExitFailure;
        }
        after = origin.value().revision;
        packName = QDir::toNativeSeparators(path);
        plotted = QSet<QString>(origin.value().figureIds.cbegin(), origin.value().figureIds.cend());
    } else if (after < 0) {
        printError(QStringLiteral(
            "changed-since takes a revision number (0 or more) or a brief pack (see 'crisis-timeline --help')"));
        return ExitUsage;
    }

    auto repository = openRepository(storeLocation(options), OpenMode::ReadOnly);
    if (!repository) {
        printFailure(repository.error());
        return ExitFailure;
    }
    if (!repository.value()->keepsHistory()) {
        printError(QStringLiteral("%1 keeps no history of its changes (a team database on a PostgreSQL server does)")
                       .arg(repository.value()->location().toString()));
        return ExitFailure;
    }
    auto revisions = repository.value()->wholeHistory(after);
    if (!revisions) {
        printFailure(revisions.error());
        return ExitFailure;
    }
    // Each figure's changes, in the order saved; a pack's only for the figures it plots. A revision that replaced
    // everything may have changed any figure.
    QList<FigureChange> changes;
    QStringList touched;
    QSet<QString> others; // figures a pack does not plot (added since, or left out by its filters)
    const auto concerns = [&plotted](const QString& id) { return !plotted || plotted->contains(id); };
    for (const Revision& revision : std::as_const(revisions.value())) {
        if (revision.everything)
            for (const QString& id : plotted ? QStringList(plotted->cbegin(), plotted->cend()) : QStringList())
                changes.append({ id, QStringLiteral("replaced"), revision, std::nullopt });
        for (const auto& [verb, records] : { std::pair { "added", &revision.added },
                 std::pair { "changed", &revision.changed }, std::pair { "removed", &revision.removed } }) {
            for (const QString& id : records->figures) {
                if (concerns(id)) {
                    changes.append({ id, QLatin1String(verb), revision, std::nullopt });
                    touched.append(id);
                } else {
                    others.insert(id);
                }
            }
        }
    }
    // The figures as they read now (those still there).
    touched.removeDuplicates();
    auto now = repository.value()->loadRecords(touched, {});
    if (!now) {
        printFailure(now.error());
        return ExitFailure;
    }
    for (FigureChange& change : changes) {
        const qsizetype row = now.value().figures.rowOfId(change.figure);
        if (row >= 0)
            change.now = now.value().figures.figure(row);
    }
    if (format == ListFormat::Table) {
        const QString scope = packName.isEmpty()
            ? QStringLiteral("figures")
            : QStringLiteral("the %1 figures %2 plots").arg(QString::number(plotted->size()), packName);
        QString summary = changes.isEmpty()
            ? QStringLiteral("Nothing changed in %1 since revision %2").arg(scope, QString::number(after))
            : QStringLiteral("%1 changes to %2 since revision %3")
                  .arg(QString::number(changes.size()), scope, QString::number(after));
        if (!others.isEmpty())
            summary += QStringLiteral(" (%1 other figures changed, which it does not plot)")
                           .arg(QString::number(others.size()));
        summary += changes.isEmpty() ? QStringLiteral(".\n") : QStringLiteral(":\n");
        if (!writeStdout(summary.toUtf8()))
            return ExitFailure;
        if (changes.isEmpty())
            return ExitSuccess;
    }
    return writeStdout(listFigureChanges(changes, format)) ? ExitSuccess : ExitFailure;
}

int runWatch(const CommonOptions& options, qint64 after)
{
    auto feed = ChangeFeed::open(storeLocation(options), after);
    if (!feed) {
        printFailure(feed.error());
        return ExitFailure;
    }
    int exitCode = ExitSuccess;
    QObject::connect(feed.value().get(), &ChangeFeed::revision, [&](const Revision& revision) {
        // One line per change, flushed at once, for a script reading as they come.
        if (!writeStdout(revisionLine(revision))) {
            exitCode = ExitFailure;
            QCoreApplication::exit(ExitFailure);
        }
    });
    QObject::connect(feed.value().get(), &ChangeFeed::failed, [&](const QString& message) {
        printError(message);
        exitCode = ExitFailure;
        QCoreApplication::exit(ExitFailure);
    });
    // What was saved after `after` and before listening began.
    feed.value()->catchUp();
    if (exitCode != ExitSuccess)
        return exitCode;
    QCoreApplication::exec();
    return exitCode;
}

int runCreate(const CommonOptions& options)
{
    const Snapshot data = Snapshot::fromDataset(options.createEmpty ? Dataset {} : bundledDataset());
    if (auto created = createRepository(storeLocation(options), data); !created) {
        printFailure(created.error());
        return ExitFailure;
    }
    return ExitSuccess;
}

namespace {

// Why files cannot be written into a folder (which need not exist yet when `create`), or nothing.
QString unwritableFolder(const QString& folder, bool create)
{
    QFileInfo info(folder);
    if (create) {
        // mkpath makes the missing folders under the nearest one that exists.
        while (!info.exists() && info.absolutePath() != info.absoluteFilePath())
            info = QFileInfo(info.absolutePath());
    }
    if (!info.exists())
        return QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder));
    if (!info.isDir())
        return QStringLiteral("%1 is not a folder").arg(QDir::toNativeSeparators(info.filePath()));
    if (!info.isWritable())
        return QStringLiteral("the folder %1 is not writable").arg(QDir::toNativeSeparators(info.filePath()));
    return {};
}

// What an export request asks for, checked; or the usage error it makes.
struct ParsedExport
{
    ui::ExportContent content;
    ui::ExportOptions options;
    QDate from;
    QDate to;
    QString error;
};

ParsedExport parseExport(const ExportRequest& request)
{
    ParsedExport parsed;
    const auto fail = [&](const QString& message) {
        parsed.error = message;
        return parsed;
    };
    if (request.chart != u"timeline") {
        parsed.content.chart = chartFromKey(request.chart);
        if (!parsed.content.chart)
            return fail(
                QStringLiteral("unknown chart \"%1\"; use deployment, casualties, displacement, funding or timeline")
                    .arg(request.chart));
    }
    if (!request.size.isEmpty()) {
        const QStringList parts = request.size.split(u'x');
        bool okWidth = false;
        bool okHeight = false;
        const int width = parts.value(0).toInt(&okWidth);
        const int height = parts.value(1).toInt(&okHeight);
        if (parts.size() != 2 || !okWidth || !okHeight || width < 100 || height < 100 || width > 16384
            || height > 16384)
            return fail(QStringLiteral("bad size \"%1\": give WIDTHxHEIGHT in pixels, each from 100 to 16384")
                            .arg(request.size));
        parsed.options.size = QSize(width, height);
    }
    if (!request.scale.isEmpty()) {
        bool ok = false;
        parsed.options.scale = request.scale.toInt(&ok);
        if (!ok || parsed.options.scale < 1 || parsed.options.scale > 4)
            return fail(QStringLiteral("bad scale \"%1\": use 1, 2, 3 or 4").arg(request.scale));
    }
    const QString formatName = !request.format.isEmpty() ? request.format
        : QFileInfo(request.output).suffix().isEmpty()   ? QStringLiteral("png")
                                                         : QFileInfo(request.output).suffix();
    const auto format = ui::ExportOptions::formatFromName(formatName);
    if (!format)
        return fail(QStringLiteral("unknown image format \"%1\"; use png, svg or pdf").arg(formatName));
    parsed.options.format = *format;
    parsed.options.title = request.title;
    // A PNG (also the brief pack's) is drawn in memory: its pixels are limited, and said so before any work.
    if ((*format == ui::ExportOptions::Format::Png || !request.pack.isEmpty())
        && !parsed.options.pixelsWithinLimits()) {
        const QLocale english(QLocale::English); // 65,536: digits in groups
        const qint64 width = qint64(parsed.options.size.width()) * parsed.options.scale;
        const qint64 height = qint64(parsed.options.size.height()) * parsed.options.scale;
        return fail(
            QStringLiteral("--size %1x%2 at --scale %3 is an image of %4 \u00d7 %5 pixels; the most is %6 "
                           "pixels a side and %7 pixels in all: make the size or the scale smaller")
                .arg(QString::number(parsed.options.size.width()), QString::number(parsed.options.size.height()),
                    QString::number(parsed.options.scale), english.toString(width), english.toString(height),
                    english.toString(ui::ExportOptions::maxPixelsASide),
                    english.toString(ui::ExportOptions::maxPixels)));
    }
    for (const auto& [text, date, first] :
        { std::tuple { request.from, &parsed.from, true }, std::tuple { request.to, &parsed.to, false } }) {
        if (text.isEmpty())
            continue;
        QString why;
        const auto date0 = PartialDate::parse(text, &why);
        if (!date0)
            return fail(QStringLiteral("%1 %2").arg(first ? QStringLiteral("--from") : QStringLiteral("--to"), why));
        *date = first ? date0->earliest() : date0->latest();
    }
    if (parsed.from.isValid() && parsed.to.isValid() && parsed.to < parsed.from)
        return fail(QStringLiteral("--to is before --from"));
    if (!request.layout.isEmpty()) {
        if (parsed.content.chart)
            return fail(QStringLiteral("--layout applies to the timeline only"));
        if (request.layout == u"lanes")
            parsed.options.timelineStyle = ui::ExportOptions::TimelineStyle::Lanes;
        else if (request.layout == u"list")
            parsed.options.timelineStyle = ui::ExportOptions::TimelineStyle::List;
        else
            return fail(QStringLiteral("unknown layout \"%1\"; use lanes or list").arg(request.layout));
    }
    if (!request.theme.isEmpty()) {
        // A page for a slide or a brief: light or dark, never the projector's high contrast (the presenter's).
        const auto theme = ui::themeFromKey(request.theme);
        if (!theme || *theme == ui::Theme::HighContrast)
            return fail(QStringLiteral("unknown theme \"%1\"; use light or dark").arg(request.theme));
        parsed.options.theme = *theme;
    }
    if (request.output.isEmpty() && request.pack.isEmpty())
        return fail(QStringLiteral("export needs -o FILE or --pack DIR"));
    return parsed;
}

} // namespace

int checkExport(const ExportRequest& request)
{
    const ParsedExport parsed = parseExport(request);
    if (parsed.error.isEmpty())
        return ExitSuccess;
    printError(parsed.error + QStringLiteral(" (see 'crisis-timeline --help')"));
    return ExitUsage;
}

int runExport(const CommonOptions& options, const ExportRequest& request)
{
    ParsedExport parsed = parseExport(request);
    if (!parsed.error.isEmpty())
        return checkExport(request);
    ui::ExportContent& content = parsed.content;
    const ui::ExportOptions& exportOptions = parsed.options;
    const QDate from = parsed.from;
    const QDate to = parsed.to;
    StoreLocation location;
    auto snapshot = loadSnapshot(options, &location);
    if (!snapshot)
        return ExitFailure;
    content.workspace = Workspace::build(std::move(*snapshot), location);
    content.chartOptions.from = from;
    content.chartOptions.to = to;
    if (!content.chart) {
        for (qsizetype i = 0; i < content.workspace->events().size(); ++i)
            content.events.push_back(static_cast<qint32>(i));
        QDate first;
        QDate last;
        for (const Event& event : content.workspace->events()) {
            first = !first.isValid() || event.period.earliest() < first ? event.period.earliest() : first;
            last = !last.isValid() || event.period.latest() > last ? event.period.latest() : last;
        }
        const qint64 pad = first.isValid() ? std::max<qint64>(30, first.daysTo(last) / 30) : 0;
        content.from = from.isValid() ? from : first.addDays(-pad);
        content.to = to.isValid() ? to : last.addDays(pad);
    }
    // Both destinations checked before either is written: a bad --pack leaves no -o file behind.
    if (!request.output.isEmpty()) {
        if (const QString why = unwritablePath(request.output); !why.isEmpty()) {
            printError(QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(request.output), why));
            return ExitFailure;
        }
    }
    if (!request.pack.isEmpty()) {
        if (const QString why = unwritableFolder(request.pack, true); !why.isEmpty()) {
            printError(QStringLiteral("cannot write the brief pack into %1: %2")
                           .arg(QDir::toNativeSeparators(request.pack), why));
            return ExitFailure;
        }
    }
    const ui::ChartExporter exporter(content, exportOptions);
    if (content.chart && exporter.spec().isEmpty()) {
        // A page with a title over nothing would pass for a chart: say so, and write nothing.
        printError(QStringLiteral("no figures for %1 between %2 and %3")
                       .arg(request.chart, request.from.isEmpty() ? QStringLiteral("the first report") : request.from,
                           request.to.isEmpty() ? QStringLiteral("the last report") : request.to));
        return ExitFailure;
    }
    if (!request.output.isEmpty()) {
        if (auto written = exporter.write(request.output); !written) {
            printFailure(written.error());
            return ExitFailure;
        }
    }
    if (!request.pack.isEmpty()) {
        if (auto written = exporter.writeBriefPack(request.pack); !written) {
            printFailure(written.error());
            return ExitFailure;
        }
    }
    return ExitSuccess;
}

int runWindow(const CommonOptions& options, const QString& theme, const QElapsedTimer& started)
{
    ui::MainWindow window;
    if (!theme.isEmpty())
        window.setThemeChoice(ui::themeChoiceFromKey(theme).value_or(ui::ThemeChoice::System), false);
    // CRISIS_TIMELINE_TIMING=1 prints the time to the first paint and to the data shown; with
    // CRISIS_TIMELINE_TIMING=quit the window closes then (bench/startup.sh measures start-up so).
    const QByteArray timing = qgetenv("CRISIS_TIMELINE_TIMING");
    if (!timing.isEmpty())
        window.measureStartup(started, timing == "quit");
    window.openDatabase(storeLocation(options), openMode(options));
    window.show();
    return QApplication::exec();
}

} // namespace crisis::app
