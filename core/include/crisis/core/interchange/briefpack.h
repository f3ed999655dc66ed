#pragma once

#include <crisis/core/analysis/chartspec.h>

#include <QByteArray>

namespace crisis::core {

/// The points a chart plots, one row each (a mark, or a stated part of one), as CSV with an HXL hashtag row
/// under the header: series, metric, subject, status, dates, the plotted and the reported value, qualifier,
/// source, document, quote and figure id.
QByteArray plottedPointsCsv(const ChartSpec& spec, const Workspace& workspace);

/// A first draft of alt text for a chart, in sentences: what is plotted, the range, the largest and the
/// latest values, conflicts, and the sources.
QString altText(const ChartSpec& spec, const Workspace& workspace);

/// The same for the timeline: the events shown (indexes into the workspace's events) between from and to.
QByteArray timelineEventsCsv(const Workspace& workspace, const std::vector<qint32>& events, QDate from, QDate to);
QString timelineAltText(const Workspace& workspace, const std::vector<qint32>& events, QDate from, QDate to);

} // namespace crisis::core
