#pragma once

#include <crisis/core/model/metric.h>
#include <crisis/core/support/problem.h>

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace crisis::core {

/// The metrics figures can measure, kept as data (resources/data/metrics.json) rather than code.
class MetricRegistry
{
public:
    MetricRegistry() = default;

    /// The registry that ships with the app.
    static const MetricRegistry& builtIn();
    /// Reads a registry file ({"format": "crisis-timeline-metrics", "metrics": [...]}).
    static ParseResult<MetricRegistry> fromJson(const QByteArray& json, const QString& fileName);
    /// Reads one metric object; problems are reported at pointer within the file.
    static std::optional<Metric> metricFromJson(const QJsonObject& object, const QByteArray& json,
        const QString& fileName, const QString& pointer, QList<Problem>& problems);

    const QList<Metric>& metrics() const { return m_metrics; }
    const Metric* find(QStringView key) const;
    bool contains(QStringView key) const { return find(key) != nullptr; }
    /// Adds a metric, replacing one with the same key.
    void insert(const Metric& metric);

    static QString kindKey(Metric::Kind kind);
    static std::optional<Metric::Kind> kindFromKey(QStringView key);

private:
    QList<Metric> m_metrics;
};

} // namespace crisis::core
