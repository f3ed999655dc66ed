#pragma once

#include <crisis/core/columnar/figuretable.h>
#include <crisis/core/model/dataset.h>

namespace crisis::core {

/// Everything a database holds, as Dataset does, with the figures by column (FigureTable) so that a
/// million of them load, sort and chart fast.
struct Snapshot
{
    QString title;
    QString description;
    /// Metrics beyond the built-in registry.
    QList<Metric> metrics;
    QList<Source> sources;
    FigureTable figures;
    QList<Event> events;
    QList<Story> stories;

    static Snapshot fromDataset(const Dataset& dataset);
    Dataset toDataset() const;
};

} // namespace crisis::core
