#pragma once

#include <QList>
#include <QString>

namespace crisis::core {

/// One step of a story: an event, and what the presenter wants to say about it.
struct StoryStep
{
    QString eventId;
    QString note;

    friend bool operator==(const StoryStep& a, const StoryStep& b)
    {
        return a.eventId == b.eventId && a.note == b.note;
    }
    friend bool operator!=(const StoryStep& a, const StoryStep& b) { return !(a == b); }
};

/// An ordered walk through events, made in the app to present in class.
struct Story
{
    QString id;
    QString title;
    QList<StoryStep> steps;

    friend bool operator==(const Story& a, const Story& b)
    {
        return a.id == b.id && a.title == b.title && a.steps == b.steps;
    }
    friend bool operator!=(const Story& a, const Story& b) { return !(a == b); }
};

} // namespace crisis::core
