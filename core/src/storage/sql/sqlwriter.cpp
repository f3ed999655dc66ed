#include "sqlwriter.h"

#include <crisis/core/model/metricregistry.h>

#include <QSet>
#include <QVariant>

namespace crisis::core::sql {

qint64 Writer::nextSeq(const QString& table)
{
    QSqlQuery query(m_store.db);
    if (query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM ") + table) && query.next())
        return query.value(0).toLongLong();
    return 1;
}

Result<QString> Writer::firstMissing(const char* table, const char* column, const QStringList& keys)
{
    QSqlQuery query(m_store.db);
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(QLatin1String(table), QLatin1String(column)));
    for (const QString& key : keys) {
        query.bindValue(0, key);
        if (!query.exec())
            return failure(QStringLiteral("cannot check what the records refer to"), query);
        const bool found = query.next();
        query.finish();
        if (!found)
            return key;
    }
    return QString();
}

Result<void> Writer::checkReferences(const Snapshot& data)
{
    // What the foreign keys would have checked row by row, checked once per distinct value: the figures'
    // sources, metrics and parents, and the events' sources.
    const FigureTable& f = data.figures;
    // The texts of a dictionary that rows use (a dictionary also holds the empty text, used or not), then the first
    // of them the table lacks, said with the first figure that names it.
    // A parent that is one of `data`'s own figures was written with them: only the others are looked up (none of a
    // million figures' fifty thousand parents when a dataset is set up or a file's figures break down its own).
    const auto check = [&](const char* table, const char* column, const StringDictionary& texts, auto codeOf,
                           const QString& says, bool writtenWithThem = false) -> Result<void> {
        std::vector<bool> used(static_cast<size_t>(texts.size()));
        for (qsizetype row = 0; row < f.size(); ++row)
            used[codeOf(row)] = true;
        QStringList keys;
        std::vector<quint32> codes;
        for (qsizetype code = 0; code < texts.size(); ++code) {
            const QString& text = texts.text(static_cast<quint32>(code));
            if (used[static_cast<size_t>(code)] && !text.isEmpty() && !(writtenWithThem && f.rowOfId(text) >= 0)) {
                keys.append(text);
                codes.push_back(static_cast<quint32>(code));
            }
        }
        auto absent = firstMissing(table, column, keys);
        if (!absent)
            return absent.error();
        if (absent.value().isNull())
            return {};
        // The first figure that names it (the first of all should the server have given the key back otherwise).
        const qsizetype at = keys.indexOf(absent.value());
        qsizetype row = 0;
        while (at >= 0 && row < f.size() && codeOf(row) != codes[static_cast<size_t>(at)])
            ++row;
        row = row < f.size() ? row : 0;
        Error error(Error::Code::Database,
            QStringLiteral("%1: figure \"%2\" %3").arg(m_store.name, f.id(row), says.arg(absent.value())));
        error.record = { RecordKind::Figure, f.id(row) };
        return error;
    };
    if (auto checked = check(
            "sources", "id", f.sources(), [&](qsizetype row) { return f.sourceCode(row); },
            QStringLiteral("cites source \"%1\", which does not exist"));
        !checked)
        return checked;
    if (auto checked = check(
            "metrics", "key", f.metrics(), [&](qsizetype row) { return f.metricCode(row); },
            QStringLiteral("measures metric \"%1\", which does not exist"));
        !checked)
        return checked;
    if (auto checked = check(
            "figures", "id", f.parents(), [&](qsizetype row) { return f.parentCode(row); },
            QStringLiteral("breaks down figure \"%1\", which does not exist"), true);
        !checked)
        return checked;
    QStringList cited;
    QSet<QString> seen;
    for (const Event& event : data.events) {
        for (const Citation& citation : event.citations) {
            if (!seen.contains(citation.sourceId)) {
                seen.insert(citation.sourceId);
                cited.append(citation.sourceId);
            }
        }
    }
    auto absent = firstMissing("sources", "id", cited);
    if (!absent)
        return absent.error();
    if (absent.value().isNull())
        return {};
    for (const Event& event : data.events) {
        for (const Citation& citation : event.citations) {
            if (citation.sourceId == absent.value()) {
                Error error(Error::Code::Database,
                    QStringLiteral("%1: event \"%2\" cites source \"%3\", which does not exist")
                        .arg(m_store.name, event.id, citation.sourceId));
                error.record = { RecordKind::Event, event.id };
                return error;
            }
        }
    }
    return {};
}

Result<void> Writer::write(const Snapshot& data, bool setInfo, const Progress& progress, bool checkReferences)
{
    QSqlQuery query(m_store.db);
    if (setInfo) {
        query.prepare(QStringLiteral(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        for (const auto& [key, value] : { std::pair { QStringLiteral("title"), data.title },
                 std::pair { QStringLiteral("description"), data.description } }) {
            query.addBindValue(key);
            query.addBindValue(nonNull(value));
            if (!query.exec())
                return failure(QStringLiteral("cannot store the dataset's title"), query);
        }
    }

    query.prepare(QStringLiteral("SELECT label, unit, kind, hxl FROM metrics WHERE key = ?"));
    QSqlQuery insertMetric(m_store.db);
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
                return Error(Error::Code::InvalidInput,
                    QStringLiteral("metric \"%1\" differs from the one already in %2").arg(metric.key, m_store.name));
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
    QSqlQuery query(m_store.db);
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
    QSqlQuery query(m_store.db);
    query.prepare(QStringLiteral(
        "INSERT INTO events (id, seq, period, period_first, period_last, period_inferred, period_note, title,"
        " summary, category, location, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery actor(m_store.db);
    actor.prepare(QStringLiteral("INSERT INTO event_actors (event_id, position, actor) VALUES (?, ?, ?)"));
    QSqlQuery citation(m_store.db);
    citation.prepare(QStringLiteral(
        "INSERT INTO event_citations (event_id, position, source_id, quote, quote_offset) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery chart(m_store.db);
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
    QSqlQuery query(m_store.db);
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

const QString& Writer::figureColumns()
{
    static const QString columns = QStringLiteral(
        "id, seq, metric, value, qualifier, subject, status, period, period_first, period_last, period_inferred,"
        " period_note, reported, reported_inferred, parent_id, subgroup, source_id, quote, quote_offset, note");
    return columns;
}

QVariantList Writer::figureValues(const Figure& figure, qint64 seq)
{
    return { nonNull(figure.id), seq, nonNull(figure.metric), figure.value, nonNull(figure.qualifier),
        nonNull(figure.subject), statusKey(figure.status), nonNull(figure.period.toEdtf()),
        nonNull(figure.period.earliest().toString(Qt::ISODate)), nonNull(figure.period.latest().toString(Qt::ISODate)),
        boolText(figure.periodInferred), nonNull(figure.periodNote), nonNull(figure.reported.toEdtf()),
        boolText(figure.reportedInferred),
        figure.parentId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(figure.parentId),
        nonNull(figure.subgroup), nonNull(figure.citation.sourceId), nonNull(figure.citation.quote),
        figure.citation.offset, nonNull(figure.note) };
}

Result<void> Writer::writeFigures(const FigureTable& figures, const Progress& progress, const std::vector<qint64>& seqs)
{
    Seqs seq(nextSeq(QStringLiteral("figures")), seqs);
    // Blocks of rows, one statement each: every statement is a round trip to a server.
    constexpr qsizetype blockRows = 64;
    const QString insertSql = QStringLiteral("INSERT INTO figures (") + figureColumns() + QStringLiteral(") VALUES ");
    const QString rowParameters = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QSqlQuery one(m_store.db);
    one.prepare(insertSql + rowParameters);
    QSqlQuery block(m_store.db);
    QStringList blockParameters;
    for (qsizetype i = 0; i < blockRows; ++i)
        blockParameters.append(rowParameters);
    block.prepare(insertSql + blockParameters.join(QStringLiteral(", ")));
    const auto bind = [&](QSqlQuery& query, qsizetype row, qint64 seqOfRow) {
        for (const QVariant& value : figureValues(figures.figure(row), seqOfRow))
            query.addBindValue(value);
    };
    const auto addOne = [&](qsizetype row, qint64 seqOfRow) -> Result<void> {
        bind(one, row, seqOfRow);
        if (one.exec())
            return {};
        Error error = failure(QStringLiteral("cannot add figure \"%1\"").arg(figures.id(row)), one);
        error.record = { RecordKind::Figure, figures.id(row) };
        return error;
    };
    const qsizetype total = figures.size();
    // Progress after the first rows, every 4,096 rows and at the end; false once cancelled.
    const auto reportProgress = [&](qsizetype done, qsizetype before) {
        const bool due = before == 0 || done == total || done / 4096 != before / 4096;
        return !progress || !due || progress(done, total);
    };
    const auto cancelled
        = [] { return Error(Error::Code::Cancelled, QStringLiteral("cancelled; nothing was written")); };
    std::vector<qint64> blockSeqs(static_cast<size_t>(blockRows));
    qsizetype row = 0;
    for (; row + blockRows <= total; row += blockRows) {
        // A block that breaks a rule writes nothing, and its rows one by one then find the figure that does; a
        // savepoint keeps the transaction usable for that.
        QSqlError error;
        if (!exec(m_store.db, QStringLiteral("SAVEPOINT figures_block"), &error))
            return m_store.error(QStringLiteral("cannot add figures"), error);
        for (qsizetype slot = 0; slot < blockRows; ++slot) {
            blockSeqs[static_cast<size_t>(slot)] = seq.at(row + slot);
            bind(block, row + slot, blockSeqs[static_cast<size_t>(slot)]);
        }
        if (!block.exec()) {
            const Error blockError = failure(QStringLiteral("cannot add figures"), block);
            if (!exec(m_store.db, QStringLiteral("ROLLBACK TO SAVEPOINT figures_block"), &error))
                return blockError;
            // One by one, the first row that breaks a rule is named; rows that all go in one by one are kept.
            for (qsizetype slot = 0; slot < blockRows; ++slot) {
                if (auto added = addOne(row + slot, blockSeqs[static_cast<size_t>(slot)]); !added)
                    return added;
            }
        }
        if (!exec(m_store.db, QStringLiteral("RELEASE SAVEPOINT figures_block"), &error))
            return m_store.error(QStringLiteral("cannot add figures"), error);
        if (!reportProgress(row + blockRows, row))
            return cancelled();
    }
    for (; row < total; ++row) {
        if (auto added = addOne(row, seq.at(row)); !added)
            return added;
        if (!reportProgress(row + 1, row))
            return cancelled();
    }
    return {};
}

Result<void> Writer::writeInParts(const std::function<Result<std::optional<FigureTable>>()>& nextPart,
    const std::function<Result<const Snapshot*>()>& rest, const Progress& progress,
    const std::function<void(const FigureTable& part)>& eachPart,
    const std::function<void(const Snapshot& rest)>& restWritten)
{
    const bool titled = hasTitle();
    qint64 written = 0;
    for (;;) {
        auto part = nextPart();
        if (!part)
            return part.error();
        if (!part.value())
            break;
        const qint64 before = written;
        // Progress counts every figure written so far, the total unknown (0) while the file is read.
        auto added
            = writeFigures(*part.value(), [&](qint64 done, qint64) { return !progress || progress(before + done, 0); });
        if (!added)
            return added;
        written += part.value()->size();
        if (eachPart)
            eachPart(*part.value());
    }
    auto remaining = rest();
    if (!remaining)
        return remaining.error();
    Snapshot others;
    others.title = remaining.value()->title;
    others.description = remaining.value()->description;
    others.metrics = remaining.value()->metrics;
    others.sources = remaining.value()->sources;
    others.events = remaining.value()->events;
    others.stories = remaining.value()->stories;
    if (auto added = write(others, !titled && !others.title.isEmpty(), {}); !added)
        return added;
    if (auto checked = checkReferences(*remaining.value()); !checked)
        return checked;
    if (restWritten)
        restWritten(others);
    return {};
}

Result<void> Writer::deleteStory(const QString& id)
{
    QSqlQuery query(m_store.db);
    query.prepare(QStringLiteral("DELETE FROM stories WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(QStringLiteral("cannot delete story \"%1\"").arg(id), query);
    return {};
}

Result<void> Writer::clear()
{
    QSqlError error;
    for (const char* table : { "story_steps", "stories", "event_charts", "event_citations", "event_actors", "events",
             "figures", "sources", "meta" }) {
        if (!exec(m_store.db, QStringLiteral("DELETE FROM ") + QLatin1String(table), &error))
            return m_store.error(QStringLiteral("cannot clear %1").arg(QLatin1String(table)), error);
    }
    if (!exec(m_store.db, QStringLiteral("DELETE FROM metrics WHERE builtin = 0"), &error))
        return m_store.error(QStringLiteral("cannot clear metrics"), error);
    return {};
}

bool Writer::hasTitle()
{
    QSqlQuery query(m_store.db);
    return query.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'title' AND value <> ''")) && query.next();
}

} // namespace crisis::core::sql
