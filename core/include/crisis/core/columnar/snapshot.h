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
    /// Where each figure and event stands in the order the store lists them (a larger place comes later), by
    /// row; empty when the data comes from no store. A store reports them so that a window can bring its data
    /// up to date with the records a change touched, in their places, without reading everything again.
    std::vector<qint64> figurePlaces;
    std::vector<qint64> eventPlaces;
    /// The store's latest revision when the data was read, for a store that keeps the history of its changes (a
    /// team database): the changes after it are those the data does not hold yet. 0 otherwise.
    qint64 revision = 0;
    /// The store refuses this program's writes (a read-only file, a team database whose user has the reader's
    /// role): a window offers no editing. False for data from no store.
    bool readOnly = false;

    static Snapshot fromDataset(const Dataset& dataset);
    Dataset toDataset() const;
    /// Whether two snapshots hold the same records, as their Datasets would compare (places and revision aside).
    bool sameRecordsAs(const Snapshot& other) const
    {
        return title == other.title && description == other.description && metrics == other.metrics
            && sources == other.sources && events == other.events && stories == other.stories
            && figures.sameFiguresAs(other.figures);
    }
};

} // namespace crisis::core
