#pragma once

#include <crisis/core/model/dataset.h>
#include <crisis/core/model/metricregistry.h>
#include <crisis/core/storage/revision.h>

#include <QByteArray>

#include <optional>

namespace crisis::app {

enum class ListFormat { Table, Csv, Json };

/// Listings of a dataset as `crisis-timeline list` prints them.
QByteArray listFigures(const core::Dataset& dataset, const core::MetricRegistry& registry, ListFormat format);
QByteArray listEvents(const core::Dataset& dataset, ListFormat format);
QByteArray listSources(const core::Dataset& dataset, ListFormat format);

/// A revision of a shared store as one line of JSON, as `watch` and `history --format json` print it:
/// {"revision":…, "user":…, "at":…, "what":…, "added":[ids], "changed":[ids], "removed":[ids], "everything":…}.
QByteArray revisionLine(const core::Revision& revision);
/// Revisions as `history` prints them: a table (revision, when, who, what, the records by kind) or JSON lines.
QByteArray listRevisions(const QList<core::Revision>& revisions, ListFormat format);

/// One figure's change since a revision, as `changed-since` prints it.
struct FigureChange
{
    QString figure;
    QString change; ///< "added", "changed" or "removed"
    core::Revision revision;
    /// The figure as it is now: empty when it is removed.
    std::optional<core::Figure> now;
};
/// What changed in figures since a revision, one row (or JSON line) per figure and change: the figure, added /
/// changed / removed, the revision, when and who, and the figure as it reads now (metric, value, subject, period).
QByteArray listFigureChanges(const QList<FigureChange>& changes, ListFormat format);

} // namespace crisis::app
