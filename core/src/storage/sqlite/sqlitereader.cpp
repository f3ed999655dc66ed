#include "sqlitereader.h"

#include "sqlitesupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <thread>

namespace crisis::core::sqlite {

namespace {

// Short ASCII fields (dates, status keys) read without allocating a QString.
template<typename T, typename Parse> std::optional<T> parseAscii(std::string_view text, Parse parse)
{
    char16_t buffer[48];
    if (text.size() > std::size(buffer))
        return std::nullopt;
    for (size_t i = 0; i < text.size(); ++i)
        buffer[i] = static_cast<unsigned char>(text[i]);
    return parse(QStringView(buffer, static_cast<qsizetype>(text.size())));
}

// Shares equal strings (metrics, subjects, qualifiers repeat across a million rows).
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

// What is wrong with a figure row that a damaged database holds: a value that is not a number, a status, period
// or reported date that does not parse. Empty for a sound row.
QString figureRowDamage(int valueType, const Statement& columns, const FigureRow& row)
{
    const auto said = [&](const char* what, std::string_view text) {
        return QStringLiteral("figure \u201c%1\u201d %2 \u201c%3\u201d")
            .arg(QString::fromUtf8(row.id.data(), static_cast<qsizetype>(row.id.size())), QLatin1String(what),
                QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    };
    if (valueType != SQLITE_INTEGER && valueType != SQLITE_FLOAT)
        return said("has a value that is not a number:", columns.text(2));
    if (!parseAscii<FigureStatus>(columns.text(5), statusFromKey))
        return said("has an unknown status", columns.text(5));
    if (!row.period.isValid())
        return said("has a period that is not a date:", columns.text(6));
    if (!columns.text(9).empty() && !row.reported.isValid())
        return said("has a reported date that is not a date:", columns.text(9));
    return {};
}

struct FigureReadResult
{
    QString error;
    bool damaged = false; // the error is a row that does not parse
    bool cancelled = false;
};

// Reads the figures with seq in [from, to] into a slice of the table, and their seqs from places[0] on. Counts
// rows read in *done when given; asks `keepGoing` every few thousand rows; stops when `cancelled` is set (and sets
// it when keepGoing says no).
FigureReadResult readFigures(sqlite3* handle, qint64 from, qint64 to, FigureTable::SlicedBuilder::Slice& slice,
    qint64* places, std::atomic<qint64>* done, std::atomic<bool>& cancelled,
    const std::function<bool(qint64)>& keepGoing)
{
    FigureReadResult result;
    Statement figures(handle,
        "SELECT id, metric, value, qualifier, subject, status, period, period_inferred, period_note, reported,"
        " reported_inferred, parent_id, subgroup, source_id, quote, quote_offset, note, seq FROM figures"
        " WHERE seq BETWEEN ? AND ? ORDER BY seq");
    if (!figures.ok()) {
        result.error = figures.errorText();
        return result;
    }
    sqlite3_stmt* statement = figures.get();
    sqlite3_bind_int64(statement, 1, from);
    sqlite3_bind_int64(statement, 2, to);
    int status = SQLITE_ROW;
    qint64 count = 0;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        FigureRow row;
        row.id = figures.text(0);
        row.metric = figures.text(1);
        const int valueType = sqlite3_column_type(statement, 2); // before any conversion of the value
        row.value = sqlite3_column_double(statement, 2);
        row.qualifier = figures.text(3);
        row.subject = figures.text(4);
        row.status = parseAscii<FigureStatus>(figures.text(5), statusFromKey).value_or(FigureStatus::Actual);
        row.period
            = parseAscii<Period>(figures.text(6), [](QStringView t) { return Period::parse(t); }).value_or(Period());
        row.periodInferred = sqlite3_column_int(statement, 7) != 0;
        row.periodNote = figures.text(8);
        row.reported = parseAscii<PartialDate>(figures.text(9), [](QStringView t) {
            return PartialDate::parse(t);
        }).value_or(PartialDate());
        row.reportedInferred = sqlite3_column_int(statement, 10) != 0;
        row.parentId = figures.text(11);
        row.subgroup = figures.text(12);
        row.sourceId = figures.text(13);
        row.quote = figures.text(14);
        row.quoteOffset = sqlite3_column_int64(statement, 15);
        row.note = figures.text(16);
        // A damaged row (edited outside the app) is said, not read as zero or as no date.
        if (const QString damage = figureRowDamage(valueType, figures, row); !damage.isEmpty()) {
            result.error = damage;
            result.damaged = true;
            return result;
        }
        if (!slice.append(row)) {
            result.error = QStringLiteral("the figures changed while they were being read; open the database again");
            return result;
        }
        places[count] = sqlite3_column_int64(statement, 17);
        if (++count % 8192 == 0) {
            if (done)
                done->store(count);
            if (cancelled.load() || (keepGoing && !keepGoing(count))) {
                cancelled.store(true);
                result.cancelled = true;
                return result;
            }
        }
    }
    if (status != SQLITE_DONE) {
        result.error = figures.errorText();
        return result;
    }
    slice.finish();
    return result;
}

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

} // namespace

Result<Snapshot> Reader::catalog()
{
    Snapshot data;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto failed = [&](const QString& what) { return databaseError(m_path, what, query.lastError()); };

    if (!query.exec(QStringLiteral("SELECT key, value FROM meta")))
        return failed(QStringLiteral("cannot read the dataset's title"));
    while (query.next()) {
        if (query.value(0).toString() == u"title")
            data.title = query.value(1).toString();
        else if (query.value(0).toString() == u"description")
            data.description = query.value(1).toString();
    }

    if (!query.exec(QStringLiteral("SELECT key, label, unit, kind, hxl FROM metrics WHERE builtin = 0 ORDER BY rowid")))
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
    QSqlQuery query(m_db);
    query.prepare(kind == RecordKind::Figure ? QStringLiteral("SELECT 1 FROM figures WHERE id = ?")
            : kind == RecordKind::Event      ? QStringLiteral("SELECT 1 FROM events WHERE id = ?")
                                             : QStringLiteral("SELECT 1 FROM sources WHERE id = ?"));
    QStringList found;
    for (const QString& id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            return databaseError(m_path, QStringLiteral("cannot look up \"%1\"").arg(id), query.lastError());
        if (query.next())
            found.append(id);
        query.finish();
    }
    return found;
}

Result<Snapshot> Reader::snapshot(const Progress& progress)
{
    auto catalog = this->catalog();
    if (!catalog)
        return catalog.error();
    Snapshot data = std::move(catalog.value());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const auto failed = [&](const QString& what) { return databaseError(m_path, what, query.lastError()); };

    // Figures through SQLite's own API: a million rows, no QVariant or QString per cell.
    sqlite3* handle = handleOf(m_db);
    if (!handle)
        return makeError(Error::Code::Database, QStringLiteral("%1: not an SQLite connection").arg(m_path));
    qint64 total = 0;
    qint64 lowest = 0;
    qint64 highest = 0;
    {
        Statement range(handle, "SELECT count(*), COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM figures");
        if (!range.ok() || sqlite3_step(range.get()) != SQLITE_ROW)
            return sqliteError(m_path, QStringLiteral("cannot read figures"), range.errorText());
        total = sqlite3_column_int64(range.get(), 0);
        lowest = sqlite3_column_int64(range.get(), 1);
        highest = sqlite3_column_int64(range.get(), 2);
    }
    // Two cores, two halves: this thread reads the first half on Qt's connection, a helper the second on a
    // read-only connection of its own (WAL lets them read side by side), each straight into its rows of one
    // table.
    std::atomic<qint64> helperDone { 0 };
    std::atomic<bool> cancelled { false };
    const bool split = total >= 65536 && !m_helperUri.isEmpty();
    const qint64 middle = split ? lowest + (highest - lowest) / 2 : highest;
    qint64 firstCount = total;
    if (split && highest - lowest + 1 == total) {
        firstCount = middle - lowest + 1; // seq runs without gaps: no need to count
    } else if (split) {
        Statement count(handle, "SELECT count(*) FROM figures WHERE seq <= ?");
        sqlite3_bind_int64(count.get(), 1, middle);
        if (!count.ok() || sqlite3_step(count.get()) != SQLITE_ROW)
            return sqliteError(m_path, QStringLiteral("cannot read figures"), count.errorText());
        firstCount = sqlite3_column_int64(count.get(), 0);
    }
    FigureTable::SlicedBuilder builder(total);
    data.figurePlaces.resize(static_cast<size_t>(total));
    qint64* const places = data.figurePlaces.data();
    FigureTable::SlicedBuilder::Slice& firstSlice = builder.slice(0, firstCount);
    FigureTable::SlicedBuilder::Slice& secondSlice = builder.slice(firstCount, total - firstCount);
    FigureReadResult second;
    std::thread helper;
    if (split) {
        helper = std::thread([&, uri = m_helperUri] {
            sqlite3* own = nullptr;
            if (sqlite3_open_v2(uri.constData(), &own, openFlags(Access::ReadOnly) | SQLITE_OPEN_NOMUTEX, nullptr)
                    != SQLITE_OK
                || sqlite3_busy_timeout(own, busyTimeoutMs) != SQLITE_OK)
                second.error = QString::fromUtf8(sqlite3_errmsg(own));
            else
                second = readFigures(
                    own, middle + 1, highest, secondSlice, places + firstCount, &helperDone, cancelled, {});
            sqlite3_close(own);
        });
    }
    const FigureReadResult first = readFigures(handle, lowest, middle, firstSlice, places, nullptr, cancelled,
        [&](qint64 done) { return !progress || progress(done + helperDone.load(), total); });
    if (helper.joinable())
        helper.join();
    if (first.cancelled || second.cancelled)
        return makeError(Error::Code::Cancelled, QStringLiteral("cancelled"));
    // A damaged row (edited outside the app) is said, not read as zero or as no date.
    const auto damaged = [&](const QString& detail) {
        return makeError(
            Error::Code::Corrupt, QStringLiteral("%1 is damaged: %2").arg(QDir::toNativeSeparators(m_path), detail));
    };
    if (first.damaged || second.damaged)
        return damaged(first.damaged ? first.error : second.error);
    if (!first.error.isEmpty() || !second.error.isEmpty())
        return sqliteError(
            m_path, QStringLiteral("cannot read figures"), first.error.isEmpty() ? second.error : first.error);
    std::optional<FigureTable> table = builder.join();
    if (!table)
        return makeError(Error::Code::Database,
            QStringLiteral("%1: the figures changed while they were being read; open the database again").arg(m_path));
    data.figures = std::move(*table);
    if (progress)
        progress(total, total);

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
    const auto eachRow = [&](const QString& sql, const QString& what, const std::function<void(Event&)>& add) {
        if (!query.exec(sql))
            return false;
        while (query.next()) {
            if (const auto it = eventIndex.constFind(query.value(0).toString()); it != eventIndex.cend())
                add(data.events[*it]);
        }
        Q_UNUSED(what);
        return !query.lastError().isValid();
    };
    if (!eachRow(QStringLiteral("SELECT event_id, actor FROM event_actors ORDER BY event_id, position"),
            QStringLiteral("actors"), [&](Event& e) { e.actors.append(pool.intern(query.value(1).toString())); }))
        return failed(QStringLiteral("cannot read event actors"));
    if (!eachRow(QStringLiteral("SELECT event_id, source_id, quote, quote_offset FROM event_citations"
                                " ORDER BY event_id, position"),
            QStringLiteral("citations"), [&](Event& e) {
                e.citations.append(
                    { pool.intern(query.value(1).toString()), query.value(2).toString(), query.value(3).toLongLong() });
            }))
        return failed(QStringLiteral("cannot read event citations"));
    if (!eachRow(QStringLiteral("SELECT event_id, chart FROM event_charts ORDER BY event_id, position"),
            QStringLiteral("charts"), [&](Event& e) { e.charts.append(pool.intern(query.value(1).toString())); }))
        return failed(QStringLiteral("cannot read event charts"));
    // Every cited source is there (a database whose foreign keys were turned off may cite one that is not).
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
    return data;
}

Result<Snapshot> Reader::records(const QStringList& figureIds, const QStringList& eventIds)
{
    Snapshot data;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The seq of each id stored, in the order records are listed.
    const auto placesOf
        = [&](const QString& table, const QStringList& ids) -> Result<std::vector<std::pair<qint64, QString>>> {
        query.prepare(QStringLiteral("SELECT seq FROM ") + table + QStringLiteral(" WHERE id = ?"));
        std::vector<std::pair<qint64, QString>> places;
        for (const QString& id : ids) {
            query.addBindValue(id);
            if (!query.exec())
                return databaseError(m_path, QStringLiteral("cannot look up \"%1\"").arg(id), query.lastError());
            if (query.next())
                places.emplace_back(query.value(0).toLongLong(), id);
            query.finish();
        }
        std::sort(places.begin(), places.end());
        return places;
    };
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
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT ") + QLatin1String(sourceColumns) + QStringLiteral(" FROM sources WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return databaseError(m_path, QStringLiteral("cannot read source \"%1\"").arg(id), query.lastError());
    return sourceFrom(query);
}

Result<Figure> Reader::figure(qint64 seq)
{
    sqlite3* handle = handleOf(m_db);
    if (!handle)
        return makeError(Error::Code::Database, QStringLiteral("%1: not an SQLite connection").arg(m_path));
    FigureTable::SlicedBuilder builder(1);
    FigureTable::SlicedBuilder::Slice& slice = builder.slice(0, 1);
    std::atomic<bool> cancelled { false };
    qint64 place = 0;
    const FigureReadResult read = readFigures(handle, seq, seq, slice, &place, nullptr, cancelled, {});
    if (!read.error.isEmpty())
        return sqliteError(m_path, QStringLiteral("cannot read a figure"), read.error);
    std::optional<FigureTable> table = builder.join();
    if (!table)
        return makeError(Error::Code::Database, QStringLiteral("%1: cannot read a figure").arg(m_path));
    return table->figure(0);
}

Result<Event> Reader::event(const QString& id)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT ") + QLatin1String(eventColumns) + QStringLiteral(" FROM events WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return databaseError(m_path, QStringLiteral("cannot read event \"%1\"").arg(id), query.lastError());
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
        return databaseError(m_path, QStringLiteral("cannot read event \"%1\"").arg(id), query.lastError());
    return event;
}

} // namespace crisis::core::sqlite
