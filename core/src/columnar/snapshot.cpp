#include <crisis/core/columnar/snapshot.h>

namespace crisis::core {

Snapshot Snapshot::fromDataset(const Dataset& dataset)
{
    Snapshot snapshot;
    snapshot.title = dataset.title;
    snapshot.description = dataset.description;
    snapshot.metrics = dataset.metrics;
    snapshot.sources = dataset.sources;
    snapshot.figures = FigureTable::fromFigures(dataset.figures);
    snapshot.events = dataset.events;
    snapshot.stories = dataset.stories;
    return snapshot;
}

Dataset Snapshot::toDataset() const
{
    Dataset dataset;
    dataset.title = title;
    dataset.description = description;
    dataset.metrics = metrics;
    dataset.sources = sources;
    dataset.figures = figures.toFigures();
    dataset.events = events;
    dataset.stories = stories;
    return dataset;
}

} // namespace crisis::core
