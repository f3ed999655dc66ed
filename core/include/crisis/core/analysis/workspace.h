#pragma once

#include <crisis/core/analysis/analytics.h>
#include <crisis/core/columnar/snapshot.h>
#include <crisis/core/model/metricregistry.h>
#include <crisis/core/storage/storelocation.h>

#include <QHash>

#include <memory>
#include <mutex>
#include <vector>

namespace crisis::core {

/// A loaded database ready to be shown: the snapshot, the metric registry it needs, and what is derived
/// once from it (conflict groups, lookups, sort ranks). Immutable, so views on several threads can share it.
class Workspace
{
public:
    /// Derives the indexes; takes a while for a million figures, so call it off the GUI thread.
    static std::shared_ptr<const Workspace> build(Snapshot snapshot, StoreLocation location = {});

    /// Where the data was loaded from.
    const StoreLocation& location() const { return m_location; }
    const Snapshot& data() const { return m_data; }
    const FigureTable& figures() const { return m_data.figures; }
    const QList<Event>& events() const { return m_data.events; }
    const QList<Source>& sources() const { return m_data.sources; }
    const MetricRegistry& metrics() const { return m_metrics; }

    /// The metric of a figure row; null for an unknown metric.
    const Metric* metricOf(qsizetype row) const { return m_metricOfCode[m_data.figures.metricCode(row)]; }
    const Source* source(QStringView id) const;
    /// The source of a figure row; null if it names none we have.
    const Source* sourceOf(qsizetype row) const;
    qsizetype eventIndex(QStringView id) const { return m_eventIndex.value(id.toString(), -1); }
    /// "Latin Post, c. Sep 2023" or, without an outlet, the title or description.
    QString sourceLabel(const Source& source) const;

    /// The conflict group of a figure row, or -1.
    qsizetype conflictGroupOf(qsizetype row) const { return m_conflictOfRow[static_cast<size_t>(row)]; }
    const QList<ConflictGroup>& conflictGroups() const { return m_conflicts; }

    /// Rank of each metric code by label, subject code by name, source code by label: for sorting.
    const std::vector<qint32>& metricRank() const { return m_metricRank; }
    const std::vector<qint32>& subjectRank() const { return m_subjectRank; }
    const std::vector<qint32>& sourceRank() const { return m_sourceRank; }
    /// Source code (FigureTable::sources()) → index in sources(), or -1.
    qsizetype sourceIndexOfCode(quint32 code) const { return m_sourceIndexOfCode[code]; }

    /// The rank of each figure row's quote in case-insensitive order (equal quotes share a rank), so that
    /// sorting by quote is an integer sort. Computed once, on first use, on both cores (about a second for a
    /// million quotes): call it from a background thread after loading to have it ready. Thread-safe.
    const std::vector<qint32>& quoteRanks() const;

    /// Figure rows and events citing a source.
    QList<qsizetype> figuresCiting(QStringView sourceId) const;
    QList<qsizetype> eventsCiting(QStringView sourceId) const;

private:
    Workspace() = default;

    StoreLocation m_location;
    Snapshot m_data;
    MetricRegistry m_metrics;
    std::vector<const Metric*> m_metricOfCode;
    std::vector<qsizetype> m_sourceIndexOfCode;
    QHash<QString, qsizetype> m_sourceIndex;
    QHash<QString, qsizetype> m_eventIndex;
    QList<ConflictGroup> m_conflicts;
    std::vector<qint32> m_conflictOfRow;
    std::vector<qint32> m_metricRank;
    std::vector<qint32> m_subjectRank;
    std::vector<qint32> m_sourceRank;
    mutable std::once_flag m_quoteRanksOnce;
    mutable std::vector<qint32> m_quoteRanks;
};

} // namespace crisis::core
