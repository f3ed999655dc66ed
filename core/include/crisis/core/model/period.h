#pragma once

#include <crisis/core/model/partialdate.h>

namespace crisis::core {

/// A span of time: a start date and an optional end date (EDTF "2022-10/2023-06"), or a single partial date.
class Period
{
public:
    Period() = default;
    /// A period covering a single partial date.
    explicit Period(const PartialDate& date)
        : m_start(date)
    { }
    /// An interval; invalid if end lies before start.
    static Period interval(const PartialDate& start, const PartialDate& end);

    /// Parses a date ("2023-09") or an interval ("2022-10/2023-06"). Open ends ("..") are rejected.
    static std::optional<Period> parse(QStringView text, QString* error = nullptr);

    bool isValid() const { return m_start.isValid(); }
    bool isInterval() const { return m_end.isValid(); }
    const PartialDate& start() const { return m_start; }
    /// The end date; invalid for a single date, in which case the period ends where start() does.
    const PartialDate& end() const { return m_end; }

    QDate earliest() const { return m_start.earliest(); }
    QDate latest() const { return isInterval() ? m_end.latest() : m_start.latest(); }
    /// The first and last day as YYYY-MM-DD, appended to out (see PartialDate::appendEarliestIso).
    void appendEarliestIso(std::string& out) const { m_start.appendEarliestIso(out); }
    void appendLatestIso(std::string& out) const
    {
        isInterval() ? m_end.appendLatestIso(out) : m_start.appendLatestIso(out);
    }
    /// Number of days covered, counting both the first and the last day (2022-10/2023-06: 273).
    qint64 lengthInDays() const;
    /// True if the approximate marker is set on either end.
    bool isApproximate() const { return m_start.isApproximate() || m_end.isApproximate(); }

    /// True if the two periods share at least one day.
    bool overlaps(const Period& other) const;
    bool contains(QDate day) const;
    bool contains(const Period& other) const;

    QString toEdtf() const;
    void appendEdtf(std::string& out) const;

    friend bool operator==(const Period& a, const Period& b) { return a.m_start == b.m_start && a.m_end == b.m_end; }
    friend bool operator!=(const Period& a, const Period& b) { return !(a == b); }

private:
    PartialDate m_start;
    PartialDate m_end;
};

} // namespace crisis::core
