#include <crisis/core/model/metricregistry.h>
#include <crisis/core/support/textposition.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace crisis::core {

namespace {

Problem problemAt(
    const QByteArray& json, const QString& fileName, const QString& pointer, Problem::Kind kind, const QString& detail)
{
    const TextPosition position = locateJsonPointer(json, pointer);
    return Problem { Problem::Severity::Error, kind, fileName, position.line, position.column, detail };
}

} // namespace

const MetricRegistry& MetricRegistry::builtIn()
{
    static const MetricRegistry registry = [] {
        QFile file(QStringLiteral(":/crisis/data/metrics.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in metric registry is missing from the resources");
        auto parsed = fromJson(file.readAll(), file.fileName());
        if (!parsed.ok())
            qFatal("The built-in metric registry is invalid: %s", qPrintable(parsed.problems.first().toString()));
        return parsed.value;
    }();
    return registry;
}

ParseResult<MetricRegistry> MetricRegistry::fromJson(const QByteArray& json, const QString& fileName)
{
    ParseResult<MetricRegistry> result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const TextPosition position = textPositionOfByteOffset(json, error.offset);
        result.problems.append({ Problem::Severity::Error, Problem::Kind::Syntax, fileName, position.line,
            position.column, error.errorString() });
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format").toString() != u"crisis-timeline-metrics" || !root.value(u"metrics").isArray()) {
        result.problems.append(problemAt(json, fileName, QString(), Problem::Kind::UnsupportedFormat,
            QStringLiteral("not a metric registry: expected \"format\": \"crisis-timeline-metrics\" and a "
                           "\"metrics\" array")));
        return result;
    }
    const QJsonArray metrics = root.value(u"metrics").toArray();
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const QString pointer = QStringLiteral("/metrics/%1").arg(i);
        const auto metric = metricFromJson(metrics.at(i).toObject(), json, fileName, pointer, result.problems);
        if (!metric)
            continue;
        if (result.value.contains(metric->key)) {
            result.problems.append(problemAt(json, fileName, pointer + QStringLiteral("/key"),
                Problem::Kind::DuplicateId, QStringLiteral("metric \"%1\" is defined twice").arg(metric->key)));
            continue;
        }
        result.value.insert(*metric);
    }
    return result;
}

std::optional<Metric> MetricRegistry::metricFromJson(const QJsonObject& object, const QByteArray& json,
    const QString& fileName, const QString& pointer, QList<Problem>& problems)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    static const QRegularExpression hxlPattern(QStringLiteral("^#[a-z][a-z0-9_]*(\\s*\\+[a-z][a-z0-9_]*)*$"));
    const qsizetype before = problems.size();
    const auto text = [&](QStringView name) -> QString {
        const QJsonValue value = object.value(name);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            problems.append(problemAt(json, fileName, pointer + u'/' + name, Problem::Kind::MissingField,
                QStringLiteral("metric \"%1\" must be a non-empty string").arg(name)));
            return {};
        }
        return value.toString();
    };
    Metric metric;
    metric.key = text(u"key");
    metric.label = text(u"label");
    metric.unit = text(u"unit");
    metric.hxl = text(u"hxl");
    const QString kind = text(u"kind");
    if (!metric.key.isEmpty() && !keyPattern.match(metric.key).hasMatch())
        problems.append(problemAt(json, fileName, pointer + QStringLiteral("/key"), Problem::Kind::InvalidValue,
            QStringLiteral("metric key \"%1\" must be lower case letters, digits and _").arg(metric.key)));
    if (!metric.hxl.isEmpty() && !hxlPattern.match(metric.hxl).hasMatch())
        problems.append(problemAt(json, fileName, pointer + QStringLiteral("/hxl"), Problem::Kind::InvalidValue,
            QStringLiteral("\"%1\" is not an HXL hashtag (like #affected+killed)").arg(metric.hxl)));
    if (!kind.isEmpty()) {
        if (const auto k = kindFromKey(kind))
            metric.kind = *k;
        else
            problems.append(problemAt(json, fileName, pointer + QStringLiteral("/kind"), Problem::Kind::InvalidValue,
                QStringLiteral("metric kind must be \"flow\" or \"stock\", not \"%1\"").arg(kind)));
    }
    if (problems.size() != before)
        return std::nullopt;
    return metric;
}

const Metric* MetricRegistry::find(QStringView key) const
{
    for (const Metric& metric : m_metrics) {
        if (metric.key == key)
            return &metric;
    }
    return nullptr;
}

void MetricRegistry::insert(const Metric& metric)
{
    for (Metric& existing : m_metrics) {
        if (existing.key == metric.key) {
            existing = metric;
            return;
        }
    }
    m_metrics.append(metric);
}

QString MetricRegistry::kindKey(Metric::Kind kind)
{
    return kind == Metric::Kind::Flow ? QStringLiteral("flow") : QStringLiteral("stock");
}

std::optional<Metric::Kind> MetricRegistry::kindFromKey(QStringView key)
{
    if (key == u"flow")
        return Metric::Kind::Flow;
    if (key == u"stock")
        return Metric::Kind::Stock;
    return std::nullopt;
}

} // namespace crisis::core
