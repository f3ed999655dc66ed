#pragma once

#include <crisis/core/model/event.h>
#include <crisis/core/model/figure.h>
#include <crisis/core/model/source.h>

#include <QHash>
#include <QList>
#include <QStringList>

namespace crisis::core {

/// Edits to the records of a repository, applied together by Repository::apply(): records to put (added, or
/// replacing the record with the same id) and ids of records to remove, by kind.
struct ChangeSet
{
    QList<Source> putSources;
    QStringList removeSources;
    QList<Figure> putFigures;
    QStringList removeFigures;
    QList<Event> putEvents;
    QStringList removeEvents;

    /// Where put records go in the order the store lists them, by id. The change apply() returns to undo
    /// another carries them, so that a removed record comes back in its place. A put record without one keeps
    /// the place of the record it replaces, or goes at the end; so does one whose place another record holds.
    QHash<QString, qint64> sourcePlaces;
    QHash<QString, qint64> figurePlaces;
    QHash<QString, qint64> eventPlaces;

    /// The records put must be new: one whose id the store already holds is refused rather than replaced (a record
    /// made in a dialog must not replace one another edit made meanwhile).
    bool addOnly = false;

    /// The store's revision the records put and removed were read at (Snapshot::revision). A store that keeps the
    /// history of its changes refuses the change (Error::Code::Conflict, naming the record, who changed it and
    /// when) when another program saved a change to any of those records since: no one's edit is overwritten
    /// unseen. 0: not checked (a file, or a user who chose to keep their version).
    qint64 basedOn = 0;

    /// True when the change puts and removes nothing.
    bool isEmpty() const
    {
        return putSources.isEmpty() && removeSources.isEmpty() && putFigures.isEmpty() && removeFigures.isEmpty()
            && putEvents.isEmpty() && removeEvents.isEmpty();
    }

    friend bool operator==(const ChangeSet& a, const ChangeSet& b)
    {
        return a.putSources == b.putSources && a.removeSources == b.removeSources && a.putFigures == b.putFigures
            && a.removeFigures == b.removeFigures && a.putEvents == b.putEvents && a.removeEvents == b.removeEvents
            && a.sourcePlaces == b.sourcePlaces && a.figurePlaces == b.figurePlaces && a.eventPlaces == b.eventPlaces
            && a.addOnly == b.addOnly && a.basedOn == b.basedOn;
    }
    friend bool operator!=(const ChangeSet& a, const ChangeSet& b) { return !(a == b); }
};

} // namespace crisis::core
