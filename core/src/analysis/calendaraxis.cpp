#include <crisis/core/analysis/calendaraxis.h>
#include <crisis/core/analysis/displayformat.h>
#include <crisis/core/model/partialdate.h>

#include <algorithm>

namespace crisis::core {

namespace {

int monthsOf(CalendarAxis::Unit unit)
{
    switch (unit) {
    case CalendarAxis::Unit::Year:
        return 12;
    case CalendarAxis::Unit::Quarter:
        return 3;
    case CalendarAxis::Unit::Month:
        return 1;
    }
    return 12;
}

// The first day of the unit holding a date.
QDate unitStart(QDate date, int months)
{
    const int index = (date.month() - 1) / months * months;
    return QDate(date.year(), index + 1, 1);
}

} // namespace

CalendarAxis calendarAxis(QDate from, QDate to, int maxTicks)
{
    CalendarAxis axis;
    if (!from.isValid() || !to.isValid() || to < from)
        return axis;
    const qint64 days = std::max<qint64>(30, from.daysTo(to));
    axis.unit = days > 3 * 365 ? CalendarAxis::Unit::Year
        : days > 270           ? CalendarAxis::Unit::Quarter
                               : CalendarAxis::Unit::Month;
    const int months = monthsOf(axis.unit);
    // A little room (a bar is drawn a few pixels wide around its date), then out to whole units.
    // A range of whole months (one asked for: --from 2024-07 --to 2024-08) is shown as it is.
    const bool wholeMonths = from.day() == 1 && to.day() == to.daysInMonth();
    const qint64 pad = wholeMonths ? 0 : std::max<qint64>(7, days / 50);
    axis.from = unitStart(from.addDays(-pad), months);
    axis.to = unitStart(to.addDays(pad), months).addMonths(months).addDays(-1);
    int count = 0;
    for (QDate d = axis.from; d <= axis.to; d = d.addMonths(months))
        ++count;
    // Steps that keep to the calendar: 1, 2 or 4 quarters; 1, 2, 3, 6 or 12 months; 1, 2, 5, 10, ... years.
    const int wanted = (count + std::max(1, maxTicks) - 1) / std::max(1, maxTicks);
    const QList<int> steps = axis.unit == CalendarAxis::Unit::Quarter ? QList<int> { 1, 2, 4, 8, 20 }
        : axis.unit == CalendarAxis::Unit::Month                      ? QList<int> { 1, 2, 3, 6, 12, 24, 60 }
                                                                      : QList<int> { 1, 2, 5, 10, 20, 50, 100 };
    int step = steps.last();
    for (const int candidate : steps) {
        if (candidate >= wanted) {
            step = candidate;
            break;
        }
    }
    // Ticks on every step-th unit, counted from the calendar (years divisible by the step; January and July
    // for half years), so that the ticks of two charts of different spans agree.
    for (QDate d = axis.from; d <= axis.to; d = d.addMonths(months)) {
        const int unitIndex
            = axis.unit == CalendarAxis::Unit::Year ? d.year() : (d.year() * 12 + d.month() - 1) / months;
        if (unitIndex % step != 0)
            continue;
        const QString label = axis.unit == CalendarAxis::Unit::Year
            ? QString::number(d.year())
            : formatDate(PartialDate::fromParts(d.year(), d.month()));
        axis.ticks.append({ d, label });
    }
    return axis;
}

QString datesShown(const CalendarAxis& axis)
{
    if (!axis.from.isValid())
        return {};
    const auto text = [&](QDate d) {
        return axis.unit == CalendarAxis::Unit::Year ? QString::number(d.year())
                                                     : formatDate(PartialDate::fromParts(d.year(), d.month()));
    };
    return dateRange(text(axis.from), text(axis.to));
}

} // namespace crisis::core
