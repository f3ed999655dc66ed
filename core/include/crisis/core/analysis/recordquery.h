#pragma once

#include <crisis/core/analysis/workspace.h>

#include <QDate>

#include <string_view>
#include <utility>
#include <vector>

namespace crisis::core {

/// What the user narrows the records to. Empty members do not filter.
struct RecordFilter
{
    /// Found, ignoring ASCII case, in the quote, subject, metric, source or id (figures); in the title,
    /// summary, actors, location or quotes (events). A number ("2728" or "2,728") also finds that value.
    QString text;
    /// Records whose period overlaps [from, to]; an invalid date leaves that end open.
    QDate from;
    QDate to;
    /// Figures only: a metric key.
    QString metric;
    /// Figures: the subject; events: one of the actors.
    QString subject;
    /// Records citing this source id.
    QString sourceId;
    /// Events only.
    std::optional<EventCategory> category;
    /// Events only: occurred, expected or proposed.
    std::optional<EventStatus> eventStatus;

    bool isEmpty() const;
    friend bool operator==(const RecordFilter& a, const RecordFilter& b)
    {
        return a.text == b.text && a.from == b.from && a.to == b.to && a.metric == b.metric && a.subject == b.subject
            && a.sourceId == b.sourceId && a.category == b.category && a.eventStatus == b.eventStatus;
    }
};

enum class FigureSortKey : quint8 { Period, Metric, Value, Subject, Status, Source, Quote, Id };
enum class EventSortKey : quint8 { Period, Category, Title, Location, Source };

/// Figure rows passing the filter, in dataset order.
std::vector<qint32> filterFigures(const Workspace& workspace, const RecordFilter& filter);
/// Sorts rows on typed keys (dates as dates, values as numbers, labels in natural order); rows with equal
/// keys keep dataset order.
void sortFigures(const Workspace& workspace, std::vector<qint32>& rows, FigureSortKey key, Qt::SortOrder order);

/// Rank of each row's text in case-insensitive (ASCII) order; equal texts share a rank. Uses `threads` threads.
std::vector<qint32> textRanks(
    const FigureTable& figures, std::string_view (FigureTable::*textOf)(qsizetype) const, int threads = 2);

/// The first and the last day any figure or event can denote; invalid dates when there are none.
std::pair<QDate, QDate> recordDateRange(const Workspace& workspace);

/// Indexes of the events passing the filter, in dataset order.
std::vector<qint32> filterEvents(const Workspace& workspace, const RecordFilter& filter);
void sortEvents(const Workspace& workspace, std::vector<qint32>& indexes, EventSortKey key, Qt::SortOrder order);

} // namespace crisis::core
