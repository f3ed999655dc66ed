#pragma once

// Reading records with SQL every backend understands, through Qt's driver: the catalog, events, single records,
// and (for a backend without a faster way) the figures row by row.

#include "sqlstore.h"

#include <crisis/core/columnar/snapshot.h>
#include <crisis/core/storage/repository.h>

#include <QStringView>

#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

namespace crisis::core::sql {

class Reader
{
public:
    explicit Reader(Store store)
        : m_store(std::move(store))
    { }
    virtual ~Reader() = default;
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    /// See Repository::loadCatalog().
    Result<Snapshot> catalog();
    /// See Repository::loadSnapshot(): the catalog, the figures (figures()), then the events (events()).
    Result<Snapshot> snapshot(const Progress& progress);
    /// See Repository::loadRecords().
    Result<Snapshot> records(const QStringList& figureIds, const QStringList& eventIds);
    /// Which of the ids the store has records of that kind with.
    Result<QStringList> existingIds(RecordKind kind, const QStringList& ids);
    /// One stored record, as snapshot() reads it.
    Result<Source> source(const QString& id);
    virtual Result<Figure> figure(qint64 seq);
    Result<Event> event(const QString& id);

protected:
    /// Reads every figure into data.figures and data.figurePlaces, in order, reporting progress by figures read.
    virtual Result<void> figures(Snapshot& data, const Progress& progress);
    /// Reads every event with its actors, citations and charts into data.events and data.eventPlaces, then checks
    /// that every source the figures and events cite is among data.sources.
    Result<void> events(Snapshot& data);
    /// The error of a store whose rows break the dataset's rules (edited outside the app): "NAME is damaged: …".
    Error damaged(const QString& detail) const;
    const Store& store() const { return m_store; }

private:
    /// The place of each id stored in a table, sorted by place.
    Result<std::vector<std::pair<qint64, QString>>> placesOf(const QString& table, const QStringList& ids);

    Store m_store;
};

/// A short ASCII field (a date, a status key) of a row read as UTF-8, parsed by a function of QStringView without
/// allocating a QString; nothing when it is longer than any such field is.
template<typename T, typename Parse> std::optional<T> parseAscii(std::string_view text, Parse parse)
{
    char16_t buffer[48];
    if (text.size() > std::size(buffer))
        return std::nullopt;
    for (size_t i = 0; i < text.size(); ++i)
        buffer[i] = static_cast<unsigned char>(text[i]);
    return parse(QStringView(buffer, static_cast<qsizetype>(text.size())));
}

/// The columns a figures row is read by, in this order, then its seq.
inline constexpr const char* figureReadColumns
    = "id, metric, value, qualifier, subject, status, period, period_inferred, period_note, reported,"
      " reported_inferred, parent_id, subgroup, source_id, quote, quote_offset, note, seq";

/// How a figure row a damaged store holds is said: "figure “ID” has an unknown status “x”", `what` being "has an
/// unknown status" and `text` what the row holds.
QString figureDamage(const QString& id, const char* what, const QString& text);

} // namespace crisis::core::sql
