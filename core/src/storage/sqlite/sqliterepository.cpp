#include <crisis/core/interchange/datasetjson.h>
#include <crisis/core/model/metricregistry.h>
#include <crisis/core/storage/sqlite/sqliterepository.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <sqlite3.h>
#include <thread>
#include <tuple>

namespace crisis::core {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("crisis-sqlite-%1").arg(++counter);
}

// Owns a named connection for the duration of a scope (or hands it over with release()).
class ScopedConnection
{
public:
    ScopedConnection(const QString& path, bool readOnly)
        : m_name(newConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    ~ScopedConnection()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString release() { return std::exchange(m_name, QString()); }

private:
    QString m_name;
};

Error makeError(Error::Code code, const QString& message)
{
    return Error { code, message, {} };
}

Error databaseError(const QString& path, const QString& what, const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const bool corrupt = text.contains(QStringLiteral("malformed")) || text.contains(QStringLiteral("not a database"));
    return makeError(corrupt ? Error::Code::Corrupt : Error::Code::Database,
        corrupt ? QStringLiteral("%1 is corrupt (%2)").arg(QDir::toNativeSeparators(path), text)
                : QStringLiteral("%1: %2: %3").arg(QDir::toNativeSeparators(path), what, text));
}

// Runs one statement; on failure returns the error text through `error`.
bool exec(QSqlDatabase& db, const QString& sql, QSqlError* error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

std::optional<qint64> pragma(QSqlDatabase& db, const QString& name, QSqlError* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next()) {
        *error = query.lastError();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

// ---- SQLite's own API, on the connection Qt opened, for the paths that move a million rows ----------

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// A prepared statement, finalized when it goes out of scope.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql)
        : m_db(db)
    {
        m_status = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool ok() const { return m_status == SQLITE_OK; }
    sqlite3_stmt* get() const { return m_statement; }
    QString errorText() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    std::string_view text(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return data ? std::string_view(data, static_cast<size_t>(sqlite3_column_bytes(m_statement, column)))
                    : std::string_view();
    }
    void bind(int index, std::string_view text) const
    {
        sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    }
    void bindTransient(int index, const QByteArray& text) const
    {
        sqlite3_bind_text(m_statement, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_status = SQLITE_ERROR;
};

Error sqliteError(const QString& path, const QString& what, const QString& text)
{
    QSqlError error(QString(), text, QSqlError::StatementError);
    return databaseError(path, what, error);
}

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

// ---- schema -------------------------------------------------------------------------------------------

// The figures' secondary indexes, which a bulk write drops and builds again once at the end. Few figures have a
// parent, so the parents' index holds only those (a lookup by parent_id = ? uses it all the same).
struct IndexDefinition
{
    const char* name;
    const char* on;
};
constexpr IndexDefinition figureIndexes[] = { { "figures_source", "figures(source_id)" },
    { "figures_parent", "figures(parent_id) WHERE parent_id IS NOT NULL" } };

QString dropIndexSql(const IndexDefinition& index)
{
    return QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index.name));
}

QString createIndexSql(const IndexDefinition& index)
{
    return QStringLiteral("CREATE INDEX %1 ON %2").arg(QLatin1String(index.name), QLatin1String(index.on));
}

// migrations()[i] brings a database from version i to i + 1.
using Migration = std::function<bool(QSqlDatabase&, QSqlError*)>;

bool createVersion1(QSqlDatabase& db, QSqlError* error)
{
    static const char* const statements[] = {
        "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
        "CREATE TABLE metrics (key TEXT PRIMARY KEY NOT NULL, label TEXT NOT NULL, unit TEXT NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('flow', 'stock')), hxl TEXT NOT NULL,"
        " builtin INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE sources (id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL, document TEXT NOT NULL,"
        " text_sha256 TEXT NOT NULL, outlet TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,"
        " author TEXT NOT NULL, published TEXT NOT NULL, published_inferred INTEGER NOT NULL,"
        " published_note TEXT NOT NULL, url TEXT NOT NULL)",
        "CREATE TABLE figures (id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL,"
        " metric TEXT NOT NULL REFERENCES metrics(key), value REAL NOT NULL, qualifier TEXT NOT NULL,"
        " subject TEXT NOT NULL, status TEXT NOT NULL, period TEXT NOT NULL, period_first TEXT NOT NULL,"
        " period_last TEXT NOT NULL, period_inferred INTEGER NOT NULL, period_note TEXT NOT NULL,"
        " reported TEXT NOT NULL, reported_inferred INTEGER NOT NULL,"
        " parent_id TEXT REFERENCES figures(id) DEFERRABLE INITIALLY DEFERRED, subgroup TEXT NOT NULL,"
        " source_id TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL, quote_offset INTEGER NOT NULL,"
        " note TEXT NOT NULL)",
        "CREATE INDEX figures_seq ON figures(seq)",
        "CREATE INDEX figures_source ON figures(source_id)",
        "CREATE INDEX figures_parent ON figures(parent_id)",
        "CREATE TABLE events (id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL, period TEXT NOT NULL,"
        " period_first TEXT NOT NULL, period_last TEXT NOT NULL, period_inferred INTEGER NOT NULL,"
        " period_note TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL, category TEXT NOT NULL,"
        " location TEXT NOT NULL)",
        "CREATE INDEX events_seq ON events(seq)",
        "CREATE TABLE event_actors (event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, actor TEXT NOT NULL, PRIMARY KEY (event_id, position))",
        "CREATE TABLE event_citations (event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, source_id TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL,"
        " quote_offset INTEGER NOT NULL, PRIMARY KEY (event_id, position))",
        "CREATE INDEX event_citations_source ON event_citations(source_id)",
    };
    for (const char* sql : statements) {
        if (!exec(db, QString::fromLatin1(sql), error))
            return false;
    }
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO metrics (key, label, unit, kind, hxl, builtin) VALUES (?, ?, ?, ?, ?, 1)"));
    for (const Metric& metric : MetricRegistry::builtIn().metrics()) {
        insert.addBindValue(metric.key);
        insert.addBindValue(metric.label);
        insert.addBindValue(metric.unit);
        insert.addBindValue(MetricRegistry::kindKey(metric.kind));
        insert.addBindValue(metric.hxl);
        if (!insert.exec()) {
            *error = insert.lastError();
            return false;
        }
    }
    return true;
}

// Version 2: events can be marked on charts; figures are stored in seq order as the table's own key
// (seq INTEGER PRIMARY KEY, the rowid), so that reading them in order is a straight scan, not a lookup per row.
bool createVersion2(QSqlDatabase& db, QSqlError* error)
{
    static const char* const statements[] = {
        "CREATE TABLE event_charts (event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL, chart TEXT NOT NULL, PRIMARY KEY (event_id, position))",
        "ALTER TABLE figures RENAME TO figures_v1",
        "CREATE TABLE figures (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
        " metric TEXT NOT NULL REFERENCES metrics(key), value REAL NOT NULL, qualifier TEXT NOT NULL,"
        " subject TEXT NOT NULL, status TEXT NOT NULL, period TEXT NOT NULL, period_first TEXT NOT NULL,"
        " period_last TEXT NOT NULL, period_inferred INTEGER NOT NULL, period_note TEXT NOT NULL,"
        " reported TEXT NOT NULL, reported_inferred INTEGER NOT NULL,"
        " parent_id TEXT REFERENCES figures(id) DEFERRABLE INITIALLY DEFERRED, subgroup TEXT NOT NULL,"
        " source_id TEXT NOT NULL REFERENCES sources(id), quote TEXT NOT NULL, quote_offset INTEGER NOT NULL,"
        " note TEXT NOT NULL)",
        "INSERT INTO figures (seq, id, metric, value, qualifier, subject, status, period, period_first, period_last,"
        " period_inferred, period_note, reported, reported_inferred, parent_id, subgroup, source_id, quote,"
        " quote_offset, note) SELECT seq, id, metric, value, qualifier, subject, status, period, period_first,"
        " period_last, period_inferred, period_note, reported, reported_inferred, parent_id, subgroup, source_id,"
        " quote, quote_offset, note FROM figures_v1 ORDER BY seq",
        "DROP TABLE figures_v1",
        "CREATE INDEX figures_source ON figures(source_id)",
        "CREATE INDEX figures_parent ON figures(parent_id)",
    };
    for (const char* sql : statements) {
        if (!exec(db, QString::fromLatin1(sql), error))
            return false;
    }
    return true;
}

// Version 3: stories, ordered walks through events for presenting.
bool createVersion3(QSqlDatabase& db, QSqlError* error)
{
    return exec(db,
               QStringLiteral("CREATE TABLE stories (id TEXT PRIMARY KEY NOT NULL, seq INTEGER NOT NULL,"
                              " title TEXT NOT NULL)"),
               error)
        && exec(db,
            QStringLiteral("CREATE TABLE story_steps (story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL, event_id TEXT NOT NULL REFERENCES events(id),"
                           " note TEXT NOT NULL, PRIMARY KEY (story_id, position))"),
            error)
        && exec(db, QStringLiteral("CREATE INDEX story_steps_event ON story_steps(event_id)"), error);
}

// Version 4: the parents' index holds only the figures that have a parent (built in a fifth of the time after a
// bulk import of figures without).
bool createVersion4(QSqlDatabase& db, QSqlError* error)
{
    return exec(db, dropIndexSql(figureIndexes[1]), error) && exec(db, createIndexSql(figureIndexes[1]), error);
}

const QList<Migration>& migrations()
{
    static const QList<Migration> all { createVersion1, createVersion2, createVersion3, createVersion4 };
    return all;
}

// Runs the migrations from `from` to `to` and sets user_version, in one transaction.
Result<void> migrate(QSqlDatabase& db, const QString& path, int from, int to)
{
    if (!db.transaction())
        return databaseError(path, QStringLiteral("cannot start a transaction"), db.lastError());
    QSqlError error;
    for (int version = from; version < to; ++version) {
        if (!migrations().at(version)(db, &error)) {
            db.rollback();
            return databaseError(path, QStringLiteral("migration to schema %1 failed").arg(version + 1), error);
        }
    }
    if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(to), &error)) {
        db.rollback();
        return databaseError(path, QStringLiteral("cannot set the schema version"), error);
    }
    if (!db.commit())
        return databaseError(path, QStringLiteral("cannot commit the migration"), db.lastError());
    return {};
}

// ---- records ------------------------------------------------------------------------------------------

// Qt binds a null QString as SQL NULL; our text columns hold "" for "none".
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString boolText(bool flag)
{
    return flag ? QStringLiteral("1") : QStringLiteral("0");
}

class Writer
{
public:
    Writer(QSqlDatabase& db, const QString& path)
        : m_db(db)
        , m_path(path)
    { }

    /// checkReferences: foreign keys are off (a bulk write); check each distinct reference once instead.
    Result<void> write(const Snapshot& data, bool setInfo, const Progress& progress, bool checkReferences = false);
    /// Saves a story, replacing one with the same id (and keeping its place in the list).
    Result<void> writeStory(const Story& story);
    /// Adds records of one kind. `seqs` holds each record's place in the list (its seq), 0 for after all
    /// others; records beyond it, or all when it is empty, go at the end in order.
    Result<void> writeSources(const QList<Source>& sources, const std::vector<qint64>& seqs = {});
    Result<void> writeFigures(
        const FigureTable& figures, const Progress& progress, const std::vector<qint64>& seqs = {});
    Result<void> writeEvents(const QList<Event>& events, const std::vector<qint64>& seqs = {});
    /// What the foreign keys check row by row, checked once per distinct value (a bulk write turns them off).
    Result<void> checkReferences(const Snapshot& data);

private:
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

    Error failure(const QString& what, const QSqlQuery& query) const
    {
        return databaseError(m_path, what, query.lastError());
    }
    qint64 nextSeq(const QString& table);

    QSqlDatabase& m_db;
    QString m_path;
};

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
        " summary, category, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
template<typename Columns> QString figureRowDamage(int valueType, Columns& columns, const FigureRow& row)
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

// Reads the figures with seq in [from, to] into a slice of the table. Counts rows read in *done when given;
// asks `keepGoing` every few thousand rows; stops when `cancelled` is set (and sets it when keepGoing says no).
FigureReadResult readFigures(sqlite3* handle, qint64 from, qint64 to, FigureTable::SlicedBuilder::Slice& slice,
    std::atomic<qint64>* done, std::atomic<bool>& cancelled, const std::function<bool(qint64)>& keepGoing)
{
    FigureReadResult result;
    Statement figures(handle,
        "SELECT id, metric, value, qualifier, subject, status, period, period_inferred, period_note, reported,"
        " reported_inferred, parent_id, subgroup, source_id, quote, quote_offset, note FROM figures"
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
constexpr const char* eventColumns = "id, period, period_inferred, period_note, title, summary, category, location";

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
    return event;
}

Result<void> inTransaction(QSqlDatabase& db, const QString& path, const std::function<Result<void>()>& work)
{
    if (!db.transaction())
        return databaseError(path, QStringLiteral("cannot start a transaction"), db.lastError());
    Result<void> result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return databaseError(path, QStringLiteral("the change was not saved"), error);
    }
    return {};
}

void removeFileAndCompanions(const QString& path)
{
    for (const QString& suffix :
        { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

// Creates a complete database under a temporary name, then renames it into place.
Result<void> createDatabase(const QString& path, SqliteRepository::Create create)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return makeError(Error::Code::Io,
            QStringLiteral("cannot create %1: the folder %2 does not exist")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath())));
    const QString temporary
        = path + QStringLiteral(".creating-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    Result<void> result;
    {
        ScopedConnection connection(temporary, false);
        QSqlDatabase db = connection.db();
        if (!db.open()) {
            result = databaseError(path, QStringLiteral("cannot create the database"), db.lastError());
        } else {
            QSqlError error;
            // Pages of 32 KiB rather than 4: a million figures are written in two thirds of the time, and an edit
            // still writes a few pages.
            if (!exec(db, QStringLiteral("PRAGMA page_size = 32768"), &error)
                || !exec(db, QStringLiteral("PRAGMA application_id = %1").arg(SqliteRepository::applicationId), &error)
                || !exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error)) {
                result = databaseError(path, QStringLiteral("cannot set up the database"), error);
            } else {
                result = migrate(db, path, 0, SqliteRepository::currentSchemaVersion());
            }
            if (result && create == SqliteRepository::Create::WithBundledDataset) {
                const Dataset bundled = bundledDataset();
                result = inTransaction(
                    db, path, [&] { return Writer(db, path).write(Snapshot::fromDataset(bundled), true, {}); });
            }
            if (result && !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &error))
                result = databaseError(path, QStringLiteral("cannot switch to WAL"), error);
        }
    }
    if (!result) {
        removeFileAndCompanions(temporary);
        return result;
    }
    QFile::remove(temporary + QStringLiteral("-wal"));
    QFile::remove(temporary + QStringLiteral("-shm"));
    // std::rename replaces an existing (empty) file atomically on POSIX.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        removeFileAndCompanions(temporary);
        return makeError(Error::Code::Io,
            QStringLiteral("cannot create %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
    }
    return {};
}

struct Inspection
{
    qint64 applicationId = 0;
    int version = 0;
};

// Reads the identity of an existing file without changing it.
Result<Inspection> inspect(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, QStringLiteral("cannot read %1: %2").arg(shown, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return makeError(Error::Code::NotCrisisDatabase,
            QStringLiteral("%1 is not a Crisis Timeline database (it is not an SQLite file)").arg(shown));
    if (header.size() < 100)
        return makeError(Error::Code::Corrupt, QStringLiteral("%1 is corrupt (its header is truncated)").arg(shown));

    ScopedConnection connection(path, true);
    QSqlDatabase db = connection.db();
    if (!db.open())
        return databaseError(path, QStringLiteral("cannot open"), db.lastError());
    QSqlError error;
    Inspection inspection;
    const auto id = pragma(db, QStringLiteral("application_id"), &error);
    const auto version = id ? pragma(db, QStringLiteral("user_version"), &error) : std::nullopt;
    QSqlQuery schema(db);
    if (!version || !schema.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return makeError(Error::Code::Corrupt,
            QStringLiteral("%1 is corrupt (%2)").arg(shown, (version ? schema.lastError() : error).databaseText()));
    inspection.applicationId = *id;
    inspection.version = static_cast<int>(*version);
    if (inspection.applicationId != SqliteRepository::applicationId)
        return makeError(Error::Code::NotCrisisDatabase,
            QStringLiteral("%1 is an SQLite database but not a Crisis Timeline database").arg(shown));
    if (inspection.version > SqliteRepository::currentSchemaVersion())
        return makeError(Error::Code::NewerSchema,
            QStringLiteral("%1 was written by a newer Crisis Timeline (schema %2; this version reads up to %3); "
                           "update the app to open it")
                .arg(shown, QString::number(inspection.version),
                    QString::number(SqliteRepository::currentSchemaVersion())));
    return inspection;
}

// Copies a consistent snapshot of an older database beside it before it is migrated.
Result<QString> backUp(const QString& path, int version)
{
    QString backup = path + QStringLiteral(".v%1.bak").arg(version);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = path + QStringLiteral(".v%1.%2.bak").arg(version).arg(n);
    ScopedConnection connection(path, true);
    QSqlDatabase db = connection.db();
    QSqlQuery query(db);
    if (!db.open() || !query.prepare(QStringLiteral("VACUUM INTO ?"))) {
        return databaseError(path, QStringLiteral("cannot back up before upgrading"), db.lastError());
    }
    query.addBindValue(backup);
    if (!query.exec())
        return databaseError(path, QStringLiteral("cannot back up before upgrading"), query.lastError());
    return backup;
}

// The records that still need one a change removes: all counted, the first hundred named (a source may be
// cited by a million imported figures).
struct Dependents
{
    static constexpr qsizetype named = 100;

    void add(const QString& kind, const QString& id)
    {
        if (++count <= named)
            names.append(QStringLiteral("%1 \"%2\"").arg(kind, id));
    }
    // "a, b and c", or "a, b, ... and N more".
    QString listed() const
    {
        if (count > names.size())
            return names.join(QStringLiteral(", ")) + QStringLiteral(" and %1 more").arg(count - names.size());
        if (names.size() == 1)
            return names.first();
        return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + names.last();
    }

    QStringList names;
    qsizetype count = 0;
};

// Why a change was refused: every reason in the message (up to a point), every record in problems.
Error changeRefused(const QString& path, Error::Code code, const QStringList& reasons, const QList<Problem>& problems,
    const Error::Record& record = {})
{
    constexpr qsizetype shown = 20;
    QString message = QStringLiteral("%1: the change was not applied: ").arg(QDir::toNativeSeparators(path))
        + reasons.mid(0, shown).join(QStringLiteral("; "));
    if (reasons.size() > shown)
        message += QStringLiteral("; and %1 more").arg(reasons.size() - shown);
    Error error(code, message, problems);
    error.record = record;
    return error;
}

// Calls `each` with the figures, then the events, that cite a source, each in list order: through the indexes
// on the cited source of figures and of event citations.
Result<void> forEachCiting(QSqlDatabase& db, const QString& path, const QString& sourceId,
    const std::function<void(RecordKind, const QString&)>& each)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    for (const auto& [kind, sql] :
        { std::pair { RecordKind::Figure, "SELECT id FROM figures WHERE source_id = ? ORDER BY seq" },
            std::pair { RecordKind::Event,
                "SELECT id FROM events WHERE id IN (SELECT event_id FROM event_citations WHERE source_id = ?)"
                " ORDER BY seq" } }) {
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(sourceId);
        if (!query.exec())
            return databaseError(
                path, QStringLiteral("cannot find what cites source \"%1\"").arg(sourceId), query.lastError());
        while (query.next())
            each(kind, query.value(0).toString());
    }
    return {};
}

// Applies one ChangeSet inside a transaction: looks up the records it touches, refuses it when a record would
// be left pointing at nothing, makes the change that undoes it, then deletes and writes.
class ChangeApplier
{
public:
    ChangeApplier(QSqlDatabase& db, QString path, const ChangeSet& change)
        : m_db(db)
        , m_path(std::move(path))
        , m_change(change)
    {
        m_sources.table = "sources";
        m_figures.table = "figures";
        m_events.table = "events";
        for (const Source& source : change.putSources)
            m_sources.put.insert(source.id);
        for (const Figure& figure : change.putFigures)
            m_figures.put.insert(figure.id, &figure);
        for (const Event& event : change.putEvents)
            m_events.put.insert(event.id);
        m_sources.removed = QSet<QString>(change.removeSources.cbegin(), change.removeSources.cend());
        m_figures.removed = QSet<QString>(change.removeFigures.cbegin(), change.removeFigures.cend());
        m_events.removed = QSet<QString>(change.removeEvents.cbegin(), change.removeEvents.cend());
    }

    Result<ChangeSet> run();

private:
    // What the change does to the records of one kind, and what the store holds of them.
    template<typename Put> struct Kind
    {
        const char* table = nullptr;
        Put put;
        QSet<QString> removed;
        // The seq of every record the change puts or removes that the store has.
        QHash<QString, qint64> stored;
        // Whether the store has an id, for ids looked up beyond those.
        QHash<QString, bool> known;
    };

    Error failure(const QString& what, const QSqlQuery& query) const
    {
        return databaseError(m_path, what, query.lastError());
    }
    void refuse(RecordKind kind, const QString& id, const QString& reason, const QStringList& details)
    {
        if (m_reasons.isEmpty())
            m_record = { kind, id };
        m_reasons.append(reason);
        for (const QString& detail : details)
            m_problems.append({ Problem::Severity::Error, m_path, 0, 0, detail });
    }
    // A removed record still needed by others: "source "s" is still cited by figure "f" and event "e"", and a
    // problem for each of them.
    void refuseRemoval(RecordKind kind, const QString& id, const char* neededAs, const Dependents& dependents)
    {
        const QString record = QStringLiteral("%1 \"%2\"").arg(recordKindName(kind), id);
        QStringList details;
        for (const QString& name : dependents.names)
            details.append(QStringLiteral("%1 is %2 %3").arg(record, QLatin1String(neededAs), name));
        if (dependents.count > dependents.names.size())
            details.append(
                QStringLiteral("%1 is %2 %3 more")
                    .arg(record, QLatin1String(neededAs), QString::number(dependents.count - dependents.names.size())));
        refuse(kind, id, QStringLiteral("%1 is still %2 %3").arg(record, QLatin1String(neededAs), dependents.listed()),
            details);
    }
    Error refusal(Error::Code code) const { return changeRefused(m_path, code, m_reasons, m_problems, m_record); }

    template<typename Put> Result<void> lookUp(Kind<Put>& kind, const QStringList& ids);
    template<typename Put> Result<bool> has(Kind<Put>& kind, const QString& id);
    template<typename Put> Result<bool> hasAfter(Kind<Put>& kind, const QString& id);
    Result<void> checkReferences();
    Result<void> checkParents();
    Result<void> checkStillNeeded();
    template<typename Record, typename Put, typename Read>
    Result<void> undo(const Kind<Put>& kind, const QList<Record>& puts, const QStringList& removes,
        QList<Record>& undoPuts, QStringList& undoRemoves, QHash<QString, qint64>& undoPlaces, const Read& read);
    Result<ChangeSet> inverse();
    Result<Source> storedSource(const QString& id);
    Result<Figure> storedFigure(qint64 seq);
    Result<Event> storedEvent(const QString& id);
    template<typename Put> Result<void> remove(const Kind<Put>& kind);
    template<typename Record, typename Put>
    Result<std::vector<qint64>> places(
        const Kind<Put>& kind, const QList<Record>& records, const QHash<QString, qint64>& asked);
    Result<void> write();

    QSqlDatabase& m_db;
    QString m_path;
    const ChangeSet& m_change;
    Kind<QSet<QString>> m_sources;
    Kind<QHash<QString, const Figure*>> m_figures;
    Kind<QSet<QString>> m_events;
    QHash<QString, bool> m_knownMetrics;
    QStringList m_reasons;
    QList<Problem> m_problems;
    Error::Record m_record;
};

template<typename Put> Result<void> ChangeApplier::lookUp(Kind<Put>& kind, const QStringList& ids)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq FROM ") + QLatin1String(kind.table) + QStringLiteral(" WHERE id = ?"));
    for (const QString& id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            return failure(QStringLiteral("cannot look up \"%1\"").arg(id), query);
        if (query.next())
            kind.stored.insert(id, query.value(0).toLongLong());
        kind.known.insert(id, kind.stored.contains(id));
        query.finish();
    }
    return {};
}

template<typename Put> Result<bool> ChangeApplier::has(Kind<Put>& kind, const QString& id)
{
    if (const auto it = kind.known.constFind(id); it != kind.known.cend())
        return *it;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM ") + QLatin1String(kind.table) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(QStringLiteral("cannot look up \"%1\"").arg(id), query);
    const bool found = query.next();
    kind.known.insert(id, found);
    return found;
}

// Whether a record of that kind has the id once the change is made.
template<typename Put> Result<bool> ChangeApplier::hasAfter(Kind<Put>& kind, const QString& id)
{
    if (kind.put.contains(id))
        return true;
    if (kind.removed.contains(id))
        return false;
    return has(kind, id);
}

Result<void> ChangeApplier::checkReferences()
{
    const auto checkSource = [&](RecordKind kind, const QString& id, const QString& sourceId) -> Result<void> {
        auto exists = hasAfter(m_sources, sourceId);
        if (!exists)
            return exists.error();
        if (!exists.value()) {
            const QString detail = QStringLiteral("%1 \"%2\" cites source \"%3\", which does not exist")
                                       .arg(recordKindName(kind), id, sourceId);
            refuse(kind, id, detail, { detail });
        }
        return {};
    };
    QSqlQuery metric(m_db);
    metric.prepare(QStringLiteral("SELECT 1 FROM metrics WHERE key = ?"));
    for (const Figure& figure : m_change.putFigures) {
        if (auto checked = checkSource(RecordKind::Figure, figure.id, figure.citation.sourceId); !checked)
            return checked;
        auto known = m_knownMetrics.constFind(figure.metric);
        if (known == m_knownMetrics.cend()) {
            metric.addBindValue(figure.metric);
            if (!metric.exec())
                return failure(QStringLiteral("cannot look up metric \"%1\"").arg(figure.metric), metric);
            known = m_knownMetrics.insert(figure.metric, metric.next());
            metric.finish();
        }
        if (!*known) {
            const QString detail = QStringLiteral("figure \"%1\" measures metric \"%2\", which does not exist")
                                       .arg(figure.id, figure.metric);
            refuse(RecordKind::Figure, figure.id, detail, { detail });
        }
        if (figure.parentId.isEmpty())
            continue;
        auto parent = hasAfter(m_figures, figure.parentId);
        if (!parent)
            return parent.error();
        if (!parent.value()) {
            const QString detail = QStringLiteral("figure \"%1\" breaks down figure \"%2\", which does not exist")
                                       .arg(figure.id, figure.parentId);
            refuse(RecordKind::Figure, figure.id, detail, { detail });
        }
    }
    for (const Event& event : m_change.putEvents) {
        for (const Citation& citation : event.citations) {
            if (auto checked = checkSource(RecordKind::Event, event.id, citation.sourceId); !checked)
                return checked;
        }
    }
    return checkParents();
}

// A figure the change puts must not become its own ancestor. The store's figures form no cycle, so any new
// one runs through a figure put.
Result<void> ChangeApplier::checkParents()
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT parent_id FROM figures WHERE id = ?"));
    for (const Figure& figure : m_change.putFigures) {
        QSet<QString> seen { figure.id };
        for (QString id = figure.parentId; !id.isEmpty();) {
            if (id == figure.id) {
                const QString detail = QStringLiteral("figure \"%1\" is its own ancestor").arg(figure.id);
                refuse(RecordKind::Figure, figure.id, detail, { detail });
                break;
            }
            if (seen.contains(id) || m_figures.removed.contains(id))
                break;
            seen.insert(id);
            if (const auto put = m_figures.put.constFind(id); put != m_figures.put.cend()) {
                id = (*put)->parentId;
                continue;
            }
            query.addBindValue(id);
            if (!query.exec())
                return failure(QStringLiteral("cannot look up figure \"%1\"").arg(id), query);
            id = query.next() ? query.value(0).toString() : QString();
            query.finish();
        }
    }
    return {};
}

// A removed record must not be needed by one that stays: a source cited, a figure broken down, an event that
// is a step of a story. Records the change puts are checked by their new references instead.
Result<void> ChangeApplier::checkStillNeeded()
{
    const auto stays = [&](RecordKind kind, const QString& id) {
        return kind == RecordKind::Figure ? !m_figures.removed.contains(id) && !m_figures.put.contains(id)
                                          : !m_events.removed.contains(id) && !m_events.put.contains(id);
    };
    for (const QString& sourceId : m_change.removeSources) {
        Dependents citing;
        auto found = forEachCiting(m_db, m_path, sourceId, [&](RecordKind kind, const QString& id) {
            if (stays(kind, id))
                citing.add(recordKindName(kind), id);
        });
        if (!found)
            return found;
        if (citing.count > 0)
            refuseRemoval(RecordKind::Source, sourceId, "cited by", citing);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM figures WHERE parent_id = ? ORDER BY seq"));
    for (const QString& figureId : m_change.removeFigures) {
        query.addBindValue(figureId);
        if (!query.exec())
            return failure(QStringLiteral("cannot find the parts of figure \"%1\"").arg(figureId), query);
        Dependents parts;
        while (query.next()) {
            if (stays(RecordKind::Figure, query.value(0).toString()))
                parts.add(QStringLiteral("figure"), query.value(0).toString());
        }
        if (parts.count > 0)
            refuseRemoval(RecordKind::Figure, figureId, "broken down by", parts);
    }
    query.prepare(QStringLiteral("SELECT id FROM stories WHERE id IN (SELECT story_id FROM story_steps"
                                 " WHERE event_id = ?) ORDER BY seq"));
    for (const QString& eventId : m_change.removeEvents) {
        query.addBindValue(eventId);
        if (!query.exec())
            return failure(QStringLiteral("cannot find the stories of event \"%1\"").arg(eventId), query);
        Dependents stories;
        while (query.next())
            stories.add(QStringLiteral("story"), query.value(0).toString());
        if (stories.count > 0)
            refuseRemoval(RecordKind::Event, eventId, "a step of", stories);
    }
    return {};
}

Result<Source> ChangeApplier::storedSource(const QString& id)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT ") + QLatin1String(sourceColumns) + QStringLiteral(" FROM sources WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return failure(QStringLiteral("cannot read source \"%1\"").arg(id), query);
    return sourceFrom(query);
}

// Through the reader loadSnapshot() uses, for one row.
Result<Figure> ChangeApplier::storedFigure(qint64 seq)
{
    sqlite3* handle = handleOf(m_db);
    if (!handle)
        return makeError(Error::Code::Database, QStringLiteral("%1: not an SQLite connection").arg(m_path));
    FigureTable::SlicedBuilder builder(1);
    FigureTable::SlicedBuilder::Slice& slice = builder.slice(0, 1);
    std::atomic<bool> cancelled { false };
    const FigureReadResult read = readFigures(handle, seq, seq, slice, nullptr, cancelled, {});
    if (!read.error.isEmpty())
        return sqliteError(m_path, QStringLiteral("cannot read a figure"), read.error);
    std::optional<FigureTable> table = builder.join();
    if (!table)
        return makeError(Error::Code::Database, QStringLiteral("%1: cannot read a figure").arg(m_path));
    return table->figure(0);
}

Result<Event> ChangeApplier::storedEvent(const QString& id)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT ") + QLatin1String(eventColumns) + QStringLiteral(" FROM events WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return failure(QStringLiteral("cannot read event \"%1\"").arg(id), query);
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
        return failure(QStringLiteral("cannot read event \"%1\"").arg(id), query);
    return event;
}

// What undoes the change to one kind of record, read before it is made: the records it adds are removed, and
// those it replaces or removes come back as they were, in their place.
template<typename Record, typename Put, typename Read>
Result<void> ChangeApplier::undo(const Kind<Put>& kind, const QList<Record>& puts, const QStringList& removes,
    QList<Record>& undoPuts, QStringList& undoRemoves, QHash<QString, qint64>& undoPlaces, const Read& read)
{
    QStringList restored;
    for (const Record& record : puts) {
        if (kind.stored.contains(record.id))
            restored.append(record.id);
        else
            undoRemoves.append(record.id);
    }
    restored += removes;
    for (const QString& id : std::as_const(restored)) {
        const qint64 seq = kind.stored.value(id);
        auto record = read(seq, id);
        if (!record)
            return record.error();
        undoPuts.append(std::move(record.value()));
        undoPlaces.insert(id, seq);
    }
    return {};
}

Result<ChangeSet> ChangeApplier::inverse()
{
    ChangeSet inverse;
    if (auto done = undo(m_sources, m_change.putSources, m_change.removeSources, inverse.putSources,
            inverse.removeSources, inverse.sourcePlaces, [&](qint64, const QString& id) { return storedSource(id); });
        !done)
        return done.error();
    if (auto done = undo(m_figures, m_change.putFigures, m_change.removeFigures, inverse.putFigures,
            inverse.removeFigures, inverse.figurePlaces, [&](qint64 seq, const QString&) { return storedFigure(seq); });
        !done)
        return done.error();
    if (auto done = undo(m_events, m_change.putEvents, m_change.removeEvents, inverse.putEvents, inverse.removeEvents,
            inverse.eventPlaces, [&](qint64, const QString& id) { return storedEvent(id); });
        !done)
        return done.error();
    return inverse;
}

// Deletes the records of a kind that the change removes or replaces: by id, through the table's unique index.
// An event's actors, citations and charts go with it (ON DELETE CASCADE).
template<typename Put> Result<void> ChangeApplier::remove(const Kind<Put>& kind)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM ") + QLatin1String(kind.table) + QStringLiteral(" WHERE id = ?"));
    for (auto it = kind.stored.cbegin(); it != kind.stored.cend(); ++it) {
        query.addBindValue(it.key());
        if (!query.exec())
            return failure(QStringLiteral("cannot remove \"%1\"").arg(it.key()), query);
    }
    return {};
}

// The seq each put record is written with, once the records it replaces are deleted: the place the change
// asks for, else the replaced record's; 0 (after all others) when neither or when another record holds it.
template<typename Record, typename Put>
Result<std::vector<qint64>> ChangeApplier::places(
    const Kind<Put>& kind, const QList<Record>& records, const QHash<QString, qint64>& asked)
{
    QSqlQuery taken(m_db);
    taken.prepare(QStringLiteral("SELECT 1 FROM ") + QLatin1String(kind.table) + QStringLiteral(" WHERE seq = ?"));
    QSet<qint64> used;
    std::vector<qint64> seqs;
    seqs.reserve(static_cast<size_t>(records.size()));
    for (const Record& record : records) {
        qint64 seq = asked.value(record.id, kind.stored.value(record.id, 0));
        if (seq > 0 && used.contains(seq)) {
            seq = 0;
        } else if (seq > 0) {
            taken.addBindValue(seq);
            if (!taken.exec())
                return failure(QStringLiteral("cannot place \"%1\"").arg(record.id), taken);
            if (taken.next())
                seq = 0;
            taken.finish();
        }
        if (seq > 0)
            used.insert(seq);
        seqs.push_back(seq);
    }
    return seqs;
}

Result<void> ChangeApplier::write()
{
    // A replaced record is deleted and written again; references to it hold once the change is complete, and
    // are checked then, at commit (this setting ends with the transaction).
    QSqlError error;
    if (!exec(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON"), &error))
        return databaseError(m_path, QStringLiteral("cannot apply the change"), error);
    if (auto removed = remove(m_events); !removed)
        return removed;
    if (auto removed = remove(m_figures); !removed)
        return removed;
    if (auto removed = remove(m_sources); !removed)
        return removed;
    Writer writer(m_db, m_path);
    if (!m_change.putSources.isEmpty()) {
        auto seqs = places(m_sources, m_change.putSources, m_change.sourcePlaces);
        if (!seqs)
            return seqs.error();
        if (auto written = writer.writeSources(m_change.putSources, seqs.value()); !written)
            return written;
    }
    if (!m_change.putFigures.isEmpty()) {
        auto seqs = places(m_figures, m_change.putFigures, m_change.figurePlaces);
        if (!seqs)
            return seqs.error();
        if (auto written = writer.writeFigures(FigureTable::fromFigures(m_change.putFigures), {}, seqs.value());
            !written)
            return written;
    }
    if (!m_change.putEvents.isEmpty()) {
        auto seqs = places(m_events, m_change.putEvents, m_change.eventPlaces);
        if (!seqs)
            return seqs.error();
        if (auto written = writer.writeEvents(m_change.putEvents, seqs.value()); !written)
            return written;
    }
    return {};
}

Result<ChangeSet> ChangeApplier::run()
{
    const auto idsOf = [](const auto& records) {
        QStringList ids;
        for (const auto& record : records)
            ids.append(record.id);
        return ids;
    };
    if (auto found = lookUp(m_sources, idsOf(m_change.putSources) + m_change.removeSources); !found)
        return found.error();
    if (auto found = lookUp(m_figures, idsOf(m_change.putFigures) + m_change.removeFigures); !found)
        return found.error();
    if (auto found = lookUp(m_events, idsOf(m_change.putEvents) + m_change.removeEvents); !found)
        return found.error();

    for (const auto& [kind, ids, stored] :
        { std::tuple { RecordKind::Source, &m_change.removeSources, &m_sources.stored },
            std::tuple { RecordKind::Figure, &m_change.removeFigures, &m_figures.stored },
            std::tuple { RecordKind::Event, &m_change.removeEvents, &m_events.stored } }) {
        for (const QString& id : *ids) {
            if (!stored->contains(id)) {
                const QString detail = QStringLiteral("%1 \"%2\" does not exist").arg(recordKindName(kind), id);
                refuse(kind, id, detail, { detail });
            }
        }
    }
    if (!m_problems.isEmpty())
        return refusal(Error::Code::NotFound);
    if (auto checked = checkReferences(); !checked)
        return checked.error();
    if (auto checked = checkStillNeeded(); !checked)
        return checked.error();
    if (!m_problems.isEmpty())
        return refusal(Error::Code::InvalidInput);

    auto inverted = inverse();
    if (!inverted)
        return inverted;
    if (auto written = write(); !written)
        return written.error();
    return inverted;
}

} // namespace

int SqliteRepository::currentSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

SqliteRepository::SqliteRepository(QString path, QString connectionName, int schemaVersion)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_schemaVersion(schemaVersion)
{ }

SqliteRepository::~SqliteRepository()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqliteRepository>> SqliteRepository::open(const QString& path, Create create)
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(
            Error::Code::Io, QStringLiteral("%1 is a folder, not a database").arg(QDir::toNativeSeparators(path)));
    if (!info.exists() || info.size() == 0) {
        if (create == Create::Never)
            return makeError(
                Error::Code::NotFound, QStringLiteral("%1 does not exist").arg(QDir::toNativeSeparators(path)));
        if (auto created = createDatabase(path, create); !created)
            return created.error();
    }
    auto inspected = inspect(path);
    if (!inspected)
        return inspected.error();

    ScopedConnection connection(path, false);
    QSqlDatabase db = connection.db();
    if (!db.open())
        return databaseError(path, QStringLiteral("cannot open"), db.lastError());
    QSqlError error;
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error))
        return databaseError(path, QStringLiteral("cannot enable foreign keys"), error);
    int version = inspected->version;
    if (version < currentSchemaVersion()) {
        auto backup = backUp(path, version);
        if (!backup)
            return backup.error();
        if (auto migrated = migrate(db, path, version, currentSchemaVersion()); !migrated)
            return migrated.error();
        version = currentSchemaVersion();
    }
    exec(db, QStringLiteral("PRAGMA journal_mode = WAL")); // best effort: a read-only folder keeps its journal
    return std::unique_ptr<SqliteRepository>(new SqliteRepository(path, connection.release(), version));
}

Result<void> SqliteRepository::createAtVersion(const QString& path, int version)
{
    ScopedConnection connection(path, false);
    QSqlDatabase db = connection.db();
    if (!db.open())
        return databaseError(path, QStringLiteral("cannot create"), db.lastError());
    QSqlError error;
    if (!exec(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId), &error))
        return databaseError(path, QStringLiteral("cannot set up the database"), error);
    return migrate(db, path, 0, version);
}

Result<Snapshot> SqliteRepository::loadCatalog()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Snapshot data;
    QSqlQuery query(db);
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
    return data;
}

Result<QStringList> SqliteRepository::existingIds(RecordKind kind, const QStringList& ids)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
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

Result<Snapshot> SqliteRepository::loadSnapshot(const Progress& progress)
{
    auto catalog = loadCatalog();
    if (!catalog)
        return catalog.error();
    Snapshot data = std::move(catalog.value());
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto failed = [&](const QString& what) { return databaseError(m_path, what, query.lastError()); };

    // Figures through SQLite's own API: a million rows, no QVariant or QString per cell.
    sqlite3* handle = handleOf(db);
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
    const bool split = total >= 65536;
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
    FigureTable::SlicedBuilder::Slice& firstSlice = builder.slice(0, firstCount);
    FigureTable::SlicedBuilder::Slice& secondSlice = builder.slice(firstCount, total - firstCount);
    FigureReadResult second;
    std::thread helper;
    if (split) {
        helper = std::thread([&, path = m_path] {
            sqlite3* own = nullptr;
            if (sqlite3_open_v2(
                    QFile::encodeName(path).constData(), &own, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
                != SQLITE_OK)
                second.error = QString::fromUtf8(sqlite3_errmsg(own));
            else
                second = readFigures(own, middle + 1, highest, secondSlice, &helperDone, cancelled, {});
            sqlite3_close(own);
        });
    }
    const FigureReadResult first = readFigures(handle, lowest, middle, firstSlice, nullptr, cancelled,
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
            QStringLiteral("SELECT ") + QLatin1String(eventColumns) + QStringLiteral(" FROM events ORDER BY seq")))
        return failed(QStringLiteral("cannot read events"));
    while (query.next()) {
        eventIndex.insert(query.value(0).toString(), data.events.size());
        data.events.append(eventFrom(query));
        if (!data.events.constLast().period.isValid() || !categoryFromKey(query.value(6).toString()))
            return damaged(
                QStringLiteral("event \u201c%1\u201d has %2 \u201c%3\u201d")
                    .arg(query.value(0).toString(),
                        data.events.constLast().period.isValid() ? QStringLiteral("an unknown category")
                                                                 : QStringLiteral("a period that is not a date:"),
                        data.events.constLast().period.isValid() ? query.value(6).toString()
                                                                 : query.value(1).toString()));
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

namespace {

// A bulk write (an import of many figures) is several times faster with the foreign keys checked once per
// distinct value rather than per row, and written once through a rollback journal rather than twice through the
// write-ahead log; it is as safe (a crash rolls it back), and the log comes back afterwards. When another
// connection has the file open the journal cannot change, and the write goes through the log.
class BulkWrite
{
public:
    BulkWrite(QSqlDatabase& db, bool bulk)
        : m_db(db)
        , m_bulk(bulk)
    {
        if (m_bulk) {
            exec(m_db, QStringLiteral("PRAGMA journal_mode = DELETE"));
            exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF"));
        }
    }
    ~BulkWrite()
    {
        if (m_bulk) {
            exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"));
            exec(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
        }
    }
    BulkWrite(const BulkWrite&) = delete;
    BulkWrite& operator=(const BulkWrite&) = delete;

private:
    QSqlDatabase& m_db;
    bool m_bulk;
};

// Whether the database has a title (an import gives one only to a database without). The query is done with by
// the time this returns: no statement may be running while a bulk write drops its indexes.
bool hasTitle(QSqlDatabase& db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'title' AND value <> ''")) && query.next();
}

} // namespace

Result<void> SqliteRepository::add(const Snapshot& data, const Progress& progress)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const bool bulk = data.figures.size() >= 100'000;
    const BulkWrite mode(db, bulk);
    return inTransaction(db, m_path, [&]() -> Result<void> {
        const bool titled = hasTitle(db);
        return Writer(db, m_path).write(data, !titled && !data.title.isEmpty(), progress, bulk);
    });
}

Result<void> SqliteRepository::addInParts(const std::function<Result<std::optional<FigureTable>>()>& nextPart,
    const std::function<Result<const Snapshot*>()>& rest, const Progress& progress)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A bulk write (see BulkWrite), the figures' secondary indexes built once at the end.
    const BulkWrite mode(db, true);
    Result<void> result = inTransaction(db, m_path, [&]() -> Result<void> {
        const bool titled = hasTitle(db);
        Writer writer(db, m_path);
        for (const IndexDefinition& index : figureIndexes) {
            QSqlError error;
            if (!exec(db, dropIndexSql(index), &error))
                return databaseError(m_path, QStringLiteral("cannot add figures"), error);
        }
        qint64 written = 0;
        for (;;) {
            auto part = nextPart();
            if (!part)
                return part.error();
            if (!part.value())
                break;
            const qint64 before = written;
            auto added = writer.writeFigures(
                *part.value(), [&](qint64 done, qint64) { return !progress || progress(before + done, 0); });
            if (!added)
                return added;
            written += part.value()->size();
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
        if (auto added = writer.write(others, !titled && !others.title.isEmpty(), {}); !added)
            return added;
        if (auto checked = writer.checkReferences(*remaining.value()); !checked)
            return checked;
        // The indexes are sorted on both cores: the reader is done by now.
        exec(db, QStringLiteral("PRAGMA threads = 2"));
        for (const IndexDefinition& index : figureIndexes) {
            QSqlError error;
            if (!exec(db, createIndexSql(index), &error))
                return databaseError(m_path, QStringLiteral("cannot index figures"), error);
        }
        return {};
    });
    exec(db, QStringLiteral("PRAGMA threads = 0"));
    return result;
}

Result<ChangeSet> SqliteRepository::apply(const ChangeSet& change)
{
    if (QList<Problem> problems = checkChange(change); !problems.isEmpty()) {
        QStringList reasons;
        for (Problem& problem : problems) {
            reasons.append(problem.detail);
            problem.file = m_path;
        }
        return changeRefused(m_path, Error::Code::InvalidInput, reasons, problems);
    }
    if (change.isEmpty())
        return ChangeSet {};
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    ChangeSet undo;
    Result<void> result = inTransaction(db, m_path, [&]() -> Result<void> {
        auto applied = ChangeApplier(db, m_path, change).run();
        if (!applied)
            return applied.error();
        undo = std::move(applied.value());
        return {};
    });
    if (!result)
        return result.error();
    return undo;
}

Result<QList<std::pair<RecordKind, QString>>> SqliteRepository::citing(const QString& sourceId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QList<std::pair<RecordKind, QString>> citing;
    auto found = forEachCiting(db, m_path, sourceId, [&](RecordKind kind, const QString& id) {
        citing.append({ kind, id });
    });
    if (!found)
        return found.error();
    return citing;
}

Result<void> SqliteRepository::saveStory(const Story& story)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return inTransaction(db, m_path, [&]() -> Result<void> { return Writer(db, m_path).writeStory(story); });
}

Result<void> SqliteRepository::deleteStory(const QString& id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return inTransaction(db, m_path, [&]() -> Result<void> {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM stories WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return databaseError(m_path, QStringLiteral("cannot delete story \"%1\"").arg(id), query.lastError());
        return {};
    });
}

Result<void> SqliteRepository::replaceAll(const Snapshot& data)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return inTransaction(db, m_path, [&]() -> Result<void> {
        for (const char* table : { "story_steps", "stories", "event_charts", "event_citations", "event_actors",
                 "events", "figures", "sources", "meta" }) {
            QSqlError error;
            if (!exec(db, QStringLiteral("DELETE FROM ") + QLatin1String(table), &error))
                return databaseError(m_path, QStringLiteral("cannot clear %1").arg(QLatin1String(table)), error);
        }
        QSqlError error;
        if (!exec(db, QStringLiteral("DELETE FROM metrics WHERE builtin = 0"), &error))
            return databaseError(m_path, QStringLiteral("cannot clear metrics"), error);
        return Writer(db, m_path).write(data, true, {});
    });
}

} // namespace crisis::core
