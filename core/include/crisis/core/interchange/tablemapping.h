#pragma once

#include <QStringList>

#include <optional>

namespace crisis::core {

/// Which columns of a table from elsewhere hold what. Columns are named by their header (any case); in a table
/// with an HXL hashtag row, by their hashtag ("#loc+name"), or else by an HXL tag pattern that the first such
/// column matches ("#loc"); or by their number from 1 when nothing else has that name.
struct TableMapping
{
    /// The date: one column (a year, an ISO date, or EDTF such as "2022-10/2023-06"), or separate columns for
    /// the year, month (a number or an English name) and day.
    QString date;
    QString year;
    QString month;
    QString day;
    /// The columns holding figures: one for a long table, several for a wide one.
    QStringList values;
    /// Whom each figure is about, from a column; in a wide table without one, each value column's header is
    /// the subject (or, with a subject column, the subgroup).
    QString subject;
    /// The metric of every value (a key such as "homicides"); or, without one, a column naming each row's metric,
    /// or else each value column's header must name a metric.
    QString metric;
    QString metricColumn;

    bool isEmpty() const { return date.isEmpty() && year.isEmpty() && values.isEmpty(); }
    /// Parses "date=COL,value=COL,subject=COL,metric=NAME" (value= may be given several times; also year=,
    /// month=, day=, metric-column=). On failure, nothing and *error says why.
    static std::optional<TableMapping> parse(QStringView text, QString* error = nullptr);
    QString toString() const;
};

} // namespace crisis::core
