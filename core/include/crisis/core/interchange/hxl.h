#pragma once

#include <crisis/core/interchange/importing.h>
#include <crisis/core/support/textdecode.h>

#include <QStringList>

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace crisis::core {

/// An HXL hashtag and its attributes: "#affected +killed" is tag "affected" with attribute "killed".
/// Case and the order of attributes do not matter (https://hxlstandard.org/standard/1-1final/).
struct HxlTag
{
    QString tag;
    /// Lower case, sorted, without duplicates.
    QStringList attributes;

    /// Parses a hashtag cell; nothing when it is not one ("#" followed by a letter, then letters, digits
    /// and "_", then any "+attribute").
    static std::optional<HxlTag> parse(QStringView spec);
    /// "#affected+killed".
    QString toString() const;
    /// Whether this, as an HXL tag pattern, matches a column's hashtag: the same tag, with at least this one's
    /// attributes ("#loc" matches "#loc+name"; "#affected+killed" does not match "#affected").
    bool matches(const HxlTag& column) const;

    friend bool operator==(const HxlTag& a, const HxlTag& b) { return a.tag == b.tag && a.attributes == b.attributes; }
    friend bool operator!=(const HxlTag& a, const HxlTag& b) { return !(a == b); }
};

/// The hashtag a figure's value has in HXL: the metric's ("#affected+killed"), or "#indicator+value+KEY" for
/// a metric with none.
QString hxlValueTag(const Metric& metric);
/// The hashtags read as the metric's value column: its own, then any it had in files we wrote before
/// (killed or injured was #affected+killed+injured, which matched #affected+killed).
QList<HxlTag> hxlValueTagsRead(const Metric& metric);

/// Figures as CSV with an HXL hashtag row under the header: id, subject, status, qualifier, a value column per
/// metric (its hashtag from the registry, the figure's value in its metric's column), the period (EDTF, in
/// #meta+period+edtf), its first and last day (#date+start, #date+end) and precision (#meta+period+precision),
/// reported date, parent and subgroup, the source described in full on every row, the quote (#meta+quote) and
/// its offset, note. Every #date cell is an ISO 8601 date, as HXL tools check; the reported and published dates
/// also stand in EDTF (#meta+reported+edtf, #meta+published+edtf). readHxlFigures reads it back to the same
/// figures and sources.
QByteArray writeHxlFigures(const Snapshot& data, const MetricRegistry& metrics);
/// The same, handed to `write` a megabyte at a time (for a million rows); false as soon as write fails.
bool writeHxlFigures(
    const Snapshot& data, const MetricRegistry& metrics, const std::function<bool(std::string_view)>& write);

/// Reads figures from CSV with an HXL hashtag row (in the first 25 rows, as HXL allows), matching columns by
/// hashtag whatever their header text and order. A value column is one whose hashtag is a metric's; each
/// value in it is a figure. Dates come from #meta+period+edtf (or #date+period, as we wrote before), else
/// #date+start and #date+end (cut to #meta+period+precision where given), else #date.
/// Without #meta+source the figures cite a source made for the file, each quoting its row. Every problem
/// is located at FILE:LINE:COLUMN; with any error, no data.
ParseResult<ImportedData> readHxlFigures(const DecodedText& text, const ImportContext& context);

/// Whether a CSV record is an HXL hashtag row: every cell that is not blank is a hashtag, and one is.
bool isHxlHashtagRow(const std::vector<std::string_view>& fields);

/// Whether the HXL hashtag row has a column readHxlFigures takes figures from (a metric's hashtag, or
/// #indicator+value+KEY); an HXL file of other data is a table, whose columns a mapping names by hashtag.
bool hxlHasValueColumn(const QByteArray& utf8, const MetricRegistry& metrics);

/// The row of the first 25 that is an HXL hashtag row, or -1; csvProblem tells when the CSV broke before.
int findHxlHashtagRow(
    const QByteArray& utf8, const QString& fileName = {}, std::optional<Problem>* csvProblem = nullptr);

} // namespace crisis::core
