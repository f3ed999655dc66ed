#pragma once

// The primitives the change rules ask of a store, on an SQLite connection.

#include <crisis/core/storage/changerules.h>

#include <QSqlDatabase>

namespace crisis::core::sqlite {

/// ChangeStore on a connection, inside the transaction the change is applied in. A record's place is its seq.
class SqliteChangeStore final : public ChangeStore
{
public:
    SqliteChangeStore(QSqlDatabase& db, QString path)
        : m_db(db)
        , m_path(std::move(path))
    { }

    QString name() const override;
    Result<QHash<QString, qint64>> placesOf(RecordKind kind, const QStringList& ids) override;
    Result<bool> hasMetric(const QString& key) override;
    Result<QString> parentOf(const QString& figureId) override;
    Result<void> forEachCiting(
        const QString& sourceId, const std::function<void(RecordKind, const QString&)>& each) override;
    Result<QStringList> partsOf(const QString& figureId) override;
    Result<QStringList> storiesWith(const QString& eventId) override;
    Result<Source> readSource(const QString& id, qint64 place) override;
    Result<Figure> readFigure(const QString& id, qint64 place) override;
    Result<Event> readEvent(const QString& id, qint64 place) override;
    Result<bool> placeTaken(RecordKind kind, qint64 place) override;
    Result<void> remove(RecordKind kind, const QStringList& ids) override;
    Result<void> writeSources(const QList<Source>& sources, const std::vector<qint64>& places) override;
    Result<void> writeFigures(const QList<Figure>& figures, const std::vector<qint64>& places) override;
    Result<void> writeEvents(const QList<Event>& events, const std::vector<qint64>& places) override;

private:
    QSqlDatabase& m_db;
    QString m_path;
};

} // namespace crisis::core::sqlite
