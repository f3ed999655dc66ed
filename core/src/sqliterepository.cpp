#include <crisis/core/datasetjson.h>
#include <crisis/core/metricregistry.h>
#include <crisis/core/sqliterepository.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <sqlite3.h>
#include <thread>

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

const QList<Migration>& migrations()
{
    static const QList<Migration> all { createVersion1, createVersion2, createVersion3 };
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

private:
    Error failure(const QString& what, const QSqlQuery& query) const
    {
        return databaseError(m_path, what, query.lastError());
    }
    qint64 nextSeq(const QString& table);
    Result<void> writeFigures(const FigureTable& figures, const Progress& progress);
    Result<void> checkReferences(const Snapshot& data);

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

Result<void> Writer::writeFigures(const FigureTable& figures, const Progress& progress)
{
    sqlite3* handle = handleOf(m_db);
    if (!handle)
        return makeError(Error::Code::Database, QStringLiteral("%1: not an SQLite connection").arg(m_path));
    Statement insert(handle,
        "INSERT INTO figures (id, seq, metric, value, qualifier, subject, status, period, period_first,"
        " period_last, period_inferred, period_note, reported, reported_inferred, parent_id, subgroup, source_id,"
        " quote, quote_offset, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.ok())
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
    qint64 seq = nextSeq(QStringLiteral("figures"));
    // Many rows into a table with few: the secondary indexes are built once at the end, which is several times
    // faster than keeping them up to date row by row.
    const bool rebuildIndexes = figures.size() >= 100'000 && figures.size() >= seq;
    if (rebuildIndexes) {
        for (const char* sql : { "DROP INDEX IF EXISTS figures_source", "DROP INDEX IF EXISTS figures_parent" }) {
            QSqlError error;
            if (!exec(m_db, QString::fromLatin1(sql), &error))
                return databaseError(m_path, QStringLiteral("cannot add figures"), error);
        }
    }
    sqlite3_stmt* statement = insert.get();
    const qint64 total = figures.size();
    // The dates of a row as text, in one buffer reused for every row (no QString per cell).
    std::string dates;
    dates.reserve(64);
    for (qsizetype row = 0; row < figures.size(); ++row) {
        const Period period = figures.period(row);
        dates.clear();
        period.appendEdtf(dates);
        const size_t periodEnd = dates.size();
        figures.reported(row).appendEdtf(dates);
        const size_t reportedEnd = dates.size();
        appendIsoDate(dates, period.earliest());
        const size_t firstEnd = dates.size();
        appendIsoDate(dates, period.latest());
        const std::string_view all(dates);
        const std::string_view periodText = all.substr(0, periodEnd);
        const std::string_view reported = all.substr(periodEnd, reportedEnd - periodEnd);
        const std::string_view first = all.substr(reportedEnd, firstEnd - reportedEnd);
        const std::string_view last = all.substr(firstEnd);
        const QByteArray& parentId = parents[figures.parentCode(row)];
        insert.bind(1, figures.idUtf8(row));
        sqlite3_bind_int64(statement, 2, seq++);
        insert.bind(3, view(metrics[figures.metricCode(row)]));
        sqlite3_bind_double(statement, 4, figures.value(row));
        insert.bind(5, view(qualifiers[figures.qualifierCode(row)]));
        insert.bind(6, view(subjects[figures.subjectCode(row)]));
        insert.bind(7, view(statuses[static_cast<size_t>(figures.status(row))]));
        insert.bind(8, periodText);
        insert.bind(9, first);
        insert.bind(10, last);
        sqlite3_bind_int(statement, 11, figures.periodInferred(row) ? 1 : 0);
        insert.bind(12, view(periodNotes[figures.periodNoteCode(row)]));
        insert.bind(13, reported);
        sqlite3_bind_int(statement, 14, figures.reportedInferred(row) ? 1 : 0);
        if (parentId.isEmpty())
            sqlite3_bind_null(statement, 15);
        else
            insert.bind(15, view(parentId));
        insert.bind(16, view(subgroups[figures.subgroupCode(row)]));
        insert.bind(17, view(sources[figures.sourceCode(row)]));
        insert.bind(18, figures.quoteUtf8(row));
        sqlite3_bind_int64(statement, 19, figures.quoteOffset(row));
        insert.bind(20, view(notes[figures.noteCode(row)]));
        if (sqlite3_step(statement) != SQLITE_DONE) {
            Error error = sqliteError(
                m_path, QStringLiteral("cannot add figure \"%1\"").arg(figures.id(row)), insert.errorText());
            error.record = { RecordKind::Figure, figures.id(row) };
            return error;
        }
        sqlite3_reset(statement);
        if (progress && (row % 16384 == 0 || row + 1 == total) && !progress(row + 1, total))
            return makeError(Error::Code::Cancelled, QStringLiteral("cancelled; nothing was written"));
    }
    if (rebuildIndexes) {
        for (const char* sql : { "CREATE INDEX figures_source ON figures(source_id)",
                 "CREATE INDEX figures_parent ON figures(parent_id)" }) {
            QSqlError error;
            if (!exec(m_db, QString::fromLatin1(sql), &error))
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
    QSqlQuery query(m_db);
    const auto exists = [&](const char* sql, const QString& value) {
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(value);
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

    qint64 seq = nextSeq(QStringLiteral("sources"));
    query.prepare(QStringLiteral(
        "INSERT INTO sources (id, seq, document, text_sha256, outlet, title, description, author, published,"
        " published_inferred, published_note, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Source& source : data.sources) {
        query.addBindValue(nonNull(source.id));
        query.addBindValue(seq++);
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

    query.finish();
    if (auto written = writeFigures(data.figures, progress); !written)
        return written;

    seq = nextSeq(QStringLiteral("events"));
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
    for (const Event& event : data.events) {
        query.addBindValue(nonNull(event.id));
        query.addBindValue(seq++);
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
    for (const Story& story : data.stories) {
        if (auto written = writeStory(story); !written)
            return written;
    }
    if (checkReferences)
        return this->checkReferences(data);
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

struct FigureReadResult
{
    QString error;
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
            if (!exec(db, QStringLiteral("PRAGMA application_id = %1").arg(SqliteRepository::applicationId), &error)
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
                .arg(shown)
                .arg(inspection.version)
                .arg(SqliteRepository::currentSchemaVersion()));
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

    if (!query.exec(QStringLiteral(
            "SELECT id, document, text_sha256, outlet, title, description, author, published, published_inferred,"
            " published_note, url FROM sources ORDER BY seq")))
        return failed(QStringLiteral("cannot read sources"));
    while (query.next()) {
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
        data.sources.append(source);
    }
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
    if (!query.exec(QStringLiteral("SELECT id, period, period_inferred, period_note, title, summary, category, "
                                   "location FROM events ORDER BY seq")))
        return failed(QStringLiteral("cannot read events"));
    while (query.next()) {
        Event event;
        event.id = query.value(0).toString();
        event.period = Period::parse(query.value(1).toString()).value_or(Period());
        event.periodInferred = query.value(2).toInt() != 0;
        event.periodNote = query.value(3).toString();
        event.title = query.value(4).toString();
        event.summary = query.value(5).toString();
        event.category = categoryFromKey(query.value(6).toString()).value_or(EventCategory::Political);
        event.location = query.value(7).toString();
        eventIndex.insert(event.id, data.events.size());
        data.events.append(event);
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
    return data;
}

Result<void> SqliteRepository::add(const Snapshot& data, const Progress& progress)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A bulk write (an import of many figures) is several times faster with the foreign keys checked once per
    // distinct value rather than per row, and written once through a rollback journal rather than twice through
    // the write-ahead log; it is as safe (a crash rolls it back), and the log comes back afterwards. When
    // another connection has the file open the journal cannot change, and the write goes through the log.
    const bool bulk = data.figures.size() >= 100'000;
    if (bulk) {
        exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
        exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    Result<void> result = inTransaction(db, m_path, [&]() -> Result<void> {
        QSqlQuery query(db);
        const bool hasTitle
            = query.exec(QStringLiteral("SELECT 1 FROM meta WHERE key = 'title' AND value <> ''")) && query.next();
        query.finish(); // no statement may be running while a bulk write drops its indexes
        return Writer(db, m_path).write(data, !hasTitle && !data.title.isEmpty(), progress, bulk);
    });
    if (bulk) {
        exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    return result;
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
