#pragma once

#include <crisis/core/analysis/chartspec.h>
#include <crisis/core/support/result.h>

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

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

/// The ids of the figures a chart plots (each mark's figures and its stated parts), each once, in the order drawn.
QStringList plottedFigureIds(const ChartSpec& spec, const Workspace& workspace);

/// What a brief pack was made from, kept in it as VIEW-dataset.json, so that `changed-since` can tell what changed
/// in its figures since: the store by its name (never a password), a team database's revision (0 for a store
/// without a history, a file), the view (a chart's key, or "timeline"), when, and the figures it plots.
struct BriefPackOrigin
{
    QString store;
    qint64 revision = 0;
    QString view;
    QDateTime made;
    QStringList figureIds;

    QByteArray toJson() const;
    /// Reads VIEW-dataset.json; bad JSON is an error naming the file, line and column.
    static Result<BriefPackOrigin> read(const QString& path);
};

} // namespace crisis::core
