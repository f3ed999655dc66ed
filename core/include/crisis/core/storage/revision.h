#pragma once

#include <QDateTime>
#include <QStringList>

namespace crisis::core {

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
};

} // namespace crisis::core
