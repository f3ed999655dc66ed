#include <crisis/core/analytics.h>

#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>

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
        const QString parentId = figures.parentId(row);
        if (!parentId.isEmpty()) {
            const qsizetype parent = figures.rowOfId(parentId);
            if (parent >= 0 && figures.subjectCode(parent) == figures.subjectCode(row))
                continue;
        }
        reports.append(row);
    }
    return reports;
}

bool overlaps(const FigureTable& figures, qsizetype a, qsizetype b)
{
    return figures.earliestDay(a) <= figures.latestDay(b) && figures.earliestDay(b) <= figures.latestDay(a);
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
    QList<qsizetype> reports = ownReports(figures, static_cast<quint32>(metricCode));

    // One series per subject and status, in order of first appearance in the dataset.
    QHash<quint64, qsizetype> seriesIndex;
    const auto keyOf = [&](qsizetype row) {
        return (static_cast<quint64>(figures.subjectCode(row)) << 8) | static_cast<quint64>(figures.status(row));
    };
    for (const qsizetype row : std::as_const(reports)) {
        if (!seriesIndex.contains(keyOf(row))) {
            seriesIndex.insert(keyOf(row), series.size());
            series.append({ figures.metric(row), figures.subject(row), figures.status(row), {} });
        }
    }
    std::stable_sort(reports.begin(), reports.end(),
        [&](qsizetype a, qsizetype b) { return figures.earliestDay(a) < figures.earliestDay(b); });
    for (const qsizetype row : std::as_const(reports)) {
        QList<StepPoint>& points = series[seriesIndex.value(keyOf(row))].points;
        const ValueBound bound = figures.bound(row);
        const double value = figures.value(row);
        const Period period = figures.period(row);
        bool merged = false;
        bool conflicting = false;
        // Only recent points can overlap: they are sorted by start.
        for (qsizetype i = points.size() - 1; i >= 0; --i) {
            StepPoint& point = points[i];
            if (!point.period.overlaps(period)) {
                if (point.period.latest() < period.earliest() && point.period.earliest() < period.earliest()
                    && i + 8 < points.size())
                    break;
                continue;
            }
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
        if (!merged)
            points.append({ period.earliest(), period, value, bound, { row }, conflicting });
    }
    return series;
}

QList<ConflictGroup> findConflicts(const FigureTable& figures, const MetricRegistry& registry)
{
    // Bucket by what must be equal for two reports to be about the same quantity.
    const auto keyOf = [&](qsizetype row) {
        return std::tuple { figures.metricCode(row), figures.subjectCode(row), figures.subgroupCode(row),
            static_cast<quint32>(figures.status(row)) };
    };
    using Key = decltype(keyOf(0));
    struct KeyHash
    {
        size_t operator()(const Key& k) const
        {
            return qHashMulti(0, std::get<0>(k), std::get<1>(k), std::get<2>(k), std::get<3>(k));
        }
    };
    std::vector<bool> flowMetric(static_cast<size_t>(figures.metrics().size()), false);
    std::vector<bool> knownMetric(static_cast<size_t>(figures.metrics().size()), false);
    for (qsizetype code = 0; code < figures.metrics().size(); ++code) {
        const Metric* metric = registry.find(figures.metrics().text(static_cast<quint32>(code)));
        knownMetric[code] = metric != nullptr;
        flowMetric[code] = metric && metric->kind == Metric::Kind::Flow;
    }
    std::unordered_map<Key, std::vector<qsizetype>, KeyHash> buckets;
    for (qsizetype row = 0; row < figures.size(); ++row) {
        if (knownMetric[figures.metricCode(row)])
            buckets[keyOf(row)].push_back(row);
    }

    Components components(figures.size());
    std::vector<bool> disputed(static_cast<size_t>(figures.size()), false);
    const auto compare = [&](qsizetype a, qsizetype b) {
        if (!valuesAgree(figures.value(a), figures.bound(a), figures.value(b), figures.bound(b))) {
            components.unite(a, b);
            disputed[a] = disputed[b] = true;
        }
    };
    for (auto& [key, members] : buckets) {
        if (members.size() < 2)
            continue;
        if (flowMetric[std::get<0>(key)]) {
            // Flows disagree only over the same period; different periods are different counts.
            std::sort(members.begin(), members.end(), [&](qsizetype a, qsizetype b) {
                return std::pair { figures.earliestDay(a), figures.latestDay(a) }
                < std::pair { figures.earliestDay(b), figures.latestDay(b) };
            });
            for (size_t i = 0; i < members.size();) {
                size_t j = i;
                while (j < members.size() && figures.earliestDay(members[j]) == figures.earliestDay(members[i])
                    && figures.latestDay(members[j]) == figures.latestDay(members[i]))
                    ++j;
                for (size_t a = i; a < j; ++a)
                    for (size_t b = a + 1; b < j; ++b)
                        compare(members[a], members[b]);
                i = j;
            }
            continue;
        }
        // Stocks: sweep in order of start, comparing with the reports still open.
        std::stable_sort(members.begin(), members.end(),
            [&](qsizetype a, qsizetype b) { return figures.earliestDay(a) < figures.earliestDay(b); });
        std::vector<qsizetype> open;
        for (const qsizetype row : members) {
            const qint32 start = figures.earliestDay(row);
            open.erase(std::remove_if(
                           open.begin(), open.end(), [&](qsizetype other) { return figures.latestDay(other) < start; }),
                open.end());
            for (const qsizetype other : open) {
                if (overlaps(figures, other, row))
                    compare(other, row);
            }
            open.push_back(row);
        }
    }

    QList<ConflictGroup> groups;
    QHash<qsizetype, qsizetype> groupOfRoot;
    for (qsizetype row = 0; row < figures.size(); ++row) {
        if (!disputed[row])
            continue;
        const qsizetype root = components.find(row);
        auto it = groupOfRoot.constFind(root);
        if (it == groupOfRoot.cend()) {
            it = groupOfRoot.insert(root, groups.size());
            groups.append(
                { figures.metric(row), figures.subject(row), figures.status(row), figures.subgroup(row), {} });
        }
        groups[*it].rows.append(row);
    }
    return groups;
}

} // namespace crisis::core
