#include <crisis/core/model/partialdate.h>

#include <QCoreApplication>

#include <array>

namespace crisis::core {

namespace {

constexpr int minYear = 1;
constexpr int maxYear = 9999;

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// Reads exactly `count` ASCII digits at `pos`; -1 if any is not a digit.
int readDigits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// The long month names, as the translation installed writes them.
struct SourceText
{
    const char* source;
    const char* comment;
};

constexpr std::array<SourceText, 12> longMonths { { QT_TRANSLATE_NOOP3("PartialDate", "January", "long month"),
    QT_TRANSLATE_NOOP3("PartialDate", "February", "long month"),
    QT_TRANSLATE_NOOP3("PartialDate", "March", "long month"), QT_TRANSLATE_NOOP3("PartialDate", "April", "long month"),
    QT_TRANSLATE_NOOP3("PartialDate", "May", "long month"), QT_TRANSLATE_NOOP3("PartialDate", "June", "long month"),
    QT_TRANSLATE_NOOP3("PartialDate", "July", "long month"), QT_TRANSLATE_NOOP3("PartialDate", "August", "long month"),
    QT_TRANSLATE_NOOP3("PartialDate", "September", "long month"),
    QT_TRANSLATE_NOOP3("PartialDate", "October", "long month"),
    QT_TRANSLATE_NOOP3("PartialDate", "November", "long month"),
    QT_TRANSLATE_NOOP3("PartialDate", "December", "long month") } };

QString monthName(int month)
{
    const SourceText& name = longMonths.at(static_cast<std::size_t>(month - 1));
    return QCoreApplication::translate("PartialDate", name.source, name.comment);
}

} // namespace

PartialDate PartialDate::fromParts(int year, int month, int day, bool approximate, bool uncertain)
{
    PartialDate date;
    if (year < minYear || year > maxYear)
        return date;
    if (month != 0 && (month < 1 || month > 12))
        return date;
    if (day != 0 && (month == 0 || !QDate::isValid(year, month, day)))
        return date;
    date.m_year = static_cast<qint16>(year);
    date.m_month = static_cast<quint8>(month);
    date.m_day = static_cast<quint8>(day);
    date.m_precision = day ? Precision::Day : month ? Precision::Month : Precision::Year;
    date.m_approximate = approximate;
    date.m_uncertain = uncertain;
    return date;
}

PartialDate PartialDate::fromDate(QDate date)
{
    if (!date.isValid())
        return {};
    return fromParts(date.year(), date.month(), date.day());
}

std::optional<PartialDate> PartialDate::parse(QStringView text, QString* error)
{
    if (text.isEmpty()) {
        setError(error, QCoreApplication::translate("PartialDate", "empty date"));
        return std::nullopt;
    }
    bool approximate = false;
    bool uncertain = false;
    QStringView body = text;
    const QChar last = body.back();
    if (last == u'~' || last == u'?' || last == u'%') {
        approximate = last != u'?';
        uncertain = last != u'~';
        body.chop(1);
    }
    const auto notADate = [&] {
        setError(error,
            QCoreApplication::translate(
                "PartialDate", "\"%1\" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by ~")
                .arg(text));
        return std::nullopt;
    };
    if (body.size() != 4 && body.size() != 7 && body.size() != 10)
        return notADate();
    const int year = readDigits(body, 0, 4);
    if (year < 0)
        return notADate();
    if (year < minYear) {
        setError(
            error, QCoreApplication::translate("PartialDate", "year %1 is out of range (0001-9999)").arg(body.left(4)));
        return std::nullopt;
    }
    int month = 0;
    int day = 0;
    if (body.size() >= 7) {
        if (body.at(4) != u'-')
            return notADate();
        month = readDigits(body, 5, 2);
        if (month < 0)
            return notADate();
        if (month < 1 || month > 12) {
            // EDTF level 1 uses 21-24 for seasons; we keep dates on the calendar.
            setError(error,
                month >= 21 && month <= 24
                    ? QCoreApplication::translate("PartialDate", "\"%1\": seasons (months 21-24) are not supported")
                          .arg(text)
                    : QCoreApplication::translate("PartialDate", "\"%1\": month %2 does not exist")
                          .arg(text.toString(), QString::number(month)));
            return std::nullopt;
        }
    }
    if (body.size() == 10) {
        if (body.at(7) != u'-')
            return notADate();
        day = readDigits(body, 8, 2);
        if (day < 0)
            return notADate();
        if (!QDate::isValid(year, month, day)) {
            setError(error,
                QCoreApplication::translate(
                    "PartialDate", "\"%1\": %2 %3 has no day %4", "the date as typed: a month, a year, a day")
                    .arg(text.toString(), monthName(month), QString::number(year), QString::number(day)));
            return std::nullopt;
        }
    }
    return fromParts(year, month, day, approximate, uncertain);
}

QDate PartialDate::earliest() const
{
    if (!isValid())
        return {};
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

QDate PartialDate::latest() const
{
    if (!isValid())
        return {};
    const int month = m_month ? m_month : 12;
    return QDate(m_year, month, m_day ? m_day : daysInMonth(m_year, month));
}

void PartialDate::appendEarliestIso(std::string& out) const
{
    if (isValid())
        appendIsoDate(out, m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

void PartialDate::appendLatestIso(std::string& out) const
{
    if (!isValid())
        return;
    const int month = m_month ? m_month : 12;
    appendIsoDate(out, m_year, month, m_day ? m_day : daysInMonth(m_year, month));
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

namespace {

void appendPadded(std::string& out, int value, int width)
{
    if (value < 0) {
        out.push_back('-');
        value = -value;
    }
    char digits[12];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = n; i < width; ++i)
        out.push_back('0');
    while (n > 0)
        out.push_back(digits[--n]);
}

} // namespace

void PartialDate::appendEdtf(std::string& out) const
{
    if (!isValid())
        return;
    appendPadded(out, m_year, 4);
    if (m_precision != Precision::Year) {
        out.push_back('-');
        appendPadded(out, m_month, 2);
    }
    if (m_precision == Precision::Day) {
        out.push_back('-');
        appendPadded(out, m_day, 2);
    }
    if (m_approximate && m_uncertain)
        out.push_back('%');
    else if (m_approximate)
        out.push_back('~');
    else if (m_uncertain)
        out.push_back('?');
}

void appendIsoDate(std::string& out, int year, int month, int day)
{
    appendPadded(out, year, 4);
    out.push_back('-');
    appendPadded(out, month, 2);
    out.push_back('-');
    appendPadded(out, day, 2);
}

QString PartialDate::toEdtf() const
{
    if (!isValid())
        return {};
    QString text = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    if (m_precision != Precision::Year)
        text += u'-' + QStringLiteral("%1").arg(m_month, 2, 10, QLatin1Char('0'));
    if (m_precision == Precision::Day)
        text += u'-' + QStringLiteral("%1").arg(m_day, 2, 10, QLatin1Char('0'));
    if (m_approximate && m_uncertain)
        text += u'%';
    else if (m_approximate)
        text += u'~';
    else if (m_uncertain)
        text += u'?';
    return text;
}

} // namespace crisis::core
