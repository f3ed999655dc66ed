#include <crisis/core/analytics.h>

#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>

namespace crisis::core {

namespace {

ValueBound boundOf(const Figure& figure)
{
    return qualifierBound(figure.qualifier).value_or(ValueBound::Exact);
}

// Figures of one metric that report for themselves rather than break down a figure of the same subject.
QList<const Figure*> ownReports(const QList<Figure>& figures, QStringView metric)
{
    QHash<QString, const Figure*> byId;
    for (const Figure& figure : figures)
        byId.insert(figure.id, &figure);
    QList<const Figure*> reports;
    for (const Figure& figure : figures) {
        if (figure.metric != metric || !figure.period.isValid())
            continue;
        const Figure* parent = figure.parentId.isEmpty() ? nullptr : byId.value(figure.parentId);
        if (parent && parent->subject == figure.subject)
            continue;
        reports.append(&figure);
    }
    return reports;
}

// Union-find over figure positions.
class Components
{
public:
    explicit Components(qsizetype n)
        : m_parent(n)
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
    QList<qsizetype> m_parent;
};

} // namespace

std::optional<Rate> ratePer30Days(const Figure& figure, const Metric& metric)
{
    if (metric.kind != Metric::Kind::Flow || !figure.period.isValid())
        return std::nullopt;
    Rate rate;
    rate.days = figure.period.lengthInDays();
    rate.total = figure.value;
    rate.perThirtyDays = figure.value / static_cast<double>(rate.days) * 30.0;
    rate.bound = boundOf(figure);
    return rate;
}

bool valuesAgree(double a, ValueBound boundA, double b, ValueBound boundB)
{
    constexpr double infinity = std::numeric_limits<double>::infinity();
    const auto low = [=](double v, ValueBound bound) { return bound == ValueBound::UpperBound ? -infinity : v; };
    const auto high = [=](double v, ValueBound bound) { return bound == ValueBound::LowerBound ? infinity : v; };
    return std::max(low(a, boundA), low(b, boundB)) <= std::min(high(a, boundA), high(b, boundB));
}

QList<StepSeries> stepSeries(const QList<Figure>& figures, const MetricRegistry& registry, QStringView metric)
{
    QList<StepSeries> series;
    const Metric* known = registry.find(metric);
    if (!known || known->kind != Metric::Kind::Stock)
        return series;
    QList<const Figure*> reports = ownReports(figures, metric);
    std::stable_sort(reports.begin(), reports.end(),
        [](const Figure* a, const Figure* b) { return a->period.earliest() < b->period.earliest(); });

    const auto keyOf = [](const Figure& f) -> QString { return f.subject + u'\x1f' + statusKey(f.status); };
    QHash<QString, qsizetype> seriesIndex;
    // Order series by first appearance in the dataset, not by date.
    for (const Figure& figure : figures) {
        if (figure.metric != metric)
            continue;
        const QString key = keyOf(figure);
        if (!seriesIndex.contains(key)) {
            seriesIndex.insert(key, series.size());
            series.append({ figure.metric, figure.subject, figure.status, {} });
        }
    }
    for (const Figure* figure : reports) {
        QList<StepPoint>& points = series[seriesIndex.value(keyOf(*figure))].points;
        const ValueBound bound = boundOf(*figure);
        bool merged = false;
        for (StepPoint& point : points) {
            if (!point.period.overlaps(figure->period))
                continue;
            if (point.value == figure->value && !merged) {
                point.figureIds.append(figure->id);
                if (bound == ValueBound::Exact)
                    point.bound = ValueBound::Exact;
                merged = true;
            } else if (point.value != figure->value && !valuesAgree(point.value, point.bound, figure->value, bound)) {
                point.conflicting = true;
            }
        }
        if (merged)
            continue;
        StepPoint point { figure->period.earliest(), figure->period, figure->value, bound, { figure->id }, false };
        for (const StepPoint& other : points) {
            if (other.period.overlaps(figure->period) && !valuesAgree(other.value, other.bound, point.value, bound))
                point.conflicting = true;
        }
        points.append(point);
    }
    series.erase(std::remove_if(series.begin(), series.end(), [](const StepSeries& s) { return s.points.isEmpty(); }),
        series.end());
    return series;
}

QList<ConflictGroup> findConflicts(const QList<Figure>& figures, const MetricRegistry& registry)
{
    // Bucket by what must be equal for two reports to be about the same quantity.
    struct Key
    {
        QString metric, subject, subgroup;
        FigureStatus status;
        bool operator==(const Key& o) const
        {
            return metric == o.metric && subject == o.subject && subgroup == o.subgroup && status == o.status;
        }
    };
    struct KeyHash
    {
        size_t operator()(const Key& k) const
        {
            return qHashMulti(0, k.metric, k.subject, k.subgroup, static_cast<int>(k.status));
        }
    };
    std::unordered_map<Key, QList<qsizetype>, KeyHash> buckets;
    QList<Key> order;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const Figure& f = figures.at(i);
        if (!registry.contains(f.metric) || !f.period.isValid())
            continue;
        const Key key { f.metric, f.subject, f.subgroup, f.status };
        auto [it, inserted] = buckets.try_emplace(key);
        if (inserted)
            order.append(key);
        it->second.append(i);
    }

    Components components(figures.size());
    QList<bool> disputed(figures.size(), false);
    const auto compare = [&](qsizetype i, qsizetype j) {
        const Figure& a = figures.at(i);
        const Figure& b = figures.at(j);
        if (!valuesAgree(a.value, boundOf(a), b.value, boundOf(b))) {
            components.unite(i, j);
            disputed[i] = disputed[j] = true;
        }
    };
    for (const Key& key : order) {
        QList<qsizetype>& members = buckets.at(key);
        const bool flow = registry.find(key.metric)->kind == Metric::Kind::Flow;
        if (flow) {
            // Flows disagree only over the same period; different periods are different counts.
            QHash<QPair<QDate, QDate>, QList<qsizetype>> byPeriod;
            for (qsizetype i : members)
                byPeriod[{ figures.at(i).period.earliest(), figures.at(i).period.latest() }].append(i);
            for (const QList<qsizetype>& same : std::as_const(byPeriod)) {
                for (qsizetype a = 0; a < same.size(); ++a)
                    for (qsizetype b = a + 1; b < same.size(); ++b)
                        compare(same.at(a), same.at(b));
            }
            continue;
        }
        // Stocks: sweep in order of start, comparing with the reports still open.
        std::stable_sort(members.begin(), members.end(), [&](qsizetype a, qsizetype b) {
            return figures.at(a).period.earliest() < figures.at(b).period.earliest();
        });
        QList<qsizetype> open;
        for (qsizetype i : members) {
            const QDate start = figures.at(i).period.earliest();
            open.erase(std::remove_if(open.begin(), open.end(),
                           [&](qsizetype j) { return figures.at(j).period.latest() < start; }),
                open.end());
            for (qsizetype j : open)
                compare(j, i);
            open.append(i);
        }
    }

    QList<ConflictGroup> groups;
    QHash<qsizetype, qsizetype> groupOfRoot;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        if (!disputed.at(i))
            continue;
        const qsizetype root = components.find(i);
        auto it = groupOfRoot.constFind(root);
        if (it == groupOfRoot.cend()) {
            const Figure& f = figures.at(i);
            it = groupOfRoot.insert(root, groups.size());
            groups.append({ f.metric, f.subject, f.status, f.subgroup, {} });
        }
        groups[*it].figureIds.append(figures.at(i).id);
    }
    return groups;
}

} // namespace crisis::core
