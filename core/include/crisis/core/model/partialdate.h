#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>
#include <string>

namespace crisis::core {

/// A calendar date known to year, month or day precision, optionally approximate or uncertain (EDTF level 1).
class PartialDate
{
public:
    enum class Precision : quint8 { Year, Month, Day };

    /// An invalid date; isValid() is false.
    PartialDate() = default;

    /// A date of the given precision; month and day are ignored below their precision. Invalid if out of range.
    static PartialDate fromParts(
        int year, int month = 0, int day = 0, bool approximate = false, bool uncertain = false);
    /// A day-precision date.
    static PartialDate fromDate(QDate date);

    /// Parses an EDTF level 1 date: YYYY, YYYY-MM or YYYY-MM-DD with an optional ~ (approximate), ? (uncertain)
    /// or % (both). On failure returns nothing and, if given, sets *error to a sentence saying why.
    static std::optional<PartialDate> parse(QStringView text, QString* error = nullptr);

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    /// 1-12, or 0 below month precision.
    int month() const { return m_month; }
    /// 1-31, or 0 below day precision.
    int day() const { return m_day; }
    Precision precision() const { return m_precision; }
    bool isApproximate() const { return m_approximate; }
    bool isUncertain() const { return m_uncertain; }

    /// The first day the date can denote (1 January for a year, the 1st for a month).
    QDate earliest() const;
    /// The last day the date can denote (31 December for a year, the month's last day for a month).
    QDate latest() const;
    /// Those days as YYYY-MM-DD, appended without a QDate or QString (for writing a million rows); nothing
    /// for an invalid date.
    void appendEarliestIso(std::string& out) const;
    void appendLatestIso(std::string& out) const;

    /// The EDTF text form, e.g. "2023", "2023-09~", "2023-09-27".
    QString toEdtf() const;
    /// Appends the EDTF text as ASCII, without a QString (for writing a million rows).
    void appendEdtf(std::string& out) const;

    friend bool operator==(const PartialDate& a, const PartialDate& b)
    {
        return a.m_year == b.m_year && a.m_month == b.m_month && a.m_day == b.m_day && a.m_precision == b.m_precision
            && a.m_approximate == b.m_approximate && a.m_uncertain == b.m_uncertain;
    }
    friend bool operator!=(const PartialDate& a, const PartialDate& b) { return !(a == b); }

private:
    qint16 m_year = 0;
    quint8 m_month = 0;
    quint8 m_day = 0;
    Precision m_precision = Precision::Year;
    bool m_approximate = false;
    bool m_uncertain = false;
};

/// Appends a day as ISO 8601 ("2023-09-22") to out.
void appendIsoDate(std::string& out, int year, int month, int day);
/// The number of days in a month of the proleptic Gregorian calendar (month 1-12).
int daysInMonth(int year, int month);

} // namespace crisis::core
