#include <crisis/core/analysis/displayformat.h>

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>

namespace crisis::core {

namespace {

// The locale numbers are written in; English until the app sets the user's language (setDisplayLocale).
QLocale& displayLocaleRef()
{
    static QLocale locale = QLocale::c();
    return locale;
}

// The short month names, as the translations write them ("sept." in French, "sept" in Haitian Creole).
struct SourceText
{
    const char* source;
    const char* comment;
};

constexpr std::array<SourceText, 12> shortMonths { { QT_TRANSLATE_NOOP3("DisplayFormat", "Jan", "short month"),
    QT_TRANSLATE_NOOP3("DisplayFormat", "Feb", "short month"),
    QT_TRANSLATE_NOOP3("DisplayFormat", "Mar", "short month"),
    QT_TRANSLATE_NOOP3("DisplayFormat", "Apr", "short month"),
    QT_TRANSLATE_NOOP3("DisplayFormat", "May", "short month"),
    QT_TRANSLATE_NOOP3("DisplayFormat", "Jun", "short month"),
    QT_TRANSLATE_NOOP3("DisplayFormat", "Jul", "short month"),
    QT_TRANSLATE_NOOP3("DisplayFormat", "Aug", "short month"),
    QT_TRANSLATE_NOOP3("DisplayFormat", "Sep", "short month"),
    QT_TRANSLATE_NOOP3("DisplayFormat", "Oct", "short month"),
    QT_TRANSLATE_NOOP3("DisplayFormat", "Nov", "short month"),
    QT_TRANSLATE_NOOP3("DisplayFormat", "Dec", "short month") } };

// The labels of the metrics in resources/data/metrics.json, for lupdate; a metric a user adds reads as written.
[[maybe_unused]] constexpr std::array metricLabels { QT_TRANSLATE_NOOP("Metric", "Homicides"),
    QT_TRANSLATE_NOOP("Metric", "Killed or injured"), QT_TRANSLATE_NOOP("Metric", "Kidnappings"),
    QT_TRANSLATE_NOOP("Metric", "Reported rapes"), QT_TRANSLATE_NOOP("Metric", "Displaced people"),
    QT_TRANSLATE_NOOP("Metric", "Security personnel"), QT_TRANSLATE_NOOP("Metric", "Funding"),
    QT_TRANSLATE_NOOP("Metric", "Population"), QT_TRANSLATE_NOOP("Metric", "Area under gang control"),
    QT_TRANSLATE_NOOP("Metric", "Contributing countries"), QT_TRANSLATE_NOOP("Metric", "Signatory countries"),
    QT_TRANSLATE_NOOP("Metric", "Share of the parent figure") };

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

// "835 million", "112.5 million", "1.25 billion". French writes "1,25 milliard" but "835 millions": the
// translations tell the two apart.
QString scaled(double value, double scale)
{
    const double mantissa = std::round(value / scale * 1000.0) / 1000.0;
    const bool few = std::fabs(mantissa) < 2;
    const QString number = formatNumber(mantissa);
    if (scale >= 1e9)
        return few ? QCoreApplication::translate("DisplayFormat", "%1 billion", "less than two").arg(number)
                   : QCoreApplication::translate("DisplayFormat", "%1 billion", "two or more").arg(number);
    return few ? QCoreApplication::translate("DisplayFormat", "%1 million", "less than two").arg(number)
               : QCoreApplication::translate("DisplayFormat", "%1 million", "two or more").arg(number);
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
    const QLocale& locale = displayLocaleRef();
    const bool english = locale.language() == QLocale::C || locale.language() == QLocale::English;
    const QString group = english ? QStringLiteral(",") : locale.groupSeparator();
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, group);
    QString text = negative ? u'-' + digits : digits;
    if (fraction != u"0")
        text += (english ? QStringLiteral(".") : locale.decimalPoint()) + fraction.mid(2); // ".5", ",5"
    return text;
}

QString formatValue(double value, QStringView unit)
{
    const double magnitude = std::fabs(value);
    if (unit == u"USD") {
        if (magnitude >= 1e9)
            return QCoreApplication::translate("DisplayFormat", "$%1", "US dollars").arg(scaled(value, 1e9));
        if (magnitude >= 1e6)
            return QCoreApplication::translate("DisplayFormat", "$%1", "US dollars").arg(scaled(value, 1e6));
        return QCoreApplication::translate("DisplayFormat", "$%1", "US dollars").arg(formatNumber(value));
    }
    if (unit == u"percent")
        return QCoreApplication::translate("DisplayFormat", "%1%", "percent").arg(formatNumber(value));
    if (unit == u"fraction")
        return QCoreApplication::translate("DisplayFormat", "%1%", "percent").arg(formatNumber(value * 100.0));
    if (magnitude >= 1e6 && std::fmod(magnitude, 1e5) == 0)
        return magnitude >= 1e9 ? scaled(value, 1e9) : scaled(value, 1e6);
    return formatNumber(value);
}

QString formatFigureValue(const Figure& figure, const Metric* metric)
{
    const QString value = formatValue(figure.value, metric ? QStringView(metric->unit) : QStringView());
    return figure.qualifier.isEmpty() ? value : figure.qualifier + u' ' + value;
}

QString metricLabel(const Metric& metric)
{
    return QCoreApplication::translate("Metric", metric.label.toUtf8().constData());
}

void setDisplayLocale(const QLocale& locale)
{
    displayLocaleRef() = locale;
}

QLocale displayLocale()
{
    return displayLocaleRef();
}

QString monthName(int month)
{
    if (month < 1 || month > 12)
        return QString();
    const SourceText& name = shortMonths.at(static_cast<std::size_t>(month - 1));
    return QCoreApplication::translate("DisplayFormat", name.source, name.comment);
}

QString formatDate(const PartialDate& date)
{
    if (!date.isValid())
        return QString();
    QString text;
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        text = QString::number(date.year());
        break;
    case PartialDate::Precision::Month:
        text = QCoreApplication::translate("DisplayFormat", "%1 %2", "month and year: Sep 2023")
                   .arg(monthName(date.month()), QString::number(date.year()));
        break;
    case PartialDate::Precision::Day:
        // The first of a month has a message of its own: French writes "1er sept. 2023".
        text = (date.day() == 1
                ? QCoreApplication::translate("DisplayFormat", "%1 %2 %3", "the first of a month: 1 Sep 2023")
                : QCoreApplication::translate("DisplayFormat", "%1 %2 %3", "day, month and year: 22 Sep 2023"))
                   .arg(QString::number(date.day()), monthName(date.month()), QString::number(date.year()));
        break;
    }
    if (date.isApproximate())
        text = approximately(text);
    if (date.isUncertain())
        text = QCoreApplication::translate("DisplayFormat", "%1?", "an uncertain date").arg(text);
    return text;
}

QString formatPeriod(const Period& period)
{
    if (!period.isInterval())
        return formatDate(period.start());
    return dateRange(formatDate(period.start()), formatDate(period.end()));
}

QString dateRange(const QString& from, const QString& to)
{
    return QCoreApplication::translate("DisplayFormat", "%1 \u2013 %2", "from a date to a date").arg(from, to);
}

QString approximately(const QString& date)
{
    return QCoreApplication::translate("DisplayFormat", "c. %1", "circa: an approximate date").arg(date);
}

} // namespace crisis::core
