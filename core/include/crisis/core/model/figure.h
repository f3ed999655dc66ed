#pragma once

#include <crisis/core/model/citation.h>
#include <crisis/core/model/period.h>
#include <crisis/core/model/vocabulary.h>

namespace crisis::core {

/// A number a source states: a count over a period (a flow) or a level at a date (a stock).
struct Figure
{
    QString id;
    /// Key into the metric registry, e.g. "homicides".
    QString metric;
    double value = 0;
    /// The qualifier exactly as written before the number ("over", "only about"); empty when none.
    QString qualifier;
    /// Whom or what the figure is about: "Haiti", "Kenya", "MSS", "United States", ...
    QString subject;
    FigureStatus status = FigureStatus::Actual;
    /// The period a flow covers, or the date a stock holds at.
    Period period;
    /// True when the source does not state the period; periodNote says how it was inferred.
    bool periodInferred = false;
    QString periodNote;
    /// When the source reported the figure.
    PartialDate reported;
    /// True when the report date is inferred (usually because the source's publication date is).
    bool reportedInferred = false;
    /// The figure this one breaks down (247 women of 2,728 homicides); empty for none.
    QString parentId;
    /// Which part of the parent this figure counts ("women", "from the Defense Department").
    QString subgroup;
    Citation citation;
    /// Anything a reader should know that the other fields cannot say.
    QString note;

    friend bool operator==(const Figure& a, const Figure& b)
    {
        return a.id == b.id && a.metric == b.metric && a.value == b.value && a.qualifier == b.qualifier
            && a.subject == b.subject && a.status == b.status && a.period == b.period
            && a.periodInferred == b.periodInferred && a.periodNote == b.periodNote && a.reported == b.reported
            && a.reportedInferred == b.reportedInferred && a.parentId == b.parentId && a.subgroup == b.subgroup
            && a.citation == b.citation && a.note == b.note;
    }
    friend bool operator!=(const Figure& a, const Figure& b) { return !(a == b); }
};

} // namespace crisis::core
