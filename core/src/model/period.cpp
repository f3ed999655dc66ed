#include <crisis/core/model/period.h>

namespace crisis::core {

Period Period::interval(const PartialDate& start, const PartialDate& end)
{
    Period period;
    if (!start.isValid() || !end.isValid() || end.latest() < start.earliest())
        return period;
    period.m_start = start;
    period.m_end = end;
    return period;
}

std::optional<Period> Period::parse(QStringView text, QString* error)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        const auto date = PartialDate::parse(text, error);
        if (!date)
            return std::nullopt;
        return Period(*date);
    }
    const QStringView first = text.left(slash);
    const QStringView second = text.mid(slash + 1);
    if (first.isEmpty() || second.isEmpty() || first == u".." || second == u"..") {
        if (error)
            *error = QStringLiteral("\"%1\": open or unknown interval ends are not supported").arg(text);
        return std::nullopt;
    }
    const auto start = PartialDate::parse(first, error);
    if (!start)
        return std::nullopt;
    const auto end = PartialDate::parse(second, error);
    if (!end)
        return std::nullopt;
    if (end->latest() < start->earliest()) {
        if (error)
            *error = QStringLiteral("\"%1\": the interval ends before it starts").arg(text);
        return std::nullopt;
    }
    return interval(*start, *end);
}

qint64 Period::lengthInDays() const
{
    if (!isValid())
        return 0;
    return earliest().daysTo(latest()) + 1;
}

bool Period::overlaps(const Period& other) const
{
    if (!isValid() || !other.isValid())
        return false;
    return earliest() <= other.latest() && other.earliest() <= latest();
}

bool Period::contains(QDate day) const
{
    return isValid() && day.isValid() && earliest() <= day && day <= latest();
}

bool Period::contains(const Period& other) const
{
    return isValid() && other.isValid() && earliest() <= other.earliest() && other.latest() <= latest();
}

void Period::appendEdtf(std::string& out) const
{
    m_start.appendEdtf(out);
    if (isInterval()) {
        out.push_back('/');
        m_end.appendEdtf(out);
    }
}

QString Period::toEdtf() const
{
    if (!isInterval())
        return m_start.toEdtf();
    return m_start.toEdtf() + u'/' + m_end.toEdtf();
}

} // namespace crisis::core
