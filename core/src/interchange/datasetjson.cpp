#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/model/figureparents.h>
#include <crisis/core/support/jsonwriter.h>
#include <crisis/core/support/textposition.h>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <optional>
#include <vector>

namespace crisis::core {

namespace {

constexpr int maxReportedProblems = 100;

class DatasetReader
{
public:
    DatasetReader(const QByteArray& json, const QString& fileName, const MetricRegistry& registry,
        QList<std::pair<QString, TextPosition>>* outsideParents)
        : m_json(json)
        , m_fileName(fileName)
        , m_registry(registry)
        , m_outsideParents(outsideParents)
    { }

    ParseResult<Dataset> read();

private:
    void report(Problem::Severity severity, Problem::Kind kind, const QString& pointer, const QString& detail);
    void error(Problem::Kind kind, const QString& pointer, const QString& detail)
    {
        report(Problem::Severity::Error, kind, pointer, detail);
    }
    bool full() const { return m_errorCount >= maxReportedProblems; }

    void checkMembers(const QJsonObject& object, const QString& pointer, std::initializer_list<QStringView> known);
    QString text(const QJsonObject& object, const QString& pointer, QStringView name, bool required = true);
    bool flag(const QJsonObject& object, const QString& pointer, QStringView name);
    std::optional<Period> period(const QJsonObject& object, const QString& pointer, QStringView name);
    PartialDate date(const QJsonObject& object, const QString& pointer, QStringView name, bool required);
    std::optional<Citation> citation(const QJsonObject& object, const QString& pointer, QStringView sourceKey);
    QJsonArray array(const QJsonObject& object, const QString& pointer, QStringView name, bool required);

    void readMetrics(const QJsonArray& metrics);
    void readSources(const QJsonArray& sources);
    void readFigures(const QJsonArray& figures);
    void readEvents(const QJsonArray& events);
    void readStories(const QJsonArray& stories);
    void checkParents();
    /// Where a JSON pointer leads in the file. An element of a top-level array ("/figures/41/value") is found from
    /// the element's offset, the array's elements found once in one pass; lines and columns come from one index of
    /// the lines. Each problem located by scanning the file from its start made a 120 MB file with a hundred
    /// problems near its end take two minutes to read instead of six seconds.
    qsizetype offsetOf(const QString& pointer);
    TextPosition locate(const QString& pointer);

    const QByteArray& m_json;
    QString m_fileName;
    MetricRegistry m_registry;
    ParseResult<Dataset> m_result;
    int m_errorCount = 0;
    int m_warningCount = 0;
    QSet<QString> m_sourceIds;
    QHash<QString, qsizetype> m_figureIndex;
    // When given, parents not in the file are listed here (with the line naming each) rather than refused.
    QList<std::pair<QString, TextPosition>>* m_outsideParents = nullptr;
    // Each kept figure's index in the file's "figures" array.
    std::vector<qsizetype> m_figureElement;
    // Figures that were reported as wrong, so their children do not repeat it as a missing parent.
    QSet<QString> m_rejectedFigureIds;
    // For locating problems (offsetOf, locate), made when the first is.
    QHash<QString, std::vector<qsizetype>> m_elementOffsets;
    std::optional<TextPositions> m_positions;
};

void DatasetReader::report(
    Problem::Severity severity, Problem::Kind kind, const QString& pointer, const QString& detail)
{
    if (severity == Problem::Severity::Error) {
        ++m_errorCount;
        if (m_errorCount == maxReportedProblems) {
            m_result.problems.append({ Problem::Severity::Error, Problem::Kind::MoreProblems, m_fileName, 0, 0,
                QStringLiteral("too many problems; stopped after %1").arg(maxReportedProblems) });
            return;
        }
        if (m_errorCount > maxReportedProblems)
            return;
    } else if (++m_warningCount > maxReportedProblems) {
        // Each is located by scanning the document: a few hundred say enough, a hundred thousand would hang.
        if (m_warningCount == maxReportedProblems + 1)
            m_result.problems.append({ Problem::Severity::Warning, Problem::Kind::MoreProblems, m_fileName, 0, 0,
                QStringLiteral("more warnings like these were left out") });
        return;
    }
    const TextPosition position = locate(pointer);
    m_result.problems.append({ severity, kind, m_fileName, position.line, position.column, detail });
}

qsizetype DatasetReader::offsetOf(const QString& pointer)
{
    // "/figures/41/value": the array's name, the element's index, the rest from the element on.
    const qsizetype nameEnd = pointer.indexOf(u'/', 1);
    if (pointer.startsWith(u'/') && nameEnd > 1) {
        const qsizetype indexEnd = pointer.indexOf(u'/', nameEnd + 1);
        bool isIndex = false;
        const qsizetype index = QStringView(pointer)
                                    .mid(nameEnd + 1, (indexEnd < 0 ? pointer.size() : indexEnd) - nameEnd - 1)
                                    .toLongLong(&isIndex);
        if (isIndex && index >= 0) {
            const QString array = pointer.left(nameEnd);
            auto elements = m_elementOffsets.find(array);
            if (elements == m_elementOffsets.end())
                elements = m_elementOffsets.insert(array, jsonArrayElementOffsets(m_json, array));
            if (index < static_cast<qsizetype>(elements->size()))
                return locateJsonPointerOffset(
                    m_json, indexEnd < 0 ? QString() : pointer.mid(indexEnd), (*elements)[static_cast<size_t>(index)]);
        }
    }
    return locateJsonPointerOffset(m_json, pointer, 0);
}

TextPosition DatasetReader::locate(const QString& pointer)
{
    if (!m_positions)
        m_positions.emplace(m_json);
    return m_positions->at(offsetOf(pointer));
}

void DatasetReader::checkMembers(
    const QJsonObject& object, const QString& pointer, std::initializer_list<QStringView> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            report(Problem::Severity::Warning, Problem::Kind::Ignored, pointer + u'/' + it.key(),
                QStringLiteral("unknown member \"%1\" ignored").arg(it.key()));
    }
}

QString DatasetReader::text(const QJsonObject& object, const QString& pointer, QStringView name, bool required)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined()) {
        if (required)
            error(Problem::Kind::MissingField, pointer, QStringLiteral("missing \"%1\"").arg(name));
        return {};
    }
    if (!value.isString()) {
        error(Problem::Kind::InvalidValue, pointer + u'/' + name, QStringLiteral("\"%1\" must be a string").arg(name));
        return {};
    }
    return value.toString();
}

bool DatasetReader::flag(const QJsonObject& object, const QString& pointer, QStringView name)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return false;
    if (!value.isBool())
        error(Problem::Kind::InvalidValue, pointer + u'/' + name,
            QStringLiteral("\"%1\" must be true or false").arg(name));
    return value.toBool();
}

std::optional<Period> DatasetReader::period(const QJsonObject& object, const QString& pointer, QStringView name)
{
    const QString edtf = text(object, pointer, name);
    if (edtf.isNull())
        return std::nullopt;
    QString why;
    auto parsed = Period::parse(edtf, &why);
    if (!parsed)
        error(Problem::Kind::InvalidDate, pointer + u'/' + name,
            QStringLiteral("\"%1\" is not a valid period: %2").arg(name, why));
    return parsed;
}

PartialDate DatasetReader::date(const QJsonObject& object, const QString& pointer, QStringView name, bool required)
{
    const QString edtf = text(object, pointer, name, required);
    if (edtf.isEmpty()) {
        if (required && !edtf.isNull())
            error(Problem::Kind::MissingField, pointer + u'/' + name,
                QStringLiteral("\"%1\" must not be empty").arg(name));
        return {};
    }
    QString why;
    const auto parsed = PartialDate::parse(edtf, &why);
    if (!parsed) {
        error(Problem::Kind::InvalidDate, pointer + u'/' + name,
            QStringLiteral("\"%1\" is not a valid date: %2").arg(name, why));
        return {};
    }
    return *parsed;
}

std::optional<Citation> DatasetReader::citation(
    const QJsonObject& object, const QString& pointer, QStringView sourceKey)
{
    const qsizetype errorsBefore = m_errorCount;
    Citation citation;
    citation.sourceId = text(object, pointer, sourceKey);
    if (!citation.sourceId.isNull() && !m_sourceIds.contains(citation.sourceId))
        error(Problem::Kind::UnknownReference, pointer + u'/' + sourceKey,
            QStringLiteral("source \"%1\" does not exist").arg(citation.sourceId));
    citation.quote = text(object, pointer, u"quote");
    if (!citation.quote.isNull() && citation.quote.trimmed().isEmpty())
        error(Problem::Kind::MissingField, pointer + QStringLiteral("/quote"),
            QStringLiteral("\"quote\" must not be empty"));
    const QJsonValue offset = object.value(u"quote_offset");
    if (offset.isUndefined()) {
        error(Problem::Kind::MissingField, pointer, QStringLiteral("missing \"quote_offset\""));
    } else {
        const double number = offset.toDouble(-1);
        if (!offset.isDouble() || number < 0 || number != std::trunc(number) || number > 9e15)
            error(Problem::Kind::InvalidValue, pointer + QStringLiteral("/quote_offset"),
                QStringLiteral("\"quote_offset\" must be a whole number of characters from 0"));
        else
            citation.offset = static_cast<qint64>(number);
    }
    if (m_errorCount != errorsBefore)
        return std::nullopt;
    return citation;
}

QJsonArray DatasetReader::array(const QJsonObject& object, const QString& pointer, QStringView name, bool required)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined()) {
        if (required)
            error(Problem::Kind::MissingField, pointer, QStringLiteral("missing \"%1\" array").arg(name));
        return {};
    }
    if (!value.isArray()) {
        error(Problem::Kind::InvalidValue, pointer + u'/' + name, QStringLiteral("\"%1\" must be an array").arg(name));
        return {};
    }
    return value.toArray();
}

ParseResult<Dataset> DatasetReader::read()
{
    if (m_json.trimmed().isEmpty()) {
        m_result.problems.append({ Problem::Severity::Error, Problem::Kind::EmptyFile, m_fileName, 0, 0,
            QStringLiteral("the file is empty") });
        return m_result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition position = textPositionOfByteOffset(m_json, parseError.offset);
        m_result.problems.append({ Problem::Severity::Error, Problem::Kind::Syntax, m_fileName, position.line,
            position.column, QStringLiteral("not valid JSON: %1").arg(parseError.errorString()) });
        return m_result;
    }
    if (!document.isObject()) {
        error(Problem::Kind::UnsupportedFormat, QString(),
            QStringLiteral("expected a dataset object with \"format\": \"%1\"").arg(datasetFormatName));
        return m_result;
    }
    const QJsonObject root = document.object();
    const QString root0;
    if (root.value(u"format").toString() != datasetFormatName) {
        error(Problem::Kind::UnsupportedFormat, QStringLiteral("/format"),
            QStringLiteral("not a Crisis Timeline dataset: \"format\" must be \"%1\"").arg(datasetFormatName));
        return m_result;
    }
    const QJsonValue version = root.value(u"version");
    if (!version.isDouble() || version.toDouble() != std::trunc(version.toDouble()) || version.toDouble() < 1) {
        error(Problem::Kind::InvalidValue, QStringLiteral("/version"),
            QStringLiteral("\"version\" must be a whole number from 1"));
        return m_result;
    }
    if (version.toInt() > datasetFormatVersion) {
        error(Problem::Kind::UnsupportedFormat, QStringLiteral("/version"),
            QStringLiteral("the dataset is format version %1, newer than this app reads (%2); update Crisis Timeline")
                .arg(QString::number(version.toInt()), QString::number(datasetFormatVersion)));
        return m_result;
    }
    checkMembers(root, root0,
        { u"format", u"version", u"title", u"description", u"metrics", u"sources", u"figures", u"events", u"stories" });
    m_result.value.title = text(root, root0, u"title", false);
    m_result.value.description = text(root, root0, u"description", false);
    readMetrics(array(root, root0, u"metrics", false));
    readSources(array(root, root0, u"sources", true));
    readFigures(array(root, root0, u"figures", true));
    checkParents();
    readEvents(array(root, root0, u"events", true));
    readStories(array(root, root0, u"stories", false));
    return m_result;
}

void DatasetReader::readMetrics(const QJsonArray& metrics)
{
    for (qsizetype i = 0; i < metrics.size() && !full(); ++i) {
        const QString pointer = QStringLiteral("/metrics/%1").arg(i);
        const qsizetype before = m_result.problems.size();
        const auto metric
            = MetricRegistry::metricFromJson(metrics.at(i).toObject(), m_json, m_fileName, pointer, m_result.problems);
        m_errorCount += static_cast<int>(m_result.problems.size() - before);
        if (!metric)
            continue;
        const Metric* known = m_registry.find(metric->key);
        if (known && *known != *metric) {
            error(Problem::Kind::Conflict, pointer + QStringLiteral("/key"),
                QStringLiteral("metric \"%1\" differs from the one already defined").arg(metric->key));
            continue;
        }
        m_registry.insert(*metric);
        m_result.value.metrics.append(*metric);
    }
}

void DatasetReader::readSources(const QJsonArray& sources)
{
    for (qsizetype i = 0; i < sources.size() && !full(); ++i) {
        const QString pointer = QStringLiteral("/sources/%1").arg(i);
        if (!sources.at(i).isObject()) {
            error(Problem::Kind::InvalidValue, pointer, QStringLiteral("a source must be an object"));
            continue;
        }
        const QJsonObject object = sources.at(i).toObject();
        checkMembers(object, pointer,
            { u"id", u"document", u"text_sha256", u"outlet", u"title", u"description", u"author", u"published",
                u"published_inferred", u"published_note", u"url" });
        const int errorsBefore = m_errorCount;
        Source source;
        source.id = text(object, pointer, u"id");
        source.document = text(object, pointer, u"document");
        source.textSha256 = text(object, pointer, u"text_sha256", false);
        source.outlet = text(object, pointer, u"outlet", false);
        source.title = text(object, pointer, u"title", false);
        source.description = text(object, pointer, u"description", false);
        source.author = text(object, pointer, u"author", false);
        source.published = date(object, pointer, u"published", false);
        source.publishedInferred = flag(object, pointer, u"published_inferred");
        source.publishedNote = text(object, pointer, u"published_note", false);
        source.url = text(object, pointer, u"url", false);
        if (source.id.isEmpty() && !source.id.isNull())
            error(Problem::Kind::MissingField, pointer + QStringLiteral("/id"),
                QStringLiteral("\"id\" must not be empty"));
        if (!source.id.isEmpty() && m_sourceIds.contains(source.id))
            error(Problem::Kind::DuplicateId, pointer + QStringLiteral("/id"),
                QStringLiteral("duplicate source id \"%1\"").arg(source.id));
        if (source.publishedInferred && source.publishedNote.trimmed().isEmpty())
            error(Problem::Kind::MissingField, pointer + QStringLiteral("/published_note"),
                QStringLiteral("an inferred publication date needs a note saying how it was inferred"));
        if (m_errorCount != errorsBefore)
            continue;
        m_sourceIds.insert(source.id);
        m_result.value.sources.append(source);
    }
}

void DatasetReader::readFigures(const QJsonArray& figures)
{
    for (qsizetype i = 0; i < figures.size() && !full(); ++i) {
        const QString pointer = QStringLiteral("/figures/%1").arg(i);
        if (!figures.at(i).isObject()) {
            error(Problem::Kind::InvalidValue, pointer, QStringLiteral("a figure must be an object"));
            continue;
        }
        const QJsonObject object = figures.at(i).toObject();
        checkMembers(object, pointer,
            { u"id", u"metric", u"value", u"qualifier", u"subject", u"status", u"period", u"period_inferred",
                u"period_note", u"reported", u"reported_inferred", u"parent_id", u"subgroup", u"source", u"quote",
                u"quote_offset", u"note" });
        const int errorsBefore = m_errorCount;
        Figure figure;
        figure.id = text(object, pointer, u"id");
        if (figure.id.isEmpty() && !figure.id.isNull())
            error(Problem::Kind::MissingField, pointer + QStringLiteral("/id"),
                QStringLiteral("\"id\" must not be empty"));
        else if (m_figureIndex.contains(figure.id))
            error(Problem::Kind::DuplicateId, pointer + QStringLiteral("/id"),
                QStringLiteral("duplicate figure id \"%1\"").arg(figure.id));
        figure.metric = text(object, pointer, u"metric");
        if (!figure.metric.isNull() && !m_registry.contains(figure.metric))
            error(Problem::Kind::UnknownReference, pointer + QStringLiteral("/metric"),
                QStringLiteral("unknown metric \"%1\" (define it under \"metrics\")").arg(figure.metric));
        const QJsonValue value = object.value(u"value");
        if (value.isUndefined())
            error(Problem::Kind::MissingField, pointer, QStringLiteral("missing \"value\""));
        else if (!value.isDouble() || !std::isfinite(value.toDouble()))
            error(Problem::Kind::InvalidValue, pointer + QStringLiteral("/value"),
                QStringLiteral("\"value\" must be a number"));
        else
            figure.value = value.toDouble();
        figure.qualifier = text(object, pointer, u"qualifier", false);
        if (!qualifierBound(figure.qualifier))
            error(Problem::Kind::InvalidValue, pointer + QStringLiteral("/qualifier"),
                QStringLiteral("unknown qualifier \"%1\" (known: %2)")
                    .arg(figure.qualifier, knownQualifiers().mid(1).join(QStringLiteral(", "))));
        figure.subject = text(object, pointer, u"subject");
        const QString status = text(object, pointer, u"status");
        if (const auto parsed = statusFromKey(status))
            figure.status = *parsed;
        else if (!status.isNull())
            error(Problem::Kind::InvalidValue, pointer + QStringLiteral("/status"),
                QStringLiteral("unknown status \"%1\"").arg(status));
        if (const auto parsed = period(object, pointer, u"period"))
            figure.period = *parsed;
        figure.periodInferred = flag(object, pointer, u"period_inferred");
        figure.periodNote = text(object, pointer, u"period_note", false);
        if (figure.periodInferred && figure.periodNote.trimmed().isEmpty())
            error(Problem::Kind::MissingField, pointer + QStringLiteral("/period_note"),
                QStringLiteral("an inferred period needs a note saying how it was inferred"));
        figure.reported = date(object, pointer, u"reported", false);
        figure.reportedInferred = flag(object, pointer, u"reported_inferred");
        const QJsonValue parent = object.value(u"parent_id");
        if (parent.isString())
            figure.parentId = parent.toString();
        else if (!parent.isNull() && !parent.isUndefined())
            error(Problem::Kind::InvalidValue, pointer + QStringLiteral("/parent_id"),
                QStringLiteral("\"parent_id\" must be a string or null"));
        figure.subgroup = text(object, pointer, u"subgroup", false);
        if (const auto cited = citation(object, pointer, u"source"))
            figure.citation = *cited;
        figure.note = text(object, pointer, u"note", false);
        if (m_errorCount != errorsBefore) {
            m_rejectedFigureIds.insert(figure.id);
            continue;
        }
        m_figureIndex.insert(figure.id, m_result.value.figures.size());
        m_figureElement.push_back(i);
        m_result.value.figures.append(figure);
    }
}

void DatasetReader::checkParents()
{
    const QList<Figure>& figures = m_result.value.figures;
    const auto pointerOf = [&](qsizetype i) {
        return QStringLiteral("/figures/%1/parent_id").arg(m_figureElement[static_cast<size_t>(i)]);
    };
    // Lines of parents outside the file found from each figure's own element, so that a million of them cost one
    // pass over the text.
    for (qsizetype i = 0; i < figures.size() && !full(); ++i) {
        const Figure& figure = figures.at(i);
        if (figure.parentId.isEmpty() || m_rejectedFigureIds.contains(figure.parentId)
            || m_figureIndex.contains(figure.parentId))
            continue;
        if (!m_outsideParents) {
            error(Problem::Kind::UnknownReference, pointerOf(i),
                QStringLiteral("parent figure \"%1\" does not exist").arg(figure.parentId));
            continue;
        }
        m_outsideParents->append({ figure.parentId,
            locate(QStringLiteral("/figures/%1/parent_id").arg(m_figureElement[static_cast<size_t>(i)])) });
    }
    // The rule every importer keeps (figureparents.h).
    const std::vector<qsizetype> cycles = figuresOnParentCycles(
        figures.size(), [&](qsizetype i) { return figures.at(i).id; },
        [&](qsizetype i) { return figures.at(i).parentId; });
    for (const qsizetype i : cycles) {
        if (full())
            break;
        error(Problem::Kind::ParentCycle, pointerOf(i),
            QStringLiteral("figure \"%1\" is its own ancestor").arg(figures.at(i).id));
    }
}

void DatasetReader::readEvents(const QJsonArray& events)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < events.size() && !full(); ++i) {
        const QString pointer = QStringLiteral("/events/%1").arg(i);
        if (!events.at(i).isObject()) {
            error(Problem::Kind::InvalidValue, pointer, QStringLiteral("an event must be an object"));
            continue;
        }
        const QJsonObject object = events.at(i).toObject();
        checkMembers(object, pointer,
            { u"id", u"period", u"period_inferred", u"period_note", u"title", u"summary", u"category", u"status",
                u"actors", u"location", u"citations", u"charts" });
        const int errorsBefore = m_errorCount;
        Event event;
        event.id = text(object, pointer, u"id");
        if (event.id.isEmpty() && !event.id.isNull())
            error(Problem::Kind::MissingField, pointer + QStringLiteral("/id"),
                QStringLiteral("\"id\" must not be empty"));
        else if (ids.contains(event.id))
            error(Problem::Kind::DuplicateId, pointer + QStringLiteral("/id"),
                QStringLiteral("duplicate event id \"%1\"").arg(event.id));
        if (const auto parsed = period(object, pointer, u"period"))
            event.period = *parsed;
        event.periodInferred = flag(object, pointer, u"period_inferred");
        event.periodNote = text(object, pointer, u"period_note", false);
        if (event.periodInferred && event.periodNote.trimmed().isEmpty())
            error(Problem::Kind::MissingField, pointer + QStringLiteral("/period_note"),
                QStringLiteral("an inferred date needs a note saying how it was inferred"));
        event.title = text(object, pointer, u"title");
        if (!event.title.isNull() && event.title.trimmed().isEmpty())
            error(Problem::Kind::MissingField, pointer + QStringLiteral("/title"),
                QStringLiteral("\"title\" must not be empty"));
        event.summary = text(object, pointer, u"summary", false);
        const QString category = text(object, pointer, u"category");
        if (const auto parsed = categoryFromKey(category))
            event.category = *parsed;
        else if (!category.isNull())
            error(Problem::Kind::InvalidValue, pointer + QStringLiteral("/category"),
                QStringLiteral("unknown category \"%1\"").arg(category));
        // Optional: an event that does not say it is expected or proposed happened.
        const QString status = text(object, pointer, u"status", false);
        if (const auto parsed = eventStatusFromKey(status))
            event.status = *parsed;
        else if (!status.isEmpty())
            error(Problem::Kind::InvalidValue, pointer + QStringLiteral("/status"),
                QStringLiteral("unknown event status \"%1\" (known: occurred, expected, proposed)").arg(status));
        const QJsonArray actors = array(object, pointer, u"actors", false);
        for (qsizetype a = 0; a < actors.size(); ++a) {
            if (!actors.at(a).isString())
                error(Problem::Kind::InvalidValue, pointer + QStringLiteral("/actors/%1").arg(a),
                    QStringLiteral("an actor must be a string"));
            else
                event.actors.append(actors.at(a).toString());
        }
        event.location = text(object, pointer, u"location", false);
        const QJsonArray citations = array(object, pointer, u"citations", true);
        if (citations.isEmpty() && object.value(u"citations").isArray())
            error(Problem::Kind::MissingField, pointer + QStringLiteral("/citations"),
                QStringLiteral("an event needs at least one citation"));
        for (qsizetype c = 0; c < citations.size(); ++c) {
            const QString citationPointer = pointer + QStringLiteral("/citations/%1").arg(c);
            if (!citations.at(c).isObject()) {
                error(Problem::Kind::InvalidValue, citationPointer, QStringLiteral("a citation must be an object"));
                continue;
            }
            checkMembers(citations.at(c).toObject(), citationPointer, { u"source", u"quote", u"quote_offset" });
            if (const auto cited = citation(citations.at(c).toObject(), citationPointer, u"source"))
                event.citations.append(*cited);
        }
        const QJsonArray charts = array(object, pointer, u"charts", false);
        for (qsizetype c = 0; c < charts.size(); ++c) {
            const QString chart = charts.at(c).toString();
            if (!chartKeys().contains(chart))
                error(Problem::Kind::InvalidValue, pointer + QStringLiteral("/charts/%1").arg(c),
                    QStringLiteral("unknown chart \"%1\" (known: %2)")
                        .arg(chart, chartKeys().join(QStringLiteral(", "))));
            else
                event.charts.append(chart);
        }
        if (m_errorCount != errorsBefore)
            continue;
        ids.insert(event.id);
        m_result.value.events.append(event);
    }
}

void DatasetReader::readStories(const QJsonArray& stories)
{
    QSet<QString> eventIds;
    for (const Event& event : std::as_const(m_result.value.events))
        eventIds.insert(event.id);
    QSet<QString> ids;
    for (qsizetype i = 0; i < stories.size() && !full(); ++i) {
        const QString pointer = QStringLiteral("/stories/%1").arg(i);
        if (!stories.at(i).isObject()) {
            error(Problem::Kind::InvalidValue, pointer, QStringLiteral("a story must be an object"));
            continue;
        }
        const QJsonObject object = stories.at(i).toObject();
        checkMembers(object, pointer, { u"id", u"title", u"steps" });
        const int errorsBefore = m_errorCount;
        Story story;
        story.id = text(object, pointer, u"id");
        if (story.id.isEmpty() && !story.id.isNull())
            error(Problem::Kind::MissingField, pointer + QStringLiteral("/id"),
                QStringLiteral("\"id\" must not be empty"));
        else if (ids.contains(story.id))
            error(Problem::Kind::DuplicateId, pointer + QStringLiteral("/id"),
                QStringLiteral("duplicate story id \"%1\"").arg(story.id));
        story.title = text(object, pointer, u"title", false);
        const QJsonArray steps = array(object, pointer, u"steps", true);
        for (qsizetype s = 0; s < steps.size(); ++s) {
            const QString stepPointer = pointer + QStringLiteral("/steps/%1").arg(s);
            const QJsonObject step = steps.at(s).toObject();
            checkMembers(step, stepPointer, { u"event", u"note" });
            StoryStep storyStep;
            storyStep.eventId = text(step, stepPointer, u"event");
            if (!storyStep.eventId.isNull() && !eventIds.contains(storyStep.eventId))
                error(Problem::Kind::UnknownReference, stepPointer + QStringLiteral("/event"),
                    QStringLiteral("event \"%1\" does not exist").arg(storyStep.eventId));
            storyStep.note = text(step, stepPointer, u"note", false);
            story.steps.append(storyStep);
        }
        if (m_errorCount != errorsBefore)
            continue;
        ids.insert(story.id);
        m_result.value.stories.append(story);
    }
}

} // namespace

void writeCitationFields(JsonWriter& out, const Citation& citation, const QString* document)
{
    out.field(u"source", citation.sourceId);
    if (document)
        out.field(u"document", *document);
    out.field(u"quote", citation.quote);
    out.field(u"quote_offset", citation.offset);
}

void writeFigureFields(JsonWriter& out, const Figure& figure, const QString* document)
{
    out.field(u"id", figure.id);
    out.field(u"metric", figure.metric);
    out.field(u"value", figure.value);
    out.field(u"qualifier", figure.qualifier);
    out.field(u"subject", figure.subject);
    out.field(u"status", statusKey(figure.status));
    out.field(u"period", figure.period.toEdtf());
    out.field(u"period_inferred", figure.periodInferred);
    out.field(u"period_note", figure.periodNote);
    out.field(u"reported", figure.reported.toEdtf());
    out.field(u"reported_inferred", figure.reportedInferred);
    out.key(u"parent_id");
    if (figure.parentId.isEmpty())
        out.null();
    else
        out.value(figure.parentId);
    out.field(u"subgroup", figure.subgroup);
    writeCitationFields(out, figure.citation, document);
    out.field(u"note", figure.note);
}

void writeSourceFields(JsonWriter& out, const Source& source)
{
    out.field(u"id", source.id);
    out.field(u"document", source.document);
    out.field(u"text_sha256", source.textSha256);
    out.field(u"outlet", source.outlet);
    out.field(u"title", source.title);
    out.field(u"description", source.description);
    out.field(u"author", source.author);
    out.field(u"published", source.published.toEdtf());
    out.field(u"published_inferred", source.publishedInferred);
    out.field(u"published_note", source.publishedNote);
    out.field(u"url", source.url);
}

void writeEventFields(JsonWriter& out, const Event& event, const QHash<QString, QString>* documents)
{
    out.field(u"id", event.id);
    out.field(u"period", event.period.toEdtf());
    out.field(u"period_inferred", event.periodInferred);
    out.field(u"period_note", event.periodNote);
    out.field(u"title", event.title);
    out.field(u"summary", event.summary);
    out.field(u"category", categoryKey(event.category));
    out.field(u"status", eventStatusKey(event.status));
    out.key(u"actors").beginArray();
    for (const QString& actor : event.actors)
        out.value(actor);
    out.endArray();
    out.field(u"location", event.location);
    out.key(u"citations").beginArray();
    for (const Citation& citation : event.citations) {
        out.beginObject();
        const QString document = documents ? documents->value(citation.sourceId) : QString();
        writeCitationFields(out, citation, documents ? &document : nullptr);
        out.endObject();
    }
    out.endArray();
    if (!event.charts.isEmpty()) {
        out.key(u"charts").beginArray();
        for (const QString& chart : event.charts)
            out.value(chart);
        out.endArray();
    }
}

namespace {

template<typename Record, typename Write> QByteArray recordObject(const Record& record, Write write)
{
    JsonWriter out;
    out.beginObject();
    write(out, record);
    out.endObject();
    return out.toJson();
}

} // namespace

QByteArray recordJson(const Figure& figure)
{
    return recordObject(figure, [](JsonWriter& out, const Figure& f) { writeFigureFields(out, f); });
}

QByteArray recordJson(const Event& event)
{
    return recordObject(event, [](JsonWriter& out, const Event& e) { writeEventFields(out, e); });
}

QByteArray recordJson(const Source& source)
{
    return recordObject(source, writeSourceFields);
}

ParseResult<Dataset> readDatasetJson(const QByteArray& json, const QString& fileName, const MetricRegistry& registry,
    QList<std::pair<QString, TextPosition>>* outsideParents)
{
    return DatasetReader(json, fileName, registry, outsideParents).read();
}

QByteArray writeDatasetJson(const Dataset& dataset)
{
    JsonWriter out;
    out.beginObject();
    out.field(u"format", datasetFormatName);
    out.field(u"version", datasetFormatVersion);
    out.field(u"title", dataset.title);
    out.field(u"description", dataset.description);
    if (!dataset.metrics.isEmpty()) {
        out.key(u"metrics").beginArray();
        for (const Metric& metric : dataset.metrics) {
            out.beginObject();
            out.field(u"key", metric.key);
            out.field(u"label", metric.label);
            out.field(u"unit", metric.unit);
            out.field(u"kind", MetricRegistry::kindKey(metric.kind));
            out.field(u"hxl", metric.hxl);
            out.endObject();
        }
        out.endArray();
    }
    out.key(u"sources").beginArray();
    for (const Source& source : dataset.sources) {
        out.beginObject();
        writeSourceFields(out, source);
        out.endObject();
    }
    out.endArray();
    out.key(u"figures").beginArray();
    for (const Figure& figure : dataset.figures) {
        out.beginObject();
        writeFigureFields(out, figure);
        out.endObject();
    }
    out.endArray();
    out.key(u"events").beginArray();
    for (const Event& event : dataset.events) {
        out.beginObject();
        writeEventFields(out, event);
        out.endObject();
    }
    out.endArray();
    if (!dataset.stories.isEmpty()) {
        out.key(u"stories").beginArray();
        for (const Story& story : dataset.stories) {
            out.beginObject();
            out.field(u"id", story.id);
            out.field(u"title", story.title);
            out.key(u"steps").beginArray();
            for (const StoryStep& step : story.steps) {
                out.beginObject();
                out.field(u"event", step.eventId);
                out.field(u"note", step.note);
                out.endObject();
            }
            out.endArray();
            out.endObject();
        }
        out.endArray();
    }
    out.endObject();
    return out.toJson();
}

Dataset bundledDataset()
{
    QFile file(QStringLiteral(":/crisis/data/haiti.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The bundled dataset is missing from the resources");
    const auto parsed = readDatasetJson(file.readAll(), QStringLiteral("haiti.json"));
    if (!parsed.ok())
        qFatal("The bundled dataset is invalid: %s", qPrintable(parsed.problems.first().toString()));
    return parsed.value;
}

} // namespace crisis::core
