#pragma once

#include <crisis/core/storage/changeset.h>
#include <crisis/core/support/result.h>

#include <functional>
#include <vector>

namespace crisis::core {

/// What the rules of a change need of a store, asked inside the transaction the change is applied in. A backend
/// implements these primitives over its own connection; applyChange() holds the rules and works out the undo,
/// once for every backend. A record's place is its position in the order the store lists records of its kind
/// (a larger place comes later); 0 asks for a place after all others.
class ChangeStore
{
public:
    virtual ~ChangeStore() = default;

    /// The store as messages name it.
    virtual QString name() const = 0;
    /// The place of each record of that kind whose id is one of `ids`; ids the store does not have are left out.
    virtual Result<QHash<QString, qint64>> placesOf(RecordKind kind, const QStringList& ids) = 0;
    virtual Result<bool> hasMetric(const QString& key) = 0;
    /// The figure a stored figure breaks down; empty when it breaks down none or is not stored.
    virtual Result<QString> parentOf(const QString& figureId) = 0;
    /// Calls `each` with the figures, then the events, that cite a source, each in list order.
    virtual Result<void> forEachCiting(
        const QString& sourceId, const std::function<void(RecordKind, const QString&)>& each)
        = 0;
    /// The figures that break down a figure, in list order.
    virtual Result<QStringList> partsOf(const QString& figureId) = 0;
    /// The stories that have an event as a step, in list order.
    virtual Result<QStringList> storiesWith(const QString& eventId) = 0;
    /// A stored record as it is, with its citations, actors and charts.
    virtual Result<Source> readSource(const QString& id, qint64 place) = 0;
    virtual Result<Figure> readFigure(const QString& id, qint64 place) = 0;
    virtual Result<Event> readEvent(const QString& id, qint64 place) = 0;
    /// Whether a record of that kind stands at a place.
    virtual Result<bool> placeTaken(RecordKind kind, qint64 place) = 0;
    /// Deletes the records of that kind with those ids (an event with its actors, citations and charts).
    /// References to them are checked when the transaction ends, not before.
    virtual Result<void> remove(RecordKind kind, const QStringList& ids) = 0;
    /// Writes records at the places given, one per record (0: after all others).
    virtual Result<void> writeSources(const QList<Source>& sources, const std::vector<qint64>& places) = 0;
    virtual Result<void> writeFigures(const QList<Figure>& figures, const std::vector<qint64>& places) = 0;
    virtual Result<void> writeEvents(const QList<Event>& events, const std::vector<qint64>& places) = 0;

protected:
    ChangeStore() = default;
};

/// What is wrong with a change's records on their own, before a store is asked: every record needs an id, and
/// an id is put or removed at most once per kind. A figure needs a metric, a finite value, a valid period, a
/// parent other than itself and a citation; an event a valid period, a title, at least one citation and only
/// known charts; a citation a source, a quote that is not blank and an offset from 0. Problems name no file.
QList<Problem> checkChange(const ChangeSet& change);

/// Applies a change through a store's primitives, inside a transaction the caller holds, and returns the change
/// that undoes it (see Repository::apply for the rules). On an error the caller rolls the transaction back.
Result<ChangeSet> applyChange(ChangeStore& store, const ChangeSet& change);

} // namespace crisis::core
