#include "sqlitewriter.h"

#include "sqliteschema.h"
#include "sqlitesupport.h"

#include <crisis/core/model/metricregistry.h>

#include <QDir>
#include <QSqlError>

#include <map>
#include <string>

namespace crisis::core::sqlite {

qint64 Writer::nextSeq(const QString& table)
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM ") + table) && query.next())
        return query.value(0).toLongLong();
    return 1;
}

Result<void> Writer::writeFigures(const FigureTable& figures, const Progress& progress, const std::vector<qint64>& seqs)
{
    sqlite3* handle = handleOf(m_db);
    if (!handle)
        return makeError(Error::Code::Database, QStringLiteral("%1: not an SQLite connection").arg(m_path));
    // One row per statement, and blocks of rows per statement: each statement run opens and closes the table and
    // its index, which for single rows costs as much as the insert.
    constexpr int columns = 20;
    constexpr int blockRows = 32;
    static const QByteArray rowParameters = []() -> QByteArray {
        QByteArray text = "(?";
        for (int i = 1; i < columns; ++i)
            text += ", ?";
        return text + ')';
    }();
    const QByteArray insertSql
        = "INSERT INTO figures (id, seq, metric, value, qualifier, subject, status, period, "
          "period_first, period_last, period_inferred, period_note, reported, reported_inferred, "
          "parent_id, subgroup, source_id, quote, quote_offset, note) VALUES ";
    Statement insert(handle, QByteArray(insertSql + rowParameters).constData());
    QByteArray blockSql = insertSql + rowParameters;
    for (int i = 1; i < blockRows; ++i)
        blockSql += ", " + rowParameters;
    Statement block(handle, blockSql.constData());
    if (!insert.ok() || !block.ok())
        return sqliteError(m_path, QStringLiteral("cannot add figures"), insert.errorText());
    // Dictionary texts as UTF-8 once, not once per row.
    const auto utf8Of = [](const StringDictionary& dictionary) {
        std::vector<QByteArray> texts;
        for (qsizetype code = 0; code < dictionary.size(); ++code)
            texts.push_back(dictionary.text(static_cast<quint32>(code)).toUtf8());
        return texts;
    };
    const auto metrics = utf8Of(figures.metrics());
    const auto qualifiers = utf8Of(figures.qualifiers());
    const auto subjects = utf8Of(figures.subjects());
    const auto subgroups = utf8Of(figures.subgroups());
    const auto sources = utf8Of(figures.sources());
    const auto periodNotes = utf8Of(figures.periodNotes());
    const auto notes = utf8Of(figures.notes());
    const auto parents = utf8Of(figures.parents());
    std::vector<QByteArray> statuses;
    for (const FigureStatus status : allStatuses())
        statuses.push_back(statusKey(status).toUtf8());
    const auto view = [](const QByteArray& bytes) {
        return std::string_view(bytes.constData(), static_cast<size_t>(bytes.size()));
    };
    const qint64 next = nextSeq(QStringLiteral("figures"));
    Seqs seq(next, seqs);
    // Many rows into a table with few: the secondary indexes are built once at the end, which is several times
    // faster than keeping them up to date row by row.
    const bool rebuildIndexes = figures.size() >= 100'000 && figures.size() >= next;
    if (rebuildIndexes) {
        for (const IndexDefinition& index : figureIndexes) {
            QSqlError error;
            if (!exec(m_db, dropIndexSql(index), &error))
                return databaseError(m_path, QStringLiteral("cannot add figures"), error);
        }
    }
    const qint64 total = figures.size();
    // The dates of each row of a block as text, each in a buffer of its own that lives until the block is run
    // (no QString per cell).
    std::vector<std::string> dates(blockRows);
    for (std::string& buffer : dates)
        buffer.reserve(64);
    const auto bindRow = [&](const Statement& statement, int slot, qsizetype row, qint64 seqOfRow) {
        sqlite3_stmt* handle = statement.get();
        const int at = slot * columns;
        const Period period = figures.period(row);
        std::string& text = dates[static_cast<size_t>(slot)];
        text.clear();
        period.appendEdtf(text);
        const size_t periodEnd = text.size();
        figures.reported(row).appendEdtf(text);
        const size_t reportedEnd = text.size();
        period.appendEarliestIso(text);
        const size_t firstEnd = text.size();
        period.appendLatestIso(text);
        const std::string_view all(text);
        const QByteArray& parentId = parents[figures.parentCode(row)];
        statement.bind(at + 1, figures.idUtf8(row));
        sqlite3_bind_int64(handle, at + 2, seqOfRow);
        statement.bind(at + 3, view(metrics[figures.metricCode(row)]));
        sqlite3_bind_double(handle, at + 4, figures.value(row));
        statement.bind(at + 5, view(qualifiers[figures.qualifierCode(row)]));
        statement.bind(at + 6, view(subjects[figures.subjectCode(row)]));
        statement.bind(at + 7, view(statuses[static_cast<size_t>(figures.status(row))]));
        statement.bind(at + 8, all.substr(0, periodEnd));
        statement.bind(at + 9, all.substr(reportedEnd, firstEnd - reportedEnd));
        statement.bind(at + 10, all.substr(firstEnd));
        sqlite3_bind_int(handle, at + 11, figures.periodInferred(row) ? 1 : 0);
        statement.bind(at + 12, view(periodNotes[figures.periodNoteCode(row)]));
        statement.bind(at + 13, all.substr(periodEnd, reportedEnd - periodEnd));
        sqlite3_bind_int(handle, at + 14, figures.reportedInferred(row) ? 1 : 0);
        if (parentId.isEmpty())
            sqlite3_bind_null(handle, at + 15);
        else
            statement.bind(at + 15, view(parentId));
        statement.bind(at + 16, view(subgroups[figures.subgroupCode(row)]));
        statement.bind(at + 17, view(sources[figures.sourceCode(row)]));
        statement.bind(at + 18, figures.quoteUtf8(row));
        sqlite3_bind_int64(handle, at + 19, figures.quoteOffset(row));
        statement.bind(at + 20, view(notes[figures.noteCode(row)]));
    };
    // Progress after the first rows, every 16,384 rows and at the end; false once cancelled.
    const auto reportProgress = [&](qsizetype done, qsizetype before) {
        const bool due = before == 0 || done == total || done / 16384 != before / 16384;
        return !progress || !due || progress(done, total);
    };
    std::vector<qint64> blockSeqs(blockRows);
    qsizetype row = 0;
    for (; row + blockRows <= total; row += blockRows) {
        for (int slot = 0; slot < blockRows; ++slot) {
            blockSeqs[static_cast<size_t>(slot)] = seq.at(row + slot);
            bindRow(block, slot, row + slot, blockSeqs[static_cast<size_t>(slot)]);
        }
        const int stepped = sqlite3_step(block.get());
        sqlite3_reset(block.get());
        if (stepped != SQLITE_DONE) {
            // A row broke a constraint: the block wrote nothing, and its rows one by one find the figure. Anything
            // else (a full disk, say) may have ended the transaction: it is reported as it is.
            if ((sqlite3_extended_errcode(handle) & 0xff) != SQLITE_CONSTRAINT || sqlite3_get_autocommit(handle))
                return sqliteError(m_path, QStringLiteral("cannot add figures"), block.errorText());
            break;
        }
        if (!reportProgress(row + blockRows, row))
            return makeError(Error::Code::Cancelled, QStringLiteral("cancelled; nothing was written"));
    }
    // The rows after the last whole block, or those of a block that failed.
    const qsizetype failedBlock = row + blockRows <= total ? row : -1;
    for (; row < total; ++row) {
        const qint64 seqOfRow = failedBlock >= 0 && row < failedBlock + blockRows
            ? blockSeqs[static_cast<size_t>(row - failedBlock)]
            : seq.at(row);
        bindRow(insert, 0, row, seqOfRow);
        if (sqlite3_step(insert.get()) != SQLITE_DONE) {
            Error error = sqliteError(
                m_path, QStringLiteral("cannot add figure \"%1\"").arg(figures.id(row)), insert.errorText());
            error.record = { RecordKind::Figure, figures.id(row) };
            return error;
        }
        sqlite3_reset(insert.get());
        if (!reportProgress(row + 1, row))
            return makeError(Error::Code::Cancelled, QStringLiteral("cancelled; nothing was written"));
    }
    if (rebuildIndexes) {
        for (const IndexDefinition& index : figureIndexes) {
            QSqlError error;
            if (!exec(m_db, createIndexSql(index), &error))
                return databaseError(m_path, QStringLiteral("cannot index figures"), error);
        }
    }
    return {};
}

Result<void> Writer::checkReferences(const Snapshot& data)
{
    // What the foreign keys would have checked row by row, checked once per distinct value: the figures'
    // sources, metrics and parents, and the events' sources.
    const FigureTable& f = data.figures;
    // Each lookup prepared once: a million figures may name fifty thousand parents.
    std::map<const char*, QSqlQuery> queries;
    const auto exists = [&](const char* sql, const QString& value) {
        auto [at, added] = queries.try_emplace(sql, m_db);
        QSqlQuery& query = at->second;
        if (added)
            query.prepare(QString::fromLatin1(sql));
        query.bindValue(0, value);
        const bool found = query.exec() && query.next();
        query.finish();
        return found;
    };
    const auto firstRowWith = [&](auto codeOf, quint32 code) {
        for (qsizetype row = 0; row < f.size(); ++row) {
            if (codeOf(row) == code)
                return row;
        }
        return qsizetype(0);
    };
    const auto missing = [&](qsizetype row, const QString& what) {
        Error error(Error::Code::Database,
            QStringLiteral("%1: figure \"%2\" %3").arg(QDir::toNativeSeparators(m_path), f.id(row), what));
        error.record = { RecordKind::Figure, f.id(row) };
        return error;
    };
    // The codes rows use (a dictionary also holds the empty text, used or not).
    std::vector<bool> usedSources(static_cast<size_t>(f.sources().size()));
    std::vector<bool> usedMetrics(static_cast<size_t>(f.metrics().size()));
    for (qsizetype row = 0; row < f.size(); ++row) {
        usedSources[f.sourceCode(row)] = true;
        usedMetrics[f.metricCode(row)] = true;
    }
    for (qsizetype code = 0; code < f.sources().size(); ++code) {
        const QString& id = f.sources().text(static_cast<quint32>(code));
        if (usedSources[static_cast<size_t>(code)] && !exists("SELECT 1 FROM sources WHERE id = ?", id))
            return missing(firstRowWith([&](qsizetype row) { return f.sourceCode(row); }, static_cast<quint32>(code)),
                QStringLiteral("cites source \"%1\", which does not exist").arg(id));
    }
    for (qsizetype code = 0; code < f.metrics().size(); ++code) {
        const QString& key = f.metrics().text(static_cast<quint32>(code));
        if (usedMetrics[static_cast<size_t>(code)] && !exists("SELECT 1 FROM metrics WHERE key = ?", key))
            return missing(firstRowWith([&](qsizetype row) { return f.metricCode(row); }, static_cast<quint32>(code)),
                QStringLiteral("measures metric \"%1\", which does not exist").arg(key));
    }
    for (qsizetype code = 0; code < f.parents().size(); ++code) {
        const QString& id = f.parents().text(static_cast<quint32>(code));
        if (!id.isEmpty() && !exists("SELECT 1 FROM figures WHERE id = ?", id))
            return missing(firstRowWith([&](qsizetype row) { return f.parentCode(row); }, static_cast<quint32>(code)),
                QStringLiteral("breaks down figure \"%1\", which does not exist").arg(id));
    }
    for (const Event& event : data.events) {
        for (const Citation& citation : event.citations) {
            if (!exists("SELECT 1 FROM sources WHERE id = ?", citation.sourceId)) {
                Error error(Error::Code::Database,
                    QStringLiteral("%1: event \"%2\" cites source \"%3\", which does not exist")
                        .arg(QDir::toNativeSeparators(m_path), event.id, citation.sourceId));
                error.record = { RecordKind::Event, event.id };
                return error;
            }
        }
    }
    return {};
}

Result<void> Writer::write(const Snapshot& data, bool setInfo, const Progress& progress, bool checkReferences)
{
    QSqlQuery query(m_db);
    if (setInfo) {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        for (const auto& [key, value] : { std::pair { QStringLiteral("title"), data.title },
                 std::pair { QStringLiteral("description"), data.description } }) {
            query.addBindValue(key);
            query.addBindValue(nonNull(value));
            if (!query.exec())
                return failure(QStringLiteral("cannot store the dataset's title"), query);
        }
    }

    query.prepare(QStringLiteral("SELECT label, unit, kind, hxl FROM metrics WHERE key = ?"));
    QSqlQuery insertMetric(m_db);
    insertMetric.prepare(
        QStringLiteral("INSERT INTO metrics (key, label, unit, kind, hxl, builtin) VALUES (?, ?, ?, ?, ?, 0)"));
    for (const Metric& metric : data.metrics) {
        query.addBindValue(metric.key);
        if (!query.exec())
            return failure(QStringLiteral("cannot read metric \"%1\"").arg(metric.key), query);
        if (query.next()) {
            const Metric stored { metric.key, query.value(0).toString(), query.value(1).toString(),
                query.value(2).toString() == u"flow" ? Metric::Kind::Flow : Metric::Kind::Stock,
                query.value(3).toString() };
            if (stored != metric)
                return makeError(Error::Code::InvalidInput,
                    QStringLiteral("metric \"%1\" differs from the one already in %2")
                        .arg(metric.key, QDir::toNativeSeparators(m_path)));
            continue;
        }
        insertMetric.addBindValue(metric.key);
        insertMetric.addBindValue(nonNull(metric.label));
        insertMetric.addBindValue(nonNull(metric.unit));
        insertMetric.addBindValue(MetricRegistry::kindKey(metric.kind));
        insertMetric.addBindValue(nonNull(metric.hxl));
        if (!insertMetric.exec())
            return failure(QStringLiteral("cannot add metric \"%1\"").arg(metric.key), insertMetric);
    }

    query.finish();
    if (auto written = writeSources(data.sources); !written)
        return written;
    if (auto written = writeFigures(data.figures, progress); !written)
        return written;
    if (auto written = writeEvents(data.events); !written)
        return written;
    for (const Story& story : data.stories) {
        if (auto written = writeStory(story); !written)
            return written;
    }
    if (checkReferences)
        return this->checkReferences(data);
    return {};
}

Result<void> Writer::writeSources(const QList<Source>& sources, const std::vector<qint64>& seqs)
{
    Seqs seq(nextSeq(QStringLiteral("sources")), seqs);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO sources (id, seq, document, text_sha256, outlet, title, description, author, published,"
        " published_inferred, published_note, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const Source& source = sources.at(i);
        query.addBindValue(nonNull(source.id));
        query.addBindValue(seq.at(i));
        query.addBindValue(nonNull(source.document));
        query.addBindValue(nonNull(source.textSha256));
        query.addBindValue(nonNull(source.outlet));
        query.addBindValue(nonNull(source.title));
        query.addBindValue(nonNull(source.description));
        query.addBindValue(nonNull(source.author));
        query.addBindValue(nonNull(source.published.toEdtf()));
        query.addBindValue(boolText(source.publishedInferred));
        query.addBindValue(nonNull(source.publishedNote));
        query.addBindValue(nonNull(source.url));
        if (!query.exec()) {
            Error error = failure(QStringLiteral("cannot add source \"%1\"").arg(source.id), query);
            error.record = { RecordKind::Source, source.id };
            return error;
        }
    }
    return {};
}

Result<void> Writer::writeEvents(const QList<Event>& events, const std::vector<qint64>& seqs)
{
    Seqs seq(nextSeq(QStringLiteral("events")), seqs);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO events (id, seq, period, period_first, period_last, period_inferred, period_note, title,"
        " summary, category, location, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery actor(m_db);
    actor.prepare(QStringLiteral("INSERT INTO event_actors (event_id, position, actor) VALUES (?, ?, ?)"));
    QSqlQuery citation(m_db);
    citation.prepare(QStringLiteral(
        "INSERT INTO event_citations (event_id, position, source_id, quote, quote_offset) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery chart(m_db);
    chart.prepare(QStringLiteral("INSERT INTO event_charts (event_id, position, chart) VALUES (?, ?, ?)"));
    for (qsizetype e = 0; e < events.size(); ++e) {
        const Event& event = events.at(e);
        query.addBindValue(nonNull(event.id));
        query.addBindValue(seq.at(e));
        query.addBindValue(nonNull(event.period.toEdtf()));
        query.addBindValue(nonNull(event.period.earliest().toString(Qt::ISODate)));
        query.addBindValue(nonNull(event.period.latest().toString(Qt::ISODate)));
        query.addBindValue(boolText(event.periodInferred));
        query.addBindValue(nonNull(event.periodNote));
        query.addBindValue(nonNull(event.title));
        query.addBindValue(nonNull(event.summary));
        query.addBindValue(categoryKey(event.category));
        query.addBindValue(nonNull(event.location));
        query.addBindValue(eventStatusKey(event.status));
        if (!query.exec()) {
            Error error = failure(QStringLiteral("cannot add event \"%1\"").arg(event.id), query);
            error.record = { RecordKind::Event, event.id };
            return error;
        }
        for (qsizetype i = 0; i < event.actors.size(); ++i) {
            actor.addBindValue(event.id);
            actor.addBindValue(i);
            actor.addBindValue(nonNull(event.actors.at(i)));
            if (!actor.exec())
                return failure(QStringLiteral("cannot add an actor of event \"%1\"").arg(event.id), actor);
        }
        for (qsizetype i = 0; i < event.citations.size(); ++i) {
            const Citation& c = event.citations.at(i);
            citation.addBindValue(event.id);
            citation.addBindValue(i);
            citation.addBindValue(nonNull(c.sourceId));
            citation.addBindValue(nonNull(c.quote));
            citation.addBindValue(c.offset);
            if (!citation.exec())
                return failure(QStringLiteral("cannot add a citation of event \"%1\"").arg(event.id), citation);
        }
        for (qsizetype i = 0; i < event.charts.size(); ++i) {
            chart.addBindValue(event.id);
            chart.addBindValue(i);
            chart.addBindValue(event.charts.at(i));
            if (!chart.exec())
                return failure(QStringLiteral("cannot mark event \"%1\" on a chart").arg(event.id), chart);
        }
    }
    return {};
}

Result<void> Writer::writeStory(const Story& story)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT seq FROM stories WHERE id = ?"));
    query.addBindValue(story.id);
    qint64 seq = 0;
    if (query.exec() && query.next())
        seq = query.value(0).toLongLong();
    else
        seq = nextSeq(QStringLiteral("stories"));
    query.prepare(QStringLiteral("DELETE FROM stories WHERE id = ?"));
    query.addBindValue(story.id);
    if (!query.exec())
        return failure(QStringLiteral("cannot replace story \"%1\"").arg(story.id), query);
    query.prepare(QStringLiteral("INSERT INTO stories (id, seq, title) VALUES (?, ?, ?)"));
    query.addBindValue(nonNull(story.id));
    query.addBindValue(seq);
    query.addBindValue(nonNull(story.title));
    if (!query.exec())
        return failure(QStringLiteral("cannot save story \"%1\"").arg(story.id), query);
    query.prepare(QStringLiteral("INSERT INTO story_steps (story_id, position, event_id, note) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < story.steps.size(); ++i) {
        query.addBindValue(story.id);
        query.addBindValue(i);
        query.addBindValue(nonNull(story.steps.at(i).eventId));
        query.addBindValue(nonNull(story.steps.at(i).note));
        if (!query.exec())
            return failure(QStringLiteral("cannot save a step of story \"%1\"").arg(story.id), query);
    }
    return {};
}

bool hasTitle(QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'title' AND value <> ''")) && query.next();
}

BulkWrite::BulkWrite(QSqlDatabase& db, bool bulk)
    : m_db(db)
    , m_bulk(bulk)
{
    if (m_bulk) {
        exec(m_db, QStringLiteral("PRAGMA journal_mode = DELETE"));
        exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
}

BulkWrite::~BulkWrite()
{
    if (m_bulk) {
        exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
    }
}

} // namespace crisis::core::sqlite
