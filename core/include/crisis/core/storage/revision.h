#pragma once

#include <crisis/core/support/result.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace crisis::core {

/// What a change did to one record: the record before and after it, each one JSON object of its members as our
/// dataset JSON names them (recordJson). An empty `before`: the record was added; an empty `after`: removed.
struct RecordValues
{
    RecordKind kind = RecordKind::Figure;
    QString id;
    QByteArray before;
    QByteArray after;

    friend bool operator==(const RecordValues& a, const RecordValues& b)
    {
        return a.kind == b.kind && a.id == b.id && a.before == b.before && a.after == b.after;
    }
};

/// One member of a record whose value a change made different, each value as text: a text as it stands, a number as
/// our JSON writes it, true or false, a list or an object as compact JSON, nothing (absent or null) as empty.
struct FieldChange
{
    QString field;
    QString before;
    QString after;

    friend bool operator==(const FieldChange& a, const FieldChange& b)
    {
        return a.field == b.field && a.before == b.before && a.after == b.after;
    }
};

/// The members whose values differ between `values.before` and `values.after`, in the order the record's JSON
/// gives them (after's, then those only before had).
QList<FieldChange> fieldChanges(const RecordValues& values);

/// One saved change of a shared store, as its history keeps it: who saved it, when, and which records it added,
/// changed and removed. Revisions are numbered in the order they were saved.
struct Revision
{
    /// Records of each kind, by id.
    struct Records
    {
        QStringList figures;
        QStringList events;
        QStringList sources;
        QStringList stories;

        bool isEmpty() const { return figures.isEmpty() && events.isEmpty() && sources.isEmpty() && stories.isEmpty(); }
        qsizetype size() const { return figures.size() + events.size() + sources.size() + stories.size(); }
        /// Every id, figures first, then events, sources and stories.
        QStringList all() const { return figures + events + sources + stories; }
        friend bool operator==(const Records& a, const Records& b)
        {
            return a.figures == b.figures && a.events == b.events && a.sources == b.sources && a.stories == b.stories;
        }
    };

    qint64 number = 0;
    QDateTime at;
    /// The server's name of the user who saved it.
    QString user;
    /// The program that saved it, as its connection named itself ("crisis-timeline/PID@HOST").
    QString client;
    /// What the change was: "set up", "import", "edit", "replace all", "story saved", "story deleted".
    QString what;
    Records added;
    Records changed;
    Records removed;
    /// The whole dataset was replaced (every record may have changed).
    bool everything = false;
    /// The values of the records an edit, a deletion or an undo changed or removed, before and after it (an import
    /// adds records and keeps none: what a record held when added is the `before` of its next change, or what it
    /// holds now). Read with a record's history; empty in a store whose history predates them.
    QList<RecordValues> values;
};

} // namespace crisis::core
