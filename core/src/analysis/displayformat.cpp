#include <crisis/core/analysis/displayformat.h>

#include <QLocale>

#include <cmath>

namespace crisis::core {

namespace {

QString trimmedDecimals(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

// "835", "112.5", "1.25" for the mantissa of a value in millions or billions.
QString scaled(double value, double scale, const char16_t* word)
{
    return formatNumber(std::round(value / scale * 1000.0) / 1000.0) + u' ' + QStringView(word);
}

} // namespace

QString formatNumber(double value)
{
    const bool negative = value < 0;
    const double magnitude = std::fabs(value);
    const double whole = std::floor(magnitude);
    QString fraction = trimmedDecimals(magnitude - whole, 2);
    QString digits = QString::number(static_cast<qint64>(whole));
    if (fraction == u"1") { // 0.999 rounds up
        digits = QString::number(static_cast<qint64>(whole) + 1);
        fraction = QStringLiteral("0");
    }
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    QString text = negative ? u'-' + digits : digits;
    if (fraction != u"0")
        text += fraction.mid(1); // ".5"
    return text;
}

QString formatValue(double value, QStringView unit)
{
    const double magnitude = std::fabs(value);
    if (unit == u"USD") {
        if (magnitude >= 1e9)
            return u'$' + scaled(value, 1e9, u"billion");
        if (magnitude >= 1e6)
            return u'$' + scaled(value, 1e6, u"million");
        return u'$' + formatNumber(value);
    }
    if (unit == u"percent")
        return formatNumber(value) + u'%';
    if (unit == u"fraction")
        return formatNumber(value * 100.0) + u'%';
    if (magnitude >= 1e6 && std::fmod(magnitude, 1e5) == 0)
        return magnitude >= 1e9 ? scaled(value, 1e9, u"billion") : scaled(value, 1e6, u"million");
    return formatNumber(value);
}

QString formatFigureValue(const Figure& figure, const Metric* metric)
{
    const QString value = formatValue(figure.value, metric ? QStringView(metric->unit) : QStringView());
    return figure.qualifier.isEmpty() ? value : figure.qualifier + u' ' + value;
}

QString formatDate(const PartialDate& date)
{
    if (!date.isValid())
        return QString();
    const QLocale c = QLocale::c();
    QString text;
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        text = QString::number(date.year());
        break;
    case PartialDate::Precision::Month:
        text = c.monthName(date.month(), QLocale::ShortFormat) + u' ' + QString::number(date.year());
        break;
    case PartialDate::Precision::Day:
        text = QString::number(date.day()) + u' ' + c.monthName(date.month(), QLocale::ShortFormat) + u' '
            + QString::number(date.year());
        break;
    }
    if (date.isApproximate())
        text.prepend(QStringLiteral("c. "));
    if (date.isUncertain())
        text += u'?';
    return text;
}

QString formatPeriod(const Period& period)
{
    if (!period.isInterval())
        return formatDate(period.start());
    return formatDate(period.start()) + QStringLiteral(" \u2013 ") + formatDate(period.end());
}

} // namespace crisis::core
