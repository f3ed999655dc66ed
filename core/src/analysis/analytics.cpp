#include <crisis/core/analysis/analytics.h>

#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>
#include <tuple>

namespace crisis::core {

namespace {

Rate rateOf(double value, ValueBound bound, qint64 days)
{
    Rate rate;
    rate.days = days;
    rate.total = value;
    rate.perThirtyDays = value / static_cast<double>(days) * 30.0;
    rate.bound = bound;
    return rate;
}

// Rows of one metric that report for themselves rather than break down a figure of the same subject.
QList<qsizetype> ownReports(const FigureTable& figures, quint32 metricCode)
{
    QList<qsizetype> reports;
    for (qsizetype row = 0; row < figures.size(); ++row) {
        if (figures.metricCode(row) != metricCode)
            continue;
        const QString& parentId = figures.parentId(row);
        if (!parentId.isEmpty()) {
            const qsizetype parent = figures.rowOfId(parentId);
            if (parent >= 0 && figures.subjectCode(parent) == figures.subjectCode(row))
                continue;
        }
        reports.append(row);
    }
    return reports;
}

// Union-find over rows.
class Components
{
public:
    explicit Components(qsizetype n)
        : m_parent(static_cast<size_t>(n))
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    qsizetype find(qsizetype i)
    {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    void unite(qsizetype a, qsizetype b) { m_parent[find(a)] = find(b); }

private:
    std::vector<qsizetype> m_parent;
};

// Numbers keys 0, 1, 2, … in the order they are first seen: an open-addressing table in one array, where
// std::unordered_map costs a cache miss a lookup in its nodes (two lookups a figure in findConflicts).
class DenseKeys
{
public:
    quint32 idOf(quint64 key)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        for (size_t slot = spread(key) & (m_slots.size() - 1);; slot = (slot + 1) & (m_slots.size() - 1)) {
            Slot& s = m_slots[slot];
            if (s.id == empty) {
                s = { key, static_cast<quint32>(m_count++) };
                return s.id;
            }
            if (s.key == key)
                return s.id;
        }
    }

private:
    static constexpr quint32 empty = 0xffffffffU;
    struct Slot
    {
        quint64 key = 0;
        quint32 id = empty;
    };

    static size_t spread(quint64 key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdULL;
        key ^= key >> 33;
        return static_cast<size_t>(key);
    }

    void grow()
    {
        std::vector<Slot> old(std::max<size_t>(64, m_slots.size() * 2));
        old.swap(m_slots);
        for (const Slot& s : old) {
            if (s.id == empty)
                continue;
            size_t slot = spread(s.key) & (m_slots.size() - 1);
            while (m_slots[slot].id != empty)
                slot = (slot + 1) & (m_slots.size() - 1);
            m_slots[slot] = s;
        }
    }

    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

} // namespace

std::optional<Rate> ratePer30Days(const Figure& figure, const Metric& metric)
{
    if (metric.kind != Metric::Kind::Flow || !figure.period.isValid())
        return std::nullopt;
    return rateOf(
        figure.value, qualifierBound(figure.qualifier).value_or(ValueBound::Exact), figure.period.lengthInDays());
}

std::optional<Rate> ratePer30Days(const FigureTable& figures, qsizetype row, const Metric& metric)
{
    if (metric.kind != Metric::Kind::Flow)
        return std::nullopt;
    return rateOf(figures.value(row), figures.bound(row), figures.latestDay(row) - figures.earliestDay(row) + 1);
}

bool valuesAgree(double a, ValueBound boundA, double b, ValueBound boundB)
{
    constexpr double infinity = std::numeric_limits<double>::infinity();
    const auto low = [=](double v, ValueBound bound) { return bound == ValueBound::UpperBound ? -infinity : v; };
    const auto high = [=](double v, ValueBound bound) { return bound == ValueBound::LowerBound ? infinity : v; };
    return std::max(low(a, boundA), low(b, boundB)) <= std::min(high(a, boundA), high(b, boundB));
}

QList<StepSeries> stepSeries(const FigureTable& figures, const MetricRegistry& registry, QStringView metric)
{
    QList<StepSeries> series;
    const Metric* known = registry.find(metric);
    const qint64 metricCode = figures.metrics().find(metric);
    if (!known || known->kind != Metric::Kind::Stock || metricCode < 0)
        return series;
    const QList<qsizetype> reports = ownReports(figures, static_cast<quint32>(metricCode));

    // One series per subject and status, in order of first appearance in the dataset.
    QHash<quint64, qsizetype> seriesIndex;
    std::vector<std::vector<qsizetype>> rowsOf;
    for (const qsizetype row : reports) {
        const quint64 key
            = (static_cast<quint64>(figures.subjectCode(row)) << 8) | static_cast<quint64>(figures.status(row));
        auto it = seriesIndex.constFind(key);
        if (it == seriesIndex.cend()) {
            it = seriesIndex.insert(key, series.size());
            series.append({ figures.metric(row), figures.subject(row), figures.status(row), {} });
            rowsOf.emplace_back();
        }
        rowsOf[static_cast<size_t>(*it)].push_back(row);
    }
    // Sweep each series in order of start, against the points still open (overlapping in time).
    struct Open
    {
        qsizetype point;
        qint32 latest;
    };
    std::vector<Open> open;
    for (size_t s = 0; s < rowsOf.size(); ++s) {
        std::vector<qsizetype>& rows = rowsOf[s];
        std::stable_sort(rows.begin(), rows.end(),
            [&](qsizetype a, qsizetype b) { return figures.earliestDay(a) < figures.earliestDay(b); });
        QList<StepPoint>& points = series[static_cast<qsizetype>(s)].points;
        open.clear();
        for (const qsizetype row : rows) {
            const qint32 start = figures.earliestDay(row);
            open.erase(
                std::remove_if(open.begin(), open.end(), [&](const Open& o) { return o.latest < start; }), open.end());
            const double value = figures.value(row);
            const ValueBound bound = figures.bound(row);
            bool merged = false;
            bool conflicting = false;
            for (const Open& o : open) {
                StepPoint& point = points[o.point];
                if (point.value == value && !merged) {
                    point.rows.append(row);
                    if (bound == ValueBound::Exact)
                        point.bound = ValueBound::Exact;
                    merged = true;
                } else if (point.value != value && !valuesAgree(point.value, point.bound, value, bound)) {
                    point.conflicting = true;
                    conflicting = true;
                }
            }
            if (merged)
                continue;
            const Period period = figures.period(row);
            open.push_back({ points.size(), figures.latestDay(row) });
            points.append({ QDate::fromJulianDay(start), period, value, bound, { row }, conflicting });
        }
    }
    return series;
}

QList<ConflictGroup> findConflicts(const FigureTable& figures, const MetricRegistry& registry)
{
    const auto n = static_cast<size_t>(figures.size());
    std::vector<qint8> metricKind(static_cast<size_t>(figures.metrics().size()), -1); // -1 unknown, 0 stock, 1 flow
    for (qsizetype code = 0; code < figures.metrics().size(); ++code) {
        if (const Metric* metric = registry.find(figures.metrics().text(static_cast<quint32>(code))))
            metricKind[static_cast<size_t>(code)] = metric->kind == Metric::Kind::Flow ? 1 : 0;
    }

    // Two reports can disagree only if they share metric, subject, status and subgroup: give each such
    // combination a dense bucket number, then lay the rows out bucket by bucket (a counting sort), each with its
    // period, so that sorting and sweeping a bucket reads one run of memory rather than the table's columns by row.
    DenseKeys pairIds;
    DenseKeys bucketIds;
    std::vector<quint32> bucketOf(n, 0);
    std::vector<quint32> bucketSize;
    std::vector<qint8> bucketKind;
    constexpr quint32 none = 0xffffffffU;
    for (size_t row = 0; row < n; ++row) {
        const auto r = static_cast<qsizetype>(row);
        const qint8 kind = metricKind[figures.metricCode(r)];
        if (kind < 0) {
            bucketOf[row] = none;
            continue;
        }
        const quint64 pairKey = (static_cast<quint64>(figures.subjectCode(r)) << 32) | figures.subgroupCode(r);
        const quint32 pair = pairIds.idOf(pairKey);
        const quint64 bucketKey = (static_cast<quint64>(pair) << 32)
            | (static_cast<quint64>(figures.metricCode(r)) << 8) | static_cast<quint64>(figures.status(r));
        const quint32 bucket = bucketIds.idOf(bucketKey);
        if (bucket == bucketSize.size()) {
            bucketSize.push_back(0);
            bucketKind.push_back(kind);
        }
        bucketOf[row] = bucket;
        ++bucketSize[bucket];
    }
    std::vector<size_t> bucketStart(bucketSize.size() + 1, 0);
    for (size_t b = 0; b < bucketSize.size(); ++b)
        bucketStart[b + 1] = bucketStart[b] + bucketSize[b];
    struct Report
    {
        qint32 earliest;
        qint32 latest;
        qint32 row;
        bool operator<(const Report& other) const
        {
            return std::tie(earliest, latest, row) < std::tie(other.earliest, other.latest, other.row);
        }
    };
    std::vector<Report> ordered(bucketStart.back());
    {
        std::vector<size_t> next(bucketStart.begin(), bucketStart.end() - 1);
        for (size_t row = 0; row < n; ++row) {
            if (bucketOf[row] == none)
                continue;
            const auto r = static_cast<qint32>(row);
            ordered[next[bucketOf[row]]++] = { figures.earliestDay(r), figures.latestDay(r), r };
        }
    }

    Components components(figures.size());
    std::vector<bool> disputed(n, false);
    const auto compare = [&](qsizetype a, qsizetype b) {
        if (!valuesAgree(figures.value(a), figures.bound(a), figures.value(b), figures.bound(b))) {
            components.unite(a, b);
            disputed[static_cast<size_t>(a)] = disputed[static_cast<size_t>(b)] = true;
        }
    };
    std::vector<Report> open;
    for (size_t b = 0; b < bucketSize.size(); ++b) {
        const auto first = ordered.begin() + static_cast<std::ptrdiff_t>(bucketStart[b]);
        const auto last = ordered.begin() + static_cast<std::ptrdiff_t>(bucketStart[b + 1]);
        if (last - first < 2)
            continue;
        std::sort(first, last);
        if (bucketKind[b] == 1) {
            // Flows disagree only over the same period; different periods are different counts.
            for (auto i = first; i != last;) {
                auto j = i + 1;
                while (j != last && j->earliest == i->earliest && j->latest == i->latest)
                    ++j;
                for (auto x = i; x != j; ++x)
                    for (auto y = x + 1; y != j; ++y)
                        compare(x->row, y->row);
                i = j;
            }
            continue;
        }
        // Stocks: sweep in order of start, comparing with the reports still open.
        open.clear();
        for (auto it = first; it != last; ++it) {
            open.erase(std::remove_if(open.begin(), open.end(),
                           [start = it->earliest](const Report& other) { return other.latest < start; }),
                open.end());
            for (const Report& other : open)
                compare(other.row, it->row);
            open.push_back(*it);
        }
    }

    // The groups in the order of their first row, each row's group noted; then each group's rows gathered in one
    // run (a counting sort, which keeps them in order) and copied once, rather than appended to one of thousands of
    // lists a row at a time.
    QList<ConflictGroup> groups;
    std::vector<qint32> groupOfRoot(n, -1);
    std::vector<std::pair<qint32, qint32>> disputedRows; // group, row
    std::vector<size_t> groupStart(1, 0);
    for (size_t row = 0; row < n; ++row) {
        if (!disputed[row])
            continue;
        const auto r = static_cast<qsizetype>(row);
        qint32& group = groupOfRoot[static_cast<size_t>(components.find(r))];
        if (group < 0) {
            group = static_cast<qint32>(groups.size());
            groups.append({ figures.metric(r), figures.subject(r), figures.status(r), figures.subgroup(r), {} });
            groupStart.push_back(0);
        }
        disputedRows.emplace_back(group, static_cast<qint32>(row));
        ++groupStart[static_cast<size_t>(group) + 1];
    }
    std::partial_sum(groupStart.begin(), groupStart.end(), groupStart.begin());
    std::vector<qsizetype> rowsByGroup(disputedRows.size());
    {
        std::vector<size_t> next(groupStart.begin(), groupStart.end() - 1);
        for (const auto& [group, row] : disputedRows)
            rowsByGroup[next[static_cast<size_t>(group)]++] = row;
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const auto first = rowsByGroup.cbegin() + static_cast<std::ptrdiff_t>(groupStart[static_cast<size_t>(g)]);
        const auto last = rowsByGroup.cbegin() + static_cast<std::ptrdiff_t>(groupStart[static_cast<size_t>(g) + 1]);
        groups[g].rows = QList<qsizetype>(first, last);
    }
    return groups;
}

} // namespace crisis::core
