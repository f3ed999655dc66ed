#pragma once

// Writing records with SQL every backend understands, through Qt's driver: rows of every kind, inside the
// transaction the caller holds, and (for a backend without a faster way) the figures row by row.

#include "sqlstore.h"

#include <crisis/core/columnar/snapshot.h>
#include <crisis/core/storage/repository.h>

#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

namespace crisis::core::sql {

class Writer
{
public:
    explicit Writer(Store store)
        : m_store(std::move(store))
    { }
    virtual ~Writer() = default;
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    /// Writes every record of `data`, and its title and description when `setInfo`. checkReferences: the store
    /// does not check references row by row now (a bulk write); check each distinct reference once instead.
    Result<void> write(const Snapshot& data, bool setInfo, const Progress& progress, bool checkReferences = false);
    /// Writes the figures `nextPart` gives, part after part, then what `rest` gives but its figures, whose references
    /// are then checked with the figures (see Repository::addInParts), in the caller's transaction. `eachPart` is told
    /// each part once it is written, `restWritten` the rest.
    Result<void> writeInParts(const std::function<Result<std::optional<FigureTable>>()>& nextPart,
        const std::function<Result<const Snapshot*>()>& rest, const Progress& progress,
        const std::function<void(const FigureTable& part)>& eachPart = {},
        const std::function<void(const Snapshot& rest)>& restWritten = {});
    /// Saves a story, replacing one with the same id (and keeping its place in the list).
    Result<void> writeStory(const Story& story);
    Result<void> deleteStory(const QString& id);
    /// Adds records of one kind. `seqs` holds each record's place in the list (its seq), 0 for after all
    /// others; records beyond it, or all when it is empty, go at the end in order.
    virtual Result<void> writeSources(const QList<Source>& sources, const std::vector<qint64>& seqs = {});
    virtual Result<void> writeFigures(
        const FigureTable& figures, const Progress& progress, const std::vector<qint64>& seqs = {});
    virtual Result<void> writeEvents(const QList<Event>& events, const std::vector<qint64>& seqs = {});
    /// What the references check row by row, checked once per distinct value, for `data` just written whole (its
    /// figures' parents among its own figures are not looked up).
    Result<void> checkReferences(const Snapshot& data);
    /// The first of `keys` that no row of `table` holds in `column`; a null text when every one is there. A lookup
    /// each; a backend that can ask for all of them at once does.
    virtual Result<QString> firstMissing(const char* table, const char* column, const QStringList& keys);
    /// Removes every record, the metrics the store added and the title.
    Result<void> clear();
    /// Whether the store has a title (an import gives one only to a store without).
    bool hasTitle();

protected:
    // Hands out the seq of each record written: the one asked for, or the next after all others.
    class Seqs
    {
    public:
        Seqs(qint64 next, const std::vector<qint64>& given)
            : m_given(given)
            , m_next(next)
        {
            for (const qint64 seq : given)
                m_next = std::max(m_next, seq + 1);
        }
        qint64 at(qsizetype index)
        {
            const auto i = static_cast<size_t>(index);
            return i < m_given.size() && m_given[i] > 0 ? m_given[i] : m_next++;
        }

    private:
        const std::vector<qint64>& m_given;
        qint64 m_next;
    };

    Error failure(const QString& what, const QSqlQuery& query) const { return m_store.error(what, query.lastError()); }
    /// The seq after every record of a table.
    qint64 nextSeq(const QString& table);
    /// The columns of the figures table a figure is written to, in order, and its values for them (the same for
    /// every way of writing: a statement's bound values, PostgreSQL's COPY).
    static const QString& figureColumns();
    static QVariantList figureValues(const Figure& figure, qint64 seq);
    const Store& store() const { return m_store; }

private:
    Store m_store;
};

} // namespace crisis::core::sql
