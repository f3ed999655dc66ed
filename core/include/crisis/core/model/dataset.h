#pragma once

#include <crisis/core/model/event.h>
#include <crisis/core/model/figure.h>
#include <crisis/core/model/metric.h>
#include <crisis/core/model/source.h>
#include <crisis/core/model/story.h>

#include <QList>

namespace crisis::core {

/// Everything one database or dataset file holds, in file order.
struct Dataset
{
    QString title;
    QString description;
    /// Metrics defined by this dataset beyond the built-in registry.
    QList<Metric> metrics;
    QList<Source> sources;
    QList<Figure> figures;
    QList<Event> events;
    QList<Story> stories;

    const Source* findSource(QStringView id) const;
    const Figure* findFigure(QStringView id) const;

    friend bool operator==(const Dataset& a, const Dataset& b)
    {
        return a.title == b.title && a.description == b.description && a.metrics == b.metrics && a.sources == b.sources
            && a.figures == b.figures && a.events == b.events && a.stories == b.stories;
    }
    friend bool operator!=(const Dataset& a, const Dataset& b) { return !(a == b); }
};

} // namespace crisis::core
