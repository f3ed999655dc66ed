#pragma once

#include <crisis/core/model/citation.h>
#include <crisis/core/model/period.h>
#include <crisis/core/model/vocabulary.h>

#include <QList>
#include <QStringList>

namespace crisis::core {

/// Something that happened, or is announced as due, or is sought, on a date or over a period, as stated by one or
/// more sources.
struct Event
{
    QString id;
    /// When it happened; for an expected event, the period it is expected over (a renewal's twelve months).
    Period period;
    /// True when the sources do not state the date; periodNote says how it was inferred.
    bool periodInferred = false;
    QString periodNote;
    QString title;
    QString summary;
    EventCategory category = EventCategory::Political;
    /// Happened, expected (announced as due) or proposed (sought, not decided).
    EventStatus status = EventStatus::Occurred;
    QStringList actors;
    QString location;
    /// At least one.
    QList<Citation> citations;
    /// The charts that mark this event ("deployment", "casualties", ...; see chartKeys()).
    QStringList charts;

    friend bool operator==(const Event& a, const Event& b)
    {
        return a.id == b.id && a.period == b.period && a.periodInferred == b.periodInferred
            && a.periodNote == b.periodNote && a.title == b.title && a.summary == b.summary && a.category == b.category
            && a.status == b.status && a.actors == b.actors && a.location == b.location && a.citations == b.citations
            && a.charts == b.charts;
    }
    friend bool operator!=(const Event& a, const Event& b) { return !(a == b); }
};

} // namespace crisis::core
