#pragma once

#include <crisis/core/columnar/snapshot.h>
#include <crisis/core/interchange/tablemapping.h>
#include <crisis/core/model/metricregistry.h>
#include <crisis/core/storage/repository.h>
#include <crisis/core/support/textdecode.h>
#include <crisis/core/support/textposition.h>

#include <functional>
#include <vector>

namespace crisis::core {

/// What the user says of a plain-text article besides its text.
struct ArticleImportOptions
{
    /// Its publication date, or an interval when it is known only that far ("2025-07/2025-12"); invalid when not
    /// given. A level with no date of its own is taken to hold then, marked inferred.
    Period published;
    /// Write every proposal that has a metric and a period, not only those the reader is sure of.
    bool acceptAll = false;
};

/// What an importer needs to know of the database the data goes into.
struct ImportContext
{
    /// The file's name as the user gave it: problems name it, and a source made for the file is called so.
    QString fileName;
    /// The metrics figures may measure: the built-in ones and the database's own.
    MetricRegistry metrics = MetricRegistry::builtIn();
    /// Whether a source id is in the database already (a row may cite it without describing it).
    std::function<bool(QStringView id)> sourceExists;
    /// Ids taken in the database, which a source made for the file must not reuse.
    std::function<bool(QStringView id)> sourceIdTaken;
    /// For a table from elsewhere: which columns hold what.
    TableMapping mapping;
    /// When set, a reader that can (HXL) also hands its figures over in parts as it reads them, so that they can
    /// be written while the rest is read; false from it stops the reading.
    std::function<bool(FigureTable&& part)> figureParts;
    /// For an article: what the user says of it besides its text.
    ArticleImportOptions article;
};

/// A lower-case id part made of a text's letters and digits ("Women in Computing" -> "women-in-computing").
QString idSlug(const QString& text);
/// The id of the source a file becomes when its records cite no source of their own: "src-" and the file's
/// name, with a number when that id is taken.
QString sourceIdForFile(const ImportContext& context);
/// That source: the file, described as imported from it in the given format ("HXL table").
Source sourceForFile(const ImportContext& context, const QString& id, const QString& formatName);

/// Records read from a file, ready to add to a database, and where each came from.
struct ImportedData
{
    Snapshot data;
    /// The line of the file each figure (row of data.figures), event and source was read from.
    std::vector<int> figureLines;
    std::vector<int> eventLines;
    std::vector<int> sourceLines;
    /// Parent figures the figures name that are not among them, with where the file names each: the database
    /// must have them.
    QList<std::pair<QString, TextPosition>> outsideParents;
    /// For formats that find a record's line only when asked (JSON): the line of a record by kind and index.
    std::function<int(RecordKind kind, qsizetype index)> locate;
    /// The format read ("HXL CSV", "Crisis Timeline JSON", ...) and, when the text was repaired, how.
    QString format;
    QString repair;
    /// For an article: every figure proposed, one line each, with how sure the reader is and why.
    QStringList listing;

    /// For formats that can tell (JSON, HXL with an id column): where a record's id stands in the file (line 0
    /// when it cannot say).
    std::function<TextPosition(RecordKind kind, qsizetype index)> locateId;

    /// The line a record was read from (by its index among the records of its kind); 0 when unknown.
    int lineOf(RecordKind kind, qsizetype index) const;
    /// Where a problem with a record is shown: its id when the format tells, else the start of its line; 1:1 when
    /// even the line is unknown.
    TextPosition positionOf(RecordKind kind, qsizetype index) const;
};

/// The formats files are imported from.
enum class ImportFormat : quint8 {
    Auto, ///< decided by the content (and the file name's suffix)
    Json, ///< our dataset JSON
    Hxl, ///< CSV with an HXL hashtag row
    TimelineJs, ///< TimelineJS's spreadsheet CSV or JSON (events)
    Table, ///< a long or wide table (CSV or a JSON array of records), read with a TableMapping
    Article, ///< a plain-text article: the figures it states, proposed
};
std::optional<ImportFormat> importFormatFromKey(QStringView key);
QString importFormatKey(ImportFormat format);

/// The format of a text we import, told by its content (see readImport); a problem when it is none.
ParseResult<ImportFormat> detectImportFormat(const DecodedText& text, const ImportContext& context);

/// Reads a file in a format we import, any text encoding (see decodeText). Auto tells the format by the
/// content: JSON of our format or TimelineJS's, CSV with an HXL hashtag row or a TimelineJS header.
ParseResult<ImportedData> readImport(const QByteArray& bytes, ImportFormat format, const ImportContext& context);

/// What an import did, or would do.
struct ImportReport
{
    /// Errors (nothing was written) and warnings, at FILE:LINE:COLUMN.
    QList<Problem> problems;
    QString format;
    QString repair;
    /// For an article: every figure proposed, one line each, with how sure the reader is and why.
    QStringList listing;
    qsizetype figures = 0;
    qsizetype events = 0;
    /// Sources the import adds (those the database has already are not counted).
    qsizetype sources = 0;
    bool written = false;
    /// Records whose quote a record imported before from a file of the same name has: a second import of the same
    /// table, sheet or article (a warning says so).
    qsizetype alreadyImported = 0;
    /// Of those, how many were left out (skipImported); nothingNew when that left nothing to import.
    qsizetype skipped = 0;
    bool nothingNew = false;
    /// What was written, by id (for undoing the import): figures, events and the sources it added.
    QStringList figureIds;
    QStringList eventIds;
    QStringList sourceIds;
    /// The revision the import was saved as, in a store that keeps a history (0 in one that does not).
    qint64 revision = 0;

    bool ok() const { return !hasErrors(problems); }
};

/// Reads a file and adds its records to the repository in one transaction: all or nothing. Before writing, the
/// records are checked against the database: a source it has must be described the same (it is then not
/// added again), parents must exist, ids must be new. With dryRun everything is checked and nothing written.
/// Progress counts figures written; cancelling writes nothing. Also refused: a figure whose parents lead back to it,
/// a negative count, a quote that does not stand at its offset in its source's text when that text is a file beside
/// the database (read as SourceTextCache reads it). Records a file of the same name brought before (the same quote,
/// citing the source made for that file) are counted in the report with a warning; skipImported leaves them out.
ImportReport importInto(Repository& repository, const QByteArray& bytes, const QString& fileName, ImportFormat format,
    bool dryRun, const Progress& progress = {}, const TableMapping& mapping = {},
    const ArticleImportOptions& article = {}, bool skipImported = false);

/// The same for records read by `read`, given the database's context: an article's proposals the user accepted.
ImportReport importInto(Repository& repository, const QString& fileName,
    const std::function<ParseResult<ImportedData>(ImportContext& context)>& read, bool dryRun,
    const Progress& progress = {}, bool skipImported = false);

/// At most this many problems are listed for one file; a line says how many more there were.
inline constexpr int maxImportProblems = 100;

/// Every error of an import names a line and a column: one about the whole file (empty, not a format we read)
/// is placed at 1:1, one about a line at its first column.
void placeImportErrors(QList<Problem>& problems);

} // namespace crisis::core
