#include "sqlreader.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <variant>

namespace crisis::core::sql {

namespace {

// Shares equal strings (actors, cited sources and charts repeat across events).
class StringPool
{
public:
    QString intern(const QString& text)
    {
        const auto it = m_pool.constFind(text);
        if (it != m_pool.cend())
            return *it;
        m_pool.insert(text, text);
        return text;
    }

private:
    QHash<QString, QString> m_pool;
};

PartialDate dateFromText(const QString& text)
{
    return PartialDate::parse(text).value_or(PartialDate());
}

// The columns of a sources row that sourceFrom() reads, in its order.
constexpr const char* sourceColumns = "id, document, text_sha256, outlet, title, description, author, published,"
                                      " published_inferred, published_note, url";

Source sourceFrom(const QSqlQuery& query)
{
    Source source;
    source.id = query.value(0).toString();
    source.document = query.value(1).toString();
    source.textSha256 = query.value(2).toString();
    source.outlet = query.value(3).toString();
    source.title = query.value(4).toString();
    source.description = query.value(5).toString();
    source.author = query.value(6).toString();
    source.published = dateFromText(query.value(7).toString());
    source.publishedInferred = query.value(8).toInt() != 0;
    source.publishedNote = query.value(9).toString();
    source.url = query.value(10).toString();
    return source;
}

// The columns of an events row that eventFrom() reads, in its order; actors, citations and charts are rows of
// their own tables.
constexpr const char* eventColumns
    = "id, period, period_inferred, period_note, title, summary, category, location, status";

Event eventFrom(const QSqlQuery& query)
{
    Event event;
    event.id = query.value(0).toString();
    event.period = Period::parse(query.value(1).toString()).value_or(Period());
    event.periodInferred = query.value(2).toInt() != 0;
    event.periodNote = query.value(3).toString();
    event.title = query.value(4).toString();
    event.summary = query.value(5).toString();
    event.category = categoryFromKey(query.value(6).toString()).value_or(EventCategory::Political);
    event.location = query.value(7).toString();
    event.status = eventStatusFromKey(query.value(8).toString()).value_or(EventStatus::Occurred);
    return event;
}

// A figure from its row, or what is wrong with the row.
std::variant<Figure, QString> figureFrom(const QSqlQuery& query)
{
    Figure figure;
    figure.id = query.value(0).toString();
    figure.metric = query.value(1).toString();
    bool isNumber = false;
    figure.value = query.value(2).toDouble(&isNumber);
    if (!isNumber)
        return figureDamage(figure.id, "has a value that is not a number:", query.value(2).toString());
    figure.qualifier = query.value(3).toString();
    figure.subject = query.value(4).toString();
    const auto status = statusFromKey(query.value(5).toString());
    if (!status)
        return figureDamage(figure.id, "has an unknown status", query.value(5).toString());
    figure.status = *status;
    const auto period = Period::parse(query.value(6).toString());
    if (!period)
        return figureDamage(figure.id, "has a period that is not a date:", query.value(6).toString());
    figure.period = *period;
    figure.periodInferred = query.value(7).toInt() != 0;
    figure.periodNote = query.value(8).toString();
    const QString reported = query.value(9).toString();
    figure.reported = dateFromText(reported);
    if (!reported.isEmpty() && !figure.reported.isValid())
        return figureDamage(figure.id, "has a reported date that is not a date:", reported);
    figure.reportedInferred = query.value(10).toInt() != 0;
    figure.parentId = query.value(11).toString();
    figure.subgroup = query.value(12).toString();
    figure.citation = { query.value(13).toString(), query.value(14).toString(), query.value(15).toLongLong() };
    figure.note = query.value(16).toString();
    return figure;
}

} // namespace

QString figureDamage(const QString& id, const char* what, const QString& text)
{
    return QStringLiteral("figure \u201c%1\u201d %2 \u201c%3\u201d").arg(id, QLatin1String(what), text);
}

Error Reader::damaged(const QString& detail) const
{
    return Error(Error::Code::Corrupt, QStringLiteral("%1 is damaged: %2").arg(m_store.name, detail));
}

Result<Snapshot> Reader::catalog()
{
    Snapshot data;
    QSqlQuery query(m_store.db);
    query.setForwardOnly(true);
    const auto failed = [&](const QString& what) { return m_store.error(what, query.lastError()); };

    if (!query.exec(QStringLiteral("SELECT key, value FROM meta")))
        return failed(QStringLiteral("cannot read the dataset's title"));
    while (query.next()) {
        if (query.value(0).toString() == u"title")
            data.title = query.value(1).toString();
        else if (query.value(0).toString() == u"description")
            data.description = query.value(1).toString();
    }

    if (!query.exec(QStringLiteral("SELECT key, label, unit, kind, hxl FROM metrics WHERE builtin = 0 ORDER BY ")
            + m_store.metricOrder))
        return failed(QStringLiteral("cannot read metrics"));
    while (query.next()) {
        data.metrics.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString() == u"flow" ? Metric::Kind::Flow : Metric::Kind::Stock,
            query.value(4).toString() });
    }

    if (!query.exec(
            QStringLiteral("SELECT ") + QLatin1String(sourceColumns) + QStringLiteral(" FROM sources ORDER BY seq")))
        return failed(QStringLiteral("cannot read sources"));
    while (query.next())
        data.sources.append(sourceFrom(query));
    if (!query.exec(QStringLiteral("SELECT id, title FROM stories ORDER BY seq")))
        return failed(QStringLiteral("cannot read stories"));
    QHash<QString, qsizetype> storyIndex;
    while (query.next()) {
        storyIndex.insert(query.value(0).toString(), data.stories.size());
        data.stories.append({ query.value(0).toString(), query.value(1).toString(), {} });
    }
    if (!query.exec(QStringLiteral("SELECT story_id, event_id, note FROM story_steps ORDER BY story_id, position")))
        return failed(QStringLiteral("cannot read story steps"));
    while (query.next()) {
        if (const auto it = storyIndex.constFind(query.value(0).toString()); it != storyIndex.cend())
            data.stories[*it].steps.append({ query.value(1).toString(), query.value(2).toString() });
    }
    return data;
}

Result<QStringList> Reader::existingIds(RecordKind kind, const QStringList& ids)
{
    auto places = placesOf(kind == RecordKind::Figure ? QStringLiteral("figures")
            : kind == RecordKind::Event               ? QStringLiteral("events")
                                                      : QStringLiteral("sources"),
        ids);
    if (!places)
        return places.error();
    const QSet<QString> found = [&] {
        QSet<QString> stored;
        for (const auto& [place, id] : places.value())
            stored.insert(id);
        return stored;
    }();
    QStringList existing;
    for (const QString& id : ids) {
        if (found.contains(id))
            existing.append(id);
    }
    return existing;
}

Result<Snapshot> Reader::snapshot(const Progress& progress)
{
    auto catalog = this->catalog();
    if (!catalog)
        return catalog.error();
    Snapshot data = std::move(catalog.value());
    if (auto read = figures(data, progress); !read)
        return read.error();
    if (auto read = events(data); !read)
        return read.error();
    return data;
}

Result<void> Reader::figures(Snapshot& data, const Progress& progress)
{
    QSqlQuery query(m_store.db);
    query.setForwardOnly(true);
    qint64 total = 0;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM figures")) || !query.next())
        return m_store.error(QStringLiteral("cannot count figures"), query.lastError());
    total = query.value(0).toLongLong();
    if (!query.exec(QStringLiteral("SELECT ") + QLatin1String(figureReadColumns)
            + QStringLiteral(" FROM figures ORDER BY seq")))
        return m_store.error(QStringLiteral("cannot read figures"), query.lastError());
    FigureTable::Builder builder(total);
    qint64 count = 0;
    while (query.next()) {
        auto figure = figureFrom(query);
        if (const QString* damage = std::get_if<QString>(&figure))
            return damaged(*damage);
        builder.append(std::get<Figure>(figure));
        data.figurePlaces.push_back(query.value(17).toLongLong());
        if (++count % 8192 == 0 && progress && !progress(count, total))
            return Error(Error::Code::Cancelled, QStringLiteral("cancelled"));
    }
    if (query.lastError().isValid())
        return m_store.error(QStringLiteral("cannot read figures"), query.lastError());
    data.figures = builder.finish();
    if (progress && !progress(count, std::max(total, count)))
        return Error(Error::Code::Cancelled, QStringLiteral("cancelled"));
    return {};
}

Result<void> Reader::events(Snapshot& data)
{
    QSqlQuery query(m_store.db);
    query.setForwardOnly(true);
    const auto failed = [&](const QString& what) { return m_store.error(what, query.lastError()); };
    QHash<QString, qsizetype> eventIndex;
    if (!query.exec(
            QStringLiteral("SELECT ") + QLatin1String(eventColumns) + QStringLiteral(", seq FROM events ORDER BY seq")))
        return failed(QStringLiteral("cannot read events"));
    while (query.next()) {
        eventIndex.insert(query.value(0).toString(), data.events.size());
        data.events.append(eventFrom(query));
        data.eventPlaces.push_back(query.value(9).toLongLong());
        const Event& read = data.events.constLast();
        if (!read.period.isValid())
            return damaged(QStringLiteral("event \u201c%1\u201d has a period that is not a date: \u201c%2\u201d")
                               .arg(read.id, query.value(1).toString()));
        if (!categoryFromKey(query.value(6).toString()))
            return damaged(QStringLiteral("event \u201c%1\u201d has an unknown category \u201c%2\u201d")
                               .arg(read.id, query.value(6).toString()));
        if (!eventStatusFromKey(query.value(8).toString()))
            return damaged(QStringLiteral("event \u201c%1\u201d has an unknown status \u201c%2\u201d")
                               .arg(read.id, query.value(8).toString()));
    }
    StringPool pool;
    const auto eachRow = [&](const QString& sql, const std::function<void(Event&)>& add) {
        if (!query.exec(sql))
            return false;
        while (query.next()) {
            if (const auto it = eventIndex.constFind(query.value(0).toString()); it != eventIndex.cend())
                add(data.events[*it]);
        }
        return !query.lastError().isValid();
    };
    if (!eachRow(QStringLiteral("SELECT event_id, actor FROM event_actors ORDER BY event_id, position"),
            [&](Event& e) { e.actors.append(pool.intern(query.value(1).toString())); }))
        return failed(QStringLiteral("cannot read event actors"));
    if (!eachRow(QStringLiteral("SELECT event_id, source_id, quote, quote_offset FROM event_citations"
                                " ORDER BY event_id, position"),
            [&](Event& e) {
                e.citations.append(
                    { pool.intern(query.value(1).toString()), query.value(2).toString(), query.value(3).toLongLong() });
            }))
        return failed(QStringLiteral("cannot read event citations"));
    if (!eachRow(QStringLiteral("SELECT event_id, chart FROM event_charts ORDER BY event_id, position"),
            [&](Event& e) { e.charts.append(pool.intern(query.value(1).toString())); }))
        return failed(QStringLiteral("cannot read event charts"));
    // Every cited source is there (a store whose references were not checked may cite one that is not).
    QSet<QString> sourceIds;
    for (const Source& source : std::as_const(data.sources))
        sourceIds.insert(source.id);
    const StringDictionary& cited = data.figures.sources();
    for (qsizetype code = 1; code < cited.size(); ++code) {
        if (!sourceIds.contains(cited.text(static_cast<quint32>(code))))
            return damaged(QStringLiteral("figures cite the source \u201c%1\u201d, which is not in it")
                               .arg(cited.text(static_cast<quint32>(code))));
    }
    for (const Event& event : std::as_const(data.events)) {
        for (const Citation& citation : event.citations) {
            if (!sourceIds.contains(citation.sourceId))
                return damaged(
                    QStringLiteral("event \u201c%1\u201d cites the source \u201c%2\u201d, which is not in it")
                        .arg(event.id, citation.sourceId));
        }
    }
    return {};
}

Result<std::vector<std::pair<qint64, QString>>> Reader::placesOf(const QString& table, const QStringList& ids)
{
    QSqlQuery query(m_store.db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq FROM ") + table + QStringLiteral(" WHERE id = ?"));
    std::vector<std::pair<qint64, QString>> places;
    for (const QString& id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            return m_store.error(QStringLiteral("cannot look up \"%1\"").arg(id), query.lastError());
        if (query.next())
            places.emplace_back(query.value(0).toLongLong(), id);
        query.finish();
    }
    std::sort(places.begin(), places.end());
    return places;
}

Result<Snapshot> Reader::records(const QStringList& figureIds, const QStringList& eventIds)
{
    Snapshot data;
    auto figures = placesOf(QStringLiteral("figures"), figureIds);
    if (!figures)
        return figures.error();
    FigureTable::Builder builder(static_cast<qsizetype>(figures.value().size()));
    for (const auto& [seq, id] : figures.value()) {
        auto figure = this->figure(seq);
        if (!figure)
            return figure.error();
        builder.append(figure.value());
        data.figurePlaces.push_back(seq);
    }
    data.figures = builder.finish();
    auto events = placesOf(QStringLiteral("events"), eventIds);
    if (!events)
        return events.error();
    for (const auto& [seq, id] : events.value()) {
        auto event = this->event(id);
        if (!event)
            return event.error();
        data.events.append(std::move(event.value()));
        data.eventPlaces.push_back(seq);
    }
    return data;
}

Result<Source> Reader::source(const QString& id)
{
    QSqlQuery query(m_store.db);
    query.prepare(
        QStringLiteral("SELECT ") + QLatin1String(sourceColumns) + QStringLiteral(" FROM sources WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return m_store.error(QStringLiteral("cannot read source \"%1\"").arg(id), query.lastError());
    return sourceFrom(query);
}

Result<Figure> Reader::figure(qint64 seq)
{
    QSqlQuery query(m_store.db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT ") + QLatin1String(figureReadColumns) + QStringLiteral(" FROM figures WHERE seq = ?"));
    query.addBindValue(seq);
    if (!query.exec() || !query.next())
        return m_store.error(QStringLiteral("cannot read a figure"), query.lastError());
    auto figure = figureFrom(query);
    if (const QString* damage = std::get_if<QString>(&figure))
        return damaged(*damage);
    return std::get<Figure>(std::move(figure));
}

Result<Event> Reader::event(const QString& id)
{
    QSqlQuery query(m_store.db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT ") + QLatin1String(eventColumns) + QStringLiteral(" FROM events WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return m_store.error(QStringLiteral("cannot read event \"%1\"").arg(id), query.lastError());
    Event event = eventFrom(query);
    const auto eachRow = [&](const char* sql, const std::function<void()>& read) {
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(id);
        if (!query.exec())
            return false;
        while (query.next())
            read();
        return true;
    };
    if (!eachRow("SELECT actor FROM event_actors WHERE event_id = ? ORDER BY position",
            [&] { event.actors.append(query.value(0).toString()); })
        || !eachRow("SELECT source_id, quote, quote_offset FROM event_citations WHERE event_id = ? ORDER BY position",
            [&] {
                event.citations.append(
                    { query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong() });
            })
        || !eachRow("SELECT chart FROM event_charts WHERE event_id = ? ORDER BY position",
            [&] { event.charts.append(query.value(0).toString()); }))
        return m_store.error(QStringLiteral("cannot read event \"%1\"").arg(id), query.lastError());
    return event;
}

} // namespace crisis::core::sql
