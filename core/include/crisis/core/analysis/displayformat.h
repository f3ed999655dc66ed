#pragma once

#include <crisis/core/model/figure.h>
#include <crisis/core/model/metric.h>

#include <QLocale>

#include <limits>

namespace crisis::core {

/// Makes the format functions write numbers in a locale's way ("1 379", "112,5" in French); English by default. Words
/// and month names come from the translation installed (QCoreApplication::translate, context DisplayFormat).
void setDisplayLocale(const QLocale& locale);
/// The locale set by setDisplayLocale (C, written as English, until then).
QLocale displayLocale();
/// A count as QCoreApplication::translate takes it for a plural ("%n reports"); kept out of the call because lupdate
/// reads no template arguments there.
constexpr int pluralCount(qint64 count)
{
    return count > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max() : static_cast<int>(count);
}

/// A metric's label in the language installed ("Homicides", "Homicides", "Omisid"); as written when unknown.
QString metricLabel(const Metric& metric);
/// A month's short name as the language installed writes it: "Sep", "sept.", "sept"; empty outside 1-12.
QString monthName(int month);
/// Two dates as a range: "Oct 2022 – Jun 2023".
QString dateRange(const QString& from, const QString& to);
/// A date marked as approximate: "c. 2023".
QString approximately(const QString& date);

/// A number with thousands separators and at most two decimals: "2,728", "112.5".
QString formatNumber(double value);
/// A value in its unit: "$835 million", "80%", "50%" (a fraction), "11 million", "2,728".
QString formatValue(double value, QStringView unit);
/// The value with its qualifier as written: "over 1,379", "only about 5,000", "up to $625 million".
QString formatFigureValue(const Figure& figure, const Metric* metric);
/// A partial date for reading: "2023", "Sep 2023", "22 Sep 2023", with "c. " when approximate and "?" when uncertain.
QString formatDate(const PartialDate& date);
/// A period for reading: "Oct 2022 – Jun 2023", or the single date.
QString formatPeriod(const Period& period);

} // namespace crisis::core
