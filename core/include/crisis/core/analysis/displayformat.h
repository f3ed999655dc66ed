#pragma once

#include <crisis/core/model/figure.h>
#include <crisis/core/model/metric.h>

namespace crisis::core {

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
