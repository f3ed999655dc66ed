#include <crisis/core/storage/snapshotupdate.h>

#include <QSet>

namespace crisis::core {

namespace {

// Merges two runs ordered by place: each kept row of the old run and every row of the new one, in place order;
// `emit(fromNew, index)` is called for each in turn.
template<typename Emit>
void mergeByPlace(const std::vector<qint64>& oldPlaces, const std::vector<bool>& dropped,
    const std::vector<qint64>& newPlaces, Emit emit)
{
    size_t i = 0;
    size_t j = 0;
    while (i < oldPlaces.size() || j < newPlaces.size()) {
        if (i < oldPlaces.size() && dropped[i]) {
            ++i;
            continue;
        }
        const bool takeNew = j < newPlaces.size() && (i == oldPlaces.size() || newPlaces[j] < oldPlaces[i]);
        if (takeNew)
            emit(true, j++);
        else
            emit(false, i++);
    }
}

} // namespace

std::optional<Snapshot> updatedSnapshot(const Snapshot& before, Snapshot catalog, const Snapshot& put,
    const QStringList& removedFigures, const QStringList& removedEvents)
{
    if (static_cast<qsizetype>(before.figurePlaces.size()) != before.figures.size()
        || static_cast<qsizetype>(before.eventPlaces.size()) != before.events.size())
        return std::nullopt;
    Snapshot after = std::move(catalog);

    std::vector<bool> droppedFigures(before.figurePlaces.size(), false);
    const auto dropFigure = [&](QStringView id) {
        if (const qsizetype row = before.figures.rowOfId(id); row >= 0)
            droppedFigures[static_cast<size_t>(row)] = true;
    };
    for (const QString& id : removedFigures)
        dropFigure(id);
    for (qsizetype row = 0; row < put.figures.size(); ++row)
        dropFigure(put.figures.id(row));
    FigureTable::Builder figures(before.figures.size() + put.figures.size());
    mergeByPlace(before.figurePlaces, droppedFigures, put.figurePlaces, [&](bool fromNew, size_t index) {
        const auto row = static_cast<qsizetype>(index);
        figures.append(fromNew ? put.figures.row(row) : before.figures.row(row));
        after.figurePlaces.push_back(fromNew ? put.figurePlaces[index] : before.figurePlaces[index]);
    });
    after.figures = figures.finish();

    QSet<QString> goneEvents(removedEvents.cbegin(), removedEvents.cend());
    for (const Event& event : put.events)
        goneEvents.insert(event.id);
    std::vector<bool> droppedEvents(before.eventPlaces.size(), false);
    for (qsizetype i = 0; i < before.events.size(); ++i)
        droppedEvents[static_cast<size_t>(i)] = goneEvents.contains(before.events.at(i).id);
    mergeByPlace(before.eventPlaces, droppedEvents, put.eventPlaces, [&](bool fromNew, size_t index) {
        const auto i = static_cast<qsizetype>(index);
        after.events.append(fromNew ? put.events.at(i) : before.events.at(i));
        after.eventPlaces.push_back(fromNew ? put.eventPlaces[index] : before.eventPlaces[index]);
    });
    return after;
}

} // namespace crisis::core
