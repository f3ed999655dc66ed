#pragma once

#include "commandline.h"
#include "output.h"

#include <crisis/core/interchange/importing.h>
#include <crisis/core/storage/storelocation.h>

#include <QElapsedTimer>

namespace crisis::app {

/// `list figures|events|sources`.
int runList(const CommonOptions& options, const QString& what, ListFormat format);
/// `check-citations --sources DIR`.
int runCheckCitations(const CommonOptions& options, const QString& sourcesDir);
/// `export-data --format json|hxl|timelinejs|csv [--what figures|events|all] -o FILE`; the format holds what.
int runExportData(const CommonOptions& options, const QString& format, const QString& what, const QString& outputPath);
/// `import FILE [--format auto|json|hxl|timelinejs|table|article] [--map MAPPING] [--published EDTF]
/// [--accept sure|all] [--skip-imported] [--dry-run]`.
int runImport(const CommonOptions& options, const QString& filePath, core::ImportFormat format, bool dryRun,
    const core::TableMapping& mapping = {}, const core::ArticleImportOptions& article = {}, bool skipImported = false);
/// `generate --figures N --events M --db PATH [--seed S]`.
int runGenerate(const core::StoreLocation& location, qint64 figures, qint64 events, quint64 seed);
/// Writes a new database at --db: the bundled dataset, or no records with --empty.
int runCreate(const CommonOptions& options);
/// Prints the history of a team database's changes (of one record when `recordId` is given).
int runHistory(const CommonOptions& options, const QString& recordId, ListFormat format);
/// `changed-since REVISION|PACK [--format table|csv|json]`: what changed in the figures of a team database since a
/// revision, or since a brief pack was made (only the figures its chart plots).
int runChangedSince(const CommonOptions& options, const QString& since, ListFormat format);
/// Prints each change saved to a team database as one JSON line as soon as it is saved, until killed; the changes
/// after revision `after` first (-1: only those saved from now on).
int runWatch(const CommonOptions& options, qint64 after);
/// roles: lists the dataset's users and roles; with a user, sets its role (an inner nullopt: none).
int runRoles(const CommonOptions& options, const QString& user, std::optional<std::optional<core::TeamRole>> role);
/// Copies a whole dataset from one store to a new one (a file, or an empty server database), all or nothing, and
/// reads the copy back to check it holds the same.
int runCopy(const core::StoreLocation& from, const core::StoreLocation& to);
/// `export --chart KIND ... -o FILE [--pack DIR]`; needs a QApplication (offscreen is enough).
struct ExportRequest
{
    QString chart;
    QString from;
    QString to;
    QString size;
    QString scale;
    QString format;
    QString title;
    QString output;
    QString pack;
    /// The timeline's layout: "lanes", "list", or empty to choose by the room.
    QString layout;
    /// "light" (the default) or "dark".
    QString theme;
};
/// Checks an export request before any window system is touched: a usage error's exit code, or 0.
int checkExport(const ExportRequest& request);
int runExport(const CommonOptions& options, const ExportRequest& request);
/// The main window; needs a QApplication. `started` is when the process began, for start-up timing.
/// The window; theme ("light", "dark", "system"; checked by the caller), when given, is this run's, the
/// remembered choice left as it is.
int runWindow(const CommonOptions& options, const QString& theme, const QElapsedTimer& started);

/// Where --db points, or the default database in the user's data folder.
core::StoreLocation storeLocation(const CommonOptions& options);
/// Writes "crisis-timeline: message" to stderr.
void printError(const QString& message);
/// Writes bytes to stdout and flushes it; false, with the error printed, when any byte could not be written (a
/// full disk, /dev/full, a closed pipe).
bool writeStdout(const QByteArray& bytes);

} // namespace crisis::app
