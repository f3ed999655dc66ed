#include "sqlchangestore.h"

#include <QSqlQuery>
#include <QVariant>

namespace crisis::core::sql {

namespace {

QLatin1String tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Figure:
        return QLatin1String("figures");
    case RecordKind::Event:
        return QLatin1String("events");
    case RecordKind::Source:
        break;
    }
    return QLatin1String("sources");
}

} // namespace

QString SqlChangeStore::name() const
{
    return m_store.name;
}

Result<QHash<QString, qint64>> SqlChangeStore::placesOf(RecordKind kind, const QStringList& ids)
{
    QSqlQuery query(m_store.db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq FROM ") + tableOf(kind) + QStringLiteral(" WHERE id = ?"));
    QHash<QString, qint64> places;
    for (const QString& id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            return m_store.error(QStringLiteral("cannot look up \"%1\"").arg(id), query.lastError());
        if (query.next())
            places.insert(id, query.value(0).toLongLong());
        query.finish();
    }
    return places;
}

Result<bool> SqlChangeStore::hasMetric(const QString& key)
{
    QSqlQuery query(m_store.db);
    query.prepare(QStringLiteral("SELECT 1 FROM metrics WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return m_store.error(QStringLiteral("cannot look up metric \"%1\"").arg(key), query.lastError());
    return query.next();
}

Result<QString> SqlChangeStore::parentOf(const QString& figureId)
{
    QSqlQuery query(m_store.db);
    query.prepare(QStringLiteral("SELECT parent_id FROM figures WHERE id = ?"));
    query.addBindValue(figureId);
    if (!query.exec())
        return m_store.error(QStringLiteral("cannot look up figure \"%1\"").arg(figureId), query.lastError());
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> SqlChangeStore::forEachCiting(
    const QString& sourceId, const std::function<void(RecordKind, const QString&)>& each)
{
    // Through the index on the cited source of event citations (SQLite's figures have one too; a team database's
    // figures are scanned, see version 3 of its schema).
    for (const auto& [kind, sql] :
        { std::pair { RecordKind::Figure, "SELECT id FROM figures WHERE source_id = ? ORDER BY seq" },
            std::pair { RecordKind::Event,
                "SELECT id FROM events WHERE id IN (SELECT event_id FROM event_citations WHERE source_id = ?)"
                " ORDER BY seq" } }) {
        auto ids = textsOf(m_store, QString::fromLatin1(sql), sourceId,
            QStringLiteral("cannot find what cites source \"%1\"").arg(sourceId));
        if (!ids)
            return ids.error();
        for (const QString& id : std::as_const(ids.value()))
            each(kind, id);
    }
    return {};
}

Result<QStringList> SqlChangeStore::partsOf(const QString& figureId)
{
    return textsOf(m_store, QStringLiteral("SELECT id FROM figures WHERE parent_id = ? ORDER BY seq"), figureId,
        QStringLiteral("cannot find the parts of figure \"%1\"").arg(figureId));
}

Result<QStringList> SqlChangeStore::storiesWith(const QString& eventId)
{
    return textsOf(m_store,
        QStringLiteral(
            "SELECT id FROM stories WHERE id IN (SELECT story_id FROM story_steps WHERE event_id = ?) ORDER BY seq"),
        eventId, QStringLiteral("cannot find the stories of event \"%1\"").arg(eventId));
}

Result<Source> SqlChangeStore::readSource(const QString& id, qint64)
{
    return m_reader.source(id);
}

Result<Figure> SqlChangeStore::readFigure(const QString&, qint64 place)
{
    return m_reader.figure(place);
}

Result<Event> SqlChangeStore::readEvent(const QString& id, qint64)
{
    return m_reader.event(id);
}

Result<bool> SqlChangeStore::placeTaken(RecordKind kind, qint64 place)
{
    QSqlQuery query(m_store.db);
    query.prepare(QStringLiteral("SELECT 1 FROM ") + tableOf(kind) + QStringLiteral(" WHERE seq = ?"));
    query.addBindValue(place);
    if (!query.exec())
        return m_store.error(QStringLiteral("cannot place a %1").arg(recordKindName(kind)), query.lastError());
    return query.next();
}

Result<void> SqlChangeStore::remove(RecordKind kind, const QStringList& ids)
{
    // By id, through the table's unique index. An event's actors, citations and charts go with it (ON DELETE
    // CASCADE).
    QSqlQuery query(m_store.db);
    query.prepare(QStringLiteral("DELETE FROM ") + tableOf(kind) + QStringLiteral(" WHERE id = ?"));
    for (const QString& id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            return m_store.error(QStringLiteral("cannot remove \"%1\"").arg(id), query.lastError());
    }
    return {};
}

Result<void> SqlChangeStore::writeSources(const QList<Source>& sources, const std::vector<qint64>& places)
{
    return m_writer.writeSources(sources, places);
}

Result<void> SqlChangeStore::writeFigures(const QList<Figure>& figures, const std::vector<qint64>& places)
{
    return m_writer.writeFigures(FigureTable::fromFigures(figures), {}, places);
}

Result<void> SqlChangeStore::writeEvents(const QList<Event>& events, const std::vector<qint64>& places)
{
    return m_writer.writeEvents(events, places);
}

} // namespace crisis::core::sql
