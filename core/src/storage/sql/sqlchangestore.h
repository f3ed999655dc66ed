#pragma once

// The primitives the change rules ask of a store, in SQL every backend understands.

#include "sqlreader.h"
#include "sqlwriter.h"

#include <crisis/core/storage/changerules.h>

namespace crisis::core::sql {

/// ChangeStore on a connection, inside the transaction the change is applied in; records read and written through
/// the backend's reader and writer. A record's place is its seq.
class SqlChangeStore final : public ChangeStore
{
public:
    SqlChangeStore(Store store, Reader& reader, Writer& writer)
        : m_store(std::move(store))
        , m_reader(reader)
        , m_writer(writer)
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
    Store m_store;
    Reader& m_reader;
    Writer& m_writer;
};

} // namespace crisis::core::sql
