#pragma once

#include <crisis/core/model/dataset.h>
#include <crisis/core/model/metricregistry.h>
#include <crisis/core/storage/revision.h>

#include <QByteArray>

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

} // namespace crisis::app
