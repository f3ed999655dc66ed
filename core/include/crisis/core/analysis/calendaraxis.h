#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace crisis::core {

/// A date axis whose ticks fall on calendar boundaries: years, quarters or months by the span shown.
struct CalendarAxis
{
    enum class Unit : quint8 { Year, Quarter, Month };
    Unit unit = Unit::Year;
    /// The first and the last day the axis shows: whole units, so "Dates shown" can say exactly this.
    QDate from;
    QDate to;
    struct Tick
    {
        QDate date; ///< the first day of a year, quarter or month
        QString label; ///< "2024", "Apr 2024"
    };
    QList<Tick> ticks;
};

/// The axis for data from..to, rounded out to whole units, and at most maxTicks
/// labelled ticks (every unit, or every second, third, ... when they would crowd).
CalendarAxis calendarAxis(QDate from, QDate to, int maxTicks);

/// "Jan 2023 – Dec 2025", "2016 – 2025": what the axis shows, for the line above a chart.
QString datesShown(const CalendarAxis& axis);

} // namespace crisis::core
